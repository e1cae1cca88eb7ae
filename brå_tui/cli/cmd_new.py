"""`bra new [DATE]`: write the next meeting's file, started from the latest meeting."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from typing import Any

from brå_tui.cli.common import EXIT_FAILED, UsageError, UserError, fail, meeting_key, open_index


def register(subparsers: Any) -> None:
    """Add the new command."""
    parser = subparsers.add_parser(
        "new", help="skapa nästa mötes fil från det senaste mötet",
        description="Skriver en ny mötesfil: datum ur tidplanen (eller DATUM), närvarande från senaste mötet, "
                    "de stående punkterna och alla öppna uppföljningar. Skriver ut filens sökväg. "
                    "En befintlig fil skrivs aldrig över.")
    parser.add_argument("date", metavar="DATUM", nargs="?",
                        help="mötets datum, t.ex. 2025-02-14 (2025-02-14-2 för ett andra möte samma dag)")
    parser.add_argument("--backdate", action="store_true",
                        help="skriv ett möte med ett datum före det senaste mötet (till exempel ett som glömdes); "
                             "det utgår från mötet före det datumet och får inga uppföljningar från senare möten")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Write the new meeting and print its path."""
    from brå_tui.questions.indexed import next_meeting, next_planned
    from brå_tui.questions.newmeeting import none_ahead_sentence
    from brå_tui.store.paths import free_meeting_path, meeting_path, meetings_on
    from brå_tui.store.save import BrokenFileError, ConflictError, MeetingDocument
    from brå_tui.text import ordinal

    date: dt.date | None = None
    if args.date is not None:
        args.date = meeting_key(args, args.date)
        date = dt.date.fromisoformat(args.date[:10])
    with open_index(args) as index:
        latest = index.meeting("latest")
        if date is not None and latest is not None and date < latest.date and not args.backdate:
            raise UsageError(f"{date} ligger före det senaste mötet, {latest.date}; ange --backdate för att ändå "
                             "skriva ett möte då.")
        today = dt.date.today()
        meeting = next_meeting(index, date, today)
        none_ahead = date is None and next_planned(index, today) is None
    key = args.date or meeting.date.isoformat()
    path = meeting_path(index.root, key)
    if os.path.lexists(path):
        free = free_meeting_path(index.root, meeting.date).stem  # the day's next number: -2, or -3 when -2 is taken
        held = len(meetings_on(index.root, meeting.date))
        hint = f" ange 'bra new {free}' för dagens {ordinal(held + 1)} möte." if len(key) == 10 else ""
        raise UserError(f"Det finns redan ett möte i {path}; det skrivs inte över."
                        + (f" Du kan{hint}" if hint else ""))
    try:
        document = MeetingDocument.open(path)
        document.apply(meeting)
        document.save()
    except (BrokenFileError, ConflictError):
        raise UserError(f"Någon skapade {path} samtidigt; den skrivs inte över.") from None
    print(path)
    if none_ahead:
        print(f"bra: {none_ahead_sentence(today)}", file=sys.stderr)
    if document.history_note:
        return fail(document.history_note, EXIT_FAILED)
    return 0
