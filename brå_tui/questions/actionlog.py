"""The rolling action log: each follow-up's history across meetings, and the ones that need attention."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from brå_tui.model import FollowUp, Store
from brå_tui.questions.due import due_date, is_overdue, meeting_dates
from brå_tui.questions.people import Directory
from brå_tui.text import fold

STALLED_AFTER = 3


@dataclass(slots=True)
class Appearance:
    """A follow-up as written at one meeting."""

    meeting_key: str
    date: dt.date
    followup: FollowUp


@dataclass
class LogEntry:
    """One row of the log: a follow-up id with its latest state and its whole history."""

    id: str
    title: str
    status: str
    owners: list[str]
    state: str
    areas: list[str]
    first: dt.date
    last: dt.date
    first_key: str
    last_key: str
    history: list[Appearance] = field(default_factory=list)
    open_meetings: int = 0
    dropped: bool = False
    stalled: bool = False
    due: dt.date | None = None
    overdue: bool = False

    @property
    def is_open(self) -> bool:
        """Whether the item is still open (including one dropped without closure)."""
        return self.state == "open"

    def age_days(self, today: dt.date) -> int:
        """Days since the item first appeared."""
        return (today - self.first).days


def build_log(store: Store, today: dt.date | None = None) -> list[LogEntry]:
    """The log over every meeting, in the order the items first appeared; overdue is judged on today."""
    meetings = store.meetings_oldest_first()
    return log_from([m.key for m in meetings], ((m.key, m.date, f) for m in meetings for f in m.followups),
                    meeting_dates(store), today)


def history_of(store: Store, entry_id: str) -> list[Appearance]:
    """How one follow-up stood at each meeting it appears in, oldest first (a LogEntry's history)."""
    return [Appearance(m.key, m.date, f) for m in store.meetings_oldest_first() for f in m.followups
            if f.id == entry_id]


def log_from(keys: list[str], written: Iterable[tuple[str, dt.date, FollowUp]], dates: list[dt.date],
             today: dt.date | None = None) -> list[LogEntry]:
    """The log from every meeting's key (oldest first), each follow-up as written in that same order, and
    every date a meeting is held or scheduled on (sorted); overdue is judged on today."""
    today = today or dt.date.today()
    position = {key: n for n, key in enumerate(keys)}
    by_id: dict[str, list[Appearance]] = {}
    for key, date, f in written:
        by_id.setdefault(f.id, []).append(Appearance(key, date, f))
    last_position = len(keys) - 1
    entries = []
    for item_id, history in by_id.items():
        latest = history[-1].followup
        entry = LogEntry(
            id=item_id, title=latest.title, status=latest.status, owners=list(latest.owners),
            state=latest.state, areas=sorted({a for h in history for a in h.followup.areas}),
            first=history[0].date, last=history[-1].date,
            first_key=history[0].meeting_key, last_key=history[-1].meeting_key, history=history,
            open_meetings=sum(1 for h in history if h.followup.state == "open"),
        )
        entry.dropped = entry.is_open and position[entry.last_key] < last_position
        entry.stalled = entry.is_open and _unchanged_run(history, position) >= STALLED_AFTER
        entry.due = due_date(latest, history[-1].date, dates)
        entry.overdue = is_overdue(entry.due, entry.state, today)
        entries.append(entry)
    return entries


def _unchanged_run(history: list[Appearance], position: dict[str, int]) -> int:
    """How many meetings in a row, up to the latest appearance, the item stood open with the same status."""
    run = 0
    previous: Appearance | None = None
    for h in reversed(history):
        if h.followup.state != "open":
            break
        if previous is not None and (position[previous.meeting_key] - position[h.meeting_key] != 1
                                     or fold(h.followup.status) != fold(previous.followup.status)):
            break
        run += 1
        previous = h
    return run


def owned_by_name(entry: LogEntry, directory: Directory, name: str) -> bool:
    """Whether the entry's current owners include the person a written name means."""
    resolution = directory.resolve(name)
    if resolution.person is not None:
        return any(directory.same_person(o, resolution.person) for o in entry.owners)
    return any(fold(o) == fold(name) for o in entry.owners)


def filter_log(entries: list[LogEntry], directory: Directory, include_closed: bool = False,
               owner: str | None = None, area: str | None = None, overdue: bool = False) -> list[LogEntry]:
    """The entries to show: open only unless include_closed; of one owner; acting on one area; overdue only."""
    out = [e for e in entries if include_closed or e.is_open]
    if overdue:
        out = [e for e in out if e.overdue]
    if owner:
        out = [e for e in out if owned_by_name(e, directory, owner)]
    if area:
        out = [e for e in out if any(fold(a) == fold(area) for a in e.areas)]
    return out
