"""The meetings list: held meetings newest first, the planned ones, and files that could not be read."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from rich.console import Group, RenderableType
from rich.text import Text

from brå_tui.model import ScheduleEntry
from brå_tui.questions.ahead import has_passed
from brå_tui.store.queries import MeetingSummary
from brå_tui.views.listinglines import (
    COLUMNS,
    NO_MEETINGS,
    NO_PLANNED,
    PLANNED_COLUMNS,
    BrokenFile,
    broken_reason,
    meeting_cells,
    next_sentence,
    planned_cells,
    planned_columns,
)
from brå_tui.views.meeting import empty, section_title
from brå_tui.views.tables import add_columns
from brå_tui.views.tables import table as plain_table


def meetings_table(meetings: Iterable[MeetingSummary]) -> RenderableType:
    """Held meetings as given (newest first)."""
    table = add_columns(plain_table(), COLUMNS, overflow="fold")
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


def planned_table(entries: list[ScheduleEntry], today: dt.date, note: str | None = None,
                  upcoming: dt.date | None = None) -> RenderableType:
    """Planerade möten: the announced dates after the latest meeting (perhaps only the nearest, note says so), those
    that have passed on today marked so, and the next meeting's date, upcoming (questions.notice.next_meeting_day)."""
    if not entries:
        return Group(section_title("Planerade möten"), empty(NO_PLANNED),
                     *([Text(next_sentence(upcoming))] if upcoming is not None else []))
    columns = planned_columns(entries, today)
    marked = len(columns) > len(PLANNED_COLUMNS)
    table = add_columns(plain_table(), columns, overflow="fold")
    for entry in entries:
        table.add_row(*planned_cells(entry, today, marked), style="dim" if has_passed(entry.date, today) else None)
    return Group(section_title("Planerade möten"), table, *([Text(note, style="italic")] if note else []),
                 Text(next_sentence(upcoming)))


def listing(meetings: list[MeetingSummary], broken: list[BrokenFile], planned_entries: list[ScheduleEntry],
            note: str | None = None, planned_note: str | None = None, today: dt.date | None = None,
            upcoming: dt.date | None = None) -> RenderableType:
    """The whole list: held meetings (newest first, perhaps only the latest of them), then planned ones (those
    passed on today, by default the real one, marked so) and the next meeting's date, upcoming
    (questions.notice.next_meeting_day); note and planned_note say how many of each are left out."""
    today = today or dt.date.today()
    parts: list[RenderableType] = [section_title("Möten")]
    parts.append(meetings_table(meetings) if meetings else empty(NO_MEETINGS))
    if note:
        parts.append(Text(note, style="italic"))
    listed = broken_list(broken)
    if listed is not None:
        parts += [Text(), listed]
    return Group(*parts, Text(), planned_table(planned_entries, today, planned_note, upcoming))
