"""Coverage of the risk picture: for each area marked red or yellow, what the council is doing about it.

Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete asks for a current picture of the
crime situation and actions based on it; an area marked red or yellow with no open follow-up and no
item acting on it since the picture was reported has no action ("ingen åtgärd"). A follow-up the action log
calls dropped (TAPPAD: missing from every later meeting without being closed) is forgotten, not an action.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from brå_tui.model import Item, Store
from brå_tui.questions.actionlog import LogEntry
from brå_tui.questions.riskmatrix import RiskMatrix, build_matrix
from brå_tui.text import fold

MARKED = ("red", "yellow")


@dataclass
class AreaCoverage:
    """One area marked red or yellow in the latest picture, with the open follow-ups (not dropped ones) and the
    items (by meeting key) acting on it."""

    area: str
    level: str  # red | yellow
    reported_at: str  # the meeting key of the picture
    followups: list[LogEntry] = field(default_factory=list)
    items: list[tuple[str, Item]] = field(default_factory=list)

    @property
    def covered(self) -> bool:
        """Whether anything acts on the area."""
        return bool(self.followups or self.items)


def is_picture_item(item: Item) -> bool:
    """Whether an item is the report of the risk picture itself (Lägesbild …), which is not an action on it."""
    return "lagesbild" in fold(item.title)


def coverage(store: Store, entries: list[LogEntry], matrix: RiskMatrix | None = None,
             until: dt.date | None = None) -> list[AreaCoverage]:
    """The red and yellow areas of the latest picture (up to until), in the matrix's row order, each with
    the open follow-ups linked to it and the items linked to it at or after that picture's meeting."""
    items = ((m.key, m.date, i) for m in store.meetings_newest_first() for i in [*m.items, *m.other])
    return coverage_from(matrix or build_matrix(store), entries, items, until)


def coverage_from(matrix: RiskMatrix, entries: list[LogEntry], items: Iterable[tuple[str, dt.date, Item]],
                  until: dt.date | None = None) -> list[AreaCoverage]:
    """coverage() from the matrix, the action log and the items with their meeting's key and date, newest first
    (only those at or after the latest picture are needed)."""
    columns = [c for c in matrix.columns if until is None or c.date <= until]
    if not columns:
        return []
    latest = columns[-1]
    marked = [(area, level) for area in matrix.rows if (level := latest.levels.get(area)) in MARKED]
    if not marked:
        return []
    acting = [(key, fold_areas, item) for key, date, item in items
              if date >= latest.date and (until is None or date <= until) and item.areas
              and not is_picture_item(item) and (fold_areas := {fold(a) for a in item.areas})]
    out = []
    for area, level in marked:
        folded = fold(area)
        open_followups = [e for e in entries
                          if e.is_open and not e.dropped and any(fold(a) == folded for a in e.areas)]
        out.append(AreaCoverage(area, level, latest.meeting_key, open_followups,
                                [(key, item) for key, areas, item in acting if folded in areas]))
    return out
