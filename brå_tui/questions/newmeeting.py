"""The next meeting, started from the latest one: date, attendees, standing points, open follow-ups."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from collections.abc import Iterable

from brå_tui.model import Attendee, Council, Item, Meeting, ScheduleEntry, Store
from brå_tui.questions.ahead import next_ahead


def announced(store: Store) -> list[tuple[ScheduleEntry, Meeting]]:
    """Every date any meeting's Tidplan names, once, as the newest meeting announced it (with that meeting),
    earliest date first. The one rule for which schedule line counts: `bra list`, the app, the calendar
    export and a new meeting all use it."""
    chosen: dict[dt.date, tuple[ScheduleEntry, Meeting]] = {}
    for meeting in store.meetings_oldest_first():
        for entry in meeting.schedule:
            chosen[entry.date] = (entry, meeting)
    return [chosen[d] for d in sorted(chosen)]


def planned(store: Store) -> list[ScheduleEntry]:
    """The scheduled meetings after the latest one that has been held, earliest first, one per date."""
    latest = store.latest()
    after = latest.date if latest else dt.date.min
    return planned_from((entry for entry, _ in announced(store) if entry.date > after),
                        {m.date for m in store.meetings}, store.council.default_place)


def newest_per_date(entries: Iterable[ScheduleEntry]) -> dict[dt.date, ScheduleEntry]:
    """Each date's schedule line from entries given oldest meeting first: a newer meeting's word on a date wins."""
    return {entry.date: entry for entry in entries}


def planned_from(announced: Iterable[ScheduleEntry], held: set[dt.date],
                 default_place: str | None = None) -> list[ScheduleEntry]:
    """One entry per date announced (the latest meeting's word on it wins), earliest first, without held dates;
    a line that names no place is at the council's default place (as in the calendar export)."""
    by_date = newest_per_date(announced)
    return [dataclasses.replace(by_date[d], place=by_date[d].place or default_place or None)
            for d in sorted(by_date) if d not in held]


def none_ahead_sentence(today: dt.date) -> str:
    """What a new meeting started with no planned date still ahead says: that it takes today's date."""
    return f"Inget planerat möte ligger framför i tidplanen; det nya mötet får dagens datum, {today.isoformat()}."


def next_meeting(store: Store, date: dt.date | None = None, today: dt.date | None = None) -> Meeting:
    """A new meeting as interfaces.md describes it; not yet written anywhere. It follows the latest meeting, or for
    a date before that, the newest held on or before the date."""
    held = [m for m in store.meetings_oldest_first() if date is None or m.date <= date]
    return next_meeting_from(store.council, held[-1] if held else None, (s for m in held for s in m.schedule),
                             date, today)


def next_meeting_from(council: Council, latest: Meeting | None, schedule: Iterable[ScheduleEntry],
                      date: dt.date | None = None, today: dt.date | None = None) -> Meeting:
    """next_meeting() from the council, the latest meeting and the schedule entries of every meeting, oldest
    meeting first (only those after the latest meeting's date, or on date when given, are needed).

    On date when given, else on the first date scheduled after the latest meeting that is still ahead on today
    (ahead.has_passed: today's counts), else today. The schedule line for that date as the newest meeting that
    names it announced it (see announced) gives its times and place; without a place there, the council's usual
    place, else the latest meeting's.
    """
    today = today or dt.date.today()
    by_date = newest_per_date(schedule)
    scheduled: ScheduleEntry | None = None
    if latest is not None and date is None:
        scheduled = next_ahead((e for d, e in by_date.items() if d > latest.date), today)
    if date is None:
        date = scheduled.date if scheduled is not None else today
    elif latest is not None:
        scheduled = by_date.get(date)
    start = scheduled.start if scheduled and scheduled.start else (latest.start if latest else None)
    end = scheduled.end if scheduled and scheduled.end else (latest.end if latest else None)
    # The place a planned meeting is listed and exported at: the schedule line's, else the council's usual one.
    place = (scheduled.place if scheduled and scheduled.place else None) or council.default_place \
        or (latest.place if latest else None) or None
    # Everyone listed last time, present or not, is on the list again, as present and in the same group;
    # what was true of that one meeting (absence, leaving early) is not carried over.
    attendees = [Attendee(a.name, a.party, a.title, a.org, a.role, dict(a.extra), group=a.group)
                 for a in (latest.attendees if latest else [])]
    items = [Item(title=s.title) for s in council.standing_items]
    followups = [copy.deepcopy(f) for f in (latest.followups if latest else []) if f.state == "open"]
    return Meeting(date=date, start=start, end=end, place=place, attendees=attendees, items=items,
                   followups=followups, chair=latest.chair if latest else None,
                   secretary=latest.secretary if latest else None)
