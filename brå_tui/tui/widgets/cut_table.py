"""A DataTable that fits the width it is given and never cuts a cell unmarked or inside a word.

Textual crops a cell wider than its column without a sign that anything is missing ("Förebyggande arb"), and a
table wider than the terminal runs past its edge ("Öpp"). This table lays its columns out to its own width (one
column takes what is left, and columns marked as such are left out when even its least width would not fit), lays
them out again when the width changes, and wraps each cell wider than its column between two words onto a second
line of its row; what the two lines cannot hold is cut between two words, ending in " …". What a cell holds in full
is the screen's to show beside the table (the selected row).
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

from brå_tui.views.wrap import WORD, words

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


def _one_line(text: str | Text) -> Text:
    """text as a Text of one line: each line break and tab a space (a tab has no width of its own to measure)."""
    line = text.copy() if isinstance(text, Text) else Text(text)
    for whitespace in "\n\t":
        if whitespace in line.plain:
            line = Text(" ").join(line.split(whitespace))
    return line


def cut(text: str | Text, width: int) -> Text:
    """text on one line of at most width cells (a line break or a tab reads as a space); when it is wider, cut after
    the last whole word that leaves room for " …", or, when the first word alone is wider, within it, ending in
    "…"."""
    line = _one_line(text)
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


LINES = 2  # the most lines a row takes


def wrapped(text: str | Text, width: int, lines: int = LINES) -> Text:
    """text in at most lines lines of at most width cells, broken between words (where views.wrap.WORD allows: never
    inside an amount or a short name); what the last line cannot hold cut there with " …" (cut). A first word wider
    than the column is cut within it, ending in "…"."""
    line = _one_line(text)
    if lines <= 1 or line.cell_len <= width:
        return cut(line, width)
    plain = line.plain
    end = 0
    for match in WORD.finditer(plain):
        stop = match.start() + len(match.group().rstrip())
        if cell_len(plain[:stop]) > width:
            break
        end = stop
    if end == 0:
        return cut(line, width)
    start = len(plain) - len(plain[end:].lstrip())
    return line[:end] + Text("\n") + wrapped(line[start:], width, lines - 1)


def layout(columns: Sequence[Column], width: int, word: int = 0) -> list[tuple[Column, int]]:
    """The columns shown in width cells (each with 2 cells of padding and 1 for a scrollbar) and their widths; the
    column that grows is given room for its longest word (word cells) when leaving out columns makes it, so that no
    word of it is cut."""
    shown = list(columns)

    def need(c: Column) -> int:
        return max(c.width, word) if c.grows else c.width

    for rank in sorted({c.drop for c in columns if c.drop}):
        if sum(need(c) + 2 for c in shown) + 1 <= width:
            break
        shown = [c for c in shown if c.drop != rank]
    left = width - 1 - sum(c.width + 2 for c in shown)
    return [(c, c.width + max(left, 0) if c.grows else c.width) for c in shown]


class CutTable(DataTable[Any]):
    """DataTable with columns laid out to its width (set_columns) that wraps a cell wider than its column between
    words onto a second line of its row (the row two lines high) and cuts what is left with " …" between words.
    Rows are given with a cell for every column set; the cells of a column left out are not shown.
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
        self._word = 0  # the longest word in the growing column's cells given
        self._again = False  # whether the columns are to be laid out again, for a longer word

    def _fitted(self, cell: Any, column: int) -> Any:
        if column >= len(self.ordered_columns):
            return cell
        spec = self.ordered_columns[column]
        if spec.auto_width or not isinstance(cell, str | Text):
            return cell
        plain = cell.plain if isinstance(cell, Text) else cell
        fits = "\n" not in plain and "\t" not in plain and cell_len(plain) <= spec.width
        return cell if fits else wrapped(cell, spec.width)

    def _width(self) -> int:
        return self.size.width or self.app.size.width

    def set_columns(self, columns: Sequence[Column]) -> None:
        """The table's columns, laid out to its width now and again whenever that changes."""
        self._columns = list(columns)
        self._lay_out()

    def _lay_out(self) -> None:
        self._laid_out_at = self._width()
        self._again = False
        laid = layout(self._columns, self._laid_out_at, self._word)
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

    def _note_words(self, cells: Sequence[Any]) -> None:
        """Keep the longest word of the growing column; when leaving out columns gives it room, lay them out again
        (once, after the rows being added now)."""
        grows = next((n for n, c in enumerate(self._columns) if c.grows), None)
        if grows is None or grows >= len(cells) or not isinstance(cells[grows], str | Text):
            return
        text = cells[grows].plain if isinstance(cells[grows], Text) else cells[grows]
        longest = max((cell_len(w) for w in words(text.replace("\t", " "))), default=0)
        if longest <= self._word:
            return
        self._word = longest
        shown = [self._columns.index(c) for c, _ in layout(self._columns, self._laid_out_at, self._word)]
        if shown != self._shown and not self._again:
            self._again = True
            self.call_later(self._lay_out_again)

    def _lay_out_again(self) -> None:
        if self._again:
            self._lay_out()

    def clear(self, columns: bool = False) -> CutTable:
        """As DataTable.clear; the rows given are forgotten too."""
        self._rows_given = []
        self._word = 0
        super().clear(columns=columns)
        return self

    def add_row(self, *cells: CellType, height: int | None = 1, key: str | None = None,
                label: str | Text | None = None) -> RowKey:
        """As DataTable.add_row, each cell wrapped to its column's width in at most two lines, the row as high as
        its highest cell; with columns set, a cell for each of them, those of columns left out not shown."""
        if self._columns:
            self._rows_given.append((cells, key, label))
            self._note_words(cells)
            cells = tuple(cells[n] for n in self._shown)
        fitted = [self._fitted(cell, n) for n, cell in enumerate(cells)]
        if height is not None:
            height = max([height, *(1 + (c.plain if isinstance(c, Text) else c).count("\n")
                                    for c in fitted if isinstance(c, str | Text))])
        return super().add_row(*fitted, height=height, key=key, label=label)
