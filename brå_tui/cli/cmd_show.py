"""`bra show DATE`: one meeting, rendered like the notes."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from brå_tui.cli.common import (
    UsageError,
    UserError,
    add_json,
    console,
    open_index,
    plain_width,
    print_json,
    write_lines,
)

if TYPE_CHECKING:
    from brå_tui.model import Meeting, ScheduleEntry
    from brå_tui.store.index import Index


def register(subparsers: Any) -> None:
    """Add the show command."""
    parser = subparsers.add_parser(
        "show", help="visa ett möte som anteckningarna",
        description="Visar ett möte som anteckningarna: tid, plats, närvarande, ärenden med beslut, "
                    "lägesbild, uppföljning, tidplan och övriga frågor.")
    parser.add_argument("date", metavar="DATUM", help="mötets datum, t.ex. 2024-11-15, eller 'latest' för det senaste")
    add_json(parser)
    parser.set_defaults(run=run)


def find_meeting(index: Index, key: str) -> Meeting | ScheduleEntry:
    """The meeting with this date (or 'latest'), or the planned meeting of that date in the council's schedule (one
    with no notes yet); a clear failure when there is neither or the file is broken."""
    from brå_tui.store.paths import StoreError, check_key
    from brå_tui.store.queries import broken_meeting_findings

    if key == "latest":
        meeting = index.meeting("latest")
        if meeting is None:
            raise UserError("Det finns inga möten ännu; skapa ett med 'bra new'.")
        return meeting
    try:
        check_key(key)
    except StoreError as err:
        raise UsageError(str(err)) from None
    meeting = index.meeting(key)
    if meeting is not None:
        return meeting
    finding = broken_meeting_findings(index).get(key)
    if finding is not None:
        raise UserError(f"Mötet den {key} kan inte läsas: {finding.message}.")
    from brå_tui.questions.indexed import planned

    entry = next((e for e in planned(index) if e.date.isoformat() == key), None)
    if entry is not None:
        return entry
    raise UserError(f"Inget möte den {key}.")


def run(args: argparse.Namespace) -> int:
    """Print one meeting."""
    from brå_tui.model import Meeting

    with open_index(args) as index:
        meeting = find_meeting(index, args.date)
        council = index.council
        if not args.json and isinstance(meeting, Meeting):
            from brå_tui.questions.indexed import directory
            from brå_tui.questions.people import meeting_shown

            meeting = meeting_shown(directory(index), meeting)  # "Mikael J" of older notes as Mikael Jansson
        from brå_tui.store.queries import next_meeting_dates

        # A follow-up's due date is at most the next meeting after its own (questions.due): only that is read.
        dates = next_meeting_dates(index, meeting.date)
    from dataclasses import asdict

    if not isinstance(meeting, Meeting):  # planned: in the schedule, no notes yet
        if args.json:
            import datetime as dt

            from brå_tui.questions.ahead import has_passed

            print_json({"key": args.date, "planned": True, "passed": has_passed(meeting.date, dt.date.today()),
                        **asdict(meeting)})
            return 0
        from brå_tui.text import printable

        how_to_write = f"Skriv dem med 'bra new {args.date}'."
        if not sys.stdout.isatty():  # to a pipe or a file: plain lines, no Rich is loaded
            from brå_tui.views.meetinglines import planned_lines

            write_lines(planned_lines(printable(meeting), how_to_write, plain_width()))
            return 0
        from brå_tui.views.planned import planned_notice

        console().print(planned_notice(printable(meeting), how_to_write))
        return 0
    if args.json:
        print_json({"key": meeting.key, **asdict(meeting)})
        return 0
    from brå_tui.text import printable

    # Laid out as the notes, not a table: control characters show as symbols, as in the exports (README).
    if not sys.stdout.isatty():  # to a pipe or a file: plain lines, no Rich is loaded
        from brå_tui.views.meetinglines import meeting_lines

        write_lines(meeting_lines(printable(meeting), printable(council), plain_width(), dates))
        return 0
    from brå_tui.views.meeting import meeting_view

    console().print(meeting_view(printable(meeting), printable(council), dates))
    return 0
