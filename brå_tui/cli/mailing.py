"""What `bra kallelse --send` and `bra remind` share: a date argument, the send flags, and the run's report."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from brå_tui.cli.common import UsageError

if TYPE_CHECKING:
    from brå_tui.mail.outbox import Outcome, Outgoing
    from brå_tui.questions.notice import Notice
    from brå_tui.questions.reminders import Unreachable
    from brå_tui.store.index import Index


def parse_day(text: str | None, what: str | None = None, ahead: bool = False) -> dt.date | None:
    """A YYYY-MM-DD argument as a date; UsageError (naming the option, what, when it is one) when it is not one.
    The example in the message is a date still ahead when ahead (a meeting to call), else a date before today."""
    from brå_tui.text import not_a_date
    from brå_tui.validate import parse_date

    if text is None:
        return None
    day = parse_date(text)
    if day is None:
        today = dt.date.today()
        example = today + dt.timedelta(days=14) if ahead else today - dt.timedelta(days=1)
        raise UsageError(f"{what} " * bool(what) + not_a_date(text, example.isoformat()))
    return day


def meeting_day(args: argparse.Namespace, text: str | None, what: str | None = None) -> dt.date | None:
    """The date of the meeting a command is for: 'latest' is the newest meeting's (as in bra show and bra export),
    else the date written (parse_day, with an example still ahead)."""
    if text != "latest":
        return parse_day(text, what, ahead=True)
    from brå_tui.cli.common import meeting_key

    return dt.date.fromisoformat(meeting_key(args, text)[:10])


def refuse_passed(day: dt.date | None) -> None:
    """UsageError when a meeting's date given on the command line has passed (questions.ahead.has_passed): no
    notice or reminder is written or sent for a meeting that has been."""
    from brå_tui.questions.ahead import has_passed
    from brå_tui.questions.notice import passed_sentence

    if day is not None and has_passed(day, dt.date.today()):
        raise UsageError(passed_sentence(day))


def say_if_none_ahead(index: Index, date: dt.date | None, notice: Notice) -> None:
    """On stderr, when the next meeting was asked for (no date) and nothing is planned ahead, neither a meeting file
    nor a date in the schedule: that the notice is for today."""
    from brå_tui.questions.indexed import next_planned
    from brå_tui.questions.notice import none_ahead_sentence

    today = dt.date.today()
    if date is None and not notice.planned_file and next_planned(index, today) is None:
        print(f"bra: {none_ahead_sentence(notice.meeting.date)}", file=sys.stderr)


def add_send_options(parser: argparse.ArgumentParser) -> None:
    """--dry-run, --again and --yes."""
    parser.add_argument("--dry-run", metavar="MAPP",
                        help="skicka inget: skriv varje meddelande som .eml-fil i MAPP för granskning")
    parser.add_argument("--again", action="store_true",
                        help="skicka även det som redan skickats (annars hoppas det över enligt sent.log)")
    parser.add_argument("--yes", "-y", action="store_true", help="fråga inte före utskicket")


def confirm(outgoing: list[Outgoing], what: str, args: argparse.Namespace) -> bool:
    """List the recipients and, at a terminal, ask before sending; True to go on."""
    for item in outgoing:
        n = len(item.about)
        extra = f" ({n} {'uppföljning' if n == 1 else 'uppföljningar'})" if n else ""
        print(f"  {item.person.name} <{item.address}>{extra}", file=sys.stderr)
    if args.dry_run or args.yes or not sys.stdin.isatty():
        return True
    answer = input(f"Skicka {what} till {len(outgoing)} mottagare? [j/N] ").strip().casefold()
    return answer in ("j", "ja", "y", "yes")


def report(outcome: Outcome, unreachable: list[Unreachable], dry_run: str | None) -> int:
    """Say what was sent, skipped and not sent, one line each on standard error; the exit status."""
    verb = "Skrev" if dry_run else "Skickade"
    where = f" till {Path(dry_run)}" if dry_run else ""
    print(f"{verb} {len(outcome.sent)} meddelanden{where}.", file=sys.stderr)
    if outcome.skipped:
        names = ", ".join(o.person.name for o in outcome.skipped)
        print(f"Redan skickat, hoppades över: {names} (--again skickar ändå).", file=sys.stderr)
    for who, why in outcome.failed:
        print(f"bra: Inte skickat till {who}: {why}", file=sys.stderr)
    for u in unreachable:
        print(f"bra: Inte skickat till {u.written}: {u.reason}.", file=sys.stderr)
    return 0 if outcome.ok and not unreachable else 1
