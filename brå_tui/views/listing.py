"""The meetings list: held meetings newest first, the planned ones, and files that could not be read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rich.console import Group, RenderableType
from rich.text import Text

from brå_tui.model import Meeting, Store
from brå_tui.questions.newmeeting import planned
from brå_tui.store.paths import MEETING_NAME, date_of_name
from brå_tui.views.format import time_span, weekday
from brå_tui.views.meeting import empty, section_title
from brå_tui.views.tables import table as plain_table


@dataclass
class BrokenFile:
    """A meeting file that could not be read: its key, the date its name gives, and why."""

    key: str
    date: dt.date | None
    reason: str
    line: int | None


def broken_files(store: Store) -> list[BrokenFile]:
    """The store's meeting files that did not parse, by name."""
    out = []
    for finding in store.broken:
        if not MEETING_NAME.match(finding.path.name):
            continue
        out.append(BrokenFile(finding.path.stem, date_of_name(finding.path), finding.message, finding.line))
    return sorted(out, key=lambda b: b.key, reverse=True)


def counts(meeting: Meeting) -> dict[str, int]:
    """How much a meeting holds: attendees, items, decisions, follow-ups."""
    return {"attendees": len(meeting.attendees), "items": len(meeting.items),
            "decisions": len(meeting.decisions()), "followups": len(meeting.followups)}


def meetings_table(store: Store) -> RenderableType:
    """Held meetings newest first, then broken files, each broken one marked as such."""
    table = plain_table()
    table.add_column("Datum", no_wrap=True)
    table.add_column("Dag", no_wrap=True)
    table.add_column("Tid", no_wrap=True)
    table.add_column("Plats", overflow="fold")
    table.add_column("Närv", justify="right", no_wrap=True)
    table.add_column("Ärenden", justify="right", no_wrap=True)
    table.add_column("Beslut", justify="right", no_wrap=True)
    table.add_column("Uppf", justify="right", no_wrap=True)
    for meeting in store.meetings_newest_first():
        n = counts(meeting)
        table.add_row(meeting.key, weekday(meeting.date)[:3], time_span(meeting.start, meeting.end),
                      meeting.place or "", str(n["attendees"]), str(n["items"]), str(n["decisions"]),
                      str(n["followups"]))
    return table


def broken_list(store: Store) -> RenderableType | None:
    """The meeting files that could not be read, each with the reason; None when there are none."""
    files = broken_files(store)
    if not files:
        return None
    table = plain_table(show_header=False, box=None)
    table.add_column(no_wrap=True)
    table.add_column(overflow="fold")
    for broken in files:
        reason = f"trasig: {broken.reason}" + (f" (rad {broken.line})" if broken.line else "")
        table.add_row(Text(broken.key, style="bold"), Text(reason, style="bold red"))
    return Group(section_title("Filer som inte kan läsas"), table,
                 Text("Kör 'bra check' för detaljer.", style="italic"))


def planned_table(store: Store) -> RenderableType:
    """Planerade möten: the announced dates after the latest meeting."""
    entries = planned(store)
    if not entries:
        return Group(section_title("Planerade möten"), empty("Inga planerade möten i någon tidplan."))
    table = plain_table()
    table.add_column("Datum", no_wrap=True)
    table.add_column("Dag", no_wrap=True)
    table.add_column("Tid", no_wrap=True)
    table.add_column("Plats", overflow="fold")
    for entry in entries:
        table.add_row(entry.date.isoformat(), weekday(entry.date)[:3], time_span(entry.start, entry.end),
                      entry.place or "")
    return Group(section_title("Planerade möten"), table)


def listing(store: Store) -> RenderableType:
    """The whole list: held meetings, then planned ones."""
    parts: list[RenderableType] = [section_title("Möten")]
    if store.meetings:
        parts.append(meetings_table(store))
    else:
        parts.append(empty("Inga möten ännu; skapa ett med 'bra new'."))
    broken = broken_list(store)
    if broken is not None:
        parts += [Text(), broken]
    return Group(*parts, Text(), planned_table(store))
