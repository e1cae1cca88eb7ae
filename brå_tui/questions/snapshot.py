"""The store as the app sees it: what its lists need, answered from the derived index, and one meeting at a time."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from brå_tui.model import Council, Finding, Item, Meeting, Person, ScheduleEntry, Store
from brå_tui.questions import indexed
from brå_tui.questions.actionlog import Appearance, LogEntry
from brå_tui.questions.people import Directory
from brå_tui.questions.riskmatrix import RiskMatrix, linked_followups
from brå_tui.store import queries
from brå_tui.store.index import Index, discard_index, held_by_another
from brå_tui.store.queries import MeetingSummary

if TYPE_CHECKING:
    from brå_tui.questions.coverage import AreaCoverage
    from brå_tui.questions.owners import OwnerAnswer


@dataclass(eq=False)
class Snapshot:
    """One reading of a store through its index: the meetings as the list shows them (newest first), the meeting
    files that could not be read (by key, each one's first error), the planned meetings, the action log (entries
    without their histories) and everyone the store knows. Everything else (a meeting, the risk matrix, what a
    name owns) is asked of the index when it is wanted, so no whole store is held. The index stays open for as
    long as the snapshot is used; its connection may be used from any thread (SQLite serialises it; the index
    holds a lock around each write, Index.writing)."""

    index: Index
    summaries: list[MeetingSummary]
    broken_meetings: dict[str, Finding]
    planned: list[ScheduleEntry]
    log: list[LogEntry]
    directory: Directory
    _whole: Store | None = field(default=None, repr=False)
    _matrix: RiskMatrix | None = field(default=None, repr=False)
    _coverage: list[AreaCoverage] | None = field(default=None, repr=False)
    _dates: list[dt.date] | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def read(cls, root: Path, on_progress: Callable[[int, int], None] | None = None) -> Snapshot:
        """Bring the index of the store at root up to date (only changed files are read) and take what the lists
        need from it; an index found damaged while doing so is thrown away and built again from the files once.
        StoreError, OSError as Index.open; sqlite3.DatabaseError when it is held by another run of bra."""
        index = Index.open(root, on_progress)
        try:
            return cls.of(index)
        except sqlite3.DatabaseError as err:  # damaged past what opening checks: built again from the files
            index.close()
            if held_by_another(err) or not discard_index(root):
                raise
        return cls.of(Index.open(root, on_progress))

    @classmethod
    def of(cls, index: Index) -> Snapshot:
        """What the lists need, taken from an index that is up to date."""
        return cls(index, list(queries.summaries(index)), queries.broken_meeting_findings(index),
                   indexed.planned(index), indexed.log_entries(index), indexed.directory(index))

    @property
    def root(self) -> Path:
        """The store's folder."""
        return self.index.root

    @property
    def council(self) -> Council:
        """council.toml as read."""
        return self.index.council

    @property
    def people(self) -> list[Person]:
        """people.toml as read."""
        return self.index.people

    def meeting(self, key: str) -> Meeting | None:
        """One meeting by key (file stem; 'latest' the newest), made from its row in the index; None when there is
        no such meeting."""
        return self.index.meeting(key)

    def meeting_dates(self) -> list[dt.date]:
        """Every date a meeting is held or planned on, sorted, worked out once per snapshot (not to be changed)."""
        if self._dates is None:
            self._dates = queries.meeting_dates(self.index)
        return self._dates

    def matrix(self) -> RiskMatrix:
        """The risk matrix over every reported picture, worked out once per snapshot (the same object each time: not
        to be changed)."""
        if self._matrix is None:
            self._matrix = indexed.matrix(self.index)
        return self._matrix

    def coverage(self) -> list[AreaCoverage]:
        """What acts on each red or yellow area of the matrix's latest picture, worked out once per snapshot."""
        if self._coverage is None:
            self._coverage = indexed.coverage(self.index, self.matrix(), self.log)
        return self._coverage

    def linked_followups(self, area: str) -> list[LogEntry]:
        """The entries of the action log linked to an area (riskmatrix.linked_to_area), in the log's order."""
        return linked_followups(self.log, area)

    def linked_items(self, area: str, limit: int | None = None) -> tuple[list[tuple[str, Item]], int]:
        """The agenda items and other questions linked to an area (riskmatrix.linked_to_area; found through the
        index's areas, not by reading every item) with their meeting's key, newest meeting first, only the first
        limit of them when given; and how many there are in all."""
        items = [(key, item) for _, key, _, item in queries.items(self.index, area=area, limit=limit)]
        total = len(items) if limit is None or len(items) < limit else queries.area_item_count(self.index, area)
        return items, total

    def owned(self, name: str) -> OwnerAnswer:
        """What a written name owns and presented."""
        return indexed.owned(self.index, self.directory, name)

    def history(self, entry_id: str) -> list[Appearance]:
        """How one follow-up stood at each meeting it appears in, oldest first."""
        return [Appearance(key, date, followup) for key, date, _, followup in queries.followup_rows(self.index,
                                                                                                    [entry_id])]

    def whole(self) -> Store:
        """The whole store as model objects, made from the index the first time it is asked for (for what works
        over every meeting at once: importing, which matches names and items against them)."""
        with self._lock:
            if self._whole is None:
                self._whole = self.index.store()
            return self._whole
