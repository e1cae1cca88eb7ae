"""Full-text search over every meeting, without regard to case or accents."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from brå_tui.model import Item, Meeting, Store
from brå_tui.text import fold

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


def _folded(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each folded character, the index of the original character."""
    out: list[str] = []
    index: list[int] = []
    for i, char in enumerate(text):
        f = fold(char) if not char.isspace() else " "
        out.append(f)
        index.extend([i] * len(f))
    return "".join(out), index


def _fields(meeting: Meeting) -> Iterator[tuple[str, str, str]]:
    """(section, title, text) for every searchable text of a meeting."""
    if meeting.place:
        yield "Översikt", "Plats", meeting.place
    for a in meeting.attendees:
        yield "Närvarande", a.name, " ".join(x for x in (a.name, a.party, a.title, a.org, a.role) if x)
    for section, items in (("Ärenden", meeting.items), ("Övriga frågor", meeting.other)):
        for item in items:
            yield from _item_fields(section, item)
    if meeting.risk is not None:
        for area, _level in meeting.risk.areas.items():
            yield "Lägesbild", area, area
        if meeting.risk.source:
            yield "Lägesbild", "Källa", meeting.risk.source
    for f in meeting.followups:
        yield "Uppföljning", f.title, f.title
        if f.status:
            yield "Uppföljning", f.title, f.status
        if f.owners:
            yield "Uppföljning", f.title, ", ".join(f.owners)
    for s in meeting.schedule:
        if s.place:
            yield "Tidplan", s.date.isoformat(), s.place


def _item_fields(section: str, item: Item) -> Iterator[tuple[str, str, str]]:
    yield section, item.title, item.title
    if item.presenters:
        yield section, item.title, ", ".join(item.presenters)
    if item.notes:
        yield section, item.title, item.notes
    for d in item.decisions:
        yield section, item.title, " ".join(x for x in (d.text, d.account) if x)


def find(text: str, words: list[str]) -> list[tuple[int, int]] | None:
    """Where each word occurs in text (original positions), or None if any word is missing."""
    folded, index = _folded(text)
    spans = []
    for word in words:
        at = folded.find(word)
        if at < 0:
            return None
        while at >= 0:
            spans.append((index[at], index[at + len(word) - 1] + 1))
            at = folded.find(word, at + len(word))
    return sorted(spans)


def make_snippet(text: str, spans: list[tuple[int, int]], width: int = SNIPPET) -> tuple[str, list[tuple[int, int]]]:
    """A one-line excerpt around the first match, with the match positions moved into it."""
    start = max(0, spans[0][0] - width // 3)
    end = min(len(text), start + width)
    piece = text[start:end]
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    moved = [(a - start + len(prefix), b - start + len(prefix)) for a, b in spans if a >= start and b <= end]
    line = (prefix + piece + suffix).replace("\n", " ")
    return line, moved


def search(store: Store, text: str) -> list[Hit]:
    """Every place where all the words of text occur together, newest meeting first."""
    words = [w for w in fold(text).split() if w]
    if not words:
        return []
    hits = []
    for meeting in store.meetings_newest_first():
        for section, title, body in _fields(meeting):
            spans = find(body, words)
            if spans is None:
                continue
            snippet, moved = make_snippet(body, spans)
            hits.append(Hit(meeting.key, meeting.date, section, title, snippet, moved))
    return hits
