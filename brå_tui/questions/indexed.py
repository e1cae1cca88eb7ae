"""The questions answered from the derived index: the same answers as over a whole store, from its rows."""

from __future__ import annotations

from brå_tui.model import ScheduleEntry
from brå_tui.questions.actionlog import LogEntry, log_from
from brå_tui.questions.coverage import AreaCoverage, coverage_from
from brå_tui.questions.decisions import DecisionRow, Register, register_from
from brå_tui.questions.newmeeting import planned_from
from brå_tui.questions.owners import OwnerAnswer, owned_from
from brå_tui.questions.people import Directory
from brå_tui.questions.riskmatrix import RiskMatrix, matrix_from
from brå_tui.store import queries
from brå_tui.store.index import Index


def directory(index: Index) -> Directory:
    """Everyone the store knows: people.toml, then the attendees of the meetings, newest first."""
    return Directory.from_people(index.people, queries.attendees_newest_first(index))


def log_entries(index: Index) -> list[LogEntry]:
    """The rolling action log over every meeting."""
    return log_from(queries.meeting_keys(index), queries.followups(index))


def planned(index: Index) -> list[ScheduleEntry]:
    """The scheduled meetings after the latest one held, earliest first, one per date."""
    announced, held = queries.schedule_after(index, queries.latest_date(index))
    return planned_from(announced, held)


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
    since = matrix.columns[-1].date
    return coverage_from(matrix, entries, ((key, date, item) for _, key, date, item in queries.items(index, since)))


def owned(index: Index, entries: list[LogEntry], people: Directory, name: str) -> OwnerAnswer:
    """What a written name owns and presented."""
    return owned_from(entries, queries.items(index), people, name)
