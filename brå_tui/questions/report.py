"""The year in one report (verksamhetsberättelse): meetings and attendance, decisions, follow-ups, risk picture.

Every figure is counted from the meeting files of the year, so each can be checked against the notes.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace

from brå_tui.model import Meeting, Person, Store
from brå_tui.questions.actionlog import LogEntry, build_log
from brå_tui.questions.coverage import AreaCoverage, coverage
from brå_tui.questions.decisions import Register, decision_register
from brå_tui.questions.people import Directory
from brå_tui.questions.riskmatrix import RANK, RiskColumn, RiskMatrix, build_matrix
from brå_tui.text import fold


@dataclass
class Attendance:
    """One person's attendance over the year's meetings: present at which, by meeting key; called to which of the
    meetings the store holds only the kallelse of (who came is not known)."""

    name: str
    group: str  # the party, organisation or title the notes give, for reading the table
    present: list[str] = field(default_factory=list)
    called: list[str] = field(default_factory=list)

    def count(self) -> int:
        """How many of the year's meetings the person was present at."""
        return len(self.present)


@dataclass
class AreaYear:
    """One risk area over the year: its reported levels (period label, level) and the trend over the year."""

    area: str
    levels: list[tuple[str, str]] = field(default_factory=list)
    trend: str = "okänd"  # stigande | sjunkande | oförändrad | okänd: the last report before the year (else the
    # year's first) against the year's last


@dataclass
class YearReport:
    """Everything `bra report YEAR` shows."""

    year: int
    meetings: list[Meeting]
    attendance: list[Attendance]
    organisations: dict[str, int]  # organisation or party → meetings at which it was represented
    decisions: Register
    opened: list[LogEntry]
    closed: list[tuple[LogEntry, dt.date]]  # with the meeting date at which each was first marked done
    dropped: list[LogEntry]  # marked dropped (avskrivna) in the year
    lost: list[LogEntry]  # open at their last appearance in the year and missing from every later meeting
    stalled: list[LogEntry]
    open_at_year_end: list[LogEntry]
    median_days_to_close: float | None
    areas: list[AreaYear]
    uncovered: list[AreaCoverage]
    open_over_time: list[tuple[dt.date, int]]  # after each meeting of the year: how many follow-ups stood open
    unheld: list[dt.date] = field(default_factory=list)  # dates of the year's schedules, passed, with no meeting file

    @property
    def days_to_close(self) -> list[int]:
        """For each follow-up closed in the year: days from its first appearance to the meeting that closed it."""
        return [(done - e.first).days for e, done in self.closed]


def _group(person: Person | None, party: str | None, org: str | None, title: str | None) -> str:
    """The party, organisation or title the notes give, else what people.toml says of the person."""
    if party or org or title:
        return party or org or title or ""
    return (person.party or person.org or person.title or "") if person is not None else ""


def _first_done(entry: LogEntry, state: str) -> dt.date | None:
    return next((h.date for h in entry.history if h.followup.state == state), None)


def _open_after(entries: list[LogEntry], days: list[dt.date]) -> list[int]:
    """How many follow-ups stood open right after each meeting day (sorted): those whose latest appearance up to
    that day has them open. One pass over every history: each entry's changes between open and not open, by
    date, summed up to each day."""
    change: dict[dt.date, int] = {}
    for e in entries:
        was_open = False
        for h in e.history:  # oldest first
            now_open = h.followup.state == "open"
            if now_open != was_open:
                change[h.date] = change.get(h.date, 0) + (1 if now_open else -1)
                was_open = now_open
    counts: list[int] = []
    changes = sorted(change.items())
    at, standing = 0, 0
    for day in days:
        while at < len(changes) and changes[at][0] <= day:
            standing += changes[at][1]
            at += 1
        counts.append(standing)
    return counts


def _trend(levels: list[str]) -> str:
    if len(levels) < 2:
        return "okänd"
    before, now = RANK[levels[0]], RANK[levels[-1]]
    return "stigande" if now > before else "sjunkande" if now < before else "oförändrad"


def year_report(store: Store, year: int, today: dt.date | None = None) -> YearReport:
    """The report for one calendar year; figures for the follow-ups are judged at the year's end."""
    end = dt.date(year, 12, 31)
    judged = min(today or dt.date.today(), end)
    matrix = build_matrix(store)
    # Open, stalled and lost are judged as the year ended: on the meetings up to then.
    at_end = build_log(replace(store, meetings=[m for m in store.meetings if m.date <= end]), judged)
    from brå_tui.questions.newmeeting import announced

    report = report_from(year, [m for m in store.meetings_oldest_first() if m.date.year == year],
                         Directory.from_store(store), build_log(store, judged), at_end, matrix,
                         decision_register(store, year), coverage(store, at_end, matrix, until=end))
    report.unheld = unheld_dates((e.date for e, _ in announced(store)), {m.date for m in store.meetings}, year,
                                 today or dt.date.today())
    return report


def unheld_dates(planned: Iterable[dt.date], on_file: Collection[dt.date], year: int, today: dt.date) -> list[dt.date]:
    """The dates of the year that a Tidplan names (planned), that have passed on today (ahead.has_passed), and on
    which no meeting has a file (on_file): planned meetings that passed without minutes, earliest first."""
    from brå_tui.questions.ahead import has_passed

    return sorted({d for d in planned if d.year == year and has_passed(d, today) and d not in on_file})


def report_from(year: int, meetings: list[Meeting], directory: Directory, entries: list[LogEntry],
                at_end: list[LogEntry], matrix: RiskMatrix, decisions: Register,
                areas_coverage: list[AreaCoverage]) -> YearReport:
    """The report for one year from its meetings (oldest first), everyone the store knows, the action log with
    each entry's history (overdue judged at the year's end, or today if earlier; only the entries appearing in the
    year are needed) and the same log over the meetings up to the year's end (every entry, histories not needed),
    the risk matrix, the year's register of decisions and the coverage of the picture as the year ended. The
    entries judged at the year's end (lost, stalled, open) are given without their histories."""
    people: dict[str, Attendance] = {}
    organisations: dict[str, int] = {}
    resolved: dict[str, Person | None] = {}  # each name as people.toml and the notes know it, looked up once
    for m in meetings:
        represented = set()
        key = m.key
        for a in m.present():
            if a.name not in resolved:
                resolved[a.name] = directory.resolve(a.name).person
            known = resolved[a.name]
            group = _group(known, a.party, a.org, a.title)
            person = people.setdefault(fold(a.name), Attendance(a.name, group))
            if m.called:  # a kallelse's people: called to the meeting, never counted as there
                if key not in person.called:
                    person.called.append(key)
                continue
            if key not in person.present:
                person.present.append(key)
            org = a.org or a.party or (known.org or known.party if known is not None else None)
            if org:
                represented.add(org)
        for org in represented:
            organisations[org] = organisations.get(org, 0) + 1
    in_year = [e for e in entries if any(h.date.year == year for h in e.history)]
    closed = []
    for e in in_year:
        done = _first_done(e, "done")
        if done is not None and done.year == year:
            closed.append((e, done))
    dropped = [e for e in in_year if (_first_done(e, "dropped") or dt.date.min).year == year]
    at_end = [replace(e, history=[]) if e.history else e for e in at_end]
    lost = [e for e in at_end if e.dropped and e.last.year == year]
    open_end = [e for e in at_end if e.is_open]
    days = [(done - e.first).days for e, done in closed]
    columns: list[RiskColumn] = [c for c in matrix.columns if c.date.year == year]
    before = [c for c in matrix.columns if c.date.year < year]
    areas = []
    for area in matrix.rows:
        levels = [(c.label, c.levels[area]) for c in columns if area in c.levels]
        baseline = [c.levels[area] for c in before if area in c.levels][-1:]
        areas.append(AreaYear(area, levels, _trend(baseline + [lvl for _, lvl in levels])))
    held = [m.date for m in meetings]
    # Those not appearing in the year stood as they did before it all year: open, if open at the year's end.
    carried = sum(1 for e in at_end if e.is_open and e.last.year < year)
    return YearReport(
        year=year, meetings=meetings,
        attendance=sorted(people.values(), key=lambda p: (-p.count(), p.name)),
        organisations=dict(sorted(organisations.items(), key=lambda kv: (-kv[1], kv[0]))),
        decisions=decisions,
        opened=[e for e in entries if e.first.year == year],
        closed=closed, dropped=dropped, lost=lost,
        stalled=[e for e in open_end if e.stalled],
        open_at_year_end=open_end,
        median_days_to_close=statistics.median(days) if days else None,
        areas=areas,
        uncovered=[c for c in areas_coverage if not c.covered],
        open_over_time=[(day, carried + n) for day, n in zip(held, _open_after(in_year, held), strict=True)],
    )
