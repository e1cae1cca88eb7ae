"""`bra export DATE --format md|html|txt|docx [--public] [-o FILE]` and `bra export --ics [-o FILE]`."""

from __future__ import annotations

import argparse
from typing import Any

from brå_tui.cli.common import UsageError, UserError, add_output, emit, open_index, output_format

FORMATS = ("md", "html", "txt", "docx")


def register(subparsers: Any) -> None:
    """Add the export command."""
    parser = subparsers.add_parser(
        "export", help="anteckningarna som dokument, eller tidplanen som kalender",
        description="Skriver ett mötes anteckningar som dokument i rådets egen uppställning (md, html, txt "
                    "eller docx), eller med --ics alla planerade möten som en kalenderfil (iCalendar). "
                    "Med --public utelämnas anteckningar och beslut i ärenden markerade som sekretessbelagda.")
    parser.add_argument("date", metavar="DATUM", nargs="?", help="mötets datum, t.ex. 2024-11-15, eller latest")
    parser.add_argument("--format", "-f", choices=FORMATS,
                        help="dokumentets format (standard det som filnamnet efter -o anger, annars md)")
    parser.add_argument("--public", action="store_true",
                        help="för publicering: utelämna anteckningar och beslut i sekretessbelagda ärenden")
    parser.add_argument("--ics", action="store_true", help="skriv tidplanens möten som kalenderfil i stället")
    add_output(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Make the document or calendar and write it."""
    from brå_tui.store.paths import StoreError, check_key

    if args.ics and args.date:
        raise UsageError("Ange antingen ett DATUM eller --ics, inte båda.")
    if not args.ics and not args.date:
        raise UsageError("Ange mötets DATUM (t.ex. 2024-11-15) eller --ics.")
    if args.ics and (args.format or args.public):
        given = " och ".join(option for option, used in (("--format", args.format), ("--public", args.public)) if used)
        raise UsageError(f"--ics skriver alltid en kalenderfil; {given} hör till ett mötes dokument.")
    if args.ics:
        output_format(args.output, "ics", "ics")
    else:
        args.format = output_format(args.output, args.format, "md")
    if args.date and args.date != "latest":
        try:
            check_key(args.date)
        except StoreError as err:
            raise UsageError(str(err)) from None
    with open_index(args) as index:
        if args.ics:
            from brå_tui.export.calendar import CalendarError, calendar_ics
            from brå_tui.questions.indexed import announced, held

            try:
                data = calendar_ics(index.council, announced(index), held(index))
            except CalendarError as err:
                raise UserError(str(err)) from None
        else:
            from brå_tui.export.document import ExportError, export_meeting
            from brå_tui.questions.indexed import directory

            try:
                data = export_meeting(index, args.date, args.format, args.public, directory(index))
            except ExportError as err:
                raise UserError(str(err)) from None
    emit(data, args.output, binary=args.format == "docx" and not args.ics, store=index.root, force=args.force)
    return 0
