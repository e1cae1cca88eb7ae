"""Swedish formatting of dates, times, amounts and states for the views."""

from __future__ import annotations

import datetime as dt
import functools

from brå_tui.text import MONTHS, WEEKDAYS
from brå_tui.views.plain import cell

STATES = {"open": "öppen", "done": "klar", "dropped": "struken"}
PASSED = "passerat"  # a planned date that has passed (questions.ahead.has_passed), wherever one is shown


def long_date(day: dt.date, year: bool = True) -> str:
    """A date as the notes write it: '15 november 2024' (or '15 november')."""
    text = f"{day.day} {MONTHS[day.month - 1]}"
    return f"{text} {day.year}" if year else text


def weekday(day: dt.date) -> str:
    """The Swedish name of the date's weekday: 'fredag'."""
    return WEEKDAYS[day.weekday()]


def clock(time: dt.time | None) -> str:
    """A time as the notes write it: '09.00'."""
    return "" if time is None else f"{time.hour:02d}.{time.minute:02d}"


@functools.lru_cache(maxsize=4096)
def time_span(start: dt.time | None, end: dt.time | None) -> str:
    """A start and end time: '09.00–11.20' (an en dash, no spaces), or whichever is known; the one style of a
    span in the app, the command line, the documents and the e-mails. Made once for each pair (a store has few
    times and a list of thousands of meetings shows one for each)."""
    if start and end:
        return f"{clock(start)}–{clock(end)}"
    return clock(start or end)


def at_time(start: dt.time | None, end: dt.time | None) -> str:
    """time_span after a sentence's 'kl.': 'kl. 09.00–11.20', 'kl. 09.00', or '' when no time is known."""
    span = time_span(start, end)
    return f"kl. {span}" if span else ""


def thousands(number: int) -> str:
    """A whole number with a space between thousands: '10 000'."""
    return f"{number:,}".replace(",", " ")


def amount(sek: int | None) -> str:
    """An amount in kronor with a space between thousands: '10 000 kr'."""
    if sek is None:
        return ""
    return f"{thousands(sek)} kr"


def state_word(state: str) -> str:
    """A follow-up state in Swedish: öppen, klar, struken."""
    return STATES.get(state, state)


def names(written: list[str]) -> str:
    """A list of names as one line: 'Thomas N, Mikael J'; a dash when empty."""
    return cell(", ".join(written)) if written else "–"
