"""Coverage of the risk picture: for each area marked red or yellow, what the council is doing about it.

Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete asks for a current picture of the
crime situation and actions based on it; an area marked red or yellow with no open follow-up and no
item acting on it since the picture was reported has no action ("ingen åtgärd").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from brå_tui.model import Item, Meeting, Store
from brå_tui.questions.actionlog import LogEntry
from brå_tui.questions.riskmatrix import RiskMatrix, build_matrix, linked_to_area
from brå_tui.text import fold

MARKED = ("red", "yellow")


@dataclass
class AreaCoverage:
    """One area marked red or yellow in the latest picture, with the open follow-ups and the items acting on it."""

    area: str
    level: str  # red | yellow
    reported_at: str  # the meeting key of the picture
    followups: list[LogEntry] = field(default_factory=list)
    items: list[tuple[Meeting, Item]] = field(default_factory=list)

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
    matrix = matrix or build_matrix(store)
    columns = [c for c in matrix.columns if until is None or c.date <= until]
    if not columns:
        return []
    latest = columns[-1]
    out = []
    for area in matrix.rows:
        level = latest.levels.get(area)
        if level not in MARKED:
            continue
        followups, items = linked_to_area(store, entries, area)
        open_followups = [e for e in followups if e.is_open]
        acting = [(m, i) for m, i in items if m.date >= latest.date and (until is None or m.date <= until)
                  and not is_picture_item(i)]
        out.append(AreaCoverage(area, level, latest.meeting_key, open_followups, acting))
    return out
