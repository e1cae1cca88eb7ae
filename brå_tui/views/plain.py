"""Tables as plain lines, written row by row: for output to a pipe or a file, at any number of rows.

Control characters in a cell are removed before the table is laid out (a table removes them, README); other plain
text is the output stream's to make visible (cli.common.printable_output).

The shape is the views' table (tables.py): a header, a rule, columns two spaces apart, text that does
not fit its column wrapped onto the next lines of the row. As on a terminal (views.tables), columns stand side by
side only when the longest word of each column fits its width; else each row is written as a record. The layout is
chosen from the first BATCH rows, so the first lines are written while the rest are still being read; a later row
with a word wider than its column is written as a record of its own between the others, so no word is ever broken
that fits a line.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
import textwrap
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

from brå_tui.text import LINE_BREAKS, UNSAFE, one_line, without_controls
from brå_tui.views.wrap import NO_BREAK, holds_no_space, keep_together, words

T = TypeVar("T")
_NONE = object()
GAP = "  "
RULE = "─"
RECORD_TEXT = 20  # the least room a record's text has beside its heading (see _records)
KEY_WIDTH = 12  # a meeting's key on one line: 2025-02-14, or 2025-02-14-2 for a second meeting that day
BATCH = 100  # the rows a table's layout is chosen from (lines()): more than a screenful, read in a moment


@dataclass(frozen=True)
class Column:
    """A column: its heading, its width in cells (None: its text wraps between words), right-aligned or not; exact:
    the width is kept even where the text is narrower (a table lined up with another, `bra owner`); for a column
    that wraps, the least and most cells it takes (min_width, max_width), and fill: it takes the room the others
    leave, so that the table is as wide as the lines. The same columns give a view's table on a terminal
    (views.tables.add_columns)."""

    header: str
    width: int | None = None
    right: bool = False
    exact: bool = False
    min_width: int = 0
    max_width: int | None = None
    fill: bool = False


def widths(columns: Sequence[Column], total: int, rows: Sequence[Sequence[str]] = ()) -> list[int]:
    """Each column's width for lines of at most total cells, given the rows the layout is chosen from: the one rule
    of every table, on a terminal (views.tables.WordTable) and here. A fixed column (width given) is as wide as its
    widest text (at most its width, at least its heading; exact: its width); another is at least as wide as its
    longest word (at least min_width) and wants its widest line (at most max_width). Where every column gets what it
    wants they get just that, and the columns that fill share what is left; else each has its longest word and what
    room is left is shared in proportion to how much more each wants. When even the longest words do not fit, the
    widths returned are wider than total together (the table is written as records)."""
    least: list[int] = []
    most: list[int] = []
    for i, c in enumerate(columns):
        head = _header_len(c)
        if c.width is not None:
            size = max(head, c.width if c.exact else min(c.width, _widest(rows, i, c.width)))
            least.append(size)
            most.append(size)
            continue
        texts = [c.header, *(without_controls(row[i]) for row in rows)]
        longest = max((width_of(word) for text in texts for word in words(text)), default=0)
        # a line wider than the table counts as the table's width (less the cell after the column), as Rich
        # measures it
        wide = min(max(head, _widest(rows, i, 0)), max(1, total - (i < len(columns) - 1)))
        least.append(max(longest, c.min_width))
        most.append(max(least[-1], wide if c.max_width is None else min(wide, c.max_width)))
    room = total - len(GAP) * (len(columns) - 1)
    if sum(most) <= room:
        fill = [1 if c.fill else 0 for c in columns]
        return [m + e for m, e in zip(most, share(room - sum(most), fill), strict=True)]
    if sum(least) > room:
        return least
    extra = share(room - sum(least), [m - n for n, m in zip(least, most, strict=True)])
    return [n + e for n, e in zip(least, extra, strict=True)]


def share(room: int, wants: list[int]) -> list[int]:
    """room cells shared out in proportion to wants (whole cells; the rest to the first that want most)."""
    total = sum(wants)
    if total <= 0 or room <= 0:
        return [0] * len(wants)
    given = [room * w // total for w in wants]
    rest = room - sum(given)
    for i in sorted(range(len(wants)), key=lambda i: -wants[i])[:rest]:
        given[i] += 1
    return given


def _widest(rows: Sequence[Sequence[str]], index: int, default: int) -> int:
    """The widest line of the rows' cells in column index; default when there are no rows."""
    return max((width_of(line) for row in rows for line in without_controls(row[index]).split("\n")), default=default)


def cell(*parts: str) -> str:
    """A table cell of parts, one line each: the one way text from a file enters a table, on a terminal (the Rich
    views) and to a pipe (lines()) alike. A line break or tab inside a part becomes a space and other control
    characters are removed (text.one_line, text.without_controls), so only the view's own breaks, between the
    parts, start a new line in the cell."""
    if not _CHANGED_IN_CELL.search("".join(parts)):  # the common text: each part stays as it is
        return "\n".join(parts)
    return "\n".join(without_controls(one_line(part)) for part in parts)


# What one_line or without_controls changes in a part: a line break, a tab or another control character.
_CHANGED_IN_CELL = re.compile(f"[\t\n{LINE_BREAKS}]|{UNSAFE.pattern}")


def _header_len(column: Column) -> int:
    return max(width_of(part) for part in column.header.split("\n"))


# Beyond Latin letters and common punctuation (– … ›) a character's cells may differ from one.
# A line break takes no cell: a cell of several lines is as narrow as its lines.
_WIDE = re.compile("[^\n\x20-\u02ff\u2010-\u203a]")


# What keeps a row from being written as it is, in one search: a line break, a character that may take other than
# one cell (_WIDE), or a control character (UNSAFE).
_ODD = re.compile(f"[^\x20-\u02ff\u2010-\u203a]|{UNSAFE.pattern}")


# The same without the line break: a row this does not find in takes one cell a character and holds no control
# character, though a cell may have several lines or be longer than its column (_narrow_rows).
_ODD_BUT_BREAK = re.compile(f"[^\n\x20-\u02ff\u2010-\u203a]|{UNSAFE.pattern}")


def width_of(text: str) -> int:
    """The cells a line of text takes on a terminal."""
    if _WIDE.search(text):
        from rich.cells import cell_len  # only for text beyond Latin letters

        return cell_len(text)
    return len(text)


# Text that textwrap splits only at its single spaces: words of characters that are no space, a no-break space only
# between two of them, one space between words.
_SIMPLE = re.compile(r"\S+(?:\xa0+\S+)*(?: \S+(?:\xa0+\S+)*)*")


def word_lines(text: str, width: int) -> list[str]:
    """textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False): the longest run of words that fits
    on each line, a word longer than width on a line of its own. The common text (single spaces between words) is
    broken at the last space that fits without textwrap's word-by-word work; any other goes to textwrap."""
    if not _SIMPLE.fullmatch(text):
        return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)
    out: list[str] = []
    start, end = 0, len(text)
    while end - start > width:
        cut = text.rfind(" ", start, start + width + 1)
        if cut < 0:  # the first word is longer than a line: it stands alone
            cut = text.find(" ", start)
            if cut < 0:
                break
        out.append(text[start:cut])
        start = cut + 1
    out.append(text[start:])
    return out


_WRAPPED: dict[tuple[str, int, bool], tuple[str, ...]] = {}
WRAPPED_KEPT = 4096  # cells kept wrapped; all are let go when there are more (cheaper than tracking which is oldest)
WRAPPED_LENGTH = 80  # the longest text kept: what repeats is short (a name, an area, a status); a note seldom does


def _wrap(text: str, width: int, narrow: bool = False) -> tuple[str, ...]:
    """Lines of at most width cells, broken between words (views.wrap: never inside an amount or a short name, which
    may stand past width); narrow: the text is known to take one cell a character. Each text is wrapped once for a
    width: a table's cells repeat (an area, a status, a name), and so do its widths."""
    if len(text) > WRAPPED_LENGTH:
        return _wrapped(text, width, narrow)
    key = (text, width, narrow)
    lines = _WRAPPED.get(key)
    if lines is None:
        if len(_WRAPPED) >= WRAPPED_KEPT:
            _WRAPPED.clear()
        lines = _WRAPPED[key] = _wrapped(text, width, narrow)
    return lines


def _wrapped(text: str, width: int, narrow: bool) -> tuple[str, ...]:
    """_wrap without keeping the lines."""
    out: list[str] = []
    for part in text.split("\n"):
        if (len(part) if narrow else width_of(part)) <= width:
            out.append(part)
        else:
            # A word longer than the column is cut, unless it is text held together (an amount, an account, a
            # short name): that stands whole, past the column's edge, as on a terminal.
            wrapped = word_lines(keep_together(part), width)
            for line in wrapped or [""]:
                if NO_BREAK not in line and (len(line) if narrow else width_of(line)) > width:
                    out.extend(textwrap.wrap(line, width, break_long_words=True, break_on_hyphens=False))
                else:
                    out.append(line.replace(NO_BREAK, " "))
    return tuple(out)


def _pad(text: str, width: int, right: bool) -> str:
    room = width - width_of(text)
    if room <= 0:
        return text
    return " " * room + text if right else text + " " * room


@functools.lru_cache(maxsize=64)
def _narrow_line(sizes: tuple[int, ...], right: tuple[bool, ...]) -> Callable[..., str]:
    """A line of text that takes one cell a character: each cell padded to its column as str.ljust and str.rjust
    pad, by one format string."""
    return GAP.join(f"{{:{'>' if r else '<'}{w}}}" for w, r in zip(sizes, right, strict=True)).format


def _row_lines(row: Sequence[str], sizes: Sequence[int], right: Sequence[bool]) -> Iterator[str]:
    """One row's lines: each cell in its column of sizes cells, text too long for it wrapped between words."""
    joined = "".join(row)
    plain = not _ODD.search(joined)  # the common row: one search says no cell needs more than a look at its length
    if not plain and UNSAFE.search(joined):  # seldom: a control character in a cell, removed
        row = [without_controls(text) for text in row]
        joined = "".join(row)
    if plain or not _WIDE.search(joined):  # the common case: a character takes one cell
        narrow_line = _narrow_line(tuple(sizes), tuple(right))
        # Laid out in one pass: a cell that fits is its own lines, a longer one is wrapped (once for its width).
        cells = [text.split("\n") if len(text) <= w else _wrap(text, w, narrow=True)
                 for text, w in zip(row, sizes, strict=True)]
        for parts in itertools.zip_longest(*cells, fillvalue=""):
            yield narrow_line(*parts).rstrip()
        return
    cells = [_wrap(text, w) for text, w in zip(row, sizes, strict=True)]
    for parts in itertools.zip_longest(*cells, fillvalue=""):
        yield GAP.join([_pad(text, w, r) for text, w, r in zip(parts, sizes, right, strict=True)]).rstrip()


def _fit_beside(rows: Iterable[Sequence[str]], room: int) -> bool:
    """Whether every word of the rows fits in room cells."""
    return all(width_of(word) <= room for row in rows for text in row for word in words(text))


def _records(columns: Sequence[Column], rows: Iterable[Sequence[str]], total: int, header: bool,
             first: Sequence[Sequence[str]] | None = None) -> Iterator[str]:
    """Each row as lines of 'heading text', rows a blank line apart: the table where its columns do not fit side by
    side in total cells (as views.tables writes it on a terminal, by the same rule). Where the headings leave the
    text less than RECORD_TEXT cells, or a word of the first rows (the rows the layout is chosen from; without them,
    the row itself) would not fit beside them, each heading stands on a line of its own and its text below it,
    indented by two spaces (a table without headings writes its texts one below the other)."""
    headings = [one_line(c.header) if header else "" for c in columns]
    heading = max(map(width_of, headings))
    room = total - heading - 1  # one space after the heading, as on a terminal
    table_beside = room >= RECORD_TEXT and (first is None or _fit_beside(first, room))
    start = True
    for row in rows:
        if not start:
            yield ""
        start = False
        beside = table_beside and _fit_beside([row], room)
        for name, text in zip(headings, row, strict=True):
            if text == "":
                continue
            if beside and heading:
                for n, line in enumerate(_wrap(without_controls(text), room)):
                    yield f"{_pad('' if n else name, heading, False)} {line}".rstrip()
                continue
            indent = GAP if name else ""
            if name:
                yield name
            yield from (indent + line for line in _row_lines([text], [max(1, total - len(indent))], [False]))


def _words_fit(row: Sequence[str], sizes: Sequence[int]) -> bool:
    """Whether every word of the row's cells fits its column (views.wrap's words: an amount or a short name is one)."""
    for text, size in zip(row, sizes, strict=True):
        if len(text) <= size and not _WIDE.search(text):  # the common case: the whole cell fits
            continue
        for part in text.split("\n"):
            if width_of(part) > size and not _spaced_words_fit(part, size) \
                    and any(width_of(word) > size for word in words(part)):
                return False
    return True


def _narrow_words_fit(row: Sequence[str], sizes: Sequence[int]) -> bool:
    """_words_fit for a row known to take one cell a character (_ODD_BUT_BREAK finds nothing in it): lengths are
    widths, so no cell or word is searched for wide characters."""
    for text, size in zip(row, sizes, strict=True):
        if len(text) <= size:
            continue
        for part in text.split("\n"):
            if len(part) > size and not (holds_no_space(part) and max(map(len, part.split()), default=0) <= size) \
                    and any(len(word) > size for word in words(part)):
                return False
    return True


def _narrow_row_lines(row: Sequence[str], sizes: Sequence[int], narrow_line: Callable[..., str]) -> Iterator[str]:
    """_row_lines for a row known to take one cell a character and to hold no control character (_ODD_BUT_BREAK
    finds nothing in it): the same lines, without searching the row again."""
    cells = [text.split("\n") if len(text) <= w else _wrap(text, w, narrow=True)
             for text, w in zip(row, sizes, strict=True)]
    for parts in itertools.zip_longest(*cells, fillvalue=""):
        yield narrow_line(*parts).rstrip()


def _spaced_words_fit(part: str, size: int) -> bool:
    """True when part is known to have no word wider than size without views.wrap's words: text of one cell a
    character where no space is held (views.wrap.holds_no_space) has words no longer than its runs between spaces.
    False says nothing (words() tells)."""
    return not _WIDE.search(part) and holds_no_space(part) and max(map(len, part.split()), default=0) <= size


def lines(columns: Sequence[Column], rows: Iterable[Sequence[str]], total: int, leading: int = 0,
          header: bool = True, whole_rows: bool = False) -> Iterator[str]:
    """The table's lines, one row at a time; leading blank lines between rows. Where the columns do not fit side by
    side in total cells (fixed ones at their width, the others at least 12), or a word of some cell of the first
    BATCH rows is wider than its column (the rule views.tables follows on a terminal), each row is written as a
    record; a later row with such a word is written as a record alone, a blank line before and after it.

    whole_rows (output to a pipe or a file): every row is one line, found whole by grep: the columns are laid out
    as above, but a cell longer than its column is neither wrapped nor cut (the row's later cells move right), the
    lines of a cell stand one after the other (whole_cell), and no row is written as a record."""
    rows = iter(rows)
    first = list(itertools.islice(rows, BATCH))  # the layout is chosen from these, the rest streamed
    sizes = widths(columns, total, first)
    if whole_rows:
        yield from _whole_rows(columns, itertools.chain(first, rows), sizes, total, header, leading)
        return
    if sum(sizes) + len(GAP) * (len(sizes) - 1) > total or not all(_words_fit(row, sizes) for row in first):
        yield from _records(columns, itertools.chain(first, rows), total, header, first)
        return
    right = [c.right for c in columns]
    if header:  # a heading of fewer lines than another stands on the last of them, as on a terminal
        tall = max(c.header.count("\n") for c in columns)
        yield from _row_lines(["\n" * (tall - c.header.count("\n")) + c.header for c in columns], sizes, right)
        yield RULE * min(total, sum(sizes) + len(GAP) * (len(sizes) - 1))
    fits = True
    narrow_line = _narrow_line(tuple(sizes), tuple(right))
    count = len(sizes)
    for n, row in enumerate(itertools.chain(first, rows)):
        narrow = False
        if len(row) == count:
            joined = "".join(row)
            # the common row, told by one search: each cell fits whole on one line
            if not _ODD.search(joined) and all(map(operator.le, map(len, row), sizes)):
                if n and (leading or not fits):
                    yield from [""] * max(1, leading)
                fits = True
                yield narrow_line(*row).rstrip()  # as _row_lines writes it
                continue
            # the next most common, told by one more: a character takes one cell, a cell may take several lines
            narrow = not _ODD_BUT_BREAK.search(joined)
        # the first rows are known to fit
        before, fits = fits, n < len(first) or (_narrow_words_fit if narrow else _words_fit)(row, sizes)
        if n:
            yield from [""] * (leading if fits and before else max(1, leading))
        if not fits:
            yield from _records(columns, [row], total, header)
        elif narrow:
            yield from _narrow_row_lines(row, sizes, narrow_line)
        else:
            yield from _row_lines(row, sizes, right)


CELL_LINES = " · "  # between the lines of a cell written on one line (whole_cell)


def whole_cell(text: str) -> str:
    """A cell's lines on one line, CELL_LINES between them; control characters removed (cell())."""
    if UNSAFE.search(text):
        text = without_controls(text)
    return CELL_LINES.join(part for part in text.split("\n") if part) if "\n" in text else text


def _whole_rows(columns: Sequence[Column], rows: Iterable[Sequence[str]], sizes: Sequence[int], total: int,
                header: bool, leading: int) -> Iterator[str]:
    """lines() with whole_rows: the heading, a rule and every row on one line, each cell padded to its column;
    leading blank lines between rows."""
    right = [c.right for c in columns]

    def line(row: Sequence[str]) -> str:
        return GAP.join(_pad(whole_cell(text), w, r) for text, w, r in zip(row, sizes, right, strict=True)).rstrip()

    if header:
        yield line([" ".join(c.header.split("\n")) for c in columns])
        yield RULE * min(total, sum(sizes) + len(GAP) * (len(sizes) - 1))
    for n, row in enumerate(rows):
        if n and leading:
            yield from [""] * leading
        yield line(row)


def paragraph(text: str, width: int) -> list[str]:
    """Free text (a heading, a note) as lines of at most width cells."""
    return list(_wrap(text, width))


def peek(items: Iterable[T]) -> Iterator[T] | None:
    """The items, or None when there are none (the first is read to know)."""
    it = iter(items)
    first = next(it, _NONE)
    if first is _NONE:
        return None
    return itertools.chain([first], it)  # type: ignore[list-item]
