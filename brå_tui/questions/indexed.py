"""The questions answered from the derived index: the same answers as over a whole store, from its rows."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from brå_tui.model import Council, FollowUp, Meeting, ScheduleEntry
from brå_tui.questions.actionlog import Appearance, LogEntry, log_from
from brå_tui.questions.due import comes_back_next_meeting, is_overdue, next_meeting_after
from brå_tui.questions.people import Directory
from brå_tui.store import queries
from brå_tui.store.index import Index

# Each question's own module is imported by the function that answers it: a question loads only what it needs.
if TYPE_CHECKING:
    from brå_tui.questions.coverage import AreaCoverage
    from brå_tui.questions.decisions import Register
    from brå_tui.questions.owners import OwnerAnswer
    from brå_tui.questions.report import YearReport
    from brå_tui.questions.riskmatrix import RiskMatrix
    from brå_tui.questions.status import Status


def directory(index: Index) -> Directory:
    """Everyone the store knows: people.toml, then the attendees of the meetings, newest first."""
    return Directory.from_people(index.people, queries.attendees_newest_first(index))


def log_entries(index: Index, history: bool = False, today: dt.date | None = None, open_only: bool = False,
                owned_by: Callable[[str], bool] | None = None, current: bool = False) -> list[LogEntry]:
    """The rolling action log over every meeting (as actionlog.build_log gives it), each entry's history only
    when asked for; overdue is judged on today. Only the open entries with open_only; only those with an owner
    (as written) that owned_by accepts, when given; with current, only the open ones written at the newest meeting
    (none of them dropped: what still acts on something).

    The entries are kept in the index and only those the files read since the last time may have changed
    are worked out anew (queries.log_touched), from their own follow-ups; when the index cannot be written
    the whole log is worked out from every follow-up.
    """
    today = today or dt.date.today()
    if not _log_kept(index, today):
        entries = _log(index, today)
        if open_only or current:
            entries = [e for e in entries if e.is_open and not (current and e.dropped)]
        if owned_by is not None:
            entries = [e for e in entries if any(owned_by(o) for o in e.owners)]
        return entries
    owners = None if owned_by is None else [o for o in queries.log_owners(index) if owned_by(o)]
    newest = queries.newest_key(index)
    if current and newest is None:
        return []
    rows = queries.kept_log(index, open_only or current, owners, last_key=newest if current else None)
    entries = [_entry(row, today) for row in rows]
    for entry in entries:
        entry.dropped = entry.is_open and entry.last_key != newest
    if history:
        by_id = {e.id: e for e in entries}
        ids = None if not open_only and owners is None else list(by_id)
        for key, date, _, followup in queries.followup_rows(index, ids):
            by_id[followup.id].history.append(Appearance(key, date, followup))
    return entries


def _log_kept(index: Index, today: dt.date) -> bool:
    """Whether the kept log is up to date with the files, brought so now when need be; False when the index
    cannot be written just now."""
    return queries.log_touched(index) == set() or index.keep(lambda: _bring_up_to_date(index, today))


def _bring_up_to_date(index: Index, today: dt.date) -> None:
    """Work out anew the kept entries the files read since may have changed (all of them the first time)."""
    touched = queries.log_touched(index)
    if touched == set():
        return  # another bra did it meanwhile
    first_ord: dict[str, int] = {}

    def written() -> Iterator[tuple[str, dt.date, FollowUp]]:
        for key, date, ord_, followup in queries.followup_rows(index, touched):
            first_ord.setdefault(followup.id, ord_)
            yield key, date, followup

    entries = log_from(queries.meeting_keys(index), written(), queries.meeting_dates(index), today)
    queries.keep_log(index, [_row(e, first_ord[e.id]) for e in entries], touched)


def _row(e: LogEntry, first_ord: int) -> queries.LogRow:
    latest = e.history[-1].followup
    return queries.LogRow(e.id, e.first, e.first_key, first_ord, e.last, e.last_key, e.due,
                          latest.due is None and comes_back_next_meeting(latest.status), e.title, e.status,
                          e.owners, e.state, e.areas, e.open_meetings, e.stalled)


def _log(index: Index, today: dt.date) -> list[LogEntry]:
    return log_from(queries.meeting_keys(index), queries.followups(index), queries.meeting_dates(index), today)


def _entry(r: queries.LogRow, today: dt.date) -> LogEntry:
    return LogEntry(id=r.id, title=r.title, status=r.status, owners=r.owners, state=r.state, areas=r.areas,
                    first=r.first_date, last=r.last_date, first_key=r.first_key, last_key=r.last_key,
                    open_meetings=r.open_meetings, stalled=r.stalled, due=r.due,
                    overdue=is_overdue(r.due, r.state, today))


def planned(index: Index) -> list[ScheduleEntry]:
    """The scheduled meetings after the latest one held, earliest first, one per date."""
    from brå_tui.questions.newmeeting import planned_from

    announced, held = queries.schedule_after(index, queries.latest_date(index))
    return planned_from(announced, held, index.council.default_place)


def next_planned(index: Index, today: dt.date) -> ScheduleEntry | None:
    """Nästa möte: the first planned meeting (as planned gives them) still ahead on today (ahead.has_passed), or
    None when none is."""
    from brå_tui.questions.ahead import next_ahead

    return next_ahead(planned(index), today)


def register(index: Index, year: int | None = None, keep: int | None = None, open_only: bool = False) -> Register:
    """The register of decisions (of one year; only the open ones with open_only), with the sums over all of them;
    the latest `keep` rows kept."""
    from brå_tui.questions.decisions import DecisionRow, register_from

    return register_from((DecisionRow(*row) for row in queries.decisions(index, year)), keep, open_only)


def matrix(index: Index) -> RiskMatrix:
    """The risk matrix over every reported picture."""
    from brå_tui.questions.riskmatrix import matrix_from

    return matrix_from(index.council, queries.risks(index))


def coverage(index: Index, matrix: RiskMatrix, entries: list[LogEntry] | None = None) -> list[AreaCoverage]:
    """What acts on each red or yellow area of the latest picture (questions.coverage), from the index's items and
    the log's entries (only the open ones not dropped act on an area: those alone are read when no entries are
    given)."""
    from brå_tui.questions.coverage import coverage_from

    if not matrix.columns:
        return []
    items = queries.items(index, since=matrix.columns[-1].date)
    if entries is None:  # only what still acts on an area: open and not dropped
        entries = log_entries(index, current=True)
    return coverage_from(matrix, entries, ((key, date, item) for _, key, date, item in items))


def owned(index: Index, people: Directory, name: str) -> OwnerAnswer:
    """What a written name owns and presented: only the log's entries with an owner, and the items with a
    presenter, written so that it may be them are read from the index."""
    from brå_tui.questions.owners import loosely_named, owned_from

    resolution = people.resolve(name)

    def may_be(written: str) -> bool:
        if resolution.person is not None:
            return people.same_person(written, resolution.person)
        return loosely_named(name, written)  # owned_from picks the one name meant, or lists the several

    entries = log_entries(index, owned_by=may_be)
    return owned_from(entries, queries.items(index, [p for p in queries.presenters(index) if may_be(p)]), people, name)


def year_report(index: Index, year: int, today: dt.date | None = None) -> YearReport:
    """The report for one calendar year (questions.report), reading only the year's meetings and the follow-ups that
    appear in it; those that stood open as it began without appearing in it come from the kept log's rows, as do
    the risk matrix, the decisions and the items acting on the picture."""
    from brå_tui.questions.coverage import coverage_from
    from brå_tui.questions.report import report_from, unheld_dates  # statistics and the rest only for a report

    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    judged = min(today or dt.date.today(), end)
    risk = matrix(index)
    entries, at_end = _year_log(index, start, end, judged)
    pictures = [c for c in risk.columns if c.date <= end]
    items = queries.items(index, since=pictures[-1].date) if pictures else iter(())
    report = report_from(year, list(index.meetings(since=start, until=end)), directory(index),
                         entries, at_end, risk, register(index, year),
                         coverage_from(risk, at_end, ((key, date, item) for _, key, date, item in items), until=end))
    report.unheld = unheld_dates((entry.date for entry, _ in announced(index)), held(index).keys(), year,
                                 today or dt.date.today())
    return report


def _year_log(index: Index, start: dt.date, end: dt.date, judged: dt.date) -> tuple[list[LogEntry], list[LogEntry]]:
    """The log's entries for a report from start to end: those appearing in the year (and those spanning it), with
    their histories over every meeting; and the log as it stood at the year's end (over the meetings up to then),
    histories only for the entries read as written. Overdue is judged on judged.

    Only the follow-ups appearing in the year, and those appearing both before and after it, are read as written;
    the ones whose last appearance was before the year are the kept log's rows (as they stood then, since nothing
    was written of them later). Without a kept log (an index that cannot be written) every follow-up is read."""
    keys, dates = queries.meeting_keys(index), queries.meeting_dates(index)
    keys_at_end, dates_at_end = queries.meeting_keys(index, until=end), queries.meeting_dates(index, until=end)
    if not _log_kept(index, judged):
        written = list(queries.followups(index))
        until_end = bisect.bisect_right(written, end, key=lambda row: row[1])
        return log_from(keys, written, dates, judged), log_from(keys_at_end, written[:until_end], dates_at_end, judged)
    read = queries.followup_ids(index, start, end) | queries.kept_spanning(index, start, end)
    rows = list(queries.followup_rows(index, sorted(read)))
    until_end = bisect.bisect_right(rows, end, key=lambda row: row[1])
    first_ord: dict[str, int] = {}
    for _, _, ord_, followup in rows[:until_end]:
        first_ord.setdefault(followup.id, ord_)
    entries = log_from(keys, ((key, date, f) for key, date, _, f in rows), dates, judged)
    at_end = [(e, first_ord[e.id]) for e in log_from(keys_at_end, ((key, date, f) for key, date, _, f in
                                                                  rows[:until_end]), dates_at_end, judged)]
    newest = keys_at_end[-1] if keys_at_end else None
    for row in queries.kept_log(index, open_only=True, last_before=start):
        entry = _entry(row, judged)
        entry.dropped = entry.last_key != newest
        if row.next_meeting:  # due at the next meeting after its last: among those known at the year's end
            entry.due = next_meeting_after(dates_at_end, row.last_date)
            entry.overdue = is_overdue(entry.due, entry.state, judged)
        at_end.append((entry, row.first_ord))
    at_end.sort(key=lambda pair: (pair[0].first, pair[0].first_key, pair[1]))
    return entries, [e for e, _ in at_end]


def announced(index: Index) -> list[tuple[ScheduleEntry, dt.date]]:
    """Every date any meeting's Tidplan names, once, as the newest meeting announced it (newmeeting.announced),
    with that meeting's date, earliest date first."""
    chosen = {entry.date: (entry, at) for entry, at in queries.schedule_lines(index)}
    return [chosen[d] for d in sorted(chosen)]


def held(index: Index) -> dict[dt.date, tuple[dt.time | None, dt.time | None, str | None]]:
    """Each held meeting's own start, end and place by its date (of two on a day, the first's)."""
    return {m.date: (m.start, m.end, m.place) for m in queries.summaries(index)}  # newest first: the first wins


def next_meeting(index: Index, date: dt.date | None = None, today: dt.date | None = None) -> Meeting:
    """A new meeting as newmeeting.next_meeting gives it, from the latest meeting and the schedules after it."""
    from brå_tui.questions.newmeeting import next_meeting_from

    # The meeting it follows: the latest, or for a date before that, the newest held on or before the date (so no
    # follow-up of a later meeting is carried back in time).
    latest = index.meeting("latest")
    if latest is not None and date is not None and date < latest.date:
        latest = next(index.meetings(newest_first=True, until=date), None)
    if latest is None:
        return next_meeting_from(index.council, None, [], date, today)
    return next_meeting_from(index.council, latest, queries.schedule(index, after=latest.date, on=date), date, today)


def status(index: Index, today: dt.date | None = None) -> Status:
    """What bra status shows (questions.status), reading only the meetings of the last year or so."""
    from brå_tui.questions.status import absences_from, meetings_for_absences, status_from

    today = today or dt.date.today()
    entries = log_entries(index, history=True, today=today)  # the JSON answer gives each entry's history
    areas = coverage(index, matrix(index), entries)
    recent = meetings_for_absences(index.meetings(newest_first=True), today)
    return status_from(today, entries, areas, absences_from(recent, today), register(index, open_only=True).rows)


class IndexMeetings:
    """The index's meetings for a notice (questions.notice.Meetings): each read when the notice gets to it."""

    def __init__(self, index: Index) -> None:
        self.index = index

    @property
    def council(self) -> Council:
        return self.index.council

    def newest_first(self) -> Iterator[Meeting]:
        return self.index.meetings(newest_first=True)

    def on_day(self, date: dt.date) -> list[Meeting]:
        return [m for key in queries.keys_on(self.index, date) if (m := self.index.meeting(key)) is not None]

    def log(self, today: dt.date) -> list[LogEntry]:
        return log_entries(self.index, today=today)

    def new_meeting(self, date: dt.date | None, today: dt.date) -> Meeting:
        return next_meeting(self.index, date, today)

    def directory(self) -> Directory:
        return directory(self.index)
