"""Whether a planned or next meeting's date is still ahead: the one rule every list, notice and new meeting uses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Protocol, TypeVar


class Dated(Protocol):
    """Anything with a date: a schedule entry, a meeting."""

    @property
    def date(self) -> dt.date: ...


D = TypeVar("D", bound=Dated)


def has_passed(day: dt.date, today: dt.date) -> bool:
    """Whether a planned date has passed on today: every date before today has; today's meeting, and any later one,
    is still ahead.

    Every place that shows or picks a planned, next or upcoming meeting (`bra list`, `bra show`, the app's Möten and
    Tidplan, the exports, the notice and reminders, a new meeting's date) asks this, with today given by its caller:
    dt.date.today() where bra meets the user, a fixed day in a test."""
    return day < today


def has_ended(day: dt.date, start: dt.time | None, end: dt.time | None, today: dt.date,
              now: dt.time | None) -> bool:
    """Whether a meeting has been: its date has passed on today (has_passed), or it is today and its end (else its
    start) is before now. Without a time of day (now None, or the meeting has no times) today's meeting is still
    ahead. The next meeting every command names (`bra list`, the notice, the reminders, the app) skips such a
    meeting: one held today whose time has ended is not the next one."""
    if has_passed(day, today):
        return True
    last = end or start
    return day == today and now is not None and last is not None and last <= now


def still_ahead(entries: Iterable[D], today: dt.date) -> list[D]:
    """The entries (schedule lines, meetings) whose date has not passed on today (has_passed), in their order."""
    return [e for e in entries if not has_passed(e.date, today)]


def next_ahead(entries: Iterable[D], today: dt.date) -> D | None:
    """The earliest of the entries whose date has not passed on today (has_passed); None when every one has."""
    return min(still_ahead(entries, today), key=lambda e: e.date, default=None)
