"""A DataTable whose cells never run past a fixed-width column unmarked: a cut cell ends in "…".

Textual crops a cell wider than its column without a sign that anything is missing ("Förebyggande arb");
this table cuts each such cell itself, to the column's width, ending in an ellipsis. What a cell holds in
full is the screen's to show beside the table (the selected row).
"""

from __future__ import annotations

from typing import Any

from rich.cells import cell_len
from rich.text import Text
from textual.widgets import DataTable
from textual.widgets.data_table import CellType, RowKey


def cut(text: str | Text, width: int) -> Text:
    """text on one line of at most width cells, ending in … where it is cut; a line break reads as a space."""
    line = text.copy() if isinstance(text, Text) else Text(text)
    line = Text(" ").join(line.split("\n")) if "\n" in line.plain else line
    if line.cell_len > width:
        line.truncate(width, overflow="ellipsis")
    return line


class CutTable(DataTable[Any]):
    """DataTable that cuts a cell wider than its fixed-width column with "…" (auto-width columns grow)."""

    def _fitted(self, cell: Any, column: int) -> Any:
        if column >= len(self.ordered_columns):
            return cell
        spec = self.ordered_columns[column]
        if spec.auto_width or not isinstance(cell, str | Text):
            return cell
        plain = cell.plain if isinstance(cell, Text) else cell
        return cell if "\n" not in plain and cell_len(plain) <= spec.width else cut(cell, spec.width)

    def add_row(self, *cells: CellType, height: int | None = 1, key: str | None = None,
                label: str | Text | None = None) -> RowKey:
        """As DataTable.add_row, each cell cut to its column's width."""
        fitted = [self._fitted(cell, n) for n, cell in enumerate(cells)]
        return super().add_row(*fitted, height=height, key=key, label=label)
