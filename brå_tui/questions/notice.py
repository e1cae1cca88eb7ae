"""The notice (kallelse) for a meeting: when and where, the numbered agenda, the follow-ups to report on."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

from brå_tui.model import Council, FollowUp, Item, Meeting, ScheduleEntry, Store
from brå_tui.questions.actionlog import LogEntry, build_log
from brå_tui.questions.ahead import has_ended, has_passed, next_ahead, still_ahead
from brå_tui.questions.due import is_overdue
from brå_tui.questions.newmeeting import next_meeting
from brå_tui.questions.people import Directory, owners_shown
from brå_tui.text import fold

FOLLOWUP_POINT = "Uppföljning av punkter från föregående"
OTHER_POINT = "Övriga frågor"


@dataclass
class NoticeFollowUp:
    """A follow-up to report on at the meeting: what, who, how it stood, and by when."""

    id: str
    title: str
    owners: list[str]
    status: str
    due: dt.date | None = None
    overdue: bool = False


@dataclass
class AgendaPoint:
    """One numbered point of the agenda: an item, the follow-up point, or Övriga frågor."""

    number: int
    title: str
    kind: str  # item | followups | other
    standing: bool = False
    presenters: list[str] = field(default_factory=list)
    start: dt.time | None = None
    end: dt.time | None = None
    case_number: str | None = None
    followups: list[NoticeFollowUp] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)


@dataclass
class Notice:
    """A notice: the meeting it calls to, its agenda, who signs it and when it was issued."""

    meeting: Meeting
    planned_file: bool  # True when the agenda comes from a meeting file written before the meeting
    points: list[AgendaPoint]
    issued: dt.date
    chair: str | None = None
    secretary: str | None = None

    @property
    def followups(self) -> list[NoticeFollowUp]:
        """Every follow-up on the agenda."""
        return [f for p in self.points for f in p.followups]


class NoticeError(Exception):
    """No notice can be made; the message is one sentence for the user."""


class PassedMeetingError(NoticeError):
    """The meeting asked for has already been (ahead.has_passed): no notice is made or sent for it."""

    def __init__(self, date: dt.date) -> None:
        super().__init__(passed_sentence(date))
        self.date = date


def passed_sentence(date: dt.date) -> str:
    """The one sentence that refuses a notice or a reminder for a meeting whose date has passed."""
    return (f"Mötet den {date.isoformat()} har redan varit; kallelser och påminnelser gäller bara möten som "
            "ligger framför.")


def is_planned(meeting: Meeting, today: dt.date) -> bool:
    """Whether a meeting file holds an agenda rather than notes: its date not passed on today (ahead.has_passed), or
    nothing written yet."""
    if not has_passed(meeting.date, today):
        return True
    written = any(i.notes.strip() or i.decisions for i in [*meeting.items, *meeting.other])
    return not written and meeting.risk is None


def none_ahead_sentence(day: dt.date) -> str:
    """What a notice for the next meeting says when nothing is planned ahead (no meeting file, no date in any
    Tidplan): that it is for today, day."""
    return (f"Inget planerat möte ligger framför i tidplanen; kallelsen gäller dagens datum, {day.isoformat()}. "
            "Ange mötets datum för ett annat.")


class Meetings(Protocol):
    """Where a notice's meetings come from: a whole store (StoreMeetings) or the index (questions/indexed.py)."""

    @property
    def council(self) -> Council:
        """The council (its standing items and short name)."""

    def newest_first(self) -> Iterator[Meeting]:
        """The meetings by date and key, newest first (read as far as the caller goes)."""

    def on_day(self, date: dt.date) -> list[Meeting]:
        """The meetings on a date, by key."""

    def log(self, today: dt.date) -> list[LogEntry]:
        """The action log, overdue judged on today."""

    def new_meeting(self, date: dt.date | None, today: dt.date) -> Meeting:
        """A new meeting as newmeeting.next_meeting starts it."""

    def directory(self) -> Directory:
        """Everyone the store knows, to give owners written short by their full names."""


@dataclass
class StoreMeetings:
    """A whole store's meetings for a notice."""

    store: Store

    @property
    def council(self) -> Council:
        return self.store.council

    def newest_first(self) -> Iterator[Meeting]:
        return iter(self.store.meetings_newest_first())

    def on_day(self, date: dt.date) -> list[Meeting]:
        return sorted((m for m in self.store.meetings if m.date == date), key=lambda m: m.key)

    def log(self, today: dt.date) -> list[LogEntry]:
        return build_log(self.store, today)

    def new_meeting(self, date: dt.date | None, today: dt.date) -> Meeting:
        return next_meeting(self.store, date=date, today=today)

    def directory(self) -> Directory:
        return Directory.from_store(self.store)


def next_meeting_of(meetings: Meetings, today: dt.date, now: dt.time | None = None) -> tuple[Meeting, bool]:
    """The next meeting to call: the first planned meeting file (by date, then key) after the last held one and
    still ahead on today (ahead.has_passed), else a new one started from the latest meeting as `bra new` would.
    A meeting of today whose time has ended at now counts as held (ahead.has_ended). The flag says whether it is a
    file."""
    planned: list[Meeting] = []
    for meeting in meetings.newest_first():
        if not is_planned(meeting, today) or has_ended(meeting.date, meeting.start, meeting.end, today, now):
            planned = [m for m in planned if m.date > meeting.date]
            break
        planned.append(meeting)
    planned = still_ahead(planned, today)
    if planned:
        return min(planned, key=lambda m: (m.date, m.key)), True
    return meetings.new_meeting(None, today), False


def next_meeting_day(meetings: Meetings, planned: Iterable[ScheduleEntry], today: dt.date,
                     now: dt.time | None = None) -> dt.date | None:
    """The date of the next meeting, as the notice, the reminders, the app and `bra list` all name it: the meeting
    file next_meeting_of picks (today's counts until its end has passed at now), else the first of the planned
    dates (schedule lines after the latest meeting) still ahead on today; None when there is neither."""
    meeting, from_file = next_meeting_of(meetings, today, now)
    if from_file:
        return meeting.date
    upcoming = next_ahead(planned, today)
    return upcoming.date if upcoming is not None else None


def meeting_to_call(meetings: Meetings, date: dt.date | None, today: dt.date,
                    now: dt.time | None = None) -> tuple[Meeting, bool]:
    """The meeting on date (its file, or a new one started for that date), or the next meeting when date is None."""
    if date is None:
        return next_meeting_of(meetings, today, now)
    on_day = meetings.on_day(date)
    if on_day:
        return on_day[0], True
    return meetings.new_meeting(date, today), False


def _signatory(meetings: Meetings, meeting: Meeting, role: str) -> str | None:
    sources = itertools.chain([meeting], (m for m in meetings.newest_first() if m.date <= meeting.date))
    for m in sources:
        found = m.chair_names() if role == "ordförande" else m.secretary_names()
        if found:
            return found[0]
    return None


def _followup(f: FollowUp, entries: dict[str, LogEntry], today: dt.date, directory: Directory) -> NoticeFollowUp:
    entry = entries.get(f.id)
    due = f.due or (entry.due if entry is not None else None)
    return NoticeFollowUp(f.id, f.title, owners_shown(directory, f.owners), f.status, due,
                          is_overdue(due, f.state, today))


def build_notice(store: Store | Meetings, date: dt.date | None = None, today: dt.date | None = None,
                 issued: dt.date | None = None, now: dt.time | None = None) -> Notice:
    """The notice for the meeting on date, or for the next meeting.

    The agenda: the meeting's items in order (the council's standing points first, as a new meeting
    starts with them), then the open follow-ups of the meeting (as carried from the latest one), then
    Övriga frågor with any questions already written down. NoticeError when the store has no meetings
    and no date is given; PassedMeetingError when the meeting's date has passed on today (ahead.has_passed).
    The next meeting skips one held today whose time has ended at now (the clock's time when today is not given).
    """
    if today is None:
        today, now = dt.date.today(), dt.datetime.now().time()
    meetings = StoreMeetings(store) if isinstance(store, Store) else store
    if date is None and next(meetings.newest_first(), None) is None:
        raise NoticeError("Lagringen har inga möten ännu; ange mötets datum: bra kallelse ÅÅÅÅ-MM-DD.")
    if date is not None and has_passed(date, today):
        raise PassedMeetingError(date)
    meeting, from_file = meeting_to_call(meetings, date, today, now)
    if has_passed(meeting.date, today):
        raise PassedMeetingError(meeting.date)
    entries = {e.id: e for e in meetings.log(today)}
    council = meetings.council
    standing = {fold(s.title) for s in council.standing_items}
    points: list[AgendaPoint] = []
    items: list[Item] = sorted(meeting.items, key=lambda i: fold(i.title) not in standing)
    for item in items:
        points.append(AgendaPoint(len(points) + 1, item.title, "item", fold(item.title) in standing,
                                  list(item.presenters), item.start, item.end, item.case_number))
    people = meetings.directory()
    followups = [_followup(f, entries, today, people) for f in meeting.followups if f.state == "open"]
    heading = f"{FOLLOWUP_POINT} {council.short_name}".strip()
    points.append(AgendaPoint(len(points) + 1, heading, "followups", followups=followups))
    points.append(AgendaPoint(len(points) + 1, OTHER_POINT, "other", questions=[i.title for i in meeting.other]))
    return Notice(meeting, from_file, points, issued or today, _signatory(meetings, meeting, "ordförande"),
                  _signatory(meetings, meeting, "sekreterare"))
