"""Model objects as JSON text and back, for the derived index: plain data in, plain data out, no code.

Each object is a JSON array of its fields in the order of its dataclass; dates and times are ISO
text where the model knows them to be dates and times. The free-form `extra` tables (unknown keys
kept from the file) may hold any TOML value, so their dates, times and date-times are tagged
({"$": "d", "v": "2024-11-15"}), and a table of the user's own that happens to hold the key "$" is
wrapped ({"$": "o", "v": {...}}) so that it can never be mistaken for a tag.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from dataclasses import fields
from typing import Any, overload

from brå_tui.model import (
    NO_EXTRA,
    Attendee,
    Council,
    Decision,
    FollowUp,
    Item,
    MailSettings,
    Meeting,
    Person,
    RiskPicture,
    ScheduleEntry,
    StandingItem,
)


def _tagged(value: Any) -> Any:
    if isinstance(value, dict):
        inner = {k: _tagged(v) for k, v in value.items()}
        return {"$": "o", "v": inner} if "$" in value else inner
    if isinstance(value, list):
        return [_tagged(v) for v in value]
    if isinstance(value, dt.datetime):
        return {"$": "dt", "v": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$": "d", "v": value.isoformat()}
    if isinstance(value, dt.time):
        return {"$": "t", "v": value.isoformat()}
    return value


def _untagged(value: Any) -> Any:
    if isinstance(value, dict):
        tag = value.get("$")
        if tag == "d":
            return dt.date.fromisoformat(value["v"])
        if tag == "t":
            return dt.time.fromisoformat(value["v"])
        if tag == "dt":
            return dt.datetime.fromisoformat(value["v"])
        if tag == "o":
            return {k: _untagged(v) for k, v in value["v"].items()}
        return {k: _untagged(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_untagged(v) for v in value]
    return value


def _extra(extra: dict[str, Any]) -> Any:
    return _tagged(extra) if extra else 0


def _extra_back(value: Any) -> dict[str, Any]:
    return _untagged(value) if value else NO_EXTRA


def _iso(value: dt.date | dt.time | None) -> str | None:
    return None if value is None else value.isoformat()


def _date(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def _time(value: str | None) -> dt.time | None:
    return None if value is None else dt.time.fromisoformat(value)


def _item(item: Item) -> list[Any]:
    return [item.title, item.presenters, item.areas, item.confidential, item.notes,
            [[d.text, d.amount_sek, d.account, _extra(d.extra), _iso(d.carried_out), d.carried_out_by,
              d.carried_out_note, _iso(d.reported_back)] for d in item.decisions], _extra(item.extra),
            item.case_number, _iso(item.start), _iso(item.end), item.number, item.kind]


@overload
def _i(value: str) -> str: ...
@overload
def _i(value: str | None) -> str | None: ...
def _i(value: str | None) -> str | None:
    """One string object for each short text (names, roles, states) however many meetings repeat it."""
    return sys.intern(value) if value is not None and len(value) <= 80 else value


def _is(values: list[str]) -> list[str]:
    return [sys.intern(v) if len(v) <= 80 else v for v in values]


def _item_back(v: list[Any]) -> Item:
    decisions = [Decision(d[0], d[1], _i(d[2]), _extra_back(d[3]), _date(d[4]), _i(d[5]), d[6], _date(d[7]))
                 for d in v[5]]
    return Item(v[0], _is(v[1]), _is(v[2]), v[3], v[4], decisions, _extra_back(v[6]), v[7], _time(v[8]), _time(v[9]),
                v[10], _i(v[11]))


def meeting_data(m: Meeting) -> list[Any]:
    """A meeting as plain JSON-ready data (without its path)."""
    risk = None if m.risk is None else [m.risk.period, m.risk.source, m.risk.areas, _extra(m.risk.extra)]
    return [
        m.date.isoformat(), _iso(m.start), _iso(m.end), m.place,
        [[a.name, a.party, a.title, a.org, a.role, _extra(a.extra), a.absent, a.group, a.partial]
         for a in m.attendees],
        [_item(i) for i in m.items], risk,
        [[f.id, f.title, f.status, f.owners, f.state, f.areas, _extra(f.extra), _iso(f.due)] for f in m.followups],
        [[s.date.isoformat(), _iso(s.start), _iso(s.end), s.place, _extra(s.extra)] for s in m.schedule],
        [_item(i) for i in m.other], _extra(m.extra),
        m.document, _iso(m.issued), m.chair, m.secretary, m.adjusters, _iso(m.adjusting_date), m.adjusting_place,
        m.case_number,
    ]


def meeting_from_data(v: list[Any]) -> Meeting:
    """The meeting that meeting_data gave these data for (its path is for the caller to set)."""
    risk = None if v[6] is None else RiskPicture(v[6][0], v[6][1], v[6][2], _extra_back(v[6][3]))
    return Meeting(
        dt.date.fromisoformat(v[0]), _time(v[1]), _time(v[2]), v[3],
        [Attendee(_i(a[0]), _i(a[1]), _i(a[2]), _i(a[3]), _i(a[4]), _extra_back(a[5]), a[6], _i(a[7]), a[8])
         for a in v[4]],
        [_item_back(i) for i in v[5]], risk,
        [FollowUp(f[0], f[1], _i(f[2]), _is(f[3]), _i(f[4]), _is(f[5]), _extra_back(f[6]), _date(f[7]))
         for f in v[7]],
        [ScheduleEntry(dt.date.fromisoformat(s[0]), _time(s[1]), _time(s[2]), s[3], _extra_back(s[4])) for s in v[8]],
        [_item_back(i) for i in v[9]], _extra_back(v[10]),
        _i(v[11]), _date(v[12]), _i(v[13]), _i(v[14]), _is(v[15]), _date(v[16]), v[17], _i(v[18]),
    )


def council_data(c: Council) -> list[Any]:
    """The council as plain JSON-ready data."""
    mail = None if c.mail is None else [getattr(c.mail, f.name) for f in fields(MailSettings)]
    return [c.name, c.short_name, c.municipality, c.default_place, c.risk_source, c.areas, c.levels,
            [[s.title, _iso(s.since), _extra(s.extra)] for s in c.standing_items], mail]


def council_from_data(v: list[Any]) -> Council:
    """The council that council_data gave these data for."""
    return Council(v[0], v[1], v[2], v[3], v[4], v[5], v[6],
                   [StandingItem(s[0], _date(s[1]), _extra_back(s[2])) for s in v[7]],
                   None if v[8] is None else MailSettings(*v[8]))


def people_data(people: list[Person]) -> list[Any]:
    """The people as plain JSON-ready data."""
    return [[p.name, p.title, p.org, p.party, p.aliases, _extra(p.extra), p.email] for p in people]


def people_from_data(v: list[Any]) -> list[Person]:
    """The people that people_data gave these data for."""
    return [Person(p[0], p[1], p[2], p[3], p[4], _extra_back(p[5]), p[6]) for p in v]


# The fields each class is written with, in order: a field added to the model must be added here too
# (the tests compare this with the model), or the index would lose it.
FIELDS: dict[type, list[str]] = {
    Meeting: ["date", "start", "end", "place", "attendees", "items", "risk", "followups", "schedule", "other",
              "extra", "document", "issued", "chair", "secretary", "adjusters", "adjusting_date", "adjusting_place",
              "case_number", "path"],
    Attendee: ["name", "party", "title", "org", "role", "extra", "absent", "group", "partial"],
    Item: ["title", "presenters", "areas", "confidential", "notes", "decisions", "extra", "case_number", "start",
           "end", "number", "kind"],
    Decision: ["text", "amount_sek", "account", "extra", "carried_out", "carried_out_by", "carried_out_note",
               "reported_back"],
    RiskPicture: ["period", "source", "areas", "extra"],
    FollowUp: ["id", "title", "status", "owners", "state", "areas", "extra", "due"],
    ScheduleEntry: ["date", "start", "end", "place", "extra"],
    Council: ["name", "short_name", "municipality", "default_place", "risk_source", "areas", "levels",
              "standing_items", "mail"],
    StandingItem: ["title", "since", "extra"],
    Person: ["name", "title", "org", "party", "aliases", "extra", "email"],
}


def dumps(data: Any) -> str:
    """Compact JSON text (UTF-8 as is, infinities and NaN allowed as TOML allows them)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


loads = json.loads
