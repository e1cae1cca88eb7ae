"""Turn parsed TOML tables into model objects, collecting every problem with the key it sits at."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Set
from dataclasses import dataclass, field
from typing import Any

from brå_tui.model import (
    ATTENDEE_GROUPS,
    DOCUMENT_KINDS,
    FOLLOWUP_STATES,
    ITEM_KINDS,
    MAIL_METHODS,
    MAIL_SECURITY,
    NO_EXTRA,
    RISK_LEVELS,
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
from brå_tui.store.folders import user_folder
from brå_tui.store.locate import KeyPath
from brå_tui.store.parse import MAX_DEPTH, deeper_than
from brå_tui.text import is_month, slug
from brå_tui.text import quoted as quoted_text

FORMAT = 2  # the newest format this program reads and writes; it reads every older one

_TYPE_NAMES = {str: "text", int: "ett heltal", bool: "true eller false", dt.date: "ett datum (ÅÅÅÅ-MM-DD)",
               dt.time: "ett klockslag (TT:MM:SS)", list: "en lista", dict: "en tabell"}


# The integers a store can hold: SQLite's INTEGER, a signed 64-bit number (sqlite.org/datatype3.html). A larger
# value in a file is reported where the file is read, never handed on to the index.
INT_MIN, INT_MAX = -(2**63), 2**63 - 1

_MISSING = object()
_UNNAMED = Council()  # its names are what a council.toml without names means (a slots class has no class defaults)
_intern = sys.intern
# One object for each date and time met; a large store repeats them endlessly.
_SHARED: dict[Any, Any] = {}


def shared(text: str) -> str:
    """One string object for each short text met (names, statuses, areas), so a large store holds each once."""
    return sys.intern(text) if len(text) <= 200 else text


@dataclass
class Problem:
    """A problem in a table, at a key path, before it is tied to a file and line."""

    path: KeyPath
    message: str
    severity: str = "error"


@dataclass
class Reader:
    """Reads typed values out of one table, noting what is wrong and which keys it did not know."""

    problems: list[Problem] = field(default_factory=list)

    def error(self, path: KeyPath, message: str) -> None:
        """Note an error at path."""
        self.problems.append(Problem(path, message))

    def warn(self, path: KeyPath, message: str) -> None:
        """Note a warning at path."""
        self.problems.append(Problem(path, message, "warning"))

    def value(self, table: dict[str, Any], path: KeyPath, key: str, kind: type[Any], default: Any = None,
              required: bool = False) -> Any:
        """The value at key if it has the right type; else the default, with a problem noted."""
        value: Any = table.get(key, _MISSING)
        if value is _MISSING:
            if required:
                self.error(path, f"nyckeln {quoted(key)} saknas")
            return default
        if type(value) is kind and (kind is not dt.time or value.tzinfo is None):  # the common case, quickly
            if kind is str:
                if required and not value.strip():
                    self.error((*path, key), f"{quoted(key)} får inte vara tom")
                return shared(value)
            if kind is int and not INT_MIN <= value <= INT_MAX:
                largest = f"{INT_MAX:_}".replace("_", "\N{NO-BREAK SPACE}")
                self.error((*path, key),
                           f"{quoted(key)} är ett för stort tal; bra kan lagra heltal upp till ±{largest}")
                return default
            return _SHARED.setdefault(value, value) if kind is dt.date or kind is dt.time else value
        ok = isinstance(value, kind)
        if kind is dt.date and isinstance(value, dt.datetime):
            ok = False
        if kind is int and isinstance(value, bool):
            ok = False
        if kind is dt.time and isinstance(value, dt.time) and value.tzinfo is not None:
            ok = False
        if not ok:
            self.error((*path, key), f"{quoted(key)} ska vara {_TYPE_NAMES.get(kind, kind.__name__)}")
            return default
        if kind is str and required and not value.strip():
            self.error((*path, key), f"{quoted(key)} får inte vara tom")
        return value

    def strings(self, table: dict[str, Any], path: KeyPath, key: str) -> list[str]:
        """A list of strings at key (a single string is taken as a list of one)."""
        value = table.get(key, [])
        if isinstance(value, str):
            return [shared(value)]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.error((*path, key), f"{quoted(key)} ska vara en lista med text")
            return []
        return [shared(v) for v in value]

    def tables(self, table: dict[str, Any], path: KeyPath, key: str) -> list[tuple[KeyPath, dict[str, Any]]]:
        """The entries of an array of tables at key, each with its path."""
        value = table.get(key, [])
        if isinstance(value, dict):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.error((*path, key), f"{quoted(key)} ska skrivas som [[{key}]]-tabeller")
            return []
        return [((*path, key, i), v) for i, v in enumerate(value)]

    def extra(self, table: dict[str, Any], path: KeyPath, known: Set[str]) -> dict[str, Any]:
        """The keys the format does not define: kept, and reported as warnings (an error when nested so deep
        that the file could not be saved again)."""
        if table.keys() <= known:
            return NO_EXTRA  # one shared empty mapping: a large store has hundreds of thousands of these
        unknown = {k: v for k, v in table.items() if k not in known}
        for key, value in unknown.items():
            self.warn((*path, key), f"okänd nyckel {quoted(key)} (behålls vid sparning)")
            if deeper_than(value, MAX_DEPTH - len(path) - 1):
                self.error((*path, key), f"värdet är nästlat i fler än {MAX_DEPTH} nivåer")
        return unknown


def quoted(value: Any, limit: int = 60) -> str:
    """A value from a file as a message quotes it: text in quotes and cut when long, a list or table named
    by its kind, anything else as TOML writes it."""
    if isinstance(value, str):
        return quoted_text(value if len(value) <= limit else value[:limit] + "…")
    if isinstance(value, (list, dict)):
        return _TYPE_NAMES[type(value)]
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def readable_formats() -> str:
    """The format versions this program reads, for a message: '1 och 2'."""
    numbers = [str(n) for n in range(1, FORMAT + 1)]
    return numbers[0] if len(numbers) == 1 else f"{', '.join(numbers[:-1])} och {numbers[-1]}"


def check_format(reader: Reader, table: dict[str, Any]) -> bool:
    """Whether the file's format version is one this program reads; every message about it names those."""
    raw = table.get("format", _MISSING)
    if raw is _MISSING or not isinstance(raw, int) or isinstance(raw, bool):
        where: KeyPath = () if raw is _MISSING else ("format",)
        said = "nyckeln 'format' saknas" if raw is _MISSING else f"'format' ska vara ett heltal, inte {quoted(raw)}"
        reader.error(where, f"{said}; skriv format = {FORMAT} (bra läser format {readable_formats()})")
        return True  # read on as the newest format, so that the file's other faults are found too
    version = reader.value(table, (), "format", int, required=True)
    if version is not None and version > FORMAT:
        reader.error(("format",), f"filen har format {version}, men den här versionen av bra läser bara format "
                                  f"{readable_formats()}; uppdatera bra")
        return False
    if version is not None and version < 1:
        reader.error(("format",), f"okänt format {version}; bra läser format {readable_formats()}")
        return False
    return True


def _check_times(reader: Reader, path: KeyPath, start: dt.time | None, end: dt.time | None) -> None:
    if start is not None and end is not None and end < start:
        reader.error((*path, "end"), f"sluttiden {end:%H:%M} är före starttiden {start:%H:%M}")


# The keys the format defines in each kind of table, for the quick and the careful path alike.
_ATTENDEE_KEYS = frozenset({"name", "party", "title", "org", "role", "absent", "group", "partial"})
_ITEM_KEYS = frozenset({"title", "presenters", "areas", "confidential", "notes", "decision", "case_number", "start",
                        "end", "number", "kind"})
_MEETING_KEYS = frozenset({"format", "date", "start", "end", "place", "attendee", "item", "risk", "followup",
                           "schedule", "other", "document", "issued", "chair", "secretary", "adjusters",
                           "adjusting_date", "adjusting_place", "case_number"})
# Keys that came with format 2, by kind of table: a format 1 file that has them is read, and told to upgrade.
FORMAT_2_KEYS = {"": frozenset({"document", "issued", "chair", "secretary", "adjusters", "adjusting_date",
                                "adjusting_place", "case_number"}),
                 "attendee": frozenset({"absent", "group", "partial"}),
                 "item": frozenset({"number", "kind"}), "other": frozenset({"number", "kind"})}
_DECISION_KEYS = frozenset({"text", "amount_sek", "account", "carried_out", "carried_out_by", "carried_out_note",
                            "reported_back"})
_FOLLOWUP_KEYS = frozenset({"id", "title", "status", "owners", "state", "areas", "due"})
_SCHEDULE_KEYS = frozenset({"date", "start", "end", "place"})

# Quick paths: a table that is plain (only known keys, every value of its type, nothing to report)
# becomes its object directly; anything else goes the careful way below, which finds every problem.


def _text(value: Any) -> str | None:
    return None if value is None else (_intern(value) if len(value) <= 200 else value)


def _is_text(value: Any) -> bool:
    return value is None or type(value) is str


def _texts(value: Any) -> list[str] | None:
    """A plain list of strings (or one string) as the careful path reads it; None when it is not plain."""
    if value is None:
        return []
    if type(value) is str:
        return [shared(value)]
    if type(value) is list:
        out = []
        for v in value:
            if type(v) is not str:
                return None
            out.append(_intern(v) if len(v) <= 200 else v)
        return out
    return None


def _quick_attendee(a: dict[str, Any]) -> Attendee | None:
    if not a.keys() <= _ATTENDEE_KEYS:
        return None
    name, party, title, org, role = a.get("name"), a.get("party"), a.get("title"), a.get("org"), a.get("role")
    absent, group, partial = a.get("absent", False), a.get("group"), a.get("partial")
    if (type(name) is not str or not name.strip() or not _is_text(party) or not _is_text(title)
            or not _is_text(org) or not _is_text(role) or type(absent) is not bool
            or (group is not None and group not in ATTENDEE_GROUPS) or not _is_text(partial)):
        return None
    return Attendee(_text(name), _text(party), _text(title), _text(org), _text(role), NO_EXTRA,  # type: ignore[arg-type]
                    absent, _text(group), _text(partial))


def _quick_decision(d: Any) -> Decision | None:
    if type(d) is not dict or not d.keys() <= _DECISION_KEYS:
        return None
    text, amount, account = d.get("text"), d.get("amount_sek"), d.get("account")
    done, by = d.get("carried_out"), d.get("carried_out_by")
    note, back = d.get("carried_out_note"), d.get("reported_back")
    if (type(text) is not str or not text.strip()
            or (amount is not None and (type(amount) is not int or not 0 <= amount <= INT_MAX))
            or (account is not None and type(account) is not str) or not _is_day(done) or not _is_day(back)
            or not _is_text(by) or not _is_text(note)):
        return None
    return Decision(shared(text), amount, _text(account), NO_EXTRA, carried_out=done, carried_out_by=_text(by),
                    carried_out_note=note, reported_back=back)


def _is_day(value: Any) -> bool:
    return value is None or type(value) is dt.date


def _quick_item(t: dict[str, Any]) -> Item | None:
    title, notes, confidential = t.get("title"), t.get("notes", ""), t.get("confidential", False)
    case_number, start, end = t.get("case_number"), t.get("start"), t.get("end")
    number, kind = t.get("number"), t.get("kind")
    if (not t.keys() <= _ITEM_KEYS or type(title) is not str or not title.strip() or type(notes) is not str
            or type(confidential) is not bool or not _is_text(case_number) or not _clock(start) or not _clock(end)
            or (start is not None and end is not None and end < start) or not _is_text(number)
            or (kind is not None and kind not in ITEM_KINDS)):
        return None
    presenters, areas, raw = _texts(t.get("presenters")), _texts(t.get("areas")), t.get("decision", [])
    if presenters is None or areas is None or type(raw) is not list:
        return None
    decisions = [_quick_decision(d) for d in raw]
    if None in decisions:
        return None
    return Item(shared(title), presenters, areas, confidential, shared(notes),
                decisions, NO_EXTRA, case_number=_text(case_number), start=start, end=end,  # type: ignore[arg-type]
                number=_text(number), kind=_text(kind))


def _quick_followup(t: dict[str, Any]) -> FollowUp | None:
    title, fid, status, state = t.get("title"), t.get("id"), t.get("status", ""), t.get("state", "open")
    due = t.get("due")
    if (not t.keys() <= _FOLLOWUP_KEYS or type(title) is not str or not title.strip()
            or (fid is not None and type(fid) is not str) or type(status) is not str or type(state) is not str
            or state not in FOLLOWUP_STATES or (due is not None and type(due) is not dt.date)):
        return None
    owners, areas = _texts(t.get("owners")), _texts(t.get("areas"))
    if owners is None or areas is None:
        return None
    title = shared(title)
    return FollowUp(shared(fid) if fid else slug(title), title, shared(status), owners, shared(state), areas, NO_EXTRA,
                    due=due)


def _clock(value: Any) -> bool:
    return value is None or (type(value) is dt.time and value.tzinfo is None)


def _quick_schedule(t: dict[str, Any]) -> ScheduleEntry | None:
    date, start, end, place = t.get("date"), t.get("start"), t.get("end"), t.get("place")
    if (not t.keys() <= _SCHEDULE_KEYS or type(date) is not dt.date or not _clock(start) or not _clock(end)
            or (start is not None and end is not None and end < start)
            or (place is not None and type(place) is not str)):
        return None
    return ScheduleEntry(_SHARED.setdefault(date, date), start if start is None else _SHARED.setdefault(start, start),
                         end if end is None else _SHARED.setdefault(end, end), _text(place), NO_EXTRA)


def _item(reader: Reader, path: KeyPath, t: dict[str, Any]) -> Item:
    quick = _quick_item(t)
    if quick is not None:
        return quick
    decisions = [_decision(reader, dpath, d) for dpath, d in reader.tables(t, path, "decision")]
    start = reader.value(t, path, "start", dt.time)
    end = reader.value(t, path, "end", dt.time)
    _check_times(reader, path, start, end)
    return Item(
        title=reader.value(t, path, "title", str, "", required=True),
        presenters=reader.strings(t, path, "presenters"),
        areas=reader.strings(t, path, "areas"),
        confidential=reader.value(t, path, "confidential", bool, False),
        notes=reader.value(t, path, "notes", str, ""),
        decisions=decisions,
        extra=reader.extra(t, path, _ITEM_KEYS),
        case_number=reader.value(t, path, "case_number", str),
        start=start,
        end=end,
        number=reader.value(t, path, "number", str),
        kind=_choice(reader, t, path, "kind", ITEM_KINDS),
    )


def _decision(reader: Reader, path: KeyPath, d: dict[str, Any]) -> Decision:
    amount = reader.value(d, path, "amount_sek", int)
    if amount is not None and amount < 0:
        reader.error((*path, "amount_sek"), "beloppet kan inte vara negativt")
    return Decision(
        text=reader.value(d, path, "text", str, "", required=True),
        amount_sek=amount,
        account=reader.value(d, path, "account", str),
        extra=reader.extra(d, path, _DECISION_KEYS),
        carried_out=reader.value(d, path, "carried_out", dt.date),
        carried_out_by=reader.value(d, path, "carried_out_by", str),
        carried_out_note=reader.value(d, path, "carried_out_note", str),
        reported_back=reader.value(d, path, "reported_back", dt.date),
    )


def decisions_from_tables(value: Any) -> tuple[list[Decision] | None, list[Problem]]:
    """Decisions from an array of tables as an item's [[item.decision]] holds them, with every problem found;
    None when one of them cannot be trusted (the same rules as in a meeting's file)."""
    reader = Reader()
    decisions = [_decision(reader, p, d) for p, d in reader.tables({"decision": value}, (), "decision")]
    if any(p.severity == "error" for p in reader.problems):
        return None, reader.problems
    return decisions, reader.problems


def _choice(reader: Reader, table: dict[str, Any], path: KeyPath, key: str, allowed: tuple[str, ...]) -> str | None:
    """A text that must be one of allowed; an error naming them otherwise."""
    value: str | None = reader.value(table, path, key, str)
    if value is not None and value not in allowed:
        reader.error((*path, key), f"okänt värde {quoted(value)} för {quoted(key)} (ska vara {', '.join(allowed)})")
        return None
    return value


def _risk(reader: Reader, t: dict[str, Any]) -> RiskPicture:
    path: KeyPath = ("risk",)
    areas_table = reader.value(t, path, "areas", dict, {})
    areas: dict[str, str] = {}
    for area, level in areas_table.items():
        if level not in RISK_LEVELS:
            reader.error((*path, "areas", area),
                         f"okänd risknivå {quoted(level)} för {quoted(area)} (ska vara red, yellow eller green)")
            continue
        areas[shared(area)] = shared(level)
    period = t.get("period")
    if isinstance(period, dt.date) and not isinstance(period, dt.datetime):
        period = f"{period:%Y-%m}"
    elif period is not None and not isinstance(period, str):
        reader.error((*path, "period"), "'period' ska vara text, till exempel \"2023-12\"")
        period = None
    elif period is not None and not is_month(period):
        reader.error((*path, "period"), f"'period' ska vara en månad skriven ÅÅÅÅ-MM, till exempel \"2023-12\"; "
                                        f"{quoted(period)} är ingen månad")
        period = None
    return RiskPicture(
        period=period,
        source=reader.value(t, path, "source", str),
        areas=areas,
        extra=reader.extra(t, path, {"period", "source", "areas"}),
    )


def _followup(reader: Reader, path: KeyPath, t: dict[str, Any]) -> FollowUp:
    quick = _quick_followup(t)
    if quick is not None:
        return quick
    title = reader.value(t, path, "title", str, "", required=True)
    state = reader.value(t, path, "state", str, "open")
    if state not in FOLLOWUP_STATES:
        reader.error((*path, "state"), f"okänt läge {quoted(state)} (ska vara open, done eller dropped)")
        state = "open"
    return FollowUp(
        id=reader.value(t, path, "id", str) or slug(title),
        title=title,
        status=reader.value(t, path, "status", str, ""),
        owners=reader.strings(t, path, "owners"),
        state=state,
        areas=reader.strings(t, path, "areas"),
        extra=reader.extra(t, path, _FOLLOWUP_KEYS),
        due=reader.value(t, path, "due", dt.date),
    )


def meeting_from_table(t: dict[str, Any]) -> tuple[Meeting | None, list[Problem]]:
    """A meeting from its file's table, with every problem found; None when it cannot be trusted."""
    reader = Reader()
    if not check_format(reader, t):
        return None, reader.problems
    date = reader.value(t, (), "date", dt.date, required=True)
    start = reader.value(t, (), "start", dt.time)
    end = reader.value(t, (), "end", dt.time)
    _check_times(reader, (), start, end)
    attendees = []
    for path, a in reader.tables(t, (), "attendee"):
        quick = _quick_attendee(a)
        if quick is not None:
            attendees.append(quick)
            continue
        attendees.append(Attendee(
            name=reader.value(a, path, "name", str, "", required=True),
            party=reader.value(a, path, "party", str),
            title=reader.value(a, path, "title", str),
            org=reader.value(a, path, "org", str),
            role=reader.value(a, path, "role", str),
            extra=reader.extra(a, path, _ATTENDEE_KEYS),
            absent=reader.value(a, path, "absent", bool, False),
            group=_choice(reader, a, path, "group", ATTENDEE_GROUPS),
            partial=reader.value(a, path, "partial", str),
        ))
    schedule = []
    for path, s in reader.tables(t, (), "schedule"):
        quick_entry = _quick_schedule(s)
        if quick_entry is not None:
            schedule.append(quick_entry)
            continue
        s_start = reader.value(s, path, "start", dt.time)
        s_end = reader.value(s, path, "end", dt.time)
        _check_times(reader, path, s_start, s_end)
        schedule.append(ScheduleEntry(
            date=reader.value(s, path, "date", dt.date, required=True),
            start=s_start, end=s_end,
            place=reader.value(s, path, "place", str),
            extra=reader.extra(s, path, _SCHEDULE_KEYS),
        ))
    risk_table = reader.value(t, (), "risk", dict)
    meeting = Meeting(
        date=date,
        start=start,
        end=end,
        place=reader.value(t, (), "place", str),
        attendees=attendees,
        items=[_item(reader, p, i) for p, i in reader.tables(t, (), "item")],
        risk=_risk(reader, risk_table) if risk_table is not None else None,
        followups=[_followup(reader, p, f) for p, f in reader.tables(t, (), "followup")],
        schedule=schedule,
        other=[_item(reader, p, i) for p, i in reader.tables(t, (), "other")],
        extra=reader.extra(t, (), _MEETING_KEYS),
        document=_choice(reader, t, (), "document", DOCUMENT_KINDS),
        issued=reader.value(t, (), "issued", dt.date),
        chair=reader.value(t, (), "chair", str),
        secretary=reader.value(t, (), "secretary", str),
        adjusters=reader.strings(t, (), "adjusters"),
        adjusting_date=reader.value(t, (), "adjusting_date", dt.date),
        adjusting_place=reader.value(t, (), "adjusting_place", str),
        case_number=reader.value(t, (), "case_number", str),
    )
    if t.get("format") == 1:
        _newer_keys(reader, t)
    seen: dict[str, int] = {}
    for i, f in enumerate(meeting.followups):
        if f.id in seen:
            reader.error(("followup", i, "id"), f"id {quoted(f.id)} finns redan i uppföljning nr {seen[f.id] + 1}")
        seen[f.id] = i
    if any(p.severity == "error" for p in reader.problems) or date is None:
        return None, reader.problems
    return meeting, reader.problems


def _newer_keys(reader: Reader, t: dict[str, Any]) -> None:
    """Warn about format 2 keys in a format 1 file: read as written, but the file should say format = 2."""
    hint = "hör till format 2; skriv format = 2 eller kör bra check --upgrade"
    for key in sorted(FORMAT_2_KEYS[""] & t.keys()):
        reader.warn((key,), f"nyckeln {quoted(key)} {hint}")
    for array in ("attendee", "item", "other"):
        entries = t.get(array)
        if not isinstance(entries, list):
            continue
        for i, entry in enumerate(entries):
            if isinstance(entry, dict):
                for key in sorted(FORMAT_2_KEYS[array] & entry.keys()):
                    reader.warn((array, i, key), f"nyckeln {quoted(key)} {hint}")


def council_from_table(t: dict[str, Any]) -> tuple[Council, list[Problem]]:
    """The council from council.toml's table, with every problem found; a value that is missing or of the
    wrong type is reported and replaced by its default, so the council is always usable."""
    reader = Reader()
    check_format(reader, t)
    risk = reader.value(t, (), "risk", dict, {})
    raw_levels = reader.value(risk, ("risk",), "levels", dict, {})
    levels = {}
    for level, meaning in raw_levels.items():
        if level not in RISK_LEVELS:
            reader.error(("risk", "levels", level),
                         f"okänd risknivå {quoted(level)} (ska vara red, yellow eller green)")
        elif isinstance(meaning, str):
            levels[level] = meaning
        else:
            reader.error(("risk", "levels", level), f"{quoted(level)} ska vara text: vad nivån betyder, eller \"\"")
    standing = []
    for path, s in reader.tables(t, (), "standing_item"):
        standing.append(StandingItem(
            title=reader.value(s, path, "title", str, "", required=True),
            since=reader.value(s, path, "since", dt.date),
            extra=reader.extra(s, path, {"title", "since"}),
        ))
    council = Council(
        name=reader.value(t, (), "name", str, _UNNAMED.name) or _UNNAMED.name,
        short_name=reader.value(t, (), "short_name", str, _UNNAMED.short_name) or _UNNAMED.short_name,
        municipality=reader.value(t, (), "municipality", str, _UNNAMED.municipality),
        default_place=reader.value(t, (), "default_place", str, _UNNAMED.default_place),
        risk_source=reader.value(risk, ("risk",), "source", str, _UNNAMED.risk_source),
        areas=reader.strings(risk, ("risk",), "areas"),
        levels=levels,
        standing_items=[s for s in standing if s.title],
        mail=_mail(reader, t["mail"]) if isinstance(t.get("mail"), dict) else None,
    )
    if "mail" in t and not isinstance(t["mail"], dict):
        reader.error(("mail",), "'mail' ska vara en tabell: [mail]")
    reader.extra(t, (), {"format", "name", "short_name", "municipality", "default_place", "risk", "standing_item",
                         "mail"})
    reader.extra(risk, ("risk",), {"source", "areas", "levels"})
    return council, reader.problems


def people_from_table(t: dict[str, Any]) -> tuple[list[Person], list[Problem]]:
    """The people from people.toml's table, with every problem found."""
    reader = Reader()
    check_format(reader, t)
    people = []
    for path, p in reader.tables(t, (), "person"):
        people.append(Person(
            name=reader.value(p, path, "name", str, "", required=True),
            title=reader.value(p, path, "title", str),
            org=reader.value(p, path, "org", str),
            party=reader.value(p, path, "party", str),
            aliases=reader.strings(p, path, "aliases"),
            extra=reader.extra(p, path, {"name", "title", "org", "party", "aliases", "email"}),
            email=_email(reader, p, path),
        ))
    reader.extra(t, (), {"format", "person"})
    return [p for p in people if p.name], reader.problems




def _email(reader: Reader, table: dict[str, Any], path: KeyPath) -> str | None:
    """A person's e-mail address: one address with an @ and no spaces or line breaks."""
    address: str | None = reader.value(table, path, "email", str)
    if address is None:
        return None
    address = address.strip()
    if (problem := address_problem(address)) is not None:
        reader.error((*path, "email"), problem)
        return None
    return address


def address_problem(address: str) -> str | None:
    """Why an address (namn@kommun.se) cannot be sent to, as a Swedish phrase; None when it can."""
    local, at, domain = address.rpartition("@")
    if not at or not local or "." not in domain or any(c.isspace() or c in "<>,;\"" for c in address):
        return f"{quoted(address)} är ingen e-postadress (skriv t.ex. \"namn@kommun.se\")"
    from email.errors import HeaderParseError
    from email.headerregistry import Address  # slow to import, and only mail needs it

    try:
        Address(addr_spec=address)
    except (ValueError, IndexError, HeaderParseError, AttributeError):  # AttributeError: x@[1.2.3 in Python 3.11
        return (f"{quoted(address)} går inte att skicka till: skriv adressen med bara a–z, siffror, punkt och "
                "bindestreck på vardera sidan om @")
    return None


def mailbox_problem(text: str) -> str | None:
    """Why a sender or reply address ("Lokala Brå <bra@kommun.se>" or "bra@kommun.se") cannot be used, as a
    Swedish phrase; None when it can. One address only: a name with a comma would make the header a list."""
    text = text.strip()
    if "<" not in text and ">" not in text:
        return address_problem(text)
    name, opened, rest = text.partition("<")
    address, closed, after = rest.partition(">")
    if not opened or not closed or after.strip() or "<" in address or ">" in name:
        return (f"{quoted(text)} är ingen e-postadress: skriv den som \"Lokala Brå <bra@kommun.se>\" eller "
                "\"bra@kommun.se\"")
    if any(c in name for c in ",;@\"") or any(c < " " for c in name):
        return f"namnet i {quoted(text)} får inte innehålla kommatecken, semikolon, @, citattecken eller radbrytningar"
    return address_problem(address.strip())


_MAIL_KEYS = frozenset({"from", "method", "host", "port", "security", "username", "password_env", "password_file",
                        "sendmail", "reply_to"})
# [mail] keys that name a program to run or where a password is: only a file that the user or the
# administrator alone may change sets them (bra's config.toml), never the store, where a colleague in
# the same group could point them at a program of their own or send the password to their own server.
OWN_MAIL_KEYS = frozenset({"username", "password_env", "password_file", "sendmail"})


def _mail(reader: Reader, t: dict[str, Any], own: bool = False) -> MailSettings:
    """A [mail] table: council.toml's (own=False: the keys in OWN_MAIL_KEYS are refused and left at their
    defaults) or one of bra's own configuration files (own=True: every key, `from` not required)."""
    path: KeyPath = ("mail",)
    if not own:
        for key in sorted(OWN_MAIL_KEYS & t.keys()):
            reader.error((*path, key), f"{key} får inte stå i lagringen, där andra kan ändra den; skriv den under "
                                       f"[mail] i dina egna inställningar, {user_folder('config') / 'config.toml'}")
        t = {key: value for key, value in t.items() if key not in OWN_MAIL_KEYS}
    settings = MailSettings(
        sender=reader.value(t, path, "from", str, "", required=not own),
        method=reader.value(t, path, "method", str, "smtp"),
        host=reader.value(t, path, "host", str, "localhost"),
        port=reader.value(t, path, "port", int),
        security=reader.value(t, path, "security", str, "starttls"),
        username=reader.value(t, path, "username", str),
        password_env=reader.value(t, path, "password_env", str, "BRA_SMTP_PASSWORD"),
        password_file=reader.value(t, path, "password_file", str),
        sendmail=reader.value(t, path, "sendmail", str, "/usr/sbin/sendmail"),
        reply_to=reader.value(t, path, "reply_to", str),
    )
    for key, value in (("from", settings.sender), ("reply_to", settings.reply_to)):
        if value and (problem := mailbox_problem(value)) is not None:
            reader.error((*path, key), problem)
            if key == "from":
                settings.sender = ""
            else:
                settings.reply_to = None
    if settings.method not in MAIL_METHODS:
        reader.error((*path, "method"),
                     f"okänt sätt att skicka {quoted(settings.method)} (ska vara smtp eller sendmail)")
        settings.method = "smtp"
    if settings.security not in MAIL_SECURITY:
        reader.error((*path, "security"),
                     f"okänd säkerhet {quoted(settings.security)} (ska vara starttls, ssl eller none)")
        settings.security = "starttls"
    if settings.port is not None and not 0 < settings.port < 65536:
        reader.error((*path, "port"), f"porten {settings.port} finns inte (1–65535)")
        settings.port = None
    reader.extra(t, path, _MAIL_KEYS)
    return settings


def own_mail_from_table(t: dict[str, Any]) -> tuple[MailSettings, list[Problem]]:
    """The [mail] table of one of bra's own configuration files, with every problem found (key paths under "mail")."""
    reader = Reader()
    return _mail(reader, t, own=True), reader.problems
