"""The next meeting, started from the latest one: date, attendees, standing points, open follow-ups."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Iterable

from brå_tui.model import Attendee, Council, Item, Meeting, ScheduleEntry, Store


def planned(store: Store) -> list[ScheduleEntry]:
    """The scheduled meetings after the latest one that has been held, earliest first, one per date."""
    latest = store.latest()
    after = latest.date if latest else dt.date.min
    return planned_from((s for m in store.meetings_oldest_first() for s in m.schedule if s.date > after),
                        {m.date for m in store.meetings})


def planned_from(announced: Iterable[ScheduleEntry], held: set[dt.date]) -> list[ScheduleEntry]:
    """One entry per date announced (the latest meeting's word on it wins), earliest first, without held dates."""
    by_date: dict[dt.date, ScheduleEntry] = {}
    for s in announced:
        by_date[s.date] = s
    return [by_date[d] for d in sorted(by_date) if d not in held]


def next_meeting(store: Store, date: dt.date | None = None, today: dt.date | None = None) -> Meeting:
    """A new meeting as interfaces.md describes it; not yet written anywhere."""
    return next_meeting_from(store.council, store.latest(), (s for m in store.meetings for s in m.schedule),
                             date, today)


def next_meeting_from(council: Council, latest: Meeting | None, schedule: Iterable[ScheduleEntry],
                      date: dt.date | None = None, today: dt.date | None = None) -> Meeting:
    """next_meeting() from the council, the latest meeting and the schedule entries of every meeting in the
    store's file order (only those after the latest meeting's date, or on date when given, are needed).

    On date when given, else on the first date scheduled after the latest meeting, else today; the
    schedule entry for that date (the first one in file order) gives its times and place.
    """
    scheduled: ScheduleEntry | None = None
    if latest is not None and date is None:
        scheduled = min((s for s in schedule if s.date > latest.date), key=lambda s: s.date, default=None)
    if date is None:
        date = scheduled.date if scheduled is not None else (today or dt.date.today())
    elif latest is not None:
        scheduled = next((s for s in schedule if s.date == date), None)
    start = scheduled.start if scheduled and scheduled.start else (latest.start if latest else None)
    end = scheduled.end if scheduled and scheduled.end else (latest.end if latest else None)
    place = (scheduled.place if scheduled and scheduled.place else None) or (latest.place if latest else None) \
        or council.default_place or None
    # Everyone listed last time, present or not, is on the list again, as present and in the same group;
    # what was true of that one meeting (absence, leaving early) is not carried over.
    attendees = [Attendee(a.name, a.party, a.title, a.org, a.role, dict(a.extra), group=a.group)
                 for a in (latest.attendees if latest else [])]
    items = [Item(title=s.title) for s in council.standing_items]
    followups = [copy.deepcopy(f) for f in (latest.followups if latest else []) if f.state == "open"]
    return Meeting(date=date, start=start, end=end, place=place, attendees=attendees, items=items,
                   followups=followups, chair=latest.chair if latest else None,
                   secretary=latest.secretary if latest else None)
