"""`bra kallelse [DATE]`: the notice for the next meeting as a document, or sent to every member."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from brå_tui.cli.common import UsageError, UserError, add_output, emit, open_index, output_format
from brå_tui.cli.mailing import (
    add_send_options,
    confirm,
    meeting_day,
    parse_day,
    refuse_passed,
    report,
    say_if_none_ahead,
)

if TYPE_CHECKING:
    from brå_tui.model import Council
    from brå_tui.questions.notice import Notice
    from brå_tui.questions.people import Directory

FORMATS = ("md", "html", "txt", "docx")


def register(subparsers: Any) -> None:
    """Add the kallelse command."""
    parser = subparsers.add_parser(
        "kallelse", help="kallelsen till nästa möte, som dokument eller e-post",
        description="Gör kallelsen till nästa möte (eller mötet DATUM): tid, plats, numrerad dagordning med "
                    "stående punkter, ärenden med föredragande, tid och diarienummer, de öppna uppföljningarna "
                    "med ansvariga och status, och övriga frågor. Med --send skickas den med e-post till rådets "
                    "medlemmar: de närvarande i mötesfilen och alla som varit med på något av de fyra mötena före, "
                    "var och en som har e-post i people.toml.")
    parser.add_argument("date", metavar="DATUM", nargs="?",
                        help="mötets datum (annars nästa möte som ligger framför), eller latest")
    parser.add_argument("--format", "-f", choices=FORMATS,
                        help="dokumentets format (standard det som filnamnet efter -o anger, annars txt)")
    add_output(parser)
    parser.add_argument("--issued", metavar="DATUM", help="kallelsens datum (standard i dag)")
    parser.add_argument("--send", action="store_true",
                        help="skicka kallelsen med e-post till mötets närvarande och de fyra föregående mötenas")
    parser.add_argument("--attach", choices=("docx", "html", "none"), default="docx",
                        help="bifoga kallelsen som docx (standard) eller html, eller inget, vid --send")
    add_send_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Write the notice, or send it."""
    from brå_tui.export.notice import NoticeFormatError, render_notice
    from brå_tui.questions.notice import NoticeError, build_notice

    args.format = output_format(args.output, args.format, "txt")
    date = meeting_day(args, args.date)
    refuse_passed(date)
    issued = parse_day(args.issued, "--issued")
    if (args.dry_run or args.again or args.yes) and not args.send:
        raise UsageError("--dry-run, --again och --yes hör till --send.")
    from brå_tui.questions.indexed import IndexMeetings

    with open_index(args) as index:
        try:
            notice = build_notice(IndexMeetings(index), date, issued=issued)
        except NoticeError as err:
            raise UserError(str(err)) from None
        say_if_none_ahead(index, date, notice)
        council = index.council
        if args.send:
            from brå_tui.mail.outbox import members_from
            from brå_tui.questions.indexed import directory

            # The mail goes to the members of the last meetings, found by people.toml and the attendees.
            names = members_from(notice, index.meetings(newest_first=True, until=notice.meeting.date))
            return _send(index.root, council, directory(index), names, notice, args)
    try:
        data = render_notice(notice, council, args.format)
    except NoticeFormatError as err:
        raise UserError(str(err)) from None
    emit(data, args.output, binary=args.format == "docx", store=index.root, force=args.force)
    return 0


def _send(root: Path, council: Council, directory: Directory, names: list[str], notice: Notice,
          args: argparse.Namespace) -> int:
    from brå_tui.mail.outbox import MailSetupError, deliver, mail_settings, notice_outgoing_to
    from brå_tui.mail.send import MailError, transport

    try:
        settings = mail_settings(council)
        outgoing, unreachable = notice_outgoing_to(council, directory, names, notice, settings,
                                                   None if args.attach == "none" else args.attach)
        if not outgoing:
            report_none = "Ingen av rådets medlemmar har e-post i people.toml; inget skickades."
            for u in unreachable:
                print(f"bra: {u.written}: {u.reason}.", file=sys.stderr)
            raise UserError(report_none)
        if not confirm(outgoing, "kallelsen", args):
            print("Inget skickades.", file=sys.stderr)
            return 1
        way = transport(settings, Path(args.dry_run) if args.dry_run else None)
    except (MailSetupError, MailError) as err:
        raise UserError(str(err)) from None
    outcome = deliver(root, outgoing, way, again=args.again, log=not args.dry_run)
    return report(outcome, unreachable, args.dry_run)
