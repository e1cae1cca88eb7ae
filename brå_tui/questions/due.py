"""When a follow-up is due: its own `due` date, else the next meeting when its status says it comes back then."""

from __future__ import annotations

import bisect
import datetime as dt
import re

from brå_tui.model import FollowUp, Store
from brå_tui.questions.ahead import has_passed
from brå_tui.text import fold

# "Återkommer på kommande Lokala Brå", "Återkoppling till nästa möte", "till nästkommande sammanträde":
# the status promises news at the next meeting. Compared folded (no case, no accents).
_NEXT_MEETING = re.compile(
    r"\b(kommande|nasta|nastkommande|narmaste)\s+(lokala\s+bra|bra|mote|moten|sammantrade|radsmote|trygghetsrad)\b")


def comes_back_next_meeting(status: str) -> bool:
    """Whether a status says the item comes back at the next meeting (Swedish phrasings, see _NEXT_MEETING)."""
    return bool(_NEXT_MEETING.search(fold(status)))


def meeting_dates(store: Store) -> list[dt.date]:
    """Every date a meeting is held or scheduled on, sorted, each once."""
    dates = {m.date for m in store.meetings}
    dates.update(s.date for m in store.meetings for s in m.schedule)
    return sorted(dates)


def next_meeting_after(dates: list[dt.date], day: dt.date) -> dt.date | None:
    """The first of the sorted dates after day, or None."""
    at = bisect.bisect_right(dates, day)
    return dates[at] if at < len(dates) else None


def due_date(followup: FollowUp, written_on: dt.date, dates: list[dt.date]) -> dt.date | None:
    """The date a follow-up written at a meeting on written_on is due.

    Its own `due` wins; else, when its status says it comes back at the next meeting, the first
    meeting held or scheduled after written_on (dates as from meeting_dates); else None.
    """
    if followup.due is not None:
        return followup.due
    if comes_back_next_meeting(followup.status):
        return next_meeting_after(dates, written_on)
    return None


def is_overdue(due: dt.date | None, state: str, today: dt.date) -> bool:
    """Whether an open item's due date has passed (due today is not yet overdue): the one rule for FÖRSENAD in every
    view (the log, what a person owns, a meeting's follow-ups, the notice, reminders)."""
    return state == "open" and due is not None and has_passed(due, today)
