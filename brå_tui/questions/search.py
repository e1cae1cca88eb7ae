"""Full-text search over every meeting, without regard to case or accents, best hits first."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from brå_tui.model import Meeting
from brå_tui.store.index import Index
from brå_tui.store.queries import WORD, match_expression
from brå_tui.store.rows import FTS_STRIDE, searchable_entries
from brå_tui.text import LINE_BREAKS, fold

SNIPPET = 70


@dataclass
class Hit:
    """A place in a meeting where the search words occur."""

    meeting_key: str
    date: dt.date
    section: str  # the tab it belongs to, in Swedish: Ärenden, Uppföljning …
    title: str
    snippet: str
    spans: list[tuple[int, int]] = field(default_factory=list)  # where the words are, within the snippet
    place: int = -1  # which text of the meeting, counted from 0 in the order of store.rows.searchable_texts


class _FoldTable(dict[int, str]):
    """What each character met folds to, by code point (whitespace to one space), filled in as characters are
    met; the characters that fold to other than one character are noted in _UNEVEN."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = " " if char.isspace() else fold(char)
        if len(folded) != 1:
            _UNEVEN.add(char)
        self[code] = folded
        return folded


_TABLE = _FoldTable()
_UNEVEN: set[str] = set()


@functools.cache
def _latin1_folding() -> tuple[bytes, re.Pattern[str]]:
    """_TABLE for the Latin-1 characters that fold to one Latin-1 character (å → a, Ö → o, é → e), as a table for
    bytes.translate, and a pattern that finds any other character (æ, ß, ½, and all beyond Latin-1)."""
    table = bytearray(range(256))
    kept: list[str] = []
    for code in range(256):
        folded = _TABLE[code]
        if len(folded) == 1 and ord(folded) < 256:
            table[code] = ord(folded)
            kept.append(chr(code))
    return bytes(table), re.compile(f"[^{re.escape(''.join(kept))}]")


def _folded(text: str) -> tuple[str, Sequence[int]]:
    """The folded text and, for each folded character, the index of the original character."""
    table, other = _latin1_folding()
    if not other.search(text):  # the usual Swedish text: folded a byte a character, as _TABLE folds it
        return text.encode("latin-1").translate(table).decode("latin-1"), range(len(text))
    folded = text.translate(_TABLE)  # fills the table with every character of text
    if _UNEVEN.isdisjoint(text):  # the usual case (å → a, Ö → o): positions stay where they were
        return folded, range(len(text))
    index: list[int] = []
    for i, char in enumerate(text):
        index.extend([i] * len(_TABLE[ord(char)]))
    return folded, index


def find(text: str, words: list[str]) -> list[tuple[int, int]] | None:
    """Where a word of text starts with one of the folded words (original positions); None if one is missing."""
    folded, index = _folded(text)
    spans = []
    for word in words:
        found = False
        at = folded.find(word)
        while at >= 0:
            if at == 0 or not folded[at - 1].isalnum():
                spans.append((index[at], index[at + len(word) - 1] + 1))
                found = True
            at = folded.find(word, at + len(word))
        if not found:
            return None
    return sorted(spans)


# Where an excerpt may begin or end: at a run of spaces, though not one between the digit groups of an amount
# ("10 000"), so neither a word nor an amount is cut.
_BREAK = re.compile(r"\s+")


def _breaks(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    return [m for m in _BREAK.finditer(text, lo, hi)
            if not (m.start() > 0 and text[m.start() - 1].isdigit() and text[m.end():m.end() + 1].isdigit())]


def _at_edge(text: str, i: int) -> bool:
    """Whether cutting text at i falls between words (and not between the digit groups of an amount): whether
    _breaks(text, i - 1, i + 1) finds a break, told by the two characters around i."""
    if i <= 0 or i >= len(text):
        return True
    if text[i - 1].isspace():  # a run of spaces from i - 1 (str.isspace is what \s finds)
        start, end = i - 1, i + 1 if text[i].isspace() else i
    elif text[i].isspace():
        start, end = i, i + 1
    else:
        return False
    return not (start > 0 and text[start - 1].isdigit() and text[end:end + 1].isdigit())


# Each line break and tab in a snippet a space, one for one, so that the match positions stay right.
_ONE_LINE = str.maketrans(dict.fromkeys("\n\t" + LINE_BREAKS, " "))
_LINE_BREAK_OR_TAB = re.compile(f"[\n\t{LINE_BREAKS}]")


def make_snippet(text: str, spans: list[tuple[int, int]], width: int = SNIPPET) -> tuple[str, list[tuple[int, int]]]:
    """A one-line excerpt of about width characters around the first match, cut only between words (never inside
    a word or an amount), with the match positions moved into it."""
    first = spans[0][0]
    start = max(0, first - width // 3)
    if not _at_edge(text, start):  # begin at the start of the word (or amount) cut into
        back = _breaks(text, max(0, start - 30), start)
        ahead = _breaks(text, start, first)
        if back:
            start = back[-1].end()
        else:
            start = 0 if start <= 30 else ahead[0].end() if ahead else first
    end = min(len(text), start + width)
    if not _at_edge(text, end):
        within = _breaks(text, max(start, spans[0][1]), end + 1)
        end = within[-1].start() if within else end
    piece = text[start:end]
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    moved = [(a - start + len(prefix), b - start + len(prefix)) for a, b in spans if a >= start and b <= end]
    line = prefix + piece + suffix
    if _LINE_BREAK_OR_TAB.search(piece):
        line = line.translate(_ONE_LINE)
    return line, moved


def words_of(text: str) -> list[str]:
    """The folded words of what the user typed."""
    return [fold(w) for w in WORD.findall(text)]


def search(index: Index, text: str, limit: int | None = None) -> tuple[list[Hit], int]:
    """The places where every word of text begins a word of one text of a meeting, best first (hits); at most limit
    of them, and how many there are in all."""
    expression = match_expression(text)
    if expression is None:
        return [], 0
    index.ensure_searchable()
    words = words_of(text)
    total = int(index.conn.execute("SELECT count(*) FROM fts WHERE fts MATCH ?", (expression,)).fetchone()[0])
    return list(hits(index, expression, words, limit)), total


def hits(index: Index, expression: str, words: list[str], limit: int | None = None) -> Iterator[Hit]:
    """The hits for a full-text expression, best first, one at a time: the texts where every word typed stands as
    a whole word ('får' itself before 'Fartkameror'), then FTS5's bm25 rank, then the newest meeting."""
    whole = " AND ".join('"' + word.replace('"', '""') + '"' for word in words)
    rows = index.conn.execute(
        "SELECT m.key, m.date, fts.section, fts.title, fts.body, fts.rowid FROM fts "
        "JOIN meeting m ON m.file_id = fts.file_id "
        "WHERE fts MATCH ? ORDER BY fts.rowid NOT IN (SELECT rowid FROM fts WHERE fts MATCH ?), rank, "
        "m.date DESC, m.key DESC, fts.rowid"
        + ("" if limit is None else f" LIMIT {int(limit)}"), (expression, whole or expression))
    for key, date, section, title, body, rowid in rows:
        spans = find(body, words)
        snippet, moved = make_snippet(body, spans) if spans else (make_snippet(body, [(0, 0)])[0], [])
        yield Hit(key, dt.date.fromisoformat(date), section, title, snippet, moved, rowid % FTS_STRIDE)


def entry_of(meeting: Meeting, hit: Hit) -> object | None:
    """The part of meeting a hit is in (an Item, Attendee, FollowUp …, as store.rows.searchable_entries names them);
    by its place, or, when the meeting has changed since it was indexed, the first with the hit's section and title;
    None when there is none."""
    entries = list(searchable_entries(meeting))
    if 0 <= hit.place < len(entries) and entries[hit.place][0] == hit.section and entries[hit.place][2] == hit.title:
        return entries[hit.place][1]
    return next((entry for section, entry, title, _ in entries if (section, title) == (hit.section, hit.title)), None)
