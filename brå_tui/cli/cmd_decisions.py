"""`bra decisions`: the register of decisions, with amounts summed in total and per account."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from brå_tui.cli.common import UsageError, add_json, console, open_store, print_json


def register(subparsers: Any) -> None:
    """Add the decisions command."""
    parser = subparsers.add_parser(
        "decisions", help="beslutsregistret med belopp och konton",
        description="Visar alla beslut: datum, ärende, beslutstext, belopp och konto, med summan totalt och per konto, "
                    "och om varje beslut verkställts (carried_out) eller återrapporterats (reported_back).")
    parser.add_argument("--year", metavar="ÅR", type=int, help="bara beslut från ett år, t.ex. 2024")
    parser.add_argument("--open", action="store_true",
                        help="bara beslut som ännu inte verkställts eller återrapporterats")
    add_json(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the register of decisions."""
    if args.year is not None and not 1900 <= args.year <= 9999:
        raise UsageError(f"{args.year} är inget rimligt år; skriv det med fyra siffror, t.ex. 2024.")
    from brå_tui.questions.decisions import decision_register
    from brå_tui.views.decisions import decisions_view

    store = open_store(args)
    register = decision_register(store, args.year, open_only=args.open)
    today = dt.date.today()
    if args.json:
        print_json({
            "year": args.year,
            "decisions": [{"date": r.date, "meeting_key": r.meeting_key, "item_title": r.item_title, "text": r.text,
                           "amount_sek": r.amount_sek, "account": r.account, "carried_out": r.carried_out,
                           "carried_out_by": r.carried_out_by, "carried_out_note": r.carried_out_note,
                           "reported_back": r.reported_back, "open": r.is_open, "age_days": r.age_days(today)}
                          for r in register.rows],
            "total_sek": register.total_sek,
            "by_account": register.by_account,
        })
        return 0
    console().print(decisions_view(register, args.year, args.open, today))
    return 0
