"""Swedish words for dates, times, risk levels and states, shared by the documents and the import."""

from __future__ import annotations

import datetime as dt

MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
          "oktober", "november", "december")
LEVEL_WORDS = {"red": "röd", "yellow": "gul", "green": "grön"}
STATE_WORDS = {"open": "öppen", "done": "klar", "dropped": "avskriven"}
CONFIDENTIAL_MARK = "(Sekretessbelagt – utelämnat)"


def long_date(day: dt.date, year: bool = True) -> str:
    """'9 februari 2024' (or '9 februari')."""
    text = f"{day.day} {MONTHS[day.month - 1]}"
    return f"{text} {day.year}" if year else text


def clock(t: dt.time) -> str:
    """'09:00'."""
    return f"{t:%H:%M}"


def span(start: dt.time | None, end: dt.time | None) -> str:
    """'09:00 – 11:30', or just the start, or nothing."""
    if start is None:
        return ""
    return f"{clock(start)} – {clock(end)}" if end is not None else clock(start)


def join_names(names: list[str]) -> str:
    """'A', 'A och B', 'A, B och C'."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " och " + names[-1]
