"""What one version of a meeting changed against another, field by field, in the words and values the app shows.

A line per change: '~ Plats: Visenten, Stadshuset → Sessionssalen', '+ Närvarande: Anna Berg',
'- Ärenden: Budget', '~ Ärenden › Budget › Tid till: 11.30 → 12.00'. The sign leads every line, so the kind of change
reads without colour: + added, - removed, ~ changed. Field names are the editor's (store.merge.FIELD_NAMES and
ENTRY_FIELD_NAMES), values as the views write them (times 09.00, states and levels in Swedish words). Text over
several lines (an item's notes) is shown as its removed and added lines below the field.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from rich.text import Text

from brå_tui.model import Attendee, Decision, FollowUp, Item, Meeting, RiskPicture, ScheduleEntry
from brå_tui.store import merge
from brå_tui.store.merge import ENTRY_FIELD_NAMES, FIELD_NAMES
from brå_tui.store.read import meeting_from_bytes
from brå_tui.text import GROUP_WORDS, KIND_WORDS, document_word, one_line, visible
from brå_tui.views.format import amount, clock, state_word
from brå_tui.views.theme import level_style

ADDED, REMOVED, CHANGED = "+", "-", "~"
LEGEND = "+ tillagt, - borttaget, ~ ändrat"
EMPTY = "(tomt)"
SEP = " › "  # between a list, its entry and the entry's field
NAMED = 40  # the most cells of an entry's label on the way to one of its fields


@dataclass(frozen=True)
class Change:
    """One change: its sign (ADDED, REMOVED, CHANGED), where it is ('Ärenden › Budget › Tid till'), the value before
    and after as shown (EMPTY for none), and for text over several lines its changed lines ('- …', '+ …'); said is
    a change told in words instead (an entry moved in its list: 'flyttad från plats 1 till plats 2')."""

    sign: str
    where: str
    before: str = ""
    after: str = ""
    lines: tuple[str, ...] = ()
    said: str = ""

    def __str__(self) -> str:
        if self.said:
            head = f"{self.sign} {self.where}: {self.said}"
        elif self.lines:
            head = f"{self.sign} {self.where}:"
        elif self.sign == CHANGED:
            head = f"{self.sign} {self.where}: {self.before} → {self.after}"
        else:
            head = f"{self.sign} {self.where}: {self.after if self.sign == ADDED else self.before}"
        return "\n".join([head, *(f"    {line}" for line in self.lines)])


def _text(value: str) -> str:
    return visible(one_line(value)).strip()


def shown(name: str, value: Any) -> str:
    """A field's value as the app shows it: 11.30, 2025-02-14, ja/nej, Swedish words for the stored keys; EMPTY
    for none."""
    if value is None or value == "" or value == [] or value == {}:
        return EMPTY
    if name == "absent":
        return "anmält förhinder/frånvarande" if value else "närvarande"
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, dt.time):
        return clock(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if name == "amount_sek" and isinstance(value, int):
        return amount(value)
    if name == "group":
        return GROUP_WORDS.get(value, _text(str(value)))
    if name == "kind":
        return KIND_WORDS.get(value, _text(str(value)))
    if name == "state":
        return state_word(value)
    if name == "document":
        return document_word(value)
    if isinstance(value, list):
        return ", ".join(_text(str(v)) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{_text(str(k))} = {_text(str(v))}" for k, v in value.items())
    return _text(str(value))


def _field(sign_where: str, name: str, before: Any, after: Any) -> Change:
    """A changed field; text over several lines as its removed and added lines."""
    if isinstance(before, str) and isinstance(after, str) and ("\n" in before or "\n" in after):
        diff = difflib.ndiff(before.splitlines(), after.splitlines())
        lines = tuple(f"{line[0]} {_text(line[2:])}" for line in diff if line[:1] in "+-")
        return Change(CHANGED, sign_where, lines=lines)
    return Change(CHANGED, sign_where, shown(name, before), shown(name, after))


def _label(entry: Any) -> str:
    """How an entry of a list is known: a name, a title, a follow-up's id and title, a date."""
    if isinstance(entry, Attendee):
        return _text(entry.name)
    if isinstance(entry, Item):
        return _text(" ".join(p for p in (entry.number or "", entry.title) if p))
    if isinstance(entry, Decision):
        return _text(entry.text)
    if isinstance(entry, FollowUp):
        return _text(entry.title or entry.id)
    if isinstance(entry, ScheduleEntry):
        return entry.date.isoformat()
    return _text(str(entry))


def _named(entry: Any) -> str:
    """An entry's label on the way to one of its fields: at most NAMED cells, cut between words ('Rådet beslutar
    att en stående …')."""
    label = _label(entry)
    if len(label) <= NAMED:
        return label
    cut = label.rfind(" ", 0, NAMED)
    return label[:cut if cut > 0 else NAMED].rstrip(" ,.;:") + " …"


def _key(entry: Any) -> str:
    """What tells an entry from the others when matching two versions of a list."""
    return entry.id if isinstance(entry, FollowUp) else _label(entry)


def _entry_changes(where: str, before: Any, after: Any) -> list[Change]:
    """The changed fields of one entry (decisions under an item as a list of their own)."""
    names = ENTRY_FIELD_NAMES[type(before)]
    out: list[Change] = []
    for name in [*names, *(f.name for f in fields(before) if f.name not in names)]:  # in the form's order
        old, new = getattr(before, name), getattr(after, name)
        if old == new:
            continue
        if name == "decisions":
            out += list_changes(f"{where}{SEP}{names[name]}", old, new)
        else:
            out.append(_field(f"{where}{SEP}{names.get(name, name)}", name, old, new))
    return out


def list_changes(where: str, before: Sequence[Any], after: Sequence[Any]) -> list[Change]:
    """The entries added, removed, moved and changed from before to after, matched by what they are known by (an
    entry whose name or title changed is matched by its place among the unchanged ones; one found elsewhere in the
    list is moved, not removed and added again)."""
    keys_before, keys_after = [_key(e) for e in before], [_key(e) for e in after]
    matcher = difflib.SequenceMatcher(None, keys_before, keys_after, autojunk=False)
    removed: list[int] = []  # the places in before of the entries not matched in place, and in after
    added: list[int] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or tag == "replace":
            both = min(i2 - i1, j2 - j1)
            i1, j1 = i1 + both, j1 + both
        removed += range(i1, i2)
        added += range(j1, j2)
    moved: dict[int, int] = {}  # an entry's place in before → its place in after
    for i in removed:
        j = next((j for j in added if keys_after[j] == keys_before[i] and j not in moved.values()), None)
        if j is not None:
            moved[i] = j
    out: list[Change] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or tag == "replace":
            both = min(i2 - i1, j2 - j1)
            for old, new in zip(before[i1:i1 + both], after[j1:j1 + both], strict=True):
                if old != new:
                    out += _entry_changes(f"{where}{SEP}{_named(old)}", old, new)
            i1, j1 = i1 + both, j1 + both
        for i in range(i1, i2):
            if i not in moved:
                out.append(Change(REMOVED, where, before=_label(before[i])))
                continue
            old, new = before[i], after[moved[i]]
            named = f"{where}{SEP}{_named(old)}"
            out.append(Change(CHANGED, named, said=f"flyttad från plats {i + 1} till plats {moved[i] + 1}"))
            if old != new:
                out += _entry_changes(named, old, new)
        out += [Change(ADDED, where, after=_label(after[j])) for j in range(j1, j2) if j not in moved.values()]
    return out


def _risk_changes(before: RiskPicture | None, after: RiskPicture | None) -> list[Change]:
    """The period, the source and each area's level that changed in the risk picture (Lägesbild)."""
    where, names = FIELD_NAMES["risk"], ENTRY_FIELD_NAMES[RiskPicture]
    old, new = before or RiskPicture(), after or RiskPicture()
    out = [_field(f"{where}{SEP}{names[name]}", name, getattr(old, name), getattr(new, name))
           for name in ("period", "source", "extra") if getattr(old, name) != getattr(new, name)]

    def level(value: str | None) -> str:
        return EMPTY if value is None else _text(level_style(value).word.lower())

    for area in [*old.areas, *(a for a in new.areas if a not in old.areas)]:
        if old.areas.get(area) != new.areas.get(area):
            out.append(Change(CHANGED, f"{where}{SEP}{_text(area)}", level(old.areas.get(area)),
                              level(new.areas.get(area))))
    return out


LISTS = ("attendees", "items", "followups", "schedule", "other")


def meeting_changes(before: Meeting | None, after: Meeting) -> list[Change]:
    """Every change from before to after, field by field in the editor's order (before None: a new meeting, every
    field it holds is added)."""
    base = before if before is not None else Meeting(date=after.date)
    out: list[Change] = []
    if before is None:
        out.append(Change(ADDED, FIELD_NAMES["date"], after=after.date.isoformat()))
    for name in FIELD_NAMES:  # in the editor's order: the Tid tab's fields, then the tabs
        old, new = getattr(base, name), getattr(after, name)
        if old == new:
            continue
        if name in LISTS:
            out += list_changes(FIELD_NAMES[name], old, new)
        elif name == "risk":
            out += _risk_changes(old, new)
        elif before is None:
            out.append(Change(ADDED, FIELD_NAMES[name], after=shown(name, new)))
        else:
            out.append(_field(FIELD_NAMES[name], name, old, new))
    return out


def changes_text(changes: str) -> Text:
    """Lines of changes (file_changes) for a terminal, added ones bold and removed ones dim; the signs say it without
    colour; a control character shows as its symbol (␛), never obeyed nor dropped."""
    out = Text()
    for line in visible(changes).splitlines():
        style = "bold" if line.startswith(ADDED) else "dim" if line.startswith(REMOVED) else ""
        out.append(line + "\n", style=style)
    out.rstrip()
    return out


def file_changes(path: Path, before: bytes | None, after: bytes | None) -> str:
    """What changed from one version of a meeting file to another (before None: it was new), as the lines of
    meeting_changes; where either version cannot be read as a meeting, the lines that changed in the file
    (store.merge.file_changes) with each control character shown as its symbol (␛, text.visible). '' when nothing
    changed."""
    old = meeting_from_bytes(path, before) if before is not None else None
    new = meeting_from_bytes(path, after) if after is not None else None
    if new is not None and (old is not None or before is None):
        return "\n".join(str(change) for change in meeting_changes(old, new))
    return visible(merge.file_changes(before, after, path.name))
