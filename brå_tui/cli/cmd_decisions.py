"""`bra decisions`: the register of decisions, with amounts summed in total and per account."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any

from brå_tui.cli.common import (
    add_json,
    console,
    fitting_rows,
    more_note,
    open_index,
    piped,
    plain_width,
    print_json,
    rows_shown,
    write_lines,
    year,
)

if TYPE_CHECKING:
    from rich.console import RenderableType


def register(subparsers: Any) -> None:
    """Add the decisions command."""
    parser = subparsers.add_parser(
        "decisions", help="beslutsregistret med belopp och konton",
        description="Visar alla beslut: datum, ärende, beslutstext, belopp och konto, med summan totalt och per konto, "
                    "och om varje beslut verkställts (carried_out) eller återrapporterats (reported_back).")
    parser.add_argument("--year", metavar="ÅR", help="bara beslut från ett år, t.ex. 2024")
    parser.add_argument("--open", action="store_true",
                        help="bara beslut som ännu inte verkställts eller återrapporterats")
    parser.add_argument("--all", action="store_true", help="visa alla beslut även i en terminal")
    add_json(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the register of decisions."""
    if args.year is not None:
        args.year = year(args.year)
    from brå_tui.questions.indexed import register as decision_register
    from brå_tui.store.queries import decision_texts

    with open_index(args) as index:
        today = dt.date.today()
        if args.json:
            register = decision_register(index, args.year, open_only=args.open)
            print_json({
                "year": args.year,
                "decisions": [{"date": r.date, "meeting_key": r.meeting_key, "item_title": r.item_title,
                               "text": r.text, "amount_sek": r.amount_sek, "account": r.account,
                               "carried_out": r.carried_out, "carried_out_by": r.carried_out_by,
                               "carried_out_note": r.carried_out_note, "reported_back": r.reported_back,
                               "open": r.is_open, "age_days": r.age_days(today)}
                              for r in register.rows],
                "total_sek": register.total_sek,
                "by_account": register.by_account,
            })
            return 0
        limit = rows_shown(args)
        if limit is None:
            from brå_tui.views.decisionlines import decision_text_lines

            write_lines(decision_text_lines(decision_texts(index, args.year), args.year, plain_width(), args.open,
                                            today, whole_rows=piped()))
            return 0
        from dataclasses import replace

        from brå_tui.views.decisions import decisions_view

        kept = decision_register(index, args.year, keep=limit, open_only=args.open)  # read once, sliced below

        def newest(n: int) -> RenderableType:
            register = replace(kept, rows=kept.rows[max(0, len(kept.rows) - n):])
            note = more_note(len(register.rows), register.count, "beslut")
            return decisions_view(register, args.year, args.open, today, note)

        console().print(fitting_rows(limit, newest))
    return 0
