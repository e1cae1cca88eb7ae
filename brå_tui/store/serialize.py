"""Model objects as plain TOML-shaped tables, in the key order of the store format."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import fields
from typing import Any, Generic, TypeVar

from brå_tui.model import Attendee, Decision, FollowUp, Item, Meeting, RiskPicture, ScheduleEntry
from brå_tui.text import slug

T = TypeVar("T")

# Values a key takes when it is left out of a file; such a key is not added to a file that lacks it.
DEFAULTS: dict[str, Any] = {"presenters": [], "areas": [], "confidential": False, "notes": "", "status": "",
                            "owners": [], "state": "open", "decision": [], "absent": False, "adjusters": []}
# Keys read as a list of texts, where one text stands for a list of one.
TEXT_LISTS = frozenset({"presenters", "areas", "owners", "adjusters"})
# The keys a newly written table has even at their default, by the table's path: a follow-up shows
# its status, owners and state, which the action log follows from meeting to meeting.
ALWAYS_WRITTEN: dict[str, frozenset[str]] = {"followup": frozenset({"id", "title", "status", "owners", "state"})}


def is_default(key: str, value: Any, table: dict[str, Any]) -> bool:
    """Whether value is what a file that leaves key out means (a follow-up's id defaults to its title's slug)."""
    if key == "id" and "title" in table and isinstance(value, str):
        return value == slug(str(table["title"]))
    if key not in DEFAULTS:
        return False
    default = DEFAULTS[key]
    return type(value) is type(default) and value == default


def new_table(path: str, table: dict[str, Any]) -> dict[str, Any]:
    """The keys a newly written table at path (\"followup\", \"item.decision\") has: its shape in new files.

    Keys in the store format's order; a key without a value (None, or its default) is left out,
    except those in ALWAYS_WRITTEN.
    """
    always = ALWAYS_WRITTEN.get(path, frozenset())
    return {k: v for k, v in table.items()
            if v is not None and (k in always or not (is_default(k, v, table) or v == [] or v == {}))}


def canonical(table: dict[str, Any]) -> dict[str, Any]:
    """A table as its meaning, for comparing a file's table with an edited entry.

    Keys at their default are left out, CRLF line ends in texts read as LF, and a single text in a
    list key reads as a list of one — as the reader (convert.py) takes them.
    """
    out: dict[str, Any] = {}
    for key, value in table.items():
        if value is None or is_default(key, value, table):
            continue
        if isinstance(value, str):
            value = value.replace("\r\n", "\n")
            if key in TEXT_LISTS:
                value = [value]
        elif isinstance(value, dict):
            value = canonical(value)
        elif isinstance(value, list):
            value = [canonical(v) if isinstance(v, dict) else v.replace("\r\n", "\n") if isinstance(v, str) else v
                     for v in value]
        out[key] = value
    return out


def _plain(obj: Any, rename: dict[str, str] | None = None) -> dict[str, Any]:
    rename = rename or {}
    out: dict[str, Any] = {}
    for f in fields(obj):
        if f.name in ("extra", "path"):
            continue
        out[rename.get(f.name, f.name)] = getattr(obj, f.name)
    out.update(obj.extra)
    return out


def decision_table(d: Decision) -> dict[str, Any]:
    """A decision as a table."""
    return _plain(d)


# An item's agenda facts (number, kind, case number, time slot) follow its title, before the narrative keys.
_ITEM_HEAD = ("number", "title", "kind", "case_number", "start", "end")


def item_table(item: Item) -> dict[str, Any]:
    """An agenda item or other question as a table."""
    table = _plain(item, {"decisions": "decision"})
    table["decision"] = [decision_table(d) for d in item.decisions]
    return {**{k: table.pop(k) for k in _ITEM_HEAD}, **table}


def attendee_table(a: Attendee) -> dict[str, Any]:
    """An attendee as a table."""
    return _plain(a)


def risk_table(r: RiskPicture) -> dict[str, Any]:
    """A risk picture as a table."""
    table = _plain(r)
    table["areas"] = dict(r.areas)
    return table


def followup_table(f: FollowUp) -> dict[str, Any]:
    """A follow-up as a table."""
    return _plain(f)


def schedule_table(s: ScheduleEntry) -> dict[str, Any]:
    """A schedule entry as a table."""
    return _plain(s)


def needed_format(m: Meeting) -> int:
    """The oldest format that holds everything in the meeting: 2 when it uses a key format 2 brought, else 1."""
    if (m.document or m.issued or m.case_number or m.chair or m.secretary or m.adjusters or m.adjusting_date
            or m.adjusting_place
            or any(a.absent or a.group or a.partial for a in m.attendees)
            or any(i.number or i.kind for i in [*m.items, *m.other])):
        return 2
    return 1


class Rows(Generic[T]):
    """Model objects (a meeting's items, attendees, …) seen as their tables, each table made only when it is reached:
    a new file is written one table at a time, never with the tables of a whole long meeting in memory at once."""

    def __init__(self, objects: list[T], table: Callable[[T], dict[str, Any]]) -> None:
        self.objects = objects
        self.table = table

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return (self.table(o) for o in self.objects)

    def __len__(self) -> int:
        return len(self.objects)


def meeting_layout(m: Meeting, version: int | None = None) -> dict[str, Any]:
    """A whole meeting as the table its file holds, in format version (default: the oldest that holds it), with each
    array of tables (attendee, item, followup, schedule, other) as Rows, its tables made as they are read."""
    table: dict[str, Any] = {"format": version or needed_format(m), "date": m.date, "start": m.start, "end": m.end,
                             "place": m.place, "document": m.document, "issued": m.issued,
                             "case_number": m.case_number, "chair": m.chair, "secretary": m.secretary,
                             "adjusters": list(m.adjusters),
                             "adjusting_date": m.adjusting_date, "adjusting_place": m.adjusting_place}
    table["attendee"] = Rows(m.attendees, attendee_table)
    table["risk"] = risk_table(m.risk) if m.risk is not None else None
    table["item"] = Rows(m.items, item_table)
    table["followup"] = Rows(m.followups, followup_table)
    table["schedule"] = Rows(m.schedule, schedule_table)
    table["other"] = Rows(m.other, item_table)
    table.update(m.extra)
    return table


def meeting_table(m: Meeting, version: int | None = None) -> dict[str, Any]:
    """A whole meeting as the table its file holds, in format version (default: the oldest that holds it)."""
    return {key: list(value) if isinstance(value, Rows) else value
            for key, value in meeting_layout(m, version).items()}
