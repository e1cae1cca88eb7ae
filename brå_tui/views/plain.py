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
# A line that opens with a bullet or a list number: its indent and mark, then the text ('· Trygga Krylbo …').
BULLET = re.compile(r"^(\s*(?:[•·*–-]|\d{1,3}[.)])[ \t]+)(?=\S)")


@dataclass(frozen=True)
class Column:
    """A column: its heading, its width in cells (None: its text wraps between words), right-aligned or not; exact:
    the width is kept even where the text is narrower (a table lined up with another, `bra owner`); for a column
    that wraps, the least and most cells it takes (min_width, max_width), and fill: it takes the room the others
    leave, so that the table is as wide as the lines; stacked: a heading of several lines keeps them beside a
    record's text (as a styled heading does on a terminal; a heading of plain words is written on one line there).
    The same columns give a view's table on a terminal (views.tables.add_columns)."""

    header: str
    width: int | None = None
    right: bool = False
    exact: bool = False
    min_width: int = 0
    max_width: int | None = None
    fill: bool = False
    stacked: bool = False  # a heading of several lines keeps them in a record (else it is one line there)


def widths(columns: Sequence[Column], total: int, rows: Sequence[Sequence[str]] = (), gap: str = GAP) -> list[int]:
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
            # exact: the width is kept, a wider heading wrapped (as on a terminal)
            size = c.width if c.exact else max(head, min(c.width, _widest(rows, i, c.width)))
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
    room = total - len(gap) * (len(columns) - 1)
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


# What one_line or without_controls changes in a part: a line break, a tab or another control character (one class:
# searched in one pass).
_CHANGED_IN_CELL = re.compile(f"[\t\n{LINE_BREAKS}{UNSAFE.pattern[1:-1]}]")


def _header_len(column: Column) -> int:
    return max(width_of(part) for part in column.header.split("\n"))


# Beyond Latin letters, common punctuation (– … ›), the arrows of a trend (← ↑ → ↓) and the dot of a risk level (●)
# a character's cells may differ from one. A line break takes no cell: a cell of several lines is as narrow as its
# lines.
_WIDE = re.compile("[^\n\x20-\u02ff\u2010-\u203a\u2190-\u2193\u25cf]")


# The characters that take one cell and are no control character (UNSAFE): the Latin letters and common punctuation
# (_WIDE) less the controls among them (DEL and C1, the line and paragraph separators, the bidirectional embeddings
# and overrides). One class, searched for in one pass, where the two as an alternative take three times as long.
_NARROW = "\x20-\x7e\xa0-\u02ff\u2010-\u2027\u202f-\u203a\u2190-\u2193\u25cf"

# What keeps a row from being written as it is, in one search: a line break, a character that may take other than
# one cell (_WIDE), or a control character (UNSAFE).
_ODD = re.compile(f"[^{_NARROW}]")

# The same without the line break: a row this does not find in takes one cell a character and holds no control
# character, though a cell may have several lines or be longer than its column (_NarrowRows).
_ODD_BUT_BREAK = re.compile(f"[^\n{_NARROW}]")


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
            wide = not narrow and bool(_WIDE.search(part))  # some character may take two cells: measured by cells
            held = keep_together(part)
            wrapped = (cell_lines if wide else word_lines)(held, width)
            if any(NO_BREAK not in line and (len(line) if narrow else width_of(line)) > width for line in wrapped):
                wrapped = _folded(held, width)
            out.extend(line.replace(NO_BREAK, " ") for line in wrapped or [""])
    return tuple(out)


def _folded(text: str, width: int) -> list[str]:
    """Lines of text where some word is wider than width cells: that word starts a line and is cut where the line
    ends, and the words after its last piece follow it on that line (as a terminal folds it); text held together
    (NO_BREAK) is never cut."""
    out: list[str] = []
    line: str | None = None
    for word in text.split(" "):
        if NO_BREAK not in word and width_of(word) > width:
            if line:
                out.append(line)
            *pieces, line = _cut(word, width)
            out += pieces
        elif not line:
            line = word
        elif width_of(line) + 1 + width_of(word) <= width:
            line = f"{line} {word}"
        else:
            out.append(line)
            line = word
    if line:
        out.append(line)
    return [line.rstrip(" ") for line in out if line.strip(" ")]


def cell_lines(text: str, width: int) -> list[str]:
    """word_lines for text some of whose characters take two cells (東京): the longest run of words whose cells fit
    on each line, a word wider than width on a line of its own."""
    out: list[str] = []
    line: str | None = None
    for word in text.split(" "):
        if not line:
            line = word
        elif width_of(line) + 1 + width_of(word) <= width:
            line = f"{line} {word}"
        else:
            out.append(line.rstrip(" "))
            line = word
    if line:
        out.append(line.rstrip(" "))
    return [line for line in out if line]


def _cut(word: str, width: int) -> list[str]:
    """A word wider than width cells cut into pieces of at most width cells, as a terminal breaks it."""
    out: list[str] = []
    piece = ""
    for char in word:
        if piece and width_of(piece + char) > width:
            out.append(piece)
            piece = ""
        piece += char
    return [*out, piece] if piece else out


def _pad(text: str, width: int, right: bool) -> str:
    room = width - width_of(text)
    if room <= 0:
        return text
    return " " * room + text if right else text + " " * room


@functools.lru_cache(maxsize=64)
def _narrow_line(sizes: tuple[int, ...], right: tuple[bool, ...], gap: str = GAP) -> Callable[..., str]:
    """A line of text that takes one cell a character: each cell padded to its column as str.ljust and str.rjust
    pad, by one format string."""
    return gap.join(f"{{:{'>' if r else '<'}{w}}}" for w, r in zip(sizes, right, strict=True)).format


def _row_lines(row: Sequence[str], sizes: Sequence[int], right: Sequence[bool], gap: str = GAP) -> Iterator[str]:
    """One row's lines: each cell in its column of sizes cells, text too long for it wrapped between words."""
    joined = "".join(row)
    plain = not _ODD.search(joined)  # the common row: one search says no cell needs more than a look at its length
    if not plain and UNSAFE.search(joined):  # seldom: a control character in a cell, removed
        row = [without_controls(text) for text in row]
        joined = "".join(row)
    if plain or not _WIDE.search(joined):  # the common case: a character takes one cell
        narrow_line = _narrow_line(tuple(sizes), tuple(right), gap)
        # Laid out in one pass: a cell that fits is its own lines, a longer one is wrapped (once for its width).
        cells = [text.split("\n") if len(text) <= w else _wrap(text, w, narrow=True)
                 for text, w in zip(row, sizes, strict=True)]
        for parts in itertools.zip_longest(*cells, fillvalue=""):
            yield narrow_line(*parts).rstrip()
        return
    cells = [_wrap(text, w) for text, w in zip(row, sizes, strict=True)]
    for parts in itertools.zip_longest(*cells, fillvalue=""):
        yield gap.join([_pad(text, w, r) for text, w, r in zip(parts, sizes, right, strict=True)]).rstrip()


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
    headings = [(c.header if c.stacked else one_line(c.header)) if header else "" for c in columns]
    # as wide as the headings of the texts written (a column empty in every row the layout is chosen from, or in the
    # row itself, takes no room), as on a terminal
    shown = [h for i, h in enumerate(headings) if any(row[i] != "" for row in (first if first is not None else rows))]
    heading = max(width_of(line) for name in shown or headings for line in name.split("\n"))
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
                texts = _wrap(without_controls(text), room)
                for head, line in itertools.zip_longest(name.split("\n"), texts, fillvalue=""):
                    yield f"{_pad(head, heading, False)} {line}".rstrip()
                continue
            indent = GAP if name else ""
            if name:
                yield from name.split("\n")
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


def _narrow_row(row: Sequence[str], sizes: Sequence[int], right: Sequence[bool],
                check: bool = True) -> list[str] | None:
    """One row's lines as _row_lines writes them, for a row known to take one cell a character and to hold no control
    character (_ODD_BUT_BREAK finds nothing in it); None when check is set and a word of some cell is wider than its
    column (the row is then a record, as _words_fit tells)."""
    return _NarrowRows(sizes, right).lines(row, check)


class _NarrowRows:
    """The rows of one table known to take one cell a character and to hold no control character, laid out as
    _row_lines lays them out. Each part of a cell is looked at once: whether its words fit and where it breaks are
    told together, and the common text (single spaces between words, none held to the next) is broken at its spaces
    here, without a search for its words. Below a row's first line, where one cell alone goes on, its lines are
    indented by the columns before it rather than padded cell by cell."""

    def __init__(self, sizes: Sequence[int], right: Sequence[bool], gap: str = GAP) -> None:
        self.sizes = sizes
        self.line = _narrow_line(tuple(sizes), tuple(right), gap)
        # Where each left-aligned column starts (None for one aligned right).
        self.indents = [None if r else " " * (sum(sizes[:k]) + len(gap) * k) for k, r in enumerate(right)]

    def lines(self, row: Sequence[str], check: bool) -> list[str] | None:
        """The row's lines (None when check is set and a word is wider than its column)."""
        cells: list[Sequence[str]] = []
        tall = -1  # the cell of several lines, when there is one; -2 when there are more
        for k, (text, size) in enumerate(zip(row, self.sizes, strict=True)):
            if len(text) <= size:
                if "\n" not in text:
                    cells.append((text,))
                    continue
                got: Sequence[str] = text.split("\n")
            else:
                out: list[str] = []
                for part in text.split("\n"):
                    if len(part) <= size:
                        out.append(part)
                    elif (broken := _at_spaces(part, size)) is not None:
                        out += broken
                    else:
                        if check and not (holds_no_space(part) and max(map(len, part.split()), default=0) <= size) \
                                and any(len(word) > size for word in words(part)):
                            return None
                        out += _wrap(part, size, narrow=True)
                got = out
            cells.append(got)
            if len(got) > 1:
                tall = k if tall == -1 else -2
        first = self.line(*[lines_[0] for lines_ in cells]).rstrip()
        if tall == -1:
            return [first]
        indent = self.indents[tall] if tall >= 0 else None
        if indent is not None:  # one cell of several lines: the others are blank below the first
            return [first, *[(indent + line).rstrip() for line in itertools.islice(cells[tall], 1, None)]]
        return [first, *[self.line(*parts).rstrip()
                         for parts in itertools.islice(itertools.zip_longest(*cells, fillvalue=""), 1, None)]]


def _at_spaces(part: str, size: int) -> list[str] | None:
    """part broken into lines of at most size characters at its spaces, as _wrapped breaks it, when it is the common
    text of a narrow row: no space held to its neighbours (views.wrap.holds_no_space: keep_together leaves it as it
    is), single spaces between words and none at either end (word_lines breaks it at its last space that fits), no
    word longer than size (no word stands alone past the edge, and every word fits its column). None for any other
    text."""
    if "  " in part or part[0] == " " or part[-1] == " " or not holds_no_space(part):
        return None
    out: list[str] = []
    start, end = 0, len(part)
    while end - start > size:
        cut = part.rfind(" ", start, start + size + 1)
        if cut < 0:  # a word longer than size
            return None
        out.append(part[start:cut])
        start = cut + 1
    out.append(part[start:])
    return out


def _spaced_words_fit(part: str, size: int) -> bool:
    """True when part is known to have no word wider than size without views.wrap's words: text of one cell a
    character where no space is held (views.wrap.holds_no_space) has words no longer than its runs between spaces.
    False says nothing (words() tells)."""
    return not _WIDE.search(part) and holds_no_space(part) and max(map(len, part.split()), default=0) <= size


def lines(columns: Sequence[Column], rows: Iterable[Sequence[str]], total: int, leading: int = 0,
          header: bool = True, gap: str = GAP, whole_rows: bool = False) -> Iterator[str]:
    """The table's lines, one row at a time; leading blank lines between rows. Where the columns do not fit side by
    side in total cells (fixed ones at their width, the others at least 12), or a word of some cell of the first
    BATCH rows is wider than its column (the rule views.tables follows on a terminal), each row is written as a
    record; a later row with such a word is written as a record alone, a blank line before and after it. gap: what
    stands between columns (two spaces; one where a narrow window squeezes a table, as the risk matrix).

    whole_rows (output to a pipe or a file): every row is one line, found whole by grep: the columns are laid out
    as above, but a cell longer than its column is neither wrapped nor cut (the row's later cells move right), the
    lines of a cell stand one after the other (whole_cell), and no row is written as a record."""
    rows = iter(rows)
    first = list(itertools.islice(rows, BATCH))  # the layout is chosen from these, the rest streamed
    sizes = widths(columns, total, first, gap)
    if whole_rows:
        yield from _whole_rows(columns, itertools.chain(first, rows), sizes, total, header, leading)
        return
    if sum(sizes) + len(gap) * (len(sizes) - 1) > total or not all(_words_fit(row, sizes) for row in first):
        yield from _records(columns, itertools.chain(first, rows), total, header, first)
        return
    right = [c.right for c in columns]
    if header:  # a heading of fewer lines than another (written or wrapped) stands on its last, as on a terminal
        heads = [c.header.split("\n") if width_of(c.header) <= w else _wrap(c.header, w)
                 for c, w in zip(columns, sizes, strict=True)]
        tall = max(map(len, heads))
        yield from _row_lines(["\n" * (tall - len(h)) + "\n".join(h) for h in heads], sizes, right, gap)
        yield RULE * min(total, sum(sizes) + len(gap) * (len(sizes) - 1))
    fits = True
    narrow_line = _narrow_line(tuple(sizes), tuple(right), gap)
    narrow_rows = _NarrowRows(sizes, right, gap)
    count = len(sizes)
    known = len(first)  # the first rows are known to fit
    for n, row in enumerate(itertools.chain(first, rows)):
        laid: list[str] | None = None
        if len(row) == count:
            joined = "".join(row)
            # the common rows, told by one search: a character takes one cell and none is a control character
            if not _ODD_BUT_BREAK.search(joined):
                # the most common: each cell fits whole on one line
                if "\n" not in joined and all(map(operator.le, map(len, row), sizes)):
                    if n and (leading or not fits):
                        yield from [""] * max(1, leading)
                    fits = True
                    yield narrow_line(*row).rstrip()  # as _row_lines writes it
                    continue
                laid = narrow_rows.lines(row, n >= known)
                if laid is None:  # a word wider than its column
                    fits = False
                    if n:
                        yield from [""] * max(1, leading)
                    yield from _records(columns, [row], total, header)
                    continue
        before, fits = fits, laid is not None or n < known or _words_fit(row, sizes)
        if n:
            yield from [""] * (leading if fits and before else max(1, leading))
        if laid is not None:
            yield from laid
        elif not fits:
            yield from _records(columns, [row], total, header)
        else:
            yield from _row_lines(row, sizes, right, gap)


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


def hanging(label: str, text: str, width: int) -> list[str]:
    """label, then text beside it whose further lines start under the text's first, not at the margin: a numbered
    title ('4. Statsbidrag för' / '   brottsförebyggande åtgärder'), a bullet's text, a legend's meaning. Where a word
    of the text does not fit beside the label, the label stands on a line of its own and the text below it (as
    views.tables.hanging draws it on a terminal)."""
    indent = width_of(label)
    if any(width_of(word) > width - indent for word in words(text)):
        return [label.rstrip(), *_wrap(text, width)]
    parts = _wrap(text, width - indent)
    return [(label + parts[0]).rstrip(), *((" " * indent + part).rstrip() for part in parts[1:])]


def peek(items: Iterable[T]) -> Iterator[T] | None:
    """The items, or None when there are none (the first is read to know)."""
    it = iter(items)
    first = next(it, _NONE)
    if first is _NONE:
        return None
    return itertools.chain([first], it)  # type: ignore[list-item]
