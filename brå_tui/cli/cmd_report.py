"""`bra report YEAR`: the year in one report (verksamhetsberättelse)."""

from __future__ import annotations

import argparse
from typing import Any

from brå_tui.cli.common import UserError, add_output, emit, open_index, output_format, plain_width, year


def register(subparsers: Any) -> None:
    """Add the report command."""
    parser = subparsers.add_parser(
        "report", help="verksamhetsberättelsen för ett år",
        description="Gör årets verksamhetsberättelse ur anteckningarna: möten och närvaro per person och "
                    "organisation, beslut med summor per konto och om de verkställts, uppföljningar (nya, "
                    "avslutade, avskrivna, tappade, stillastående, mediantid till avslut), lägesbilden per "
                    "område med trend och områden utan åtgärd. Html och docx får diagram.")
    parser.add_argument("year", metavar="ÅR", help="året, t.ex. 2024")
    parser.add_argument("--format", "-f", choices=("md", "html", "txt", "docx"),
                        help="dokumentets format (standard det som filnamnet efter -o anger, annars txt)")
    add_output(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Write the report."""
    from brå_tui.export.report import ReportFormatError, render_report
    from brå_tui.questions.indexed import year_report

    chosen = year(args.year)
    args.format = output_format(args.output, args.format, "txt")
    with open_index(args) as index:
        broken = index.broken()
        if broken:
            names = ", ".join(f.path.name for f in broken)
            raise UserError(f"Rapporten blir inte gjord: {names} kunde inte läsas, så siffrorna skulle bli fel. "
                            "Rätta filerna (bra check visar var) och försök igen.")
        report = year_report(index, chosen)
        council, root = index.council, index.root
    try:
        # To standard output laid out as every command's lines are (the terminal's width, $COLUMNS to a pipe); a
        # file for 80 columns.
        width = plain_width() if args.output in (None, "-") else 80
        data = render_report(report, council, args.format, width)
    except ReportFormatError as err:
        raise UserError(str(err)) from None
    emit(data, args.output, binary=args.format == "docx", store=root, force=args.force)
    return 0
