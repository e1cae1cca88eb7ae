"""The one table shape every view uses: a header rule, no side borders, two spaces between columns.

Columns get their widths here, not from Rich: every column is at least as wide as its longest word (words as
views.wrap splits them), so text breaks between words; what room is left goes to the columns whose text
would otherwise wrap, in proportion to how much more they need. Only when even the longest words do not
fit side by side is each row written as a record instead: a line per column, its heading first.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from rich import box
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.padding import Padding
from rich.segment import Segment
from rich.style import Style, StyleType
from rich.table import Table
from rich.text import Text

from brå_tui.text import one_line
from brå_tui.views.plain import BULLET, RECORD_TEXT, Column, share
from brå_tui.views.wrap import install, words

install()


def _longest_word(console: Console, options: ConsoleOptions, renderable: Any) -> int:
    """The cells of the longest word of a cell (its narrowest width without breaking a word)."""
    if isinstance(renderable, str):
        renderable = console.render_str(renderable)
    if isinstance(renderable, Text):
        return max((cell_len(w) for w in words(renderable.plain)), default=0)
    return Measurement.get(console, options, renderable).minimum


def _heading(header: Any) -> Any:
    """A column's heading beside a record's text: on one line ('Första\\nsenaste' → 'Första senaste'), as
    views.plain writes it."""
    return one_line(header) if isinstance(header, str) else header


class WordTable(Table):
    """A Rich table whose columns never break a word that fits (see the module), and whose text cells are shown as
    written, never read as markup."""

    def _pads(self) -> list[int]:
        _top, right, _bottom, left = Padding.unpack(self.padding)
        n = len(self.columns)
        return [(left if (i or self.pad_edge) else 0) + (right if (i < n - 1 or self.pad_edge) else 0)
                for i in range(n)]

    def widths(self, console: Console, options: ConsoleOptions) -> list[int] | None:
        """Each column's text width for options.max_width: None when everything fits whole (Rich's widths do),
        [] when not even the longest words fit side by side."""
        columns = self.columns
        if not columns:
            return None
        pads = self._pads()
        edges = (2 if self.box and self.show_edge else 0) + (len(columns) - 1 if self.box else 0)
        room = options.max_width - edges - sum(pads)
        least: list[int] = []
        most: list[int] = []
        for column, pad in zip(columns, pads, strict=True):
            cells: Iterable[Any] = [*([column.header] if self.show_header else []), *column.cells]
            if column.width is not None:
                least.append(column.width)
                most.append(column.width)
                continue
            inner = options.update_width(max(1, options.max_width - pad))
            wide = max((Measurement.get(console, inner, c).maximum for c in cells), default=0)
            narrow = wide if column.no_wrap else max((_longest_word(console, inner, c) for c in cells), default=0)
            if column.min_width is not None:
                narrow, wide = max(narrow, column.min_width), max(wide, column.min_width)
            if column.max_width is not None:
                wide = max(narrow, min(wide, column.max_width))
            least.append(narrow)
            most.append(wide)
            if sum(least) > room:  # not even the longest words fit: the rest need not be measured
                return []
        if sum(most) <= room:
            return None
        if sum(least) > room:
            return []
        extra = share(room - sum(least), [m - n for n, m in zip(least, most, strict=True)])
        return [n + e for n, e in zip(least, extra, strict=True)]

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        # A cell's text is a file's text ('Sal [bold]B[/bold]', '[link=…]'): shown as written, never read as markup,
        # in the app as on the command line (styles are given as Text).
        options = options.update(markup=False)
        widths = self.widths(console, options)
        if widths is None:
            yield from super().__rich_console__(console, options)
            return
        if not widths:
            lines = self.record_lines(options.max_width)
            yield from console.render(self.records(console, options), options) if lines is None else lines
            return
        kept: list[int | None] = [c.width for c in self.columns]
        for column, fixed in zip(self.columns, widths, strict=True):
            column.width = fixed
        try:
            yield from super().__rich_console__(console, options)
        finally:
            for column, before in zip(self.columns, kept, strict=True):
                column.width = before


    def _record_pairs(self) -> Iterator[tuple[Any, Any, StyleType | None] | None]:
        """The (heading, text, the row's style) of each line of records(), None between rows."""
        cells = [list(column.cells) for column in self.columns]
        for row in range(self.row_count):
            if row:
                yield None
            for column, values in zip(self.columns, cells, strict=True):
                if values[row] != "":
                    yield _heading(column.header) if self.show_header else "", values[row], self.rows[row].style

    def record_lines(self, width: int) -> list[Segment] | None:
        """records() as Rich draws it, made here without a table, when every heading and text is one line of plain
        words that fits beside the headings (a table of many columns gives thousands of such lines) and no row has
        a style of its own; None otherwise. Checked against Rich's own drawing in tests/test_word_wrap.py."""
        if any(row.style for row in self.rows):
            return None
        pairs = list(self._record_pairs())
        texts = [text for pair in pairs if pair is not None for text in pair[:2]]
        if not all(isinstance(text, str) and text.isprintable() and "[" not in text and ":" not in text
                   for text in texts):
            return None  # markup, an emoji code, a line break or styled text: Rich lays it out
        head = max((cell_len(pair[0]) for pair in pairs if pair is not None), default=0)
        if head == 0:
            return None  # no headings: records() writes the texts alone, not after a blank heading
        body = max((cell_len(pair[1]) for pair in pairs if pair is not None), default=0)
        if head + 1 + body > width or width - head - 1 < RECORD_TEXT:
            return None
        bold, gap, end = Style(bold=True), Segment(" ", Style(bold=True)), Segment.line()
        out: list[Segment] = []
        for pair in pairs:
            heading, text = pair[:2] if pair is not None else ("", "")
            out += [Segment(heading + " " * (head - cell_len(heading)), bold), gap,
                    Segment(text + " " * (body - cell_len(text))), end]
        return out

    def records(self, console: Console, options: ConsoleOptions) -> RenderableType:
        """Each row as lines of 'heading text', in the row's style, rows a blank line apart (for a width where
        columns do not fit); when not even a heading and the longest word fit side by side, or the heading leaves the
        text less than views.plain.RECORD_TEXT cells, each heading on a line of its own above its text, the text
        indented by two cells (as views.plain writes records)."""
        headings = [_heading(column.header) if self.show_header else "" for column in self.columns]
        widest = max((Measurement.get(console, options, h).maximum for h in headings), default=0)
        pairs = list(self._record_pairs())
        longest = max((_longest_word(console, options, pair[1]) for pair in pairs if pair is not None), default=0)
        beside = (0 < widest and widest + 1 + longest <= options.max_width  # no headings: the texts alone
                  and options.max_width - widest - 1 >= RECORD_TEXT)
        grid = Table(box=None, show_header=False, padding=(0, 1, 0, 0), pad_edge=False)
        if beside:
            grid.add_column(style="bold", no_wrap=True)
        grid.add_column(overflow="fold")  # a word longer than the whole width is the one broken
        for pair in pairs:
            if pair is None:
                grid.add_row(*[""] * len(grid.columns))
                continue
            heading, text, style = pair
            if beside:
                grid.add_row(heading, text, style=style)
                continue
            if heading:
                grid.add_row(Text(str(heading), style="bold"), style=style)
                text = Padding(text, (0, 0, 0, 2))  # under its heading, indented
            grid.add_row(text, style=style)
        return grid


def table(**options: object) -> Table:
    """A plain table that wraps text between words and keeps columns two spaces apart."""
    settings: dict[str, object] = dict(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=(0, 1, 0, 0))
    settings.update(options)
    return WordTable(**settings)  # type: ignore[arg-type]


def hanging(label: Text | str, text: Text | str) -> RenderableType:
    """label, then text beside it whose further lines start under the text's first, not at the margin: a numbered
    title ('4. Statsbidrag för' / '   brottsförebyggande åtgärder'), a legend's glyph and meaning."""
    grid = WordTable(box=None, show_header=False, show_edge=False, pad_edge=False, padding=0, expand=False)
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_row(Text(label) if isinstance(label, str) else label, Text(text) if isinstance(text, str) else text)
    return grid


def add_columns(grid: Table, columns: Iterable[Column], **options: Any) -> Table:
    """The columns of a view's plain lines (views.plain.Column) added to a table for a terminal, so that both are
    laid out by one rule (views.plain.widths): a column of fixed width does not wrap, the others wrap between words
    within their least and most widths, and a column that fills makes the table as wide as the lines. options go to
    every column (overflow="fold")."""
    for c in columns:
        if c.fill:
            grid.expand = True
        grid.add_column(c.header, justify="right" if c.right else "left", no_wrap=c.width is not None,
                        width=c.width if c.exact else None, min_width=c.min_width or None, max_width=c.max_width,
                        ratio=1 if c.fill else None, **options)
    return grid


def bulleted(label: Text | str, text: Text | str) -> RenderableType:
    """One entry of a list: its bullet (or number), then the text, whose further lines start under the text, not
    under the bullet."""
    return hanging(label, text)


def prose(text: str) -> RenderableType:
    """Free text as written, line by line; a line that opens with a bullet or a list number continues under its own
    text (hanging), not under the bullet."""
    lines = text.split("\n")
    if not any(BULLET.match(line) for line in lines):
        return Text(text)
    parts: list[RenderableType] = []
    plain: list[str] = []
    for line in lines:
        found = BULLET.match(line)
        if found is None:
            plain.append(line)
            continue
        if plain:
            parts.append(Text("\n".join(plain)))
            plain = []
        parts.append(bulleted(found.group(1), line[found.end():]))
    if plain:
        parts.append(Text("\n".join(plain)))
    return Group(*parts)
