"""Property: any sequence of the app's edits keeps every hand-written comment with what it describes.

Meeting files are generated as a person writes them in nano, with comments and blank lines at every
place the format allows: above the file, above and at the end of each header, above and at the end
of each key, inside arrays (leading, after an element, on an element's line), at the end of a table
after a blank line, and one or two blank lines between tables. Every comment names a unique tag and
the generator records what it belongs to by the rule in the README. Then random sequences of the
edits the app makes (add, change, remove, move up/down of attendees, items, decisions, follow-ups,
schedule entries and other questions; add and remove names in owners, presenters and areas) are
applied to the meeting, which is saved through the app's path (MeetingDocument.apply and save).

Checked: (1) the file reads back as the edited meeting; (2) every comment whose entry survives is
still attached, by the rule, to the same entry (and key, or element), and no other comment is left;
(3) the text of every entry no edit touched is unchanged line for line, and no key appears in a
surviving table that the edits did not set.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, note, settings
from hypothesis import strategies as st

from brå_tui.model import Attendee, Decision, FollowUp, Item, Meeting, ScheduleEntry
from brå_tui.store.read import read_meeting
from brå_tui.store.save import MeetingDocument

KINDS = ("attendee", "item", "followup", "schedule", "other")
LISTS = {"attendee": "attendees", "item": "items", "followup": "followups", "schedule": "schedule",
         "other": "other"}
# The keys of each kind whose values are unique to their entry: what recognises it after a change.
TELLING = {"attendee": ("name", "party", "title", "org"), "item": ("title", "notes", "presenters", "areas"),
           "other": ("title", "notes", "presenters", "areas"), "decision": ("text", "account", "amount_sek"),
           "followup": ("id", "title", "status", "owners", "areas"), "schedule": ("date", "place")}


class Fresh:
    """Unique values, so that entries are told apart by what they hold and never by chance."""

    def __init__(self) -> None:
        self.n = 0

    def __call__(self, prefix: str) -> str:
        """A new text unlike every other (no shared prefix, so no two look like a typo of each other)."""
        self.n += 1
        digest = hashlib.sha256(f"{prefix}{self.n}".encode()).digest()
        return "".join("bcdfghjklmnpqrstvwxzåäö"[b % 23] for b in digest[:9]).capitalize()

    def number(self) -> int:
        self.n += 1
        return 1000 * self.n

    def date(self) -> dt.date:
        self.n += 1
        return dt.date(2025, 1, 1) + dt.timedelta(days=self.n)


@dataclass
class Entry:
    """One table of the meeting with the identity the test follows it by."""

    uid: int
    kind: str
    obj: Any
    decisions: list[Entry] = field(default_factory=list)
    original: dict[str, Any] = field(default_factory=dict)
    touched: bool = False
    set_keys: set[str] = field(default_factory=set)


def _values(kind: str, obj: Any) -> dict[str, Any]:
    """The entry's values as its table holds them (None and empty left out)."""
    names = {"attendee": ("name", "party", "title", "org", "role"),
             "item": ("title", "presenters", "areas", "confidential", "notes"),
             "other": ("title", "presenters", "areas", "confidential", "notes"),
             "decision": ("text", "amount_sek", "account"),
             "followup": ("id", "title", "status", "owners", "state", "areas"),
             "schedule": ("date", "place")}[kind]
    out = {}
    for name in names:
        value = getattr(obj, name)
        if value is None or value == [] or value == "" or value is False:
            continue
        out[name] = list(value) if isinstance(value, list) else value
    return out


def _recognisable(entry: Entry, values: dict[str, Any]) -> bool:
    return any(k in entry.original and values.get(k) == entry.original[k] for k in TELLING[entry.kind])


# Writing a file by hand ---------------------------------------------------------------------------


class Writer:
    """Writes a meeting as a person would, drawing where comments and blank lines go."""

    def __init__(self, draw: st.DrawFn) -> None:
        self.draw = draw
        self.lines: list[str] = []
        self.owner: dict[str, tuple[Any, ...]] = {}  # tag -> what the comment belongs to
        self.n = 0

    def maybe(self) -> bool:
        return self.draw(st.booleans())

    def tag(self, owner: tuple[Any, ...]) -> str:
        self.n += 1
        name = f"k{self.n}"
        self.owner[name] = owner
        return f"# {name} om {owner[0]}"

    def block_above(self, owner: tuple[Any, ...]) -> None:
        for _ in range(self.draw(st.integers(0, 2))):
            self.lines.append(self.tag(owner))

    def eol(self, owner: tuple[Any, ...]) -> str:
        return f"  {self.tag(owner)}" if self.maybe() else ""

    def key(self, uid: int, key: str, value: Any) -> None:
        if self.lines and self.draw(st.integers(0, 4)) == 0:
            self.lines.append("")
        self.block_above(("key", uid, key))
        if isinstance(value, list):
            self.array(uid, key, value)
        elif isinstance(value, str) and "\n" in value:
            self.lines.extend(f'{key} = """\n{value}"""'.split("\n"))
        else:
            self.lines.append(f"{key} = {_toml(value)}{self.eol(('eol', uid, key))}")

    def array(self, uid: int, key: str, values: list[str]) -> None:
        if not self.maybe():
            self.lines.append(f"{key} = [{', '.join(_toml(v) for v in values)}]{self.eol(('eol', uid, key))}")
            return
        opening = f"{key} = ["
        if self.maybe():
            opening += f"  {self.tag(('element', uid, key, values[0]))}"
        self.lines.append(opening)
        if self.maybe():
            self.lines.append(f"  {self.tag(('element', uid, key, values[0]))}")
        for value in values:
            self.lines.append(f"  {_toml(value)},{self.eol(('element', uid, key, value))}")
            if self.draw(st.integers(0, 3)) == 0:
                self.lines.append(f"  {self.tag(('element', uid, key, value))}")
        self.lines.append(f"]{self.eol(('eol', uid, key))}")

    def table(self, header: str, entry: Entry) -> None:
        for _ in range(self.draw(st.integers(1, 2))):
            self.lines.append("")
        self.block_above(("header", entry.uid))
        self.lines.append(f"[[{header}]]{self.eol(('header', entry.uid))}")
        for key, value in _values(entry.kind, entry.obj).items():
            self.key(entry.uid, key, value)
        if self.draw(st.integers(0, 3)) == 0:
            self.lines.extend(["", self.tag(("table", entry.uid))])


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, dt.date)):
        return str(value) if not isinstance(value, dt.date) else value.isoformat()
    return json.dumps(value, ensure_ascii=False)


# Generating a meeting -----------------------------------------------------------------------------


def _new(kind: str, fresh: Fresh, draw: st.DrawFn) -> Any:
    def names(prefix: str) -> list[str]:
        return [fresh(prefix) for _ in range(draw(st.integers(0, 3)))]

    if kind == "attendee":
        return Attendee(fresh("Namn"), party=draw(st.none() | st.just(fresh("Parti"))),
                        title=draw(st.none() | st.just(fresh("Titel"))), org=None)
    if kind in ("item", "other"):
        notes = draw(st.sampled_from(["", f"{fresh('Rad')}\n", f"{fresh('Rad')}\n\n{fresh('Stycke')}\n"]))
        return Item(fresh("Ärende"), presenters=names("Föredragande"), areas=names("Område"),
                    confidential=draw(st.booleans()), notes=notes)
    if kind == "decision":
        return Decision(fresh("Beslut"), amount_sek=draw(st.none() | st.just(fresh.number())),
                        account=draw(st.none() | st.just(fresh("Konto"))))
    if kind == "followup":
        return FollowUp(id=fresh("id").replace(" ", "-"), title=fresh("Uppföljning"),
                        status=draw(st.sampled_from(["", fresh("Status")])), owners=names("Ansvarig"),
                        state=draw(st.sampled_from(["open", "done", "dropped"])), areas=names("Område"))
    return ScheduleEntry(fresh.date(), place=draw(st.none() | st.just(fresh("Plats"))))


@dataclass
class Scenario:
    """A hand-written meeting file, the meeting it holds, and each entry's identity and comments."""

    text: str
    entries: dict[str, list[Entry]]
    owner: dict[str, tuple[Any, ...]]
    fresh: Fresh


@st.composite
def scenarios(draw: st.DrawFn) -> Scenario:
    """A meeting file written by hand with comments and blank lines at every possible place."""
    fresh = Fresh()
    uid = iter(range(1, 10_000))
    entries: dict[str, list[Entry]] = {}
    for kind in KINDS:
        entries[kind] = []
        for _ in range(draw(st.integers(0, 3))):
            entry = Entry(next(uid), kind, _new(kind, fresh, draw))
            if kind in ("item", "other"):
                entry.decisions = [Entry(next(uid), "decision", _new("decision", fresh, draw))
                                   for _ in range(draw(st.integers(0, 2)))]
                entry.obj.decisions = [d.obj for d in entry.decisions]
            entries[kind].append(entry)
    writer = Writer(draw)
    writer.block_above(("key", 0, "format"))
    writer.lines.append(f"format = 1{writer.eol(('eol', 0, 'format'))}")
    writer.key(0, "date", dt.date(2024, 11, 15))
    for kind in KINDS:
        for entry in entries[kind]:
            writer.table(kind, entry)
            for decision in entry.decisions:
                writer.table(f"{kind}.decision", decision)
    for entry in _all(entries):
        entry.original = _values(entry.kind, entry.obj)
    return Scenario("\n".join(writer.lines) + "\n", entries, writer.owner, fresh)


def _all(entries: dict[str, list[Entry]]) -> list[Entry]:
    out = []
    for kind in KINDS:
        for entry in entries[kind]:
            out.append(entry)
            out.extend(entry.decisions)
    return out


# The app's edits ----------------------------------------------------------------------------------


def _change(entry: Entry, fresh: Fresh, draw: st.DrawFn) -> None:
    """Change one value of an entry as its form does, keeping it recognisable (README: a post känns igen)."""
    obj = entry.obj
    options = {"attendee": ["name", "party", "title", "org", "role"],
               "item": ["title", "notes", "confidential", "presenters", "areas"],
               "decision": ["text", "amount_sek", "account"],
               "followup": ["id", "title", "status", "state", "owners", "areas"],
               "schedule": ["date", "place"]}[entry.kind if entry.kind != "other" else "item"]
    name = draw(st.sampled_from(options))
    before = getattr(obj, name)
    if name in ("presenters", "areas", "owners"):
        value = list(before)
        if value and draw(st.booleans()):
            value.pop(draw(st.integers(0, len(value) - 1)))
        else:
            value.insert(draw(st.integers(0, len(value))), fresh("Namn"))
    elif name == "confidential":
        value = not before
    elif name == "state":
        value = draw(st.sampled_from(["open", "done", "dropped"]))
    elif name == "amount_sek":
        value = draw(st.none() | st.just(fresh.number()))
    elif name == "date":
        value = fresh.date()
    elif name == "notes":
        value = draw(st.sampled_from(["", f"{fresh('Ny rad')}\n"]))
    elif name == "status":
        value = draw(st.sampled_from(["", fresh("Status")]))
    elif name == "id":
        value = fresh("nytt-id").replace(" ", "-")
    elif name in ("name", "title", "text"):
        value = fresh("Ny")
    else:
        value = draw(st.none() | st.just(fresh("Nytt")))
    setattr(obj, name, value)
    if not _recognisable(entry, _values(entry.kind, obj)):
        setattr(obj, name, before)  # the form would have changed everything it was known by: not this edit
        return
    if value != before:
        entry.touched = True
        if value is not None:
            entry.set_keys.add(name)


@st.composite
def edit(draw: st.DrawFn, scenario: Scenario, meeting: Meeting) -> None:
    """One edit the app can make, applied to the meeting and to the test's record of it."""
    fresh, entries = scenario.fresh, scenario.entries
    kind = draw(st.sampled_from([*KINDS, "decision"]))
    parent: Entry | None = None
    if kind == "decision":
        holders = entries["item"] + entries["other"]
        if not holders:
            return
        parent = draw(st.sampled_from(holders))
        listing, objects = parent.decisions, parent.obj.decisions
    else:
        listing, objects = entries[kind], getattr(meeting, LISTS[kind])
    action = draw(st.sampled_from(["add", "change", "remove", "up", "down"]))
    if action == "add" or not listing:
        at = draw(st.integers(0, len(listing)))
        entry = Entry(10_000 + fresh.number(), kind, _new(kind, fresh, draw), touched=True)
        entry.original = _values(kind, entry.obj)
        listing.insert(at, entry)
        objects.insert(at, entry.obj)
        if parent is not None:
            parent.set_keys.add("decision")
        return
    index = draw(st.integers(0, len(listing) - 1))
    if action == "change":
        _change(listing[index], fresh, draw)
    elif action == "remove":
        del listing[index]
        del objects[index]
    else:
        target = index - 1 if action == "up" else index + 1
        if 0 <= target < len(listing):
            listing[index], listing[target] = listing[target], listing[index]
            objects[index], objects[target] = objects[target], objects[index]


# Reading a saved file back by the rule ------------------------------------------------------------

_HEADER = re.compile(r"^\[\[([a-z.]+)\]\]")
_TAG = re.compile(r"# (k\d+) om ")


def _headers(entries: dict[str, list[Entry]]) -> dict[str, list[Entry]]:
    """The entries in the order their headers appear, by header."""
    order: dict[str, list[Entry]] = {}
    for kind in KINDS:
        order[kind] = list(entries[kind])
        order[f"{kind}.decision"] = [d for e in entries[kind] for d in e.decisions]
    return order


def _attachments(text: str, entries: dict[str, list[Entry]]) -> dict[str, tuple[Any, ...]]:
    """What each comment in text belongs to by the rule, with entries found by the order of their headers."""
    order = _headers(entries)
    seen: dict[str, int] = {}
    found: dict[str, tuple[Any, ...]] = {}
    current = 0  # the meeting itself
    pending: list[str] = []
    array: tuple[str, list[str], list[str]] | None = None  # key, comments waiting for an element, elements seen
    for line in text.splitlines():
        tags = _TAG.findall(line)
        stripped = line.strip()
        if array is not None:
            key, waiting, elements = array
            if stripped.startswith("]"):
                for tag in waiting:
                    found[tag] = ("element", current, key, elements[-1] if elements else None)
                for tag in tags:
                    found[tag] = ("eol", current, key)
                array = None
            elif stripped.startswith("#"):
                (waiting if not elements else []).extend(tags)
                if elements:
                    for tag in tags:
                        found[tag] = ("element", current, key, elements[-1])
            else:
                value = json.loads(stripped.split(",")[0]) if stripped.startswith('"') else None
                elements.append(value)
                for tag in [*waiting, *tags]:
                    found[tag] = ("element", current, key, value)
                waiting.clear()
            continue
        header = _HEADER.match(line)
        if header:
            name = header.group(1)
            index = seen.get(name, 0)
            seen[name] = index + 1
            current = order[name][index].uid
            for tag in pending:
                found[tag] = ("header", current)
            for tag in tags:
                found[tag] = ("header", current)
            pending = []
        elif stripped.startswith("#"):
            pending.extend(tags)
        elif not stripped:
            for tag in pending:
                found[tag] = ("table", current) if current else ("key", 0, "format")
            pending = []
        elif " = " in line:
            key = line.split(" = ")[0].strip()
            for tag in pending:
                found[tag] = ("key", current, key)
            pending = []
            rest = line.split(" = ", 1)[1]
            if rest.startswith("[") and not rest.split("#")[0].rstrip().endswith("]"):
                first = rest[1:].strip()
                array = (key, list(_TAG.findall(first)), [])
            else:
                for tag in tags:
                    found[tag] = ("eol", current, key)
    for tag in pending:
        found[tag] = ("table", current)
    return found


def _blocks(text: str, entries: dict[str, list[Entry]]) -> dict[int, str]:
    """Each entry's own text: its header block (comments directly above and the blank lines before them),
    header and keys, up to the next header's block."""
    order = _headers(entries)
    lines = text.splitlines()
    starts: list[tuple[int, int]] = []
    seen: dict[str, int] = {}
    for n, line in enumerate(lines):
        header = _HEADER.match(line)
        if not header:
            continue
        index = seen.get(header.group(1), 0)
        seen[header.group(1)] = index + 1
        start = n
        while start > 0 and lines[start - 1].lstrip().startswith("#"):
            start -= 1
        while start > 0 and not lines[start - 1].strip():
            start -= 1
        starts.append((start, order[header.group(1)][index].uid))
    blocks = {0: "\n".join(lines[:starts[0][0] if starts else len(lines)])}  # the meeting's own keys
    ends = [start for start, _ in starts[1:]] + ([len(lines)] if starts else [])
    for (start, uid), end in zip(starts, ends, strict=True):
        blocks[uid] = "\n".join(lines[start:end]).rstrip("\n")
    return blocks


def _tables(text: str, entries: dict[str, list[Entry]]) -> dict[int, dict[str, Any]]:
    data = tomllib.loads(text)
    out = {}
    for kind in KINDS:
        for entry, table in zip(entries[kind], data.get(kind, []), strict=True):
            out[entry.uid] = table
            for decision, sub in zip(entry.decisions, table.get("decision", []), strict=True):
                out[decision.uid] = sub
    return out


# Shrinking a long sequence of edits takes minutes; the note above shows the failing files whole instead.
@settings(phases=(Phase.reuse, Phase.generate), report_multiple_bugs=False,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(scenarios(), st.data())
def test_any_edits_keep_every_comment_with_its_entry(scenario: Scenario, data: st.DataObject) -> None:
    """Random sequences of the app's edits on a commented file: (1) meaning, (2) comments, (3) untouched text."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "2024-11-15.toml"
        path.write_text(scenario.text, encoding="utf-8")
        original_blocks = _blocks(scenario.text, scenario.entries)
        original_tables = _tables(scenario.text, scenario.entries)
        assert _attachments(scenario.text, scenario.entries) == scenario.owner  # the test reads its own files right
        meeting, findings = read_meeting(path)
        assert meeting is not None, findings
        for kind in KINDS:  # the edits change the meeting as read, as the app does
            for entry, obj in zip(scenario.entries[kind], getattr(meeting, LISTS[kind]), strict=True):
                entry.obj = obj
                for decision, d in zip(entry.decisions, getattr(obj, "decisions", []), strict=True):
                    decision.obj = d
        document = MeetingDocument.open(path)
        for _ in range(data.draw(st.integers(1, 6), label="edits")):
            data.draw(edit(scenario, meeting))
        document.apply(meeting)
        document.save()
        after = path.read_text(encoding="utf-8")
        note(f"before:\n{scenario.text}\nafter:\n{after}")

        again, findings = read_meeting(path)  # (1) the file holds the edited meeting
        assert again is not None, findings
        again.path = meeting.path
        assert again == meeting

        alive = {e.uid: e for e in _all(scenario.entries)}
        tables = _tables(after, scenario.entries)

        def survives(owner: tuple[Any, ...]) -> bool:
            uid = owner[1]
            if uid != 0 and uid not in alive:
                return False
            if owner[0] == "key" or owner[0] == "eol":
                return uid == 0 or owner[2] in tables[uid]
            if owner[0] == "element":
                return owner[3] in tables[uid].get(owner[2], [])
            return True

        expected = {tag: owner for tag, owner in scenario.owner.items() if survives(owner)}
        assert _attachments(after, scenario.entries) == expected  # (2) every comment where it belongs

        blocks = _blocks(after, scenario.entries)  # (3) untouched entries unchanged, line for line
        for uid, entry in alive.items():
            if uid in original_blocks and uid != 0 and not entry.touched:
                assert blocks[uid] == original_blocks[uid]
            if uid in original_tables:  # no key appears that the edits did not set
                assert set(tables[uid]) <= set(original_tables[uid]) | entry.set_keys
        assert blocks[0] == original_blocks[0]
