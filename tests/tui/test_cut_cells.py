"""A table cell the column cannot hold ends in "…", in every table of the app: DataTables cut their cells with an
ellipsis (CutTable), and no Rich table or text crops without one."""

from __future__ import annotations

import re
from pathlib import Path

from rich.text import Text
from textual.widgets import DataTable

from brå_tui.tui.app import BraApp

from .helpers import settle

SOURCE = Path(__file__).resolve().parents[2] / "brå_tui"


def test_no_table_in_the_app_crops_without_an_ellipsis() -> None:
    for path in SOURCE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"""overflow\s*=\s*["']crop""", text), path
        if path.name != "cut_table.py":
            assert not re.search(r"\bDataTable\(", text), f"{path}: use CutTable, which marks a cut cell with …"


async def test_every_cell_of_the_action_log_fits_its_column_or_ends_in_an_ellipsis(seed_store: Path) -> None:
    # Two more meetings that carry the follow-ups unchanged: some become overdue and standing still at once
    # ("öppen FÖRSENAD STÅR STILL"), wider than the Läge column.
    newest = (seed_store / "meetings" / "2024-11-15.toml").read_text(encoding="utf-8")
    for date in ("2024-12-13", "2025-01-17"):
        text = newest.replace("date = 2024-11-15", f"date = {date}", 1)
        (seed_store / "meetings" / f"{date}.toml").write_text(text, encoding="utf-8")
    app = BraApp(seed_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for key in ("l", "a"):  # Åtgärdslogg, all entries
            await pilot.press(key)
            await settle(pilot)
        table = app.screen.query_one(DataTable)
        assert table.row_count > 3
        cut = set()
        for row in range(table.row_count):
            for column, cell in zip(table.ordered_columns, table.get_row_at(row), strict=True):
                text = cell.plain if isinstance(cell, Text) else str(cell)
                assert all(len(line) <= column.width for line in text.split("\n")), (column.label, text)
                if text.endswith("…") or "\n" in text:  # cut, or wrapped onto a second line
                    cut.add(str(column.label))
        assert "Läge" in cut and "Ärende" in cut, cut
