"""The meetings list: held meetings newest first, the planned ones, and files that could not be read."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rich.console import Group, RenderableType
from rich.text import Text

from brå_tui.model import Finding, Meeting, ScheduleEntry, Store
from brå_tui.store.paths import MEETING_NAME, date_of_name
from brå_tui.store.queries import MeetingSummary
from brå_tui.views.format import time_span, weekday
from brå_tui.views.meeting import empty, section_title
from brå_tui.views.plain import KEY_WIDTH, Column
from brå_tui.views.plain import lines as plain_lines
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
    return broken_from({f.path.stem: f for f in store.broken if MEETING_NAME.match(f.path.name)})


def broken_from(findings: dict[str, Finding]) -> list[BrokenFile]:
    """Broken meeting files from each one's first error, by key, newest first."""
    out = [BrokenFile(key, date_of_name(f.path), f.message, f.line) for key, f in findings.items()]
    return sorted(out, key=lambda b: b.key, reverse=True)


def counts(meeting: Meeting) -> dict[str, int]:
    """How much a meeting holds: attendees, items, decisions, follow-ups."""
    return {"attendees": len(meeting.present()), "items": len(meeting.items),
            "decisions": len(meeting.decisions()), "followups": len(meeting.followups)}


COLUMNS = [Column("Datum", KEY_WIDTH), Column("Dag", 3), Column("Tid", 11), Column("Plats"), Column("Närv", 4, True),
           Column("Ärenden", 7, True), Column("Beslut", 6, True), Column("Uppf", 4, True)]


def meeting_cells(m: MeetingSummary) -> list[str]:
    """One meeting's row: date, weekday, time, place and its counts."""
    return [m.key, weekday(m.date)[:3], time_span(m.start, m.end), m.place or "", str(m.attendees), str(m.items),
            str(m.decisions), str(m.followups)]


def meetings_table(meetings: Iterable[MeetingSummary]) -> RenderableType:
    """Held meetings as given (newest first)."""
    table = plain_table()
    for column in COLUMNS:
        table.add_column(column.header, justify="right" if column.right else "left", no_wrap=column.width is not None,
                         overflow="fold")
    for meeting in meetings:
        table.add_row(*meeting_cells(meeting))
    return table


def broken_list(files: list[BrokenFile]) -> RenderableType | None:
    """The meeting files that could not be read, each with the reason; None when there are none."""
    if not files:
        return None
    table = plain_table(show_header=False, box=None)
    table.add_column(no_wrap=True)
    table.add_column(overflow="fold")
    for broken in files:
        table.add_row(Text(broken.key, style="bold"), Text(broken_reason(broken), style="bold red"))
    return Group(section_title("Filer som inte kan läsas"), table,
                 Text("Kör 'bra check' för detaljer.", style="italic"))


def broken_reason(broken: BrokenFile) -> str:
    """Why a file could not be read, with its line."""
    return f"trasig: {broken.reason}" + (f" (rad {broken.line})" if broken.line else "")


PLANNED_COLUMNS = [Column("Datum", KEY_WIDTH), Column("Dag", 3), Column("Tid", 11), Column("Plats")]


def planned_cells(entry: ScheduleEntry) -> list[str]:
    """One planned meeting's row: date, weekday, time, place."""
    return [entry.date.isoformat(), weekday(entry.date)[:3], time_span(entry.start, entry.end), entry.place or ""]


def planned_table(entries: list[ScheduleEntry]) -> RenderableType:
    """Planerade möten: the announced dates after the latest meeting."""
    if not entries:
        return Group(section_title("Planerade möten"), empty(NO_PLANNED))
    table = plain_table()
    for column in PLANNED_COLUMNS:
        table.add_column(column.header, no_wrap=column.width is not None, overflow="fold")
    for entry in entries:
        table.add_row(*planned_cells(entry))
    return Group(section_title("Planerade möten"), table)


NO_MEETINGS = "Inga möten ännu; skapa ett med 'bra new'."
NO_PLANNED = "Inga planerade möten i någon tidplan."


def listing(meetings: list[MeetingSummary], broken: list[BrokenFile], planned_entries: list[ScheduleEntry],
            note: str | None = None) -> RenderableType:
    """The whole list: held meetings (newest first, perhaps only the latest of them), then planned ones."""
    parts: list[RenderableType] = [section_title("Möten")]
    parts.append(meetings_table(meetings) if meetings else empty(NO_MEETINGS))
    if note:
        parts.append(Text(note, style="italic"))
    listed = broken_list(broken)
    if listed is not None:
        parts += [Text(), listed]
    return Group(*parts, Text(), planned_table(planned_entries))


def listing_lines(meetings: Iterable[MeetingSummary], broken: list[BrokenFile], planned_entries: list[ScheduleEntry],
                  width: int) -> Iterator[str]:
    """The whole list as plain lines, the meetings streamed as they are read."""
    yield "Möten"
    rows = iter(meetings)
    first = next(rows, None)
    if first is None:
        yield NO_MEETINGS
    else:
        yield from plain_lines(COLUMNS, (meeting_cells(m) for m in itertools.chain([first], rows)), width)
    if broken:
        yield ""
        yield "Filer som inte kan läsas"
        yield from plain_lines([Column("", KEY_WIDTH), Column("")], ([b.key, broken_reason(b)] for b in broken), width,
                               header=False)
        yield "Kör 'bra check' för detaljer."
    yield ""
    yield "Planerade möten"
    if planned_entries:
        yield from plain_lines(PLANNED_COLUMNS, (planned_cells(e) for e in planned_entries), width)
    else:
        yield NO_PLANNED
