"""The questions answered from the derived index: the same answers as over a whole store, from its rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from brå_tui.model import Council, FollowUp, Meeting, Person, ScheduleEntry
from brå_tui.questions.actionlog import Appearance, LogEntry, log_from
from brå_tui.questions.coverage import AreaCoverage, coverage_from
from brå_tui.questions.decisions import DecisionRow, Register, register_from
from brå_tui.questions.due import comes_back_next_meeting, is_overdue
from brå_tui.questions.newmeeting import next_meeting_from, planned_from
from brå_tui.questions.owners import OwnerAnswer, owned_from
from brå_tui.questions.people import Directory
from brå_tui.questions.riskmatrix import RiskMatrix, matrix_from
from brå_tui.questions.status import Status, absences_from, meetings_for_absences, status_from
from brå_tui.store import queries
from brå_tui.store.index import Index
from brå_tui.text import fold


def directory(index: Index) -> Directory:
    """Everyone the store knows: people.toml, then the attendees of the meetings, newest first."""
    attendees = index.memo("attendees", lambda: [[p.name, p.title, p.org, p.party]
                                                 for p in queries.attendees_newest_first(index)])
    return Directory.from_people(index.people, (Person(*values) for values in attendees))


def log_entries(index: Index, history: bool = False, today: dt.date | None = None) -> list[LogEntry]:
    """The rolling action log over every meeting (as actionlog.build_log gives it), each entry's history only
    when asked for; overdue is judged on today.

    The entries are kept in the index and only those the files read since the last time may have changed
    are worked out anew (queries.log_touched), from their own follow-ups; when the index cannot be written
    the whole log is worked out from every follow-up.
    """
    today = today or dt.date.today()
    if queries.log_touched(index) != set() and not index.keep(lambda: _bring_up_to_date(index, today)):
        return _log(index, today)
    entries = [_entry(data, today) for data in queries.kept_log(index)]
    newest = queries.newest_key(index)
    for entry in entries:
        entry.dropped = entry.is_open and entry.last_key != newest
    if history:
        by_id = {e.id: e for e in entries}
        for key, date, _, followup in queries.followup_rows(index):
            by_id[followup.id].history.append(Appearance(key, date, followup))
    return entries


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
                          latest.due is None and comes_back_next_meeting(latest.status), _entry_data(e))


def _log(index: Index, today: dt.date) -> list[LogEntry]:
    return log_from(queries.meeting_keys(index), queries.followups(index), queries.meeting_dates(index), today)


def _entry_data(e: LogEntry) -> list[Any]:
    return [e.id, e.title, e.status, e.owners, e.state, e.areas, e.first.isoformat(), e.last.isoformat(),
            e.first_key, e.last_key, e.open_meetings, e.dropped, e.stalled, e.due and e.due.isoformat()]


def _entry(v: list[Any], today: dt.date) -> LogEntry:
    due = dt.date.fromisoformat(v[13]) if v[13] else None
    return LogEntry(id=v[0], title=v[1], status=v[2], owners=v[3], state=v[4], areas=v[5],
                    first=dt.date.fromisoformat(v[6]), last=dt.date.fromisoformat(v[7]), first_key=v[8],
                    last_key=v[9], open_meetings=v[10], dropped=v[11], stalled=v[12], due=due,
                    overdue=is_overdue(due, v[4], today))


def planned(index: Index) -> list[ScheduleEntry]:
    """The scheduled meetings after the latest one held, earliest first, one per date."""
    announced, held = queries.schedule_after(index, queries.latest_date(index))
    return planned_from(announced, held, index.council.default_place)


def register(index: Index, year: int | None = None, keep: int | None = None, open_only: bool = False) -> Register:
    """The register of decisions (of one year; only the open ones with open_only), with the sums over all of them;
    the latest `keep` rows kept."""
    return register_from((DecisionRow(*row) for row in queries.decisions(index, year)), keep, open_only)


def matrix(index: Index) -> RiskMatrix:
    """The risk matrix over every reported picture."""
    return matrix_from(index.council, queries.risks(index))


def coverage(index: Index, entries: list[LogEntry], matrix: RiskMatrix) -> list[AreaCoverage]:
    """What acts on each red or yellow area of the latest picture (questions.coverage), from the index's items."""
    if not matrix.columns:
        return []
    items = queries.items(index, since=matrix.columns[-1].date)
    return coverage_from(matrix, entries, ((key, date, item) for _, key, date, item in items))


def owned(index: Index, entries: list[LogEntry], people: Directory, name: str) -> OwnerAnswer:
    """What a written name owns and presented (only items with a presenter written so that it may be them
    are read from the index)."""
    resolution = people.resolve(name)
    if resolution.person is not None:
        written = [p for p in queries.presenters(index) if people.same_person(p, resolution.person)]
    else:
        written = [p for p in queries.presenters(index) if fold(p) == fold(name)]
    return owned_from(entries, queries.items(index, written), people, name)


def next_meeting(index: Index, date: dt.date | None = None, today: dt.date | None = None) -> Meeting:
    """A new meeting as newmeeting.next_meeting gives it, from the latest meeting and the schedules after it."""
    latest = index.meeting("latest")
    if latest is None:
        return next_meeting_from(index.council, None, [], date, today)
    return next_meeting_from(index.council, latest, queries.schedule(index, after=latest.date, on=date), date, today)


def status(index: Index, today: dt.date | None = None) -> Status:
    """What bra status shows (questions.status), reading only the meetings of the last year or so."""
    today = today or dt.date.today()
    entries = log_entries(index, history=True, today=today)  # the JSON answer gives each entry's history
    areas = coverage(index, entries, matrix(index))
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
