"""The risk matrix: each risk area's level across the pictures reported at meetings, with its trend."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from brå_tui.model import Council, Item, RiskPicture, Store
from brå_tui.questions.actionlog import LogEntry
from brå_tui.text import fold, period_label

RANK = {"green": 0, "yellow": 1, "red": 2}


@dataclass
class RiskColumn:
    """One reported picture: a column of the matrix."""

    label: str
    meeting_key: str
    date: dt.date
    period: str | None
    source: str | None
    levels: dict[str, str] = field(default_factory=dict)


@dataclass
class RiskMatrix:
    """Areas (rows) × reported pictures (columns)."""

    areas: list[str]
    unknown_areas: list[str]
    columns: list[RiskColumn]

    @property
    def rows(self) -> list[str]:
        """Every row: the council's areas, then areas only met in meetings."""
        return [*self.areas, *self.unknown_areas]

    def level(self, area: str, column: RiskColumn) -> str | None:
        """The level of an area in a column, or None when not reported."""
        return column.levels.get(area)

    def reported(self, area: str, columns: list[RiskColumn] | None = None) -> list[str]:
        """The levels reported for an area, oldest first (in the given columns, else in all)."""
        return [c.levels[area] for c in (self.columns if columns is None else columns) if area in c.levels]

    def trend(self, area: str, columns: list[RiskColumn] | None = None) -> str:
        """The direction between the last two reports of the area (in a chosen span of columns, else in the
        whole history): stigande, sjunkande, oförändrad or okänd. Where the area's last report is more than a year
        older than the newest picture of those columns, its direction is no current trend: 'senast 2024', the
        year that report was made."""
        chosen = self.columns if columns is None else columns
        reported = self.reported(area, chosen)
        if len(reported) < 2:
            return "okänd"
        last = next(c for c in reversed(chosen) if area in c.levels)
        newest = chosen[-1].date
        if last.date < newest.replace(year=newest.year - 1, day=min(newest.day, 28 if newest.month == 2 else 31)):
            return f"senast {last.date.year}"
        before, now = RANK[reported[-2]], RANK[reported[-1]]
        return "stigande" if now > before else "sjunkande" if now < before else "oförändrad"

    def latest(self, area: str) -> str | None:
        """The most recent reported level of an area."""
        reported = self.reported(area)
        return reported[-1] if reported else None

    def last_report(self, area: str) -> RiskColumn | None:
        """The newest column that reports the area, or None when none does."""
        return next((c for c in reversed(self.columns) if area in c.levels), None)

    def reported_before(self, area: str) -> str | None:
        """The period label of the area's latest level when that is older than the newest picture ('2023-12'),
        None when the newest picture reports the area (or nothing does)."""
        column = self.last_report(area)
        return column.label if column is not None and column is not self.columns[-1] else None


def build_matrix(store: Store) -> RiskMatrix:
    """The matrix over every meeting that reported a risk picture, oldest first."""
    return matrix_from(store.council, ((m.key, m.date, m.risk) for m in store.meetings_oldest_first() if m.risk))


def matrix_from(council: Council, reported: Iterable[tuple[str, dt.date, RiskPicture]]) -> RiskMatrix:
    """The matrix from each reported picture with its meeting's key and date, oldest first."""
    columns = [RiskColumn(period_label(risk.period) or date.isoformat(), key, date, risk.period, risk.source,
                          dict(risk.areas)) for key, date, risk in reported]
    known = list(council.areas)
    folded = {fold(a) for a in known}
    named: dict[str, None] = {}  # every area named in some column, in the order first named
    for column in columns:
        named.update(dict.fromkeys(column.levels))
    unknown = [area for area in named if fold(area) not in folded]
    return RiskMatrix(known, unknown, columns)


def linked_to_area(store: Store, entries: list[LogEntry], area: str) -> tuple[list[LogEntry], list[tuple[str, Item]]]:
    """The follow-ups and the items (newest meeting first, with their meeting's key) that act on an area."""
    items = (("", m.key, m.date, i) for m in store.meetings_newest_first() for i in [*m.items, *m.other])
    return linked_from(entries, items, area)


def linked_from(entries: list[LogEntry], items: Iterable[tuple[str, str, dt.date, Item]],
                area: str) -> tuple[list[LogEntry], list[tuple[str, Item]]]:
    """linked_to_area() from the action log and (kind, meeting key, date, item) for every item, newest first."""
    key = fold(area)
    return linked_followups(entries, area), [(k, i) for _, k, _, i in items if any(fold(a) == key for a in i.areas)]


def linked_followups(entries: list[LogEntry], area: str) -> list[LogEntry]:
    """The entries of the action log linked to an area (compared folded, text.fold), in the log's order."""
    key = fold(area)
    return [e for e in entries if any(fold(a) == key for a in e.areas)]
