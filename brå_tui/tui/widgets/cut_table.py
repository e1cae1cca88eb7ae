"""A DataTable that fits the width it is given and never cuts a cell unmarked or inside a word.

Textual crops a cell wider than its column without a sign that anything is missing ("Förebyggande arb"), and a
table wider than the terminal runs past its edge ("Öpp"). This table lays its columns out to its own width (one
column takes what is left, and columns marked as such are left out when even its least width would not fit), lays
them out again when the width changes, and cuts each cell wider than its column between two words, ending in "…".
What a cell holds in full is the screen's to show beside the table (the selected row).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.widgets import DataTable
from textual.widgets.data_table import CellType, RowKey

from brå_tui.views.wrap import WORD

ELLIPSIS = "…"
_TRAILING = " ,;:–-"  # left out before the "…" that ends a cut cell


@dataclass(frozen=True)
class Column:
    """One column: its heading, key and width in cells; the column that grows takes the width the others leave, with
    width as its least; a column with a drop rank is left out at widths too narrow for all, rank 1 first, then 2
    and so on (for columns the screen also shows elsewhere)."""

    label: str
    key: str
    width: int
    grows: bool = False
    drop: int = 0


def cut(text: str | Text, width: int) -> Text:
    """text on one line of at most width cells (a line break reads as a space); when it is wider, cut after the last
    whole word that leaves room for " …", or, when the first word alone is wider, within it, ending in "…"."""
    line = text.copy() if isinstance(text, Text) else Text(text)
    line = Text(" ").join(line.split("\n")) if "\n" in line.plain else line
    if line.cell_len <= width:
        return line
    plain = line.plain
    end = 0
    for match in WORD.finditer(plain):
        stop = match.start() + len(match.group().rstrip())
        if cell_len(plain[:stop].rstrip(_TRAILING)) + 2 > width:
            break
        end = len(plain[:stop].rstrip(_TRAILING))
    if end == 0:
        line.truncate(width, overflow="ellipsis")
        return line
    return line[:end] + Text(" " + ELLIPSIS)


def layout(columns: Sequence[Column], width: int) -> list[tuple[Column, int]]:
    """The columns shown in width cells (each with 2 cells of padding and 1 for a scrollbar) and their widths."""
    shown = list(columns)
    for rank in sorted({c.drop for c in columns if c.drop}):
        if sum(c.width + 2 for c in shown) + 1 <= width:
            break
        shown = [c for c in shown if c.drop != rank]
    left = width - 1 - sum(c.width + 2 for c in shown)
    return [(c, c.width + max(left, 0) if c.grows else c.width) for c in shown]


class CutTable(DataTable[Any]):
    """DataTable with columns laid out to its width (set_columns) that cuts a cell wider than its column with "…"
    between words. Rows are given with a cell for every column set; the cells of a column left out are not shown.
    Home and End go to the first and the last row (the table is never wider than itself, so there is nothing to
    scroll sideways)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("home", "first_row", "Första raden", show=False, id="table.first"),
        Binding("end", "last_row", "Sista raden", show=False, id="table.last"),
    ]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._columns: list[Column] = []
        self._shown: list[int] = []  # which of _columns are shown, by their place
        self._laid_out_at = 0
        self._rows_given: list[tuple[tuple[Any, ...], str | None, Text | str | None]] = []

    def _fitted(self, cell: Any, column: int) -> Any:
        if column >= len(self.ordered_columns):
            return cell
        spec = self.ordered_columns[column]
        if spec.auto_width or not isinstance(cell, str | Text):
            return cell
        plain = cell.plain if isinstance(cell, Text) else cell
        return cell if "\n" not in plain and cell_len(plain) <= spec.width else cut(cell, spec.width)

    def _width(self) -> int:
        return self.size.width or self.app.size.width

    def set_columns(self, columns: Sequence[Column]) -> None:
        """The table's columns, laid out to its width now and again whenever that changes."""
        self._columns = list(columns)
        self._lay_out()

    def _lay_out(self) -> None:
        self._laid_out_at = self._width()
        laid = layout(self._columns, self._laid_out_at)
        self._shown = [self._columns.index(column) for column, _ in laid]
        cursor = self.cursor_coordinate
        given, self._rows_given = self._rows_given, []
        super().clear(columns=True)
        for column, width in laid:
            self.add_column(column.label, key=column.key, width=width)
        for cells, key, label in given:
            self.add_row(*cells, key=key, label=label)
        if given:
            self.cursor_coordinate = cursor

    def action_first_row(self) -> None:
        """Home: the cursor on the first row, the table scrolled to its top."""
        if self.row_count:
            self.move_cursor(row=0)
        self.scroll_to(x=0, y=0, animate=False)

    def action_last_row(self) -> None:
        """End: the cursor on the last row, the table scrolled to show it."""
        if self.row_count:
            self.move_cursor(row=self.row_count - 1)
        self.scroll_to(x=0, animate=False)

    def on_resize(self, event: events.Resize) -> None:
        """Another width: the columns laid out again, the rows cut to them. Any other size (the table shorter for
        a message of several lines below it, a smaller terminal): the row under the cursor scrolled into view."""
        if self._columns and event.size.width != self._laid_out_at:
            self._lay_out()
        if self.row_count:
            self.move_cursor(row=self.cursor_row, column=self.cursor_column, animate=False)

    def clear(self, columns: bool = False) -> CutTable:
        """As DataTable.clear; the rows given are forgotten too."""
        self._rows_given = []
        super().clear(columns=columns)
        return self

    def add_row(self, *cells: CellType, height: int | None = 1, key: str | None = None,
                label: str | Text | None = None) -> RowKey:
        """As DataTable.add_row, each cell cut to its column's width; with columns set, a cell for each of them,
        those of columns left out not shown."""
        if self._columns:
            self._rows_given.append((cells, key, label))
            cells = tuple(cells[n] for n in self._shown)
        fitted = [self._fitted(cell, n) for n, cell in enumerate(cells)]
        return super().add_row(*fitted, height=height, key=key, label=label)
