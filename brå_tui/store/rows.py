"""The derived index's tables, and the rows one store file's reading becomes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from brå_tui.model import Finding, Meeting
from brå_tui.store.codec import dumps, meeting_data
from brå_tui.text import fold, folded

SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
-- One row per store file (council.toml, people.toml, meetings/NAME.toml): its identity and
-- modification as "dev ino size mtime_ns ctime_ns" (NULL: look at it again next time), a digest of
-- its bytes (a file whose stat changed but whose bytes did not keeps its rows) and its reading as
-- JSON (NULL when it could not be read).
CREATE TABLE file(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, stat TEXT, digest TEXT, data TEXT);
-- What each run compares with the files, read without the readings themselves.
CREATE INDEX file_seen ON file(name, id, stat, digest);
-- The files that could not be read, found without reading every file's row (each is mostly its reading).
CREATE INDEX file_unread ON file(name) WHERE data IS NULL;
-- What reading a file found; check_only: reported by `bra check` only (a BOM).
CREATE TABLE finding(file_id INTEGER NOT NULL, ord INTEGER NOT NULL, severity TEXT NOT NULL, message TEXT NOT NULL,
                     line INTEGER, col INTEGER, check_only INTEGER NOT NULL, PRIMARY KEY(file_id, ord)) WITHOUT ROWID;
CREATE TABLE meeting(file_id INTEGER PRIMARY KEY, key TEXT NOT NULL, date TEXT NOT NULL, start TEXT, end TEXT,
                     place TEXT, attendees INTEGER, items INTEGER, decisions INTEGER, followups INTEGER);
CREATE INDEX meeting_order ON meeting(date, key);
CREATE INDEX meeting_key ON meeting(key);
-- at: the meeting's date and key ("2024-11-15 2024-11-15-2"), the order of meetings.
CREATE TABLE attendee(file_id INTEGER NOT NULL, ord INTEGER NOT NULL, name TEXT NOT NULL, party TEXT, title TEXT,
                      org TEXT, at TEXT NOT NULL, PRIMARY KEY(file_id, ord)) WITHOUT ROWID;
CREATE INDEX attendee_by_name ON attendee(name, at DESC, ord);
-- Each name met among the attendees once, as written at its newest meeting (first there), kept up to date for
-- the names in the files read (index.py).
CREATE TABLE attendee_newest(name TEXT PRIMARY KEY, at TEXT NOT NULL, ord INTEGER NOT NULL, party TEXT, title TEXT,
                             org TEXT) WITHOUT ROWID;
CREATE TABLE followup(file_id INTEGER NOT NULL, ord INTEGER NOT NULL, id TEXT NOT NULL, title TEXT NOT NULL,
                      status TEXT NOT NULL, owners TEXT NOT NULL, state TEXT NOT NULL, areas TEXT NOT NULL,
                      due TEXT, PRIMARY KEY(file_id, ord)) WITHOUT ROWID;
CREATE INDEX followup_id ON followup(id);
-- Agenda items (kind 'item') and other questions (kind 'other'), presenters and areas as JSON lists.
CREATE TABLE item(file_id INTEGER NOT NULL, kind TEXT NOT NULL, ord INTEGER NOT NULL, title TEXT NOT NULL,
                  presenters TEXT NOT NULL, areas TEXT NOT NULL, PRIMARY KEY(file_id, kind, ord)) WITHOUT ROWID;
-- Each item's presenters as written, for the items of one person without reading the others.
CREATE TABLE presenter(name TEXT NOT NULL, file_id INTEGER NOT NULL, kind TEXT NOT NULL, ord INTEGER NOT NULL,
                       PRIMARY KEY(name, file_id, kind, ord)) WITHOUT ROWID;
CREATE INDEX presenter_file ON presenter(file_id);
-- Each item's areas folded (text.fold), each once, for the items linked to one area without reading the others.
CREATE TABLE item_area(area TEXT NOT NULL, file_id INTEGER NOT NULL, kind TEXT NOT NULL, ord INTEGER NOT NULL,
                       PRIMARY KEY(area, file_id, kind, ord)) WITHOUT ROWID;
CREATE INDEX item_area_file ON item_area(file_id);
CREATE TABLE decision(file_id INTEGER NOT NULL, ord INTEGER NOT NULL, item_title TEXT NOT NULL, text TEXT NOT NULL,
                      amount INTEGER, account TEXT, carried_out TEXT, carried_out_by TEXT, carried_out_note TEXT,
                      reported_back TEXT, PRIMARY KEY(file_id, ord)) WITHOUT ROWID;
CREATE TABLE risk(file_id INTEGER PRIMARY KEY, period TEXT, source TEXT, levels TEXT NOT NULL);
CREATE TABLE schedule(file_id INTEGER NOT NULL, ord INTEGER NOT NULL, date TEXT NOT NULL, start TEXT, end TEXT,
                      place TEXT, PRIMARY KEY(file_id, ord)) WITHOUT ROWID;
-- The meetings planned after a date (what is coming, the next meeting after one) without reading every plan.
CREATE INDEX schedule_date ON schedule(date);
-- `bra check`'s findings on names and areas for one meeting, valid while the file and the context
-- (the council's areas, everyone the store knows) are unchanged.
CREATE TABLE checked(file_id INTEGER PRIMARY KEY, context TEXT NOT NULL, findings TEXT NOT NULL);
-- The rolling action log, one row per follow-up id: where it first and last appears, its due date
-- and whether that is the next meeting's, and the entry as JSON (questions/indexed.py). Kept up to
-- date one file at a time: reading a file notes in logpending what it touched ('id': a follow-up id
-- it had or has; 'at': its meeting's date and key; 'date': a date it holds a meeting or schedules
-- one on), and the entries those concern are worked out anew when the log is next asked for.
CREATE TABLE logentry(id TEXT PRIMARY KEY, first_date TEXT NOT NULL, first_key TEXT NOT NULL,
                      first_ord INTEGER NOT NULL, last_date TEXT NOT NULL, last_key TEXT NOT NULL, due TEXT,
                      next_meeting INTEGER NOT NULL, title TEXT NOT NULL, status TEXT NOT NULL,
                      owners TEXT NOT NULL, state TEXT NOT NULL, areas TEXT NOT NULL, open_meetings INTEGER NOT NULL,
                      stalled INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX logentry_order ON logentry(first_date, first_key, first_ord);
-- Each kept entry's owners as written, for the entries of one person without reading the others.
CREATE TABLE logowner(owner TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY(owner, id)) WITHOUT ROWID;
CREATE INDEX logowner_id ON logowner(id);
CREATE TABLE logpending(kind TEXT NOT NULL, a TEXT NOT NULL, b TEXT NOT NULL, PRIMARY KEY(kind, a, b)) WITHOUT ROWID;
-- Full-text search: every searchable text of a meeting, rowid = file id * FTS_STRIDE + n. The text is
-- kept as written (body) and searched folded (text.folded: case, accents, ø, æ, ß and ligatures), as
-- what is typed is folded the same way.
CREATE VIRTUAL TABLE fts USING fts5(body UNINDEXED, folded, section UNINDEXED, title UNINDEXED, file_id UNINDEXED,
                                    tokenize = 'unicode61 remove_diacritics 2');
"""

# The tables that hold rows of one file, emptied for it before it is read again.
FILE_TABLES = ("finding", "meeting", "attendee", "followup", "item", "presenter", "item_area", "decision", "risk",
               "schedule", "checked")
FTS_STRIDE = 1_000_000


class Rows:
    """Rows for many files, gathered and written in batches (executemany per table)."""

    def __init__(self) -> None:
        self.tables: dict[str, list[tuple[Any, ...]]] = {name: [] for name in (*FILE_TABLES, "fts")}

    def findings(self, file_id: int, findings: list[Finding], check_only: list[Finding]) -> None:
        """A file's findings, in order; check_only ones only for `bra check`."""
        out = self.tables["finding"]
        for n, f in enumerate([*findings, *check_only]):
            out.append((file_id, n, f.severity, f.message, f.line, f.column, int(n >= len(findings))))

    def meeting(self, file_id: int, key: str, m: Meeting, searchable: bool) -> None:
        """The rows a meeting gives: itself with its counts, its parts, and (when searchable) its texts."""
        t = self.tables
        all_items = [*m.items, *m.other]
        decisions = [(item.title, d) for item in all_items for d in item.decisions]
        t["meeting"].append((file_id, key, m.date.isoformat(), _iso(m.start), _iso(m.end), m.place,
                             len(m.present()), len(m.items), len(decisions), len(m.followups)))
        at = f"{m.date.isoformat()} {key}"
        t["attendee"].extend((file_id, n, a.name, a.party, a.title, a.org, at) for n, a in enumerate(m.attendees))
        t["followup"].extend((file_id, n, f.id, f.title, f.status, dumps(f.owners), f.state, dumps(f.areas),
                              _iso(f.due)) for n, f in enumerate(m.followups))
        for kind, items in (("item", m.items), ("other", m.other)):
            t["item"].extend((file_id, kind, n, i.title, dumps(i.presenters), dumps(i.areas))
                             for n, i in enumerate(items))
            t["presenter"].extend((name, file_id, kind, n) for n, i in enumerate(items) for name in set(i.presenters))
            t["item_area"].extend((area, file_id, kind, n) for n, i in enumerate(items)
                                  for area in {fold(a) for a in i.areas})
        t["decision"].extend((file_id, n, title, d.text, d.amount_sek, d.account, _iso(d.carried_out),
                              d.carried_out_by, d.carried_out_note, _iso(d.reported_back))
                             for n, (title, d) in enumerate(decisions))
        if m.risk is not None:
            t["risk"].append((file_id, m.risk.period, m.risk.source, dumps(m.risk.areas)))
        t["schedule"].extend((file_id, n, s.date.isoformat(), _iso(s.start), _iso(s.end), s.place)
                             for n, s in enumerate(m.schedule))
        if searchable:
            self.texts(file_id, m)

    def texts(self, file_id: int, m: Meeting) -> None:
        """A meeting's searchable texts for the full-text table."""
        base = file_id * FTS_STRIDE
        self.tables["fts"].extend((base + n, body, folded(body), section, title, file_id)
                                  for n, (section, title, body) in enumerate(searchable_texts(m)))

    def write(self, conn: Any) -> None:
        """Insert every gathered row and start afresh."""
        for name, rows in self.tables.items():
            if not rows:
                continue
            if name == "fts":
                conn.executemany("INSERT INTO fts(rowid, body, folded, section, title, file_id) "
                                 "VALUES (?, ?, ?, ?, ?, ?)", rows)
            else:
                marks = ", ".join("?" * len(rows[0]))
                conn.executemany(f"INSERT INTO {name} VALUES ({marks})", rows)
            rows.clear()

    def __len__(self) -> int:
        return sum(len(rows) for rows in self.tables.values())


def _iso(value: Any) -> str | None:
    return None if value is None else value.isoformat()


def meeting_json(m: Meeting) -> str:
    """The meeting as the index keeps it."""
    return dumps(meeting_data(m))


def searchable_texts(meeting: Meeting) -> Iterator[tuple[str, str, str]]:
    """(section, title, text) for every searchable text of a meeting, section named as the app's tab."""
    return ((section, title, text) for section, _, title, text in searchable_entries(meeting))


def searchable_entries(meeting: Meeting) -> Iterator[tuple[str, object, str, str]]:
    """(section, entry, title, text) for every searchable text of a meeting, in the order of searchable_texts; the
    entry is the part of the meeting the text belongs to: the Meeting itself for its place, an Attendee, Item,
    FollowUp or ScheduleEntry, an area's name (str), or the RiskPicture for its source."""
    if meeting.place:
        yield "Översikt", meeting, "Plats", meeting.place
    for a in meeting.attendees:
        yield meeting.present_word(), a, a.name, " ".join(x for x in (a.name, a.party, a.title, a.org, a.role) if x)
    for section, items in (("Ärenden", meeting.items), ("Övriga frågor", meeting.other)):
        for item in items:
            yield section, item, item.title, item.title
            if item.presenters:
                yield section, item, item.title, ", ".join(item.presenters)
            if item.notes:
                yield section, item, item.title, item.notes
            for d in item.decisions:
                yield section, item, item.title, " ".join(x for x in (d.text, d.account) if x)
    if meeting.risk is not None:
        for area in meeting.risk.areas:
            yield "Lägesbild", area, area, area
        if meeting.risk.source:
            yield "Lägesbild", meeting.risk, "Källa", meeting.risk.source
    for f in meeting.followups:
        yield "Uppföljning", f, f.title, f.title
        if f.status:
            yield "Uppföljning", f, f.title, f.status
        if f.owners:
            yield "Uppföljning", f, f.title, ", ".join(f.owners)
    for s in meeting.schedule:
        if s.place:
            yield "Tidplan", s, s.date.isoformat(), s.place
