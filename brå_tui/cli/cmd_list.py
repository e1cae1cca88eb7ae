"""`bra list`: the meetings newest first, the planned ones, and the files that could not be read."""

from __future__ import annotations

import argparse
from typing import Any

from brå_tui.cli.common import add_json, console, open_store, print_json


def register(subparsers: Any) -> None:
    """Add the list command."""
    parser = subparsers.add_parser(
        "list", help="mötena, nyaste först, och de planerade",
        description="Visar mötena, nyaste först: datum, tid, plats och antal närvarande, ärenden, beslut "
                    "och uppföljningar; sedan de planerade mötena ur senaste tidplanen.")
    add_json(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the list of meetings."""
    from brå_tui.questions.newmeeting import planned
    from brå_tui.views.format import weekday
    from brå_tui.views.listing import broken_files, counts, listing

    store = open_store(args)
    if args.json:
        print_json({
            "meetings": [{"key": m.key, "date": m.date, "weekday": weekday(m.date), "start": m.start, "end": m.end,
                          "place": m.place, **counts(m)} for m in store.meetings_newest_first()],
            "planned": [{"date": s.date, "weekday": weekday(s.date), "start": s.start, "end": s.end,
                         "place": s.place} for s in planned(store)],
            "broken": [{"key": b.key, "date": b.date, "message": b.reason, "line": b.line}
                       for b in broken_files(store)],
        })
        return 0
    console().print(listing(store))
    return 0
