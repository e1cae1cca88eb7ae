"""Lines break between words in every view, CLI and app: never inside a word, an amount ('5 000 kr'), an
account ('ID110 16') or a short name ('Thomas N'); a table too narrow for its words lists its rows as records."""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from rich.console import Console, ConsoleOptions, RenderableType, RenderResult

from brå_tui.cli.main import main
from brå_tui.model import Store
from brå_tui.store.load import load
from brå_tui.views import meeting as meeting_views
from brå_tui.views.plain import Column, lines
from brå_tui.views.risk import RiskMatrixView
from brå_tui.views.tables import WordTable, table
from brå_tui.views.wrap import fit, keep_together, words
from tests.conftest import SEED_STORE
from tests.test_views import all_views

T = TypeVar("T")
SENTENCE = "Rådet beviljar (5 000 kr, konto ID110 16) till Thomas N och Anna-Karin S. för 2025 års skyltar."
TOGETHER = ["5 000 kr", "ID110 16", "Thomas N", "Anna-Karin S."]


@pytest.fixture(scope="module")
def store() -> Store:
    return load(SEED_STORE)


def render(renderable: RenderableType, width: int) -> str:
    console = Console(width=width, no_color=True, color_system=None)
    with console.capture() as capture:
        console.print(renderable)
    return capture.get()


def test_words_keep_amounts_accounts_and_short_names() -> None:
    assert words(SENTENCE) == ["Rådet", "beviljar", "(5 000 kr,", "konto", "ID110 16)", "till", "Thomas N", "och",
                               "Anna-Karin S.", "för", "2025", "års", "skyltar."]
    assert words("10 000 kronor, 12 % och 2024 2025") == ["10 000 kronor,", "12 %", "och", "2024", "2025"]
    assert keep_together("5 000 kr") == "5\u00a0000\u00a0kr"
    assert words("a\u00a0b c") == ["a\u00a0b", "c"]  # a written no-break space holds too
    # A number stays with its unit of time as with a sum ("EJ VERKSTÄLLT i 654 dagar"), not with a word after it.
    assert words("sedan 654 dagar, 3 veckor och 2024 års") == ["sedan", "654 dagar,", "3 veckor", "och", "2024", "års"]


@pytest.mark.parametrize("width", range(14, 60, 3))
def test_rich_text_breaks_only_between_words(width: int) -> None:
    shown = render(SENTENCE, width)
    for part in TOGETHER:
        assert part in shown, (width, shown)


@pytest.mark.parametrize("width", range(14, 60, 3))
def test_streamed_tables_break_only_between_words(width: int) -> None:
    shown = "\n".join(lines([Column("Beslut")], [[SENTENCE]], width))
    for part in TOGETHER:
        assert part in shown, (width, shown)
    assert "\u00a0" not in shown


def _whole_words(wide: str, limit: int) -> set[str]:
    """The words of a view drawn wide that should survive drawing narrow: letters or digits, at most limit long."""
    found = set()
    for line in wide.splitlines():
        for word in words(line):
            word = word.strip("()[],.:;")
            if re.search(r"\w", word) and "─" not in word and 3 < len(word) <= limit:
                found.add(word)
    return found


@pytest.mark.parametrize("width", [48, 64, 80, 100])
def test_every_view_keeps_its_words_whole(store: Store, width: int) -> None:
    for view in all_views(store):
        if isinstance(view, RiskMatrixView) and width < 64:
            continue  # leaves out whole periods to fit, and says so
        wide = render(view, 400)
        narrow = render(view, width)
        broken = sorted(w for w in _whole_words(wide, width // 2 - 2) if w not in narrow)
        assert not broken, (width, broken, narrow)


def test_follow_ups_at_the_width_of_the_app_tab(store: Store) -> None:
    meeting = store.meeting("2024-11-15")
    assert meeting is not None
    shown = render(meeting_views.followups(meeting), 64)
    assert "samverkansöverenskommelse" in shown and "Ansvarig" in shown, shown


def test_a_table_too_narrow_for_its_words_lists_records() -> None:
    grid = table()
    for header in ("Ärende", "Status", "Ansvarig"):
        grid.add_column(header)
    grid.add_row("Uppföljning samverkansöverenskommelse", "Avvaktar revidering av nytt samverkansavtal.", "Mikael J")
    grid.add_row("Kameraövervakning", "Klar", "Thomas N")
    shown = render(grid, 36)
    assert [line.rstrip() for line in shown.splitlines()] == [
        "Ärende   Uppföljning",
        "         samverkansöverenskommelse",
        "Status   Avvaktar revidering av nytt",
        "         samverkansavtal.",
        "Ansvarig Mikael J",
        "",
        "Ärende   Kameraövervakning",
        "Status   Klar",
        "Ansvarig Thomas N",
    ]


@pytest.mark.parametrize("width", range(12, 40, 3))
def test_an_arrow_stays_with_its_word(width: int) -> None:
    """'→ oförändrad' (a trend) and '← →' (the keys that scroll) are never split over two lines."""
    text = "Hot och våld återkommande → oförändrad; visas inte: 3 perioder tidigare (←); bläddra med ← →."
    assert "→ oförändrad;" in words(text) and words(text)[-1] == "← →."
    shown = render(text, width)
    assert "→ oförändrad" in shown and "← →." in shown, (width, shown)


@pytest.mark.parametrize("width", range(30, 81, 2))
@pytest.mark.parametrize("written", ["Jimmy", "Jimmy S", "Mikael"])
def test_the_forms_that_pick_one_person_stay_whole(store: Store, written: str, width: int) -> None:
    from brå_tui.questions.people import Directory
    from brå_tui.views.loglines import ambiguity_sentence
    from brå_tui.views.plain import paragraph

    resolution = Directory.from_store(store).resolve(written)
    sentence = ambiguity_sentence(resolution)
    forms = [f'"{form}"' for form in resolution.precise]
    assert len(forms) > 1
    for shown in (render(sentence, width), "\n".join(paragraph(sentence, width))):
        for form in forms:
            assert form in shown, (width, shown)


def test_two_words_joined_by_one_slash_are_one_word_and_a_path_breaks_after_each_slash() -> None:
    from brå_tui.views.wrap import words

    assert words("området Ungdomar/skolor och/eller") == ["området", "Ungdomar/skolor", "och/eller"]
    assert words("i /home/anna/anteckningar.docx") == ["i", "/home/", "anna/", "anteckningar.docx"]


LARGEST = "9 223 372 036 854 775 807"  # the largest amount a store holds (SQLite's INTEGER), as bra writes it


@pytest.mark.parametrize("argv", [["decisions"], ["decisions", "--all"], ["log", "--all"], ["show", "2024-02-09"],
                                  ["search", "kronor"], ["export", "2024-02-09", "--format", "txt"]])
def test_piped_output_never_breaks_an_amount(seed_store: Path, capsys: pytest.CaptureFixture[str],
                                             argv: list[str]) -> None:
    """Written to a file or a pipe, the widest amount stands whole on one line, however narrow its column."""
    path = seed_store / "meetings" / "2024-02-09.toml"
    path.write_text(path.read_text().replace("amount_sek = 10000", "amount_sek = 9223372036854775807")
                    .replace("om 10 000 kronor", f"om {LARGEST} kronor")
                    .replace("Utkast klart, ute på remiss", f"Utkast klart, {LARGEST} kr"))
    assert main(["--store", str(seed_store), *argv]) == 0
    out = capsys.readouterr().out
    assert LARGEST in out, out


def test_plain_wrappers_never_break_an_amount() -> None:
    """The plain table writer and the line fitter leave an amount whole even when it is wider than the line."""
    assert any(f"{LARGEST} kr" in line for line in lines([Column("Belopp", 12, right=True)], [[f"{LARGEST} kr"]], 40))
    assert f"    {LARGEST} kr" in fit(f"  - Betala {LARGEST} kr i år", 20, "    ")
    assert fit("  - Två ord", 40) == ["  - Två ord"]


def _drawn(renderable: RenderableType, width: int, colour: bool) -> str:
    console = Console(width=width, record=True, color_system="truecolor" if colour else None, force_terminal=colour,
                      highlight=False, emoji=False, file=io.StringIO())
    console.print(renderable)
    return console.file.getvalue()  # type: ignore[attr-defined]


class _Records:
    """A table's records() as a renderable, drawn for the console and width it is printed with, its text read as the
    table reads it (no markup)."""

    def __init__(self, grid: WordTable) -> None:
        self.grid = grid

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        options = options.update(markup=False)
        yield from console.render(self.grid.records(console, options), options)


@pytest.mark.parametrize("colour", [False, True])
@pytest.mark.parametrize("rows", [
    [["Anna Andersson", "samordnare", "X", "X", "–", "3 av 3"], ["Bo Ek", "", "–", "X", "X", "2 av 3"]],
    [["Åsa Öberg", "polis", "X", "–", "–", "1 av 3"]],
    [["名前 Ke", "kommun", "X", "X", "X", "3 av 3"], ["Li", "skola", "–", "–", "–", "0 av 3"]],
])
def test_records_of_one_line_cells_are_drawn_as_rich_draws_them(rows: list[list[str]], colour: bool) -> None:
    """A table of many short cells (a year's attendance) lists its records without a Rich table; the lines are
    those Rich draws for records(), style for style."""
    grid = table()
    for header in ("Namn", "Parti/organisation", "01/01", "02/01", "03/01", "Närvarande"):
        grid.add_column(header, overflow="fold", no_wrap=True)
    for row in rows:
        grid.add_row(*row)
    width = 40
    assert grid.record_lines(width) is not None  # the direct way is the one taken
    assert _drawn(grid, width, colour) == _drawn(_Records(grid), width, colour)


def test_records_with_markup_or_line_breaks_are_left_to_rich() -> None:
    for cell in ("[bold]fet[/bold]", "två\nrader", "kl. 18:00"):
        grid = table()
        grid.add_column("Namn", no_wrap=True)
        grid.add_column("Anteckningen", no_wrap=True)
        grid.add_row("Anna Andersson", cell)
        console = Console(width=24)
        assert grid.widths(console, console.options) == []  # too narrow for the columns: records
        assert grid.record_lines(24) is None
        assert _drawn(grid, 24, False) == _drawn(_Records(grid), 24, False)
        assert "[bold]" not in cell or "[bold]fet[/bold]" in _drawn(grid, 24, False)  # shown as written


@pytest.mark.parametrize("width", [60, 80])
def test_a_streamed_table_writes_a_late_row_with_a_long_word_as_a_record(width: int) -> None:
    """A table to a pipe is laid out from its first rows (plain.BATCH); a later row with a word wider than its column
    is written as a record between the others, its words whole, every line within the width."""
    from brå_tui.views.decisionlines import COLUMNS
    from brå_tui.views.plain import BATCH

    short = ["2024-02-09", "Handlingsplan", "5 000 kr", "ID110 16"]
    late = ["2024-11-15", "Trygghetsöverrenskommelse " + SENTENCE, "10 000 kr", "ID110 16"]
    rows = [short] * (BATCH + 3) + [late] + [short] * 2
    shown = list(lines(COLUMNS, rows, width, leading=0))
    assert max(len(line) for line in shown) <= width, shown
    text = "\n".join(shown)
    for part in ["Trygghetsöverrenskommelse", *TOGETHER]:
        assert part in text, (part, text)
    if width == 60:  # the column is narrower than the long word: that row alone is a record, blank lines around it
        record = shown.index("", 2)
        assert shown[record + 1].startswith("Datum") and shown[1].startswith("─") and shown[-1].startswith("2024")
        assert shown.count("") == 2, shown


def test_a_streamed_table_writes_its_first_lines_before_its_rows_end() -> None:
    """The first lines of a long table (the list, the register of decisions) are written when the first
    plain.BATCH rows are read, not after every row."""
    import datetime as dt
    import itertools

    from brå_tui.questions.decisions import DecisionRow
    from brå_tui.store.queries import MeetingSummary
    from brå_tui.views.decisionlines import decisions_lines
    from brå_tui.views.listinglines import listing_lines
    from brå_tui.views.plain import BATCH

    day = dt.date(2024, 2, 9)
    read = [0]

    def many(make: Callable[[int], T]) -> Iterator[T]:
        for n in range(1, 20 * BATCH):
            read[0] = n
            yield make(n)

    for written in (listing_lines(many(lambda n: MeetingSummary("2024-02-09", day, None, None, "Stadshuset", 5,
                                                                   4, 2, n)), [], [], 80),
                    decisions_lines(many(lambda n: DecisionRow(day, "2024-02-09", "Stöd", "Beviljas.", n)),
                                    None, 80)):
        read[0] = 0
        first = list(itertools.islice(written, 24))
        assert len(first) == 24 and 0 < read[0] <= BATCH + 1, (read, first)
