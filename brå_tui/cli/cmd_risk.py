"""`bra risk`: the risk matrix, areas × reported periods, with trend and legend."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from typing import Any

from brå_tui.cli.common import (
    FIRST_YEAR,
    UsageError,
    add_json,
    console,
    open_index,
    plain_width,
    print_json,
    write_lines,
)
from brå_tui.cli.picture_options import add_picture_options, save_pictures
from brå_tui.text import quoted

SPAN = re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")  # ASCII digits only, as every date and year a command takes


def register(subparsers: Any) -> None:
    """Add the risk command."""
    parser = subparsers.add_parser(
        "risk", help="riskmatrisen: områden × perioder, med trend",
        description="Visar lägesbilden över sociala risker från alla möten: varje område per period med ord, "
                    "symbol och färg, trenden och en förklaring. Får inte alla perioder plats visas de senaste.")
    parser.add_argument("--from", dest="start", metavar="ÅÅÅÅ-MM",
                        help="visa perioder från och med (ÅÅÅÅ, ÅÅÅÅ-MM eller ett datum)")
    parser.add_argument("--to", dest="end", metavar="ÅÅÅÅ-MM",
                        help="visa perioder till och med (ÅÅÅÅ, ÅÅÅÅ-MM eller ett datum)")
    add_json(parser)
    add_picture_options(parser)
    parser.set_defaults(run=run)


def _check_span(value: str | None, option: str) -> None:
    """A year, a month (1–12) of a year or a real date; anything else is a usage error."""
    if value is None:
        return
    valid = bool(SPAN.fullmatch(value)) and int(value[:4]) >= FIRST_YEAR
    if valid and len(value) > 4:
        try:
            dt.date.fromisoformat(value if len(value) == 10 else f"{value}-01")
        except ValueError:
            valid = False
    if not valid:
        raise UsageError(f"{option} {quoted(value)} är ingen period; skriv ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD, "
                         "t.ex. 2024-11.")


def run(args: argparse.Namespace) -> int:
    """Print the risk matrix for the chosen span."""
    _check_span(args.start, "--from")
    _check_span(args.end, "--to")
    if args.start and args.end and args.start[:len(args.end)] > args.end[:len(args.start)]:
        raise UsageError(f"--from {args.start} ligger efter --to {args.end}; ange den tidigare perioden först.")
    from brå_tui.questions import indexed
    from brå_tui.views.risklines import column_key, in_span

    with open_index(args) as index:
        matrix = indexed.matrix(index)
        areas = indexed.coverage(index, matrix)
        levels = index.council.levels
    span = [c for c in matrix.columns if in_span(c, args.start, args.end)] if args.start or args.end else matrix.columns
    if args.json:
        print_json({
            "areas": matrix.areas,
            "unknown_areas": matrix.unknown_areas,
            "meanings": levels,
            "columns": [{"label": c.label, "key": column_key(c), "meeting_key": c.meeting_key, "date": c.date,
                         "period": c.period, "source": c.source, "levels": c.levels} for c in span],
            "trends": {area: matrix.trend(area, span if len(span) != len(matrix.columns) else None)
                       for area in matrix.rows},
            "coverage": [{"area": c.area, "level": c.level, "reported_at": c.reported_at, "action": c.covered,
                          "followups": [e.id for e in c.followups],
                          "items": [{"meeting_key": key, "title": i.title} for key, i in c.items]} for c in areas],
        })
        return 0
    if not (args.html or args.svg or sys.stdout.isatty()):
        # To a pipe or a file: plain lines, laid out as on a terminal of that width (no Rich is loaded).
        from brå_tui.views.risklines import risk_lines

        write_lines(risk_lines(matrix, levels, span, areas, plain_width()))
        return 0
    from rich.console import Group
    from rich.text import Text

    from brå_tui.views.coverage import coverage_view
    from brå_tui.views.risk import risk_view

    shown = Group(risk_view(matrix, levels, columns=span), Text(), coverage_view(areas, levels))
    if args.html or args.svg:
        save_pictures(args, shown, "Lägesbild sociala risker")
        return 0
    console().print(shown)
    return 0
