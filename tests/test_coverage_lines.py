"""The table of actions for red and yellow areas written as plain lines (`bra risk` to a pipe) is what Rich draws."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from brå_tui.cli.common import TrimmedLines
from brå_tui.model import Item
from brå_tui.questions.actionlog import LogEntry
from brå_tui.questions.coverage import AreaCoverage
from brå_tui.views.coverage import coverage_view
from brå_tui.views.printable import printable_console
from brå_tui.views.risklines import coverage_lines

DAY = dt.date(2024, 3, 1)
TITLES = [
    "Trygghetsvandring i centrum",
    "Uppföljning: Valborg och skolavslutning med föräldravandringar och fältassistenter",
    "Bidrag 5 000 kr till nattvandrarna, konto 4711 enligt beslut ID110 16 av Anna-Karin S.",
    "Sammanträffande med polisområdeschefen om lägesbilden",
    "Malmö och Lund: utbyte av erfarenheter → nästa steg",
    "Kort",
]


def _entry(n: int, title: str) -> LogEntry:
    return LogEntry(f"U{n}", title, "pågår", ["Karin"], "open", ["ANDT"], DAY, DAY, "2024-03-01", "2024-03-01")


def _areas(titles: list[str], uncovered: bool = True) -> list[AreaCoverage]:
    areas = [
        AreaCoverage("ANDT", "red", "2024-03-01", followups=[_entry(i, t) for i, t in enumerate(titles)]),
        AreaCoverage("Extremism och kriminella nätverk", "yellow", "2024-03-01",
                     items=[("2024-02-09", Item(t)) for t in titles[:2]]),
    ]
    if uncovered:
        areas.append(AreaCoverage("Ordningsstörningar och otrygghet", "red", "2024-03-01"))
    return areas


def _drawn(areas: list[AreaCoverage], width: int) -> str:
    """coverage_view as `bra risk` prints it to a pipe: no colour, no line ending in spaces."""
    out = io.StringIO()
    console = printable_console(no_color=True, width=width, highlight=False, emoji=False, soft_wrap=False,
                                file=TrimmedLines(out))
    console.print(coverage_view(areas))
    return out.getvalue()


@pytest.mark.parametrize("width", [57, 64, 80, 100, 132, 200])
@pytest.mark.parametrize("uncovered", [True, False])
def test_plain_lines_are_the_drawn_table(width: int, uncovered: bool) -> None:
    areas = _areas(TITLES, uncovered)
    lines = coverage_lines(areas, width)
    assert "".join(line + "\n" for line in lines) == _drawn(areas, width)


@pytest.mark.parametrize("titles", [TITLES[:1], ["En mycket lång titel som inte får plats på en rad " * 3], []])
def test_short_and_long_texts_and_no_follow_ups(titles: list[str]) -> None:
    areas = _areas(titles)
    lines = coverage_lines(areas, 80)
    assert "".join(line + "\n" for line in lines) == _drawn(areas, 80)


def test_no_red_or_yellow_area() -> None:
    lines = coverage_lines([], 80)
    assert "".join(line + "\n" for line in lines) == _drawn([], 80)


@pytest.mark.parametrize(("titles", "width"), [(TITLES, 40), (TITLES, 45), (["東京 och Malmö"], 80),
                                               (["東京 och Malmö " * 6], 60)])
def test_records_and_wide_characters_are_written_plain_as_drawn(titles: list[str], width: int) -> None:
    """Where the columns do not fit side by side (records), and where text of two-cell characters wraps, the plain
    lines are still what Rich draws: measured by cells, not characters."""
    areas = _areas(titles)
    assert "".join(line + "\n" for line in coverage_lines(areas, width)) == _drawn(areas, width)


def test_markup_in_a_title_is_written_as_it_stands() -> None:
    """Brackets in a title are text: written whole and unbroken, as the file has them."""
    out = list(coverage_lines(_areas(["Se [bold]bilaga[/bold]"]), 80))
    assert any(line.endswith("Uppföljning: Se") for line in out)
    assert "\n".join(out).count("[bold]bilaga[/bold]") == 2  # the follow-up's and the item's
    assert all(len(line) <= 80 for line in out)
