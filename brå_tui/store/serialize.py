"""Model objects as plain TOML-shaped tables, in the key order of the store format."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from brå_tui.model import Attendee, Decision, FollowUp, Item, Meeting, RiskPicture, ScheduleEntry

# Values a key takes when it is left out of a file; such a key is not added to a file that lacks it.
DEFAULTS: dict[str, Any] = {"presenters": [], "areas": [], "confidential": False, "notes": "", "status": "",
                            "owners": [], "state": "open", "decision": []}


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


# An item's agenda facts (case number, time slot) follow its title, before the narrative keys.
_ITEM_HEAD = ("title", "case_number", "start", "end")


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


def meeting_table(m: Meeting) -> dict[str, Any]:
    """A whole meeting as the table its file holds."""
    table: dict[str, Any] = {"format": 1, "date": m.date, "start": m.start, "end": m.end, "place": m.place}
    table["attendee"] = [attendee_table(a) for a in m.attendees]
    table["risk"] = risk_table(m.risk) if m.risk is not None else None
    table["item"] = [item_table(i) for i in m.items]
    table["followup"] = [followup_table(f) for f in m.followups]
    table["schedule"] = [schedule_table(s) for s in m.schedule]
    table["other"] = [item_table(i) for i in m.other]
    table.update(m.extra)
    return table
