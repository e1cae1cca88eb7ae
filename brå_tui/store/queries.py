"""What the questions ask of the derived index: rows in the order they need them, without the whole store."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from brå_tui.model import Finding, FollowUp, Item, Person, RiskPicture, ScheduleEntry
from brå_tui.store.codec import dumps, loads
from brå_tui.store.index import Index
from brå_tui.store.paths import MEETINGS_DIR
from brå_tui.text import fold


@dataclass(slots=True)
class MeetingSummary:
    """One meeting as the list shows it: when, where and how much it holds."""

    key: str
    date: dt.date
    start: dt.time | None
    end: dt.time | None
    place: str | None
    attendees: int
    items: int
    decisions: int
    followups: int

    def counts(self) -> dict[str, int]:
        """How much the meeting holds: attendees, items, decisions, follow-ups."""
        return {"attendees": self.attendees, "items": self.items, "decisions": self.decisions,
                "followups": self.followups}


@functools.lru_cache(maxsize=4096)
def _decoded(text: str) -> tuple[str, ...]:
    return tuple(loads(text))


def names(text: str) -> list[str]:
    """A list of texts (owners, areas, presenters) as the index keeps it (JSON), a new list each time: the same few
    lists recur on thousands of rows, and each is decoded once."""
    return list(_decoded(text))


def _time(value: str | None) -> dt.time | None:
    return None if value is None else dt.time.fromisoformat(value)


def _day(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def meeting_count(index: Index) -> int:
    """How many meetings were read."""
    return int(index.conn.execute("SELECT count(*) FROM meeting").fetchone()[0])


def summaries(index: Index, limit: int | None = None) -> Iterator[MeetingSummary]:
    """The meetings newest first (at most limit of them), one at a time."""
    query = ("SELECT key, date, start, end, place, attendees, items, decisions, followups FROM meeting "
             "ORDER BY date DESC, key DESC" + ("" if limit is None else f" LIMIT {int(limit)}"))
    for key, date, start, end, place, a, i, d, f in index.conn.execute(query):
        yield MeetingSummary(key, dt.date.fromisoformat(date), _time(start), _time(end), place, a, i, d, f)


def meeting_keys(index: Index, until: dt.date | None = None) -> list[str]:
    """Every meeting's key (of those held on or before until, when given), oldest first."""
    return [key for (key,) in index.conn.execute("SELECT key FROM meeting WHERE date <= ? ORDER BY date, key",
                                                 (_last(until),))]


def _last(until: dt.date | None) -> str:
    """The upper bound of a date column for until (every ISO date sorts before it when None)."""
    return "9" if until is None else until.isoformat()


def keys_on(index: Index, date: dt.date) -> list[str]:
    """The keys of the meetings held on a date, in order."""
    return [key for (key,) in index.conn.execute("SELECT key FROM meeting WHERE date = ? ORDER BY key",
                                                 (date.isoformat(),))]


def latest_date(index: Index) -> dt.date | None:
    """The date of the newest meeting, if any."""
    row = index.conn.execute("SELECT max(date) FROM meeting").fetchone()
    return None if row[0] is None else dt.date.fromisoformat(row[0])


def schedule_after(index: Index, after: dt.date | None) -> tuple[list[ScheduleEntry], set[dt.date]]:
    """The schedule entries after a date in meeting order (oldest first), and the dates meetings were held."""
    since = (after or dt.date.min).isoformat()
    entries = [ScheduleEntry(dt.date.fromisoformat(d), _time(s), _time(e), p) for d, s, e, p in index.conn.execute(
        "SELECT s.date, s.start, s.end, s.place FROM schedule s JOIN meeting m ON m.file_id = s.file_id "
        "WHERE s.date > ? ORDER BY m.date, m.key, s.ord", (since,))]
    held = {dt.date.fromisoformat(d) for (d,) in index.conn.execute(
        "SELECT DISTINCT date FROM meeting WHERE date > ?", (since,))}
    return entries, held


def schedule(index: Index, after: dt.date | None = None, on: dt.date | None = None) -> Iterator[ScheduleEntry]:
    """The schedule entries dated after a date, or on one, in the store's file order (each meeting's in order)."""
    condition, value = ("s.date > ?", after) if on is None else ("s.date = ?", on)
    for d, s, e, p in index.conn.execute(
            "SELECT s.date, s.start, s.end, s.place FROM schedule s JOIN file f ON f.id = s.file_id "
            f"WHERE {condition} ORDER BY f.name, s.ord", ((value or dt.date.min).isoformat(),)):
        yield ScheduleEntry(dt.date.fromisoformat(d), _time(s), _time(e), p)


def schedule_lines(index: Index) -> Iterator[tuple[ScheduleEntry, dt.date]]:
    """Every schedule line with the date of the meeting that wrote it, oldest meeting first (each in order)."""
    for d, s, e, p, at in index.conn.execute(
            "SELECT s.date, s.start, s.end, s.place, m.date FROM schedule s JOIN meeting m ON m.file_id = s.file_id "
            "ORDER BY m.date, m.key, s.ord"):
        yield ScheduleEntry(dt.date.fromisoformat(d), _time(s), _time(e), p), dt.date.fromisoformat(at)


def followups(index: Index, until: dt.date | None = None) -> Iterator[tuple[str, dt.date, FollowUp]]:
    """Every follow-up as written at each meeting (held on or before until, when given), with the meeting's key
    and date, oldest meeting first."""
    for key, date, _, followup in followup_rows(index, until=until):
        yield key, date, followup


def followup_rows(index: Index, ids: Iterable[str] | None = None,
                  until: dt.date | None = None) -> Iterator[tuple[str, dt.date, int, FollowUp]]:
    """(meeting key, date, place in the meeting, follow-up) for every follow-up as written at each meeting (only
    those with one of the ids, when given; only at meetings held on or before until, when given), oldest meeting
    first."""
    where = "WHERE m.date <= ? " + ("" if ids is None else "AND f.id IN (SELECT value FROM json_each(?)) ")
    params = (_last(until),) if ids is None else (_last(until), dumps(list(ids)))
    for key, date, ord_, fid, title, status, owners, state, areas, due in index.conn.execute(
            "SELECT m.key, m.date, f.ord, f.id, f.title, f.status, f.owners, f.state, f.areas, f.due "
            f"FROM meeting m JOIN followup f ON f.file_id = m.file_id {where}ORDER BY m.date, m.key, f.ord", params):
        yield key, dt.date.fromisoformat(date), ord_, FollowUp(fid, title, status, names(owners), state,
                                                               names(areas), due=_day(due))


def newest_key(index: Index) -> str | None:
    """The key of the newest meeting (by date, then key), if any."""
    row = index.conn.execute("SELECT key FROM meeting ORDER BY date DESC, key DESC LIMIT 1").fetchone()
    return None if row is None else str(row[0])


# The action log as kept in the index (rows.py: logentry, logpending) -----------------------------

@dataclass(slots=True)
class LogRow:
    """One follow-up id's entry as the index keeps it: where it first and last appears (the order of the
    log), its due date and whether that is the next meeting's, and the entry's own fields (latest title,
    status, owners, state; every area; how many meetings it stood open at; whether it stands still)."""

    id: str
    first_date: dt.date
    first_key: str
    first_ord: int
    last_date: dt.date
    last_key: str
    due: dt.date | None
    next_meeting: bool
    title: str
    status: str
    owners: list[str]
    state: str
    areas: list[str]
    open_meetings: int
    stalled: bool


def kept_log(index: Index, open_only: bool = False, owners: list[str] | None = None,
             last_before: dt.date | None = None, last_key: str | None = None) -> Iterator[LogRow]:
    """The entries as kept, in the order the items first appeared: only the open ones with open_only; only those
    with one of the owners written as in owners, when given; only those last appearing before a date, or at the
    meeting of last_key, when given."""
    conditions: list[str] = []
    params: list[str] = []
    if open_only:
        conditions.append("state = 'open'")
    if last_key is not None:
        conditions.append("last_key = ?")
        params.append(last_key)
    if last_before is not None:
        conditions.append("last_date < ?")
        params.append(last_before.isoformat())
    if owners is not None:
        conditions.append("id IN (SELECT id FROM logowner WHERE owner IN (SELECT value FROM json_each(?)))")
        params.append(dumps(owners))
    where = f"WHERE {' AND '.join(conditions)} " if conditions else ""
    for row in index.conn.execute(
            "SELECT id, first_date, first_key, first_ord, last_date, last_key, due, next_meeting, title, status, "
            f"owners, state, areas, open_meetings, stalled FROM logentry {where}"
            "ORDER BY first_date, first_key, first_ord", params):
        (id_, first_date, first_key, first_ord, last_date, last_key, due, next_meeting, title, status, owners_,
         state, areas, open_meetings, stalled) = row
        yield LogRow(id_, dt.date.fromisoformat(first_date), first_key, first_ord, dt.date.fromisoformat(last_date),
                     last_key, _day(due), bool(next_meeting), title, status, names(owners_), state, names(areas),
                     open_meetings, bool(stalled))


def kept_spanning(index: Index, since: dt.date, until: dt.date) -> set[str]:
    """The ids of the kept entries appearing both before since and after until."""
    return {i for (i,) in index.conn.execute("SELECT id FROM logentry WHERE first_date < ? AND last_date > ?",
                                             (since.isoformat(), until.isoformat()))}


def followup_ids(index: Index, since: dt.date, until: dt.date) -> set[str]:
    """The ids of the follow-ups written at the meetings held from since to until."""
    return {i for (i,) in index.conn.execute(
        "SELECT DISTINCT f.id FROM meeting m JOIN followup f ON f.file_id = m.file_id "
        "WHERE m.date >= ? AND m.date <= ?",
        (since.isoformat(), until.isoformat()))}


def log_owners(index: Index) -> list[str]:
    """Every owner of a kept entry, as written, once."""
    return [owner for (owner,) in index.conn.execute("SELECT DISTINCT owner FROM logowner")]


def log_touched(index: Index) -> set[str] | None:
    """The follow-up ids whose entries the files read since the log was last brought up to date may have
    changed (None when the log was never kept): every id those files had or have; every id appearing both
    before and after a meeting they held or hold (whether it stood still depends on which meetings lie
    between); every id whose due date is the next meeting after its last and may now be a date they hold a
    meeting or schedule one on."""
    if not index.flag("log"):
        return None
    if index.conn.execute("SELECT 1 FROM logpending LIMIT 1").fetchone() is None:
        return set()
    touched = {a for (a,) in index.conn.execute("SELECT a FROM logpending WHERE kind = 'id'")}
    touched.update(i for (i,) in index.conn.execute(
        "SELECT l.id FROM logentry l JOIN logpending p ON p.kind = 'at' "
        "AND (l.first_date, l.first_key) < (p.a, p.b) AND (p.a, p.b) < (l.last_date, l.last_key)"))
    touched.update(i for (i,) in index.conn.execute(
        "SELECT l.id FROM logentry l JOIN logpending p ON p.kind = 'date' "
        "AND l.next_meeting AND l.last_date < p.a AND (l.due IS NULL OR p.a <= l.due)"))
    return touched


def keep_log(index: Index, rows: Iterable[LogRow], replacing: set[str] | None) -> None:
    """Keep these entries in place of the ones with the ids replacing (of all, when None), and note that the
    log is up to date with the files. Call inside Index.keep."""
    conn = index.conn
    if replacing is None:
        conn.execute("DELETE FROM logentry")
        conn.execute("DELETE FROM logowner")
    else:
        ids = dumps(sorted(replacing))
        conn.execute("DELETE FROM logentry WHERE id IN (SELECT value FROM json_each(?))", (ids,))
        conn.execute("DELETE FROM logowner WHERE id IN (SELECT value FROM json_each(?))", (ids,))
    rows = list(rows)
    conn.executemany("INSERT INTO logentry VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     [(r.id, r.first_date.isoformat(), r.first_key, r.first_ord, r.last_date.isoformat(), r.last_key,
                       None if r.due is None else r.due.isoformat(), int(r.next_meeting), r.title, r.status,
                       dumps(r.owners), r.state, dumps(r.areas), r.open_meetings, int(r.stalled)) for r in rows])
    conn.executemany("INSERT OR IGNORE INTO logowner VALUES (?, ?)",
                     [(owner, r.id) for r in rows for owner in r.owners])
    conn.execute("DELETE FROM logpending")
    index.set_flag("log")


def meeting_dates(index: Index, until: dt.date | None = None) -> list[dt.date]:
    """Every date a meeting is held or scheduled on (by the meetings held on or before until, when given), sorted,
    each once."""
    return [dt.date.fromisoformat(d) for (d,) in index.conn.execute(
        "SELECT date FROM meeting WHERE date <= ?1 UNION SELECT s.date FROM schedule s "
        "JOIN meeting m ON m.file_id = s.file_id WHERE m.date <= ?1 ORDER BY 1", (_last(until),))]


def next_meeting_dates(index: Index, day: dt.date) -> list[dt.date]:
    """The first date after day a meeting is held or scheduled on, as a list (empty when there is none): all of
    meeting_dates that questions.due.next_meeting_after needs for a follow-up written on day, found through the
    indexes of dates without reading every meeting's."""
    after = day.isoformat()
    found = [d for (d,) in index.conn.execute(
        "SELECT min(date) FROM meeting WHERE date > ?1 UNION ALL SELECT * FROM (SELECT s.date FROM schedule s "
        "JOIN meeting m ON m.file_id = s.file_id WHERE s.date > ?1 ORDER BY s.date LIMIT 1)", (after,)) if d]
    return [dt.date.fromisoformat(min(found))] if found else []


def items(index: Index, presented_by: list[str] | None = None, since: dt.date | None = None,
          area: str | None = None, limit: int | None = None) -> Iterator[tuple[str, str, dt.date, Item]]:
    """Every agenda item and other question (kind 'item' or 'other') with its meeting, newest meeting first;
    only those with one of the presenters written as in presented_by, when given; only those of meetings held
    on or after since, when given; only those linked to an area written as area (compared folded, text.fold),
    when given; only the first limit of them, when given.

    The items carry their title, presenters and areas; notes and decisions are in the meeting itself.
    """
    conditions: list[str] = []
    params: list[str] = []
    # An area's items are found through item_area (one indexed lookup), not by reading every item's areas.
    linked = ("" if area is None else "JOIN item_area a ON a.area = ? AND a.file_id = i.file_id AND a.kind = i.kind "
              "AND a.ord = i.ord ")
    if area is not None:
        params.append(fold(area))
    if presented_by is not None:
        conditions.append("(i.file_id, i.kind, i.ord) IN (SELECT file_id, kind, ord FROM presenter "
                          "WHERE name IN (SELECT value FROM json_each(?)))")
        params.append(dumps(presented_by))
    if since is not None:
        conditions.append("m.date >= ?")
        params.append(since.isoformat())
    where = f"WHERE {' AND '.join(conditions)} " if conditions else ""
    for kind, key, date, title, presenters, areas in index.conn.execute(
            "SELECT i.kind, m.key, m.date, i.title, i.presenters, i.areas FROM item i "
            f"{linked}JOIN meeting m ON m.file_id = i.file_id {where}ORDER BY m.date DESC, m.key DESC, i.kind, i.ord"
            + ("" if limit is None else f" LIMIT {int(limit)}"), params):
        yield kind, key, dt.date.fromisoformat(date), Item(title, names(presenters), names(areas))


def area_item_count(index: Index, area: str) -> int:
    """How many items are linked to an area written as area (compared folded, text.fold)."""
    return int(index.conn.execute("SELECT count(*) FROM item_area WHERE area = ?", (fold(area),)).fetchone()[0])


def presenters(index: Index) -> list[str]:
    """Every presenter's name as written somewhere, once."""
    return [name for (name,) in index.conn.execute(
        "SELECT DISTINCT name FROM presenter")]


DecisionFields = tuple[dt.date, str, str, str, int | None, str | None, dt.date | None, str | None, str | None,
                       dt.date | None]


def decisions(index: Index, year: int | None = None) -> Iterator[DecisionFields]:
    """(date, meeting key, item title, text, amount, account, carried out, by whom, note, reported back) for every
    decision (of one year), oldest meeting first: the fields of questions.decisions.DecisionRow in order."""
    for date, key, title, text, amount, account, done, by, note, back in decision_texts(index, year):
        yield dt.date.fromisoformat(date), key, title, text, amount, account, _day(done), by, note, _day(back)


# decisions' fields as the index keeps them: the dates as ISO text.
DecisionText = tuple[str, str, str, str, int | None, str | None, str | None, str | None, str | None, str | None]


def decision_texts(index: Index, year: int | None = None) -> Iterator[DecisionText]:
    """decisions with the dates as the index keeps them (ISO text), straight from the index: for what only writes
    them out."""
    where, params = ("WHERE m.date >= ? AND m.date < ?", (f"{year:04d}-", f"{year + 1:04d}-")) if year else ("", ())
    return index.conn.execute(
        "SELECT m.date, m.key, d.item_title, d.text, d.amount, d.account, d.carried_out, d.carried_out_by, "
        f"d.carried_out_note, d.reported_back FROM meeting m JOIN decision d ON d.file_id = m.file_id {where} "
        "ORDER BY m.date, m.key, d.ord", params)


def risks(index: Index) -> Iterator[tuple[str, dt.date, RiskPicture]]:
    """Every reported risk picture with its meeting's key and date, oldest first."""
    rows = index.conn.execute(
        "SELECT m.key, m.date, r.period, r.source, r.levels FROM meeting m JOIN risk r ON r.file_id = m.file_id "
        "ORDER BY m.date, m.key").fetchall()
    levels = loads(f"[{','.join(row[4] for row in rows)}]")  # one JSON text for all: a call per row costs more
    day = dt.date.fromisoformat
    for (key, date, period, source, _), areas in zip(rows, levels, strict=True):
        yield key, day(date), RiskPicture(period, source, areas)


def attendees_newest_first(index: Index) -> list[Person]:
    """Each name met among the attendees once, as written at its newest meeting, newest first."""
    rows = index.conn.execute("SELECT name, title, org, party FROM attendee_newest ORDER BY at DESC, ord")
    return [Person(name=name, title=title, org=org, party=party) for name, title, org, party in rows]


def broken_meeting_findings(index: Index) -> dict[str, Finding]:
    """The meeting files that could not be read, by key: each one's first error."""
    out: dict[str, Finding] = {}
    for f in index.broken():
        if f.path.parent.name == MEETINGS_DIR and f.path.stem not in out:
            out[f.path.stem] = f
    return out


WORD = re.compile(r"\w+")


def match_expression(text: str) -> str | None:
    """The full-text query for what a user typed: every word folded as the index folds its texts (text.folded),
    each as the start of a word (None for no words)."""
    words = [w for w in (fold(word) for word in WORD.findall(text)) if w]
    if not words:
        return None
    return " AND ".join('"' + w.replace('"', '""') + '"*' for w in words)
