"""What needs the chair's attention before a meeting: follow-ups, areas without action, decisions, absences."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from brå_tui.model import Meeting, Store
from brå_tui.questions.actionlog import LogEntry, build_log
from brå_tui.questions.coverage import AreaCoverage, coverage
from brå_tui.questions.decisions import DecisionRow, decision_register
from brå_tui.text import fold

MEMBER_WINDOW_DAYS = 365
ABSENT_MEETINGS = 2


@dataclass
class Absence:
    """A member not present at the last meetings: who, and when they were last present."""

    name: str
    last_present: dt.date


@dataclass
class Status:
    """The state of things on a day."""

    today: dt.date
    open: list[LogEntry] = field(default_factory=list)
    overdue: list[LogEntry] = field(default_factory=list)
    stalled: list[LogEntry] = field(default_factory=list)
    dropped: list[LogEntry] = field(default_factory=list)
    uncovered: list[AreaCoverage] = field(default_factory=list)
    covered: list[AreaCoverage] = field(default_factory=list)
    decisions_open: list[DecisionRow] = field(default_factory=list)
    absent: list[Absence] = field(default_factory=list)
    last_meetings: list[str] = field(default_factory=list)


def present(meeting: Meeting) -> set[str]:
    """The folded names of the people present at a meeting."""
    return {fold(a.name) for a in meeting.present()}


def absences(store: Store, today: dt.date) -> tuple[list[Absence], list[str]]:
    """Members (present at some meeting in the year before the latest one) present at none of the last two
    meetings held, with the keys of those meetings."""
    return absences_from(store.meetings_oldest_first(), today)


def meetings_for_absences(newest_first: Iterable[Meeting], today: dt.date) -> list[Meeting]:
    """Of the meetings newest first, those absences_from needs, oldest first: the ones up to today back to a
    year before the last one held (all of them when fewer than two were held)."""
    needed: list[Meeting] = []
    held = 0
    window = dt.date.min
    for meeting in newest_first:
        if meeting.date > today:
            continue
        if held >= ABSENT_MEETINGS and meeting.date < window:
            break
        needed.append(meeting)
        if meeting.present():
            held += 1
            if held == 1:
                window = meeting.date - dt.timedelta(days=MEMBER_WINDOW_DAYS)
    return needed[::-1]


def absences_from(oldest_first: list[Meeting], today: dt.date) -> tuple[list[Absence], list[str]]:
    """absences() from the meetings oldest first (of them, those from meetings_for_absences are enough)."""
    held = [m for m in oldest_first if m.date <= today and m.present()]
    if len(held) < ABSENT_MEETINGS:
        return [], [m.key for m in held]
    recent = held[-ABSENT_MEETINGS:]
    seen_recently = set().union(*(present(m) for m in recent))
    window = recent[-1].date - dt.timedelta(days=MEMBER_WINDOW_DAYS)
    last: dict[str, tuple[str, dt.date]] = {}
    for meeting in held[:-ABSENT_MEETINGS]:
        if meeting.date < window:
            continue
        for a in meeting.present():
            if fold(a.name) in present(meeting):
                last[fold(a.name)] = (a.name, meeting.date)
    out = [Absence(name, when) for key, (name, when) in last.items() if key not in seen_recently]
    return sorted(out, key=lambda a: (a.last_present, a.name)), [m.key for m in recent]


def status(store: Store, today: dt.date | None = None, entries: list[LogEntry] | None = None) -> Status:
    """Everything bra status shows, judged on today."""
    today = today or dt.date.today()
    entries = entries if entries is not None else build_log(store, today)
    return status_from(today, entries, coverage(store, entries), absences(store, today),
                       decision_register(store, open_only=True).rows)


def status_from(today: dt.date, entries: list[LogEntry], areas: list[AreaCoverage],
                absent_and_last: tuple[list[Absence], list[str]], decisions_open: list[DecisionRow]) -> Status:
    """The status from the action log, the areas' coverage, the absences and the decisions not carried out."""
    absent, last = absent_and_last
    open_entries = [e for e in entries if e.is_open]
    return Status(
        today=today,
        open=open_entries,
        overdue=[e for e in open_entries if e.overdue],
        stalled=[e for e in open_entries if e.stalled],
        dropped=[e for e in open_entries if e.dropped],
        uncovered=[a for a in areas if not a.covered],
        covered=[a for a in areas if a.covered],
        decisions_open=decisions_open,
        absent=absent,
        last_meetings=last,
    )
