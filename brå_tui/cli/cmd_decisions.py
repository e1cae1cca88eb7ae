"""`bra decisions`: the register of decisions, with amounts summed in total and per account."""

from __future__ import annotations

import argparse
from typing import Any

from brå_tui.cli.common import UsageError, add_json, console, open_store, print_json


def register(subparsers: Any) -> None:
    """Add the decisions command."""
    parser = subparsers.add_parser(
        "decisions", help="beslutsregistret med belopp och konton",
        description="Visar alla beslut: datum, ärende, beslutstext, belopp och konto, med summan totalt och per konto.")
    parser.add_argument("--year", metavar="ÅR", type=int, help="bara beslut från ett år, t.ex. 2024")
    add_json(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the register of decisions."""
    if args.year is not None and not 1900 <= args.year <= 9999:
        raise UsageError(f"{args.year} är inget rimligt år; skriv det med fyra siffror, t.ex. 2024.")
    from brå_tui.questions.decisions import decision_register
    from brå_tui.views.decisions import decisions_view

    store = open_store(args)
    register = decision_register(store, args.year)
    if args.json:
        print_json({
            "year": args.year,
            "decisions": [{"date": r.date, "meeting_key": r.meeting_key, "item_title": r.item_title, "text": r.text,
                           "amount_sek": r.amount_sek, "account": r.account} for r in register.rows],
            "total_sek": register.total_sek,
            "by_account": register.by_account,
        })
        return 0
    console().print(decisions_view(register, args.year))
    return 0
