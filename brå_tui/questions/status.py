"""What needs the chair's attention before a meeting: follow-ups, areas without action, decisions, absences."""

from __future__ import annotations

import datetime as dt
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
    held = [m for m in store.meetings_oldest_first() if m.date <= today and m.present()]
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
    areas = coverage(store, entries)
    absent, last = absences(store, today)
    open_entries = [e for e in entries if e.is_open]
    return Status(
        today=today,
        open=open_entries,
        overdue=[e for e in open_entries if e.overdue],
        stalled=[e for e in open_entries if e.stalled],
        dropped=[e for e in open_entries if e.dropped],
        uncovered=[a for a in areas if not a.covered],
        covered=[a for a in areas if a.covered],
        decisions_open=decision_register(store, open_only=True).rows,
        absent=absent,
        last_meetings=last,
    )
