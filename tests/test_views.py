"""The Rich views on their own: they render at any width without printing, and colour is never alone."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys

import pytest
from rich.cells import cell_len
from rich.console import Console, RenderableType

from brå_tui.model import Store
from brå_tui.questions.actionlog import build_log
from brå_tui.questions.decisions import decision_register
from brå_tui.questions.newmeeting import planned
from brå_tui.questions.owners import owned_by, without_owner
from brå_tui.questions.people import Directory
from brå_tui.questions.riskmatrix import RiskColumn, RiskMatrix, build_matrix
from brå_tui.questions.search import Hit, search
from brå_tui.store.index import Index
from brå_tui.store.load import load
from brå_tui.store.queries import MeetingSummary, summaries
from brå_tui.text import period_label
from brå_tui.views import meeting as meeting_views
from brå_tui.views.actionlog import history_view, log_view
from brå_tui.views.decisions import decisions_view
from brå_tui.views.format import amount, long_date, time_span
from brå_tui.views.listing import listing
from brå_tui.views.listinglines import broken_files
from brå_tui.views.owner import owner_view, without_owner_view
from brå_tui.views.risk import RiskMatrixView, fitting_columns, in_span, risk_view
from brå_tui.views.search import search_view
from brå_tui.views.theme import LEVELS, NOT_REPORTED, level_text
from tests.conftest import SEED_STORE


@pytest.fixture(scope="module")
def store() -> Store:
    return load(SEED_STORE)


def render(renderable: RenderableType, width: int, colour: bool = False) -> str:
    """The renderable as the terminal would show it at a width."""
    console = Console(width=width, force_terminal=colour, no_color=not colour,
                      color_system="standard" if colour else None)
    with console.capture() as capture:
        console.print(renderable)
    return capture.get()


def summaries_of(store: Store) -> list[MeetingSummary]:
    with Index.open(store.root) as index:
        return list(summaries(index))


def search_of(store: Store, text: str) -> list[Hit]:
    with Index.open(store.root) as index:
        return search(index, text)[0]


def all_views(store: Store) -> list[RenderableType]:
    meeting = store.meeting("2024-11-15")
    assert meeting is not None
    entries = build_log(store)
    directory = Directory.from_store(store)
    return [
        meeting_views.meeting_view(meeting, store.council), meeting_views.overview(meeting, store.council),
        meeting_views.attendees(meeting), meeting_views.items(meeting),
        meeting_views.risk_picture(meeting, store.council), meeting_views.followups(meeting),
        meeting_views.schedule(meeting), meeting_views.others(meeting),
        listing(summaries_of(store), broken_files(store), planned(store)),
        risk_view(build_matrix(store), store.council.levels), log_view(entries), history_view(entries[0]),
        owner_view(owned_by(store, entries, directory, "Mikael J")), without_owner_view(without_owner(entries)),
        decisions_view(decision_register(store)), search_view(search_of(store, "lägesbild"), "lägesbild"),
    ]


@pytest.mark.parametrize("width", [80, 100, 160])
def test_every_view_fits_and_prints_nothing(store: Store, width: int, capsys: pytest.CaptureFixture[str]) -> None:
    for view in all_views(store):
        text = render(view, width)
        assert text.strip()
        assert max(cell_len(line) for line in text.splitlines()) <= width
    assert capsys.readouterr() == ("", "")


def test_meeting_sections_stand_alone(store: Store) -> None:
    meeting = store.meeting("2024-02-09")
    assert meeting is not None
    sections = {
        "Närvarande": meeting_views.attendees(meeting),
        "Ärenden": meeting_views.items(meeting),
        "Lägesbild sociala risker": meeting_views.risk_picture(meeting, store.council),
        "Logg/Uppföljning av ärenden": meeting_views.followups(meeting),
        "Tidplan": meeting_views.schedule(meeting),
        "Övriga frågor": meeting_views.others(meeting),
    }
    for heading, view in sections.items():
        assert render(view, 80).startswith(heading)
    assert "Ingen tidplan." in render(sections["Tidplan"], 80)
    overview = render(meeting_views.overview(meeting, store.council), 80)
    assert "Anteckningar 9 februari 2024" in overview and "Ordförande  Blerta Krenzi" in overview
    assert "10 000 kr, konto ID110 16" in " ".join(overview.split())


def test_level_words_start_differently_and_glyphs_are_narrow() -> None:
    looks = [*LEVELS.values(), NOT_REPORTED]
    assert len({look.word[0].casefold() for look in looks}) == len(looks)
    assert [LEVELS[level].word for level in ("red", "yellow", "green")] == ["Omfattande", "Återkommande", "Grön"]
    for look in looks:
        for char in look.glyph + look.word:
            assert cell_len(char) == 1
            assert ord(char) < 0x2600  # below every block that terminals may draw as emoji
    assert len({look.glyph for look in looks}) == len(looks)


def test_risk_view_keeps_words_without_colour(store: Store) -> None:
    view = risk_view(build_matrix(store), store.council.levels)
    plain = render(view, 80)
    coloured = render(view, 80, colour=True)
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == plain
    assert "\x1b[1;31m" in coloured  # red is red where colour works
    for word in ("Omfattande", "Återkommande", "Ej rapporterad", "röd: omfattande", "gul: återkommande"):
        assert word in plain


def _matrix(months: int) -> RiskMatrix:
    columns = [RiskColumn(period_label(f"2024-{m:02d}") or "", f"2024-{m:02d}-10", dt.date(2024, m, 10),
                          f"2024-{m:02d}", "Länsstyrelsen", {"ANDT": "red" if m % 2 else "yellow"})
               for m in range(1, months + 1)]
    return RiskMatrix(["ANDT"], [], columns)


def test_matrix_shows_the_most_recent_periods_that_fit() -> None:
    matrix = _matrix(12)
    view = RiskMatrixView(matrix, {})
    assert len(view.shown_columns(80)) == fitting_columns(80, view._min_area_width())
    assert view.shown_columns(80)[-1].label == "dec 2024"
    wide = view.shown_columns(250)
    assert len(wide) == 12
    text = render(view, 80)
    hidden = 12 - len(view.shown_columns(80))
    assert f"{hidden} perioder tidigare visas inte" in text
    assert "jan 2024" not in text and "dec 2024" in text
    assert len(RiskMatrixView(matrix, {}, fit=False).shown_columns(80)) == 12


def test_span_compares_periods_and_dates() -> None:
    columns = _matrix(6).columns
    assert [c.label for c in columns if in_span(c, "2024-03", "2024-04")] == ["mar 2024", "apr 2024"]
    assert len([c for c in columns if in_span(c, "2024", None)]) == 6
    assert [c for c in columns if in_span(c, "2025", None)] == []


def test_swedish_formats() -> None:
    assert amount(10000) == "10 000 kr" and amount(1234567) == "1 234 567 kr" and amount(500) == "500 kr"
    assert long_date(dt.date(2024, 11, 15)) == "15 november 2024"
    assert time_span(dt.time(9), dt.time(11, 20)) == "09.00–11.20"
    assert period_label("2023-12") == "dec 2023" and period_label(None) is None


def test_a_period_that_is_no_month_is_shown_as_written() -> None:
    """A period with month 00 or 13 is not a month: shown as written, never as another month."""
    assert [period_label(p) for p in ("2023-00", "2023-13", "hösten 2023")] == ["2023-00", "2023-13", "hösten 2023"]
    assert level_text(None).plain == "–" and level_text("red").plain == "●●● Omfattande"


def test_views_and_commands_do_not_load_textual() -> None:
    code = ("import sys; from brå_tui.cli.main import main; "
            f"main(['--store', {str(SEED_STORE)!r}, 'risk']); "
            f"main(['--store', {str(SEED_STORE)!r}, 'show', 'latest']); "
            "import brå_tui.views.meeting, brå_tui.views.owner, brå_tui.views.search, brå_tui.views.decisions; "
            "print('TEXTUAL' if any(m.split('.')[0] == 'textual' for m in sys.modules) else 'CLEAN', file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stderr.strip().endswith("CLEAN")
