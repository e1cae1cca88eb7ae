"""Who owns what: the follow-ups a person owns and the items they presented, or what nobody owns."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from brå_tui.model import Item, Store
from brå_tui.questions.actionlog import LogEntry
from brå_tui.questions.people import Directory, Resolution
from brå_tui.text import fold

KINDS = {"item": "ärende", "other": "övrig fråga"}


@dataclass
class Owned:
    """One thing a person answers for: a follow-up they own or an item they presented."""

    kind: str  # uppföljning | ärende | övrig fråga
    title: str
    meeting_key: str
    date: dt.date
    state: str  # open | done | dropped for follow-ups; "" for items
    status: str = ""
    entry: LogEntry | None = None
    item: Item | None = None


@dataclass
class OwnerAnswer:
    """The answer to "what does NAME own?": how the name resolved, and the rows, open first."""

    resolution: Resolution
    rows: list[Owned] = field(default_factory=list)
    # A name nobody in people.toml has, that is a first name or surname of several names written as owner or
    # presenter: those names, for the secretary to choose among ('Nosuch' → ['Nosuch Person', 'Nosuch Annan']).
    written_candidates: list[str] = field(default_factory=list)


def loosely_named(typed: str, written: str) -> bool:
    """Whether typed names written: the whole name, or one of its words (a first name or surname alone), without
    case or accents ('nosuch' and 'Person' both name 'Nosuch Person')."""
    want, have = fold(typed), fold(written)
    return bool(want) and (want == have or want in have.split())


def written_match(typed: str, written: Iterable[str]) -> tuple[str | None, list[str]]:
    """For a name nobody in people.toml has: the one name written (as owner or presenter) it names, else None and
    the several it may be, sorted; (None, []) when it names none."""
    names = {fold(w): w.strip() for w in written if w.strip() and loosely_named(typed, w)}
    if fold(typed) in names:
        return names[fold(typed)], []
    if len(names) == 1:
        return next(iter(names.values())), []
    return None, sorted(names.values(), key=fold)


def _matches(directory: Directory, resolution: Resolution, written: str) -> bool:
    if resolution.person is not None:
        return directory.same_person(written, resolution.person)
    return fold(written) == fold(resolution.written)


def owned_by(store: Store, entries: list[LogEntry], directory: Directory, name: str) -> OwnerAnswer:
    """What a written name owns; nothing when the name is ambiguous (the candidates are in the answer)."""
    items = ((kind, m.key, m.date, item) for m in store.meetings_newest_first()
             for kind, part in (("item", m.items), ("other", m.other)) for item in part)
    return owned_from(entries, items, directory, name)


def owned_from(entries: list[LogEntry], items: Iterable[tuple[str, str, dt.date, Item]], directory: Directory,
               name: str) -> OwnerAnswer:
    """What a written name owns among the log's entries and the items (kind 'item' or 'other', newest first)."""
    resolution = directory.resolve(name)
    answer = OwnerAnswer(resolution)
    if resolution.ambiguous or not name.strip():
        return answer
    if resolution.unresolved:
        entries, items = list(entries), list(items)
        one, several = written_match(name, [*(o for e in entries for o in e.owners),
                                             *(p for _k, _key, _d, item in items for p in item.presenters)])
        if several:
            answer.written_candidates = several
            return answer
        if one is not None:
            resolution = replace(resolution, written=one)
    followups = [e for e in entries if any(_matches(directory, resolution, o) for o in e.owners)]
    followups.sort(key=lambda e: (not e.is_open, -e.last.toordinal()))
    answer.rows = [Owned("uppföljning", e.title, e.last_key, e.last, e.state, e.status, entry=e) for e in followups]
    for kind, key, date, item in items:
        if any(_matches(directory, resolution, p) for p in item.presenters):
            answer.rows.append(Owned(KINDS[kind], item.title, key, date, "", item=item))
    return answer


def without_owner(entries: list[LogEntry]) -> list[LogEntry]:
    """The follow-ups that nobody owns, open ones first."""
    return sorted((e for e in entries if not [o for o in e.owners if o.strip()]), key=lambda e: not e.is_open)
