"""`bra remind`: one e-mail per owner with their open and overdue follow-ups and the next meeting."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from brå_tui.cli.common import UsageError, UserError, open_index
from brå_tui.cli.mailing import add_send_options, confirm, meeting_day, refuse_passed, report, say_if_none_ahead


def register(subparsers: Any) -> None:
    """Add the remind command."""
    parser = subparsers.add_parser(
        "remind", help="påminn varje ansvarig om sina öppna uppföljningar med e-post",
        description="Skickar ett e-brev till varje ansvarig för en öppen uppföljning: de försenade först, "
                    "sedan övriga öppna, och nästa mötes tid och plats. Adresserna står i people.toml (email), "
                    "hur det skickas under [mail] i council.toml. Det som redan skickats i dag (sent.log) "
                    "skickas inte igen.")
    parser.add_argument("--to", metavar="NAMN", help="bara till den här personen")
    parser.add_argument("--date", metavar="DATUM", help="mötet påminnelsen gäller (standard nästa möte), eller latest")
    add_send_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Send the reminders."""
    from brå_tui.mail.outbox import MailSetupError, deliver, mail_settings, reminder_outgoing_from
    from brå_tui.mail.send import MailError, transport
    from brå_tui.questions import indexed
    from brå_tui.questions.notice import NoticeError, build_notice
    from brå_tui.views.loglines import ambiguity_sentence

    date = meeting_day(args, args.date, "--date")
    refuse_passed(date)
    with open_index(args) as index:
        directory = indexed.directory(index)
        only = None
        if args.to is not None:
            if not args.to.strip():
                raise UsageError("--to behöver ett namn.")
            resolution = directory.resolve(args.to)
            if resolution.ambiguous:
                raise UserError(ambiguity_sentence(resolution))
            if resolution.person is None:
                raise UserError(f"Ingen person heter \"{args.to}\".")
            only = resolution.person
        try:
            settings = mail_settings(index.council)
            notice = build_notice(indexed.IndexMeetings(index), date)
            say_if_none_ahead(index, date, notice)
            outgoing, unreachable = reminder_outgoing_from(index.council, indexed.log_entries(index), directory,
                                                           notice, settings, only)
        except (MailSetupError, NoticeError) as err:
            raise UserError(str(err)) from None
    try:
        if not outgoing and not unreachable:
            who = f"{only.name} har" if only is not None else "Ingen har"
            print(f"{who} några öppna uppföljningar; inget att skicka.", file=sys.stderr)
            return 0
        if outgoing and not confirm(outgoing, "påminnelser", args):
            print("Inget skickades.", file=sys.stderr)
            return 1
        way = transport(settings, Path(args.dry_run) if args.dry_run else None)
    except (MailSetupError, MailError) as err:
        raise UserError(str(err)) from None
    outcome = deliver(index.root, outgoing, way, again=args.again, log=not args.dry_run)
    return report(outcome, unreachable, args.dry_run)
