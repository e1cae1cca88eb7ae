"""A planned meeting (a date in the council's schedule with no notes yet) as the app and `bra show` show it."""

from __future__ import annotations

import datetime as dt

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from brå_tui.model import ScheduleEntry
from brå_tui.views.meetinglines import planned_words
from brå_tui.views.tables import table as plain_table


def facts(rows: list[tuple[str, str]]) -> Table:
    """Rows of (label, value), the label bold, no header: a few facts about one thing."""
    table = plain_table(box=None, show_header=False)
    table.add_column(style="bold", no_wrap=True)
    table.add_column(overflow="fold")
    for label, value in rows:
        table.add_row(label, value)
    return table


def planned_notice(entry: ScheduleEntry, how_to_write: str, today: dt.date | None = None) -> RenderableType:
    """What a planned meeting shows: when and where, that it has no notes yet (or, when its date has passed on
    today, by default the real one, that it has passed without notes), and how_to_write them (a sentence: the app's
    key or the command)."""
    title, rows, said = planned_words(entry, how_to_write, today)
    return Group(Text(title, style="bold underline"), Text(), facts(rows), Text(), Text(said, style="italic"))
