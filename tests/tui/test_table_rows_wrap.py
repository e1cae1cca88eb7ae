"""Every table of the app wraps a cell too long for its column between words onto a second line of its row, and
cuts what the two lines cannot hold between words, ending in " …": never inside a word, never without a mark. Every
table of the app is that table (CutTable), none a bare DataTable."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from pathlib import Path

import pytest
from rich.text import Text
from textual.geometry import Region
from textual.widgets import DataTable

import brå_tui.tui
from brå_tui.text import one_line
from brå_tui.tui.app import BraApp
from brå_tui.tui.screens.log import LogScreen
from brå_tui.tui.widgets.cut_table import CutTable, wrapped
from tests.tui.helpers import import_screen

from .helpers import settle

CORPUS = Path(__file__).resolve().parents[1] / "importexport" / "corpus"
SOURCE = Path(brå_tui.tui.__file__).resolve().parent


def _check_cell(shown: str, full: str, width: int) -> None:
    """shown is full, or its first whole words on one or two lines, then " …"; no line wider than width."""
    lines = shown.split("\n")
    assert len(lines) <= 2, shown
    assert all(len(line) <= width for line in lines), (shown, width)
    full = " ".join(one_line(full).split())
    joined = " ".join(" ".join(lines).split())
    if joined == full:
        return
    assert joined.endswith("…"), (shown, full)
    kept = joined.removesuffix("…").removesuffix(" ")
    assert full.startswith(kept), (shown, full)
    if full[len(kept)] not in " ,;:–-":  # cut inside a word: only a word wider than the column itself
        start = full.rfind(" ", 0, len(kept)) + 1
        end = full.find(" ", len(kept))
        word = full[start:end if end >= 0 else len(full)]
        assert len(word) >= width, f"cut inside a word: {shown!r} of {full!r}"
        return
    assert joined.endswith(" …"), (shown, full)


def _cells(table: DataTable[object]) -> list[list[tuple[str, int]]]:
    return [[(cell.plain if isinstance(cell, Text) else str(cell), column.width)
             for column, cell in zip(table.ordered_columns, table.get_row_at(row), strict=True)]
            for row in range(table.row_count)]


@pytest.mark.parametrize("columns", [60, 80, 100])
async def test_the_action_log_wraps_long_titles_onto_a_second_line(seed_store: Path, columns: int) -> None:
    app = BraApp(seed_store)
    async with app.run_test(size=(columns, 30)) as pilot:
        await settle(pilot)
        for key in ("l", "a"):
            await pilot.press(key)
            await settle(pilot)
        screen = app.screen
        assert isinstance(screen, LogScreen)
        table = screen.query_one(CutTable)
        rows = _cells(table)
        two_lines = 0
        for entry, row in zip(screen.shown, rows, strict=True):
            (title, width), (owners, owners_width) = row[0], row[1]
            _check_cell(title, entry.title, width)
            _check_cell(owners, ", ".join(entry.owners) or owners, owners_width)
            two_lines += "\n" in title
            assert table.rows[table.coordinate_to_cell_key((rows.index(row), 0)).row_key].height == (
                max(1 + text.count("\n") for text, _ in row))
        assert two_lines, "the long titles of the seed take a second line"
        long = next(e for e in screen.shown if e.title.startswith("Trygghetsöverrenskommelse - utökat"))
        cell = rows[screen.shown.index(long)][0][0]
        assert cell.startswith("Trygghetsöverrenskommelse") and "\n" in cell, cell
        width, height = table.size
        drawn = [strip.text.strip() for strip in table.render_lines(Region(0, 0, width, height))]
        first, second = cell.split("\n")
        assert first.strip() in drawn[1 + rows.index(rows[screen.shown.index(long)]) * 0:][0:] or any(
            line.startswith(first.strip()) for line in drawn), drawn
        assert any(line.startswith(second.strip()) for line in drawn), drawn


@pytest.mark.parametrize("columns", [60, 80, 100])
async def test_the_import_review_wraps_source_lines_between_words(seed_store: Path, columns: int) -> None:
    note = CORPUS / "minnesanteckningar-numrerade.txt"
    async with import_screen(seed_store, note, size=(columns, 30)) as (_app, _pilot, screen):
        table = screen.query_one(CutTable)
        rows = _cells(table)
        for found, row in zip(screen.found, rows, strict=True):
            _check_cell(row[1][0], found.text, row[1][1])
            _check_cell(row[2][0], found.became, row[2][1])
        assert any("\n" in row[1][0] for row in rows)


@pytest.mark.parametrize("width", range(8, 41, 4))
def test_a_wrapped_cell_breaks_only_between_words(width: int) -> None:
    text = "Kostnaden för skyltar angående grannsamverkan om 10 000 kronor finansieras genom ID110 16."
    shown = wrapped(text, width).plain
    for line in shown.split("\n"):
        assert len(line) <= width
    if "10" in shown:
        assert "10 000 kronor" in shown.replace("\n", " ") and "10\n000" not in shown, shown
    _check_cell(shown, text, width) if len(text.split()[0]) <= width else None


def test_no_screen_uses_a_bare_data_table() -> None:
    for info in pkgutil.walk_packages([str(SOURCE)], "brå_tui.tui."):
        module = importlib.import_module(info.name)
        for _, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, DataTable) and value.__module__ == info.name:
                assert issubclass(value, CutTable), f"{value.__qualname__} in {info.name}: build it on CutTable"
    for path in SOURCE.rglob("*.py"):
        if path.name == "cut_table.py":
            continue
        text = path.read_text(encoding="utf-8")
        made = re.search(r"\bDataTable\s*(?:\[[^\]]*\])?\s*\(", text)
        assert made is None, f"{path}: a bare DataTable; use CutTable, which wraps and marks a cut cell with …"
        assert not re.search(r"\bDataTable\b", re.sub(r"DataTable\.\w+|import.*DataTable.*|query_one\(DataTable\)|"
                                                      r"query\(DataTable\)|isinstance\([^)]*DataTable[^)]*\)", "",
                                                      text)), f"{path}: DataTable used other than through CutTable"
