"""The risk matrix: a trend is the latest change in an area's whole history, the same whatever is in view, in
`bra risk` and in the app ("Trend (senaste)"); over a span chosen with --from/--to it is the span's ("Trend (i
urvalet)"), as the columns beside it show; both show as many periods at the same width and say what is hidden."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from brå_tui.cli.main import main
from brå_tui.questions.riskmatrix import build_matrix
from brå_tui.store.load import load
from brå_tui.tui.screens.risk import RiskScreen
from brå_tui.views.risk import RiskMatrixView
from tests.risk_history import TRENDS, add_risk_history
from tests.tui.helpers import Waiter, plain, running


@pytest.fixture
def history(seed_store: Path) -> Path:
    return add_risk_history(seed_store)


def cli(root: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["--store", str(root), "risk", *args]) == 0
    return capsys.readouterr().out


def trend_of(text: str, area: str) -> str:
    line = next(line for line in text.splitlines() if line.startswith(area.split()[0]))
    return next(t for t in ("stigande", "sjunkande", "oförändrad", "okänd") if t in line)


@pytest.fixture(autouse=True)
def narrow(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("NO_COLOR", "1")


def test_cli_trend_without_a_span_is_the_latest_change_in_the_whole_history(
        history: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = cli(history, capsys)
    assert "(senaste)" in out.split("────")[0]
    for area in ("ANDT", "Hot och våld", "Ungdomar/skolor"):
        assert trend_of(out, area) == TRENDS[area], area
    assert json.loads(cli(history, capsys, "--json"))["trends"] == TRENDS


SPAN_TRENDS = {  # jan 2025 → apr 2025: ANDT yellow → yellow, Hot och våld red → red, Ungdomar/skolor yellow → red
    "ANDT": "oförändrad", "Hot och våld": "oförändrad", "Ungdomar/skolor": "stigande",
    "Ordningsstörningar och otrygghet": "okänd", "Extremism och kriminella nätverk": "okänd"}


def test_cli_trend_over_a_chosen_span_agrees_with_the_columns_shown(
        history: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A trend beside the columns of a chosen span is the trend of that span, and the header says so."""
    out = cli(history, capsys, "--from", "2025-01", "--to", "2025-04")
    assert "(i urvalet)" in out.split("────")[0] and "(senaste)" not in out
    for area in ("ANDT", "Hot och våld", "Ungdomar/skolor"):
        assert trend_of(out, area) == SPAN_TRENDS[area], area
    assert json.loads(cli(history, capsys, "--from", "2025-01", "--to", "2025-04", "--json"))["trends"] == SPAN_TRENDS
    single = cli(history, capsys, "--from", "2025-08")
    assert all(trend_of(single, area) == "okänd" for area in ("ANDT", "Hot och våld", "Ungdomar/skolor"))


def test_a_span_that_ends_before_it_begins_is_a_usage_error(history: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--store", str(history), "risk", "--from", "2025-01", "--to", "2024-01"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("bra: --from 2025-01 ligger efter --to 2024-01")
    assert main(["--store", str(history), "risk", "--from", "2024", "--to", "2024-06"]) == 0


def test_cli_says_what_is_hidden(history: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = cli(history, capsys)
    assert "2 perioder tidigare visas inte; välj med --from och --to" in out
    assert all(len(line) <= 80 for line in out.splitlines())


def render(view: RiskMatrixView, width: int) -> str:
    console = Console(file=io.StringIO(), width=width, no_color=True, color_system=None)
    console.print(view)
    return console.file.getvalue()  # type: ignore[attr-defined]


@pytest.mark.parametrize("width", range(50, 161, 7))
def test_every_fitted_matrix_fits_and_no_more_would(seed_store: Path, width: int) -> None:
    matrix = build_matrix(load(add_risk_history(seed_store)))
    view = RiskMatrixView(matrix, legend=False)
    text = render(view, width)
    assert max(len(line) for line in text.splitlines()) <= width
    shown = len(view.shown_columns(width))
    if shown < len(matrix.columns):
        wider = RiskMatrixView(matrix, legend=False, columns=matrix.columns[-(shown + 1):], fit=False)
        assert max(len(line) for line in render(wider, 1000).splitlines()) > width


def test_area_names_are_whole_when_there_is_room(seed_store: Path) -> None:
    matrix = build_matrix(load(seed_store))
    text = render(RiskMatrixView(matrix, legend=False), 100)
    assert "Extremism och kriminella nätverk" in text
    assert "Ordningsstörningar och otrygghet" in text


async def test_app_trend_does_not_change_when_scrolling(history: Path, capsys: pytest.CaptureFixture[str],
                                                        wait_for_workers: Waiter) -> None:
    out = cli(history, capsys)
    cli_periods = [label for label in ("dec 2023", "2024-11-15", "jan 2025", "apr 2025", "aug 2025") if label in out]
    async with running(history) as (app, pilot):
        await pilot.press("r")
        await wait_for_workers(pilot)
        assert isinstance(app.screen, RiskScreen)
        widget = app.screen.query_one("#matrix")
        for presses in range(4):
            text = plain(widget.content, widget.content_region.width)
            assert "(senaste)" in text
            for area in ("ANDT", "Hot och våld", "Ungdomar/skolor"):
                assert trend_of(text, area) == TRENDS[area], (presses, area)
            if presses == 0:
                shown = [label for label in ("dec 2023", "2024-11-15", "jan 2025", "apr 2025", "aug 2025")
                         if label in text.split("Trend")[0]]
                assert shown == cli_periods, "the app shows as many periods as `bra risk` at the same width"
                assert "2 perioder tidigare (←)" in text and "bläddra med ← →" in text
            await pilot.press("left")
            await pilot.pause()
        text = plain(widget.content, widget.content_region.width)
        assert "dec 2023" in text and "2 perioder senare (→)" in text


PERIOD_LABELS = ("dec 2023", "2024-11-15", "jan 2025", "apr 2025", "aug 2025")


def _area_column(text: str) -> int:
    """Where the first period starts on the matrix's header line: the area column and the gap after it."""
    header = next(line for line in text.splitlines() if "Trend" in line)
    return min(header.index(label) for label in PERIOD_LABELS if label in header)


async def test_app_shows_more_periods_the_wider_the_window_and_two_at_60(
        history: Path, wait_for_workers: Waiter) -> None:
    """A narrow window wraps the area names into a narrower column rather than showing a single period: the
    column is never wider than in a wider window, and a wider window never shows fewer periods."""
    shown: dict[int, tuple[int, int]] = {}
    for width in (60, 80, 100):
        async with running(history, size=(width, 24)) as (app, pilot):
            await pilot.press("r")
            await wait_for_workers(pilot)
            widget = app.screen.query_one("#matrix")
            text = plain(widget.content, widget.content_region.width)
            header = text.split("Trend")[0]
            shown[width] = (sum(label in header for label in PERIOD_LABELS), _area_column(text))
    assert shown[60][0] >= 2, shown
    assert shown[60][0] <= shown[80][0] <= shown[100][0], shown
    assert shown[60][1] <= shown[80][1] <= shown[100][1], shown


@pytest.mark.parametrize("width", range(40, 161))
def test_area_column_never_narrows_as_the_width_grows(seed_store: Path, width: int) -> None:
    matrix = build_matrix(load(add_risk_history(seed_store)))
    view = RiskMatrixView(matrix, legend=False)
    wider = width + 1
    assert len(view.shown_columns(width)) <= len(view.shown_columns(wider))
    assert view._area_width(width, len(view.shown_columns(width))) <= \
        view._area_width(wider, len(view.shown_columns(wider)))
    if width >= 60:
        assert len(view.shown_columns(width)) >= 2


# A store whose Ordningsstörningar was last marked in March 2025, 14 months before the newest picture (May 2026):
# its direction then (yellow in dec 2023 → red) is no current trend. ANDT, marked in both, has one.
OLD_MARK = {"2025-03-14": ("2025-02", {"ANDT": "red", "Ordningsstörningar och otrygghet": "red"}),
            "2026-05-08": ("2026-04", {"ANDT": "yellow"})}


@pytest.fixture
def old_mark(seed_store: Path) -> Path:
    for date, (period, areas) in OLD_MARK.items():
        lines = ["format = 1", f"date = {date}", "", "[risk]", f'period = "{period}"', "", "[risk.areas]",
                 *(f'"{area}" = "{level}"' for area, level in areas.items())]
        (seed_store / "meetings" / f"{date}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return seed_store


def test_a_trend_over_a_year_old_is_shown_as_old_in_bra_risk(old_mark: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    out = cli(old_mark, capsys)
    row = next(line for line in out.splitlines() if line.startswith("Ordningsstörningar"))
    assert "senast 2025" in row and not any(word in row for word in ("stigande", "↑")), row
    assert trend_of(out, "ANDT") == "sjunkande"
    trends = json.loads(cli(old_mark, capsys, "--json"))["trends"]
    assert (trends["Ordningsstörningar och otrygghet"], trends["ANDT"]) == ("senast 2025", "sjunkande")
    # over a span that ends with that report, it is the span's current trend
    assert trend_of(cli(old_mark, capsys, "--to", "2025-02"), "Ordningsstörningar") == "stigande"


async def test_a_trend_over_a_year_old_is_shown_as_old_in_the_app(old_mark: Path, wait_for_workers: Waiter) -> None:
    from textual.widgets import OptionList

    async with running(old_mark, "r") as (app, _):
        assert isinstance(app.screen, RiskScreen)
        areas = app.screen.query_one("#areas", OptionList)
        label = plain(areas.get_option("Ordningsstörningar och otrygghet").prompt)
        assert "(senast feb 2025)" in label and not any(word in label for word in ("stigande", "↑")), label
        assert "sjunkande" in plain(areas.get_option("ANDT").prompt)
        widget = app.screen.query_one("#matrix")
        matrix = plain(widget.content, widget.content_region.width)
        row = next(line for line in matrix.splitlines() if line.startswith("Ordningsstörningar"))
        assert "senast 2025" in row and "stigande" not in row, matrix
