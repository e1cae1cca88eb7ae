"""`bra status`: what needs attention before a meeting, in one screen."""

from __future__ import annotations

import argparse
from typing import Any

from brå_tui.cli.common import add_json, console, fitting_rows, open_index, print_json, rows_shown


def register(subparsers: Any) -> None:
    """Add the status command."""
    parser = subparsers.add_parser(
        "status", help="läget inför ett möte: uppföljningar, områden utan åtgärd, beslut, frånvaro",
        description="Visar på en skärm det ordföranden behöver inför ett möte: öppna, försenade, stillastående "
                    "och tappade uppföljningar; omfattande och återkommande områden i senaste lägesbilden utan "
                    "åtgärd; beslut som inte verkställts; "
                    "ledamöter som inte var med på något av de två senaste mötena. I en terminal visas så många rader "
                    "av varje lista som ryms på skärmen, med hur många fler det finns; --all visar alla.")
    parser.add_argument("--all", action="store_true", help="visa alla rader i varje lista även i en terminal")
    add_json(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the status."""
    from brå_tui.cli.cmd_log import entry_json
    from brå_tui.questions.indexed import directory, status
    from brå_tui.views.status import status_view

    with open_index(args) as index:
        s = status(index)
        people = directory(index)
    if args.json:
        def area(c: Any) -> dict[str, Any]:
            return {"area": c.area, "level": c.level, "reported_at": c.reported_at,
                    "followups": [e.id for e in c.followups],
                    "items": [{"meeting_key": m.key, "title": i.title} for m, i in c.items]}
        print_json({
            "today": s.today,
            "open": [entry_json(e) for e in s.open],
            "overdue": [e.id for e in s.overdue], "stalled": [e.id for e in s.stalled],
            "dropped": [e.id for e in s.dropped],
            "areas_without_action": [area(c) for c in s.uncovered],
            "areas_with_action": [area(c) for c in s.covered],
            "decisions_not_carried_out": [{"date": d.date, "meeting_key": d.meeting_key, "item_title": d.item_title,
                                           "text": d.text, "age_days": d.age_days(s.today)}
                                          for d in s.decisions_open],
            "absent": [{"name": a.name, "last_present": a.last_present} for a in s.absent],
            "last_meetings": s.last_meetings,
        })
        return 0
    from dataclasses import replace

    from brå_tui.questions.people import with_owners_shown

    # "Mikael J" of older notes as Mikael Jansson.
    s = replace(s, open=with_owners_shown(people, s.open), overdue=with_owners_shown(people, s.overdue),
                stalled=with_owners_shown(people, s.stalled), dropped=with_owners_shown(people, s.dropped))
    if rows_shown(args) is None:  # --all, or a pipe or a file: every row
        console().print(status_view(s))
        return 0
    longest = max(len(s.open), len(s.uncovered), len(s.decisions_open), len(s.absent))
    console().print(fitting_rows(longest, lambda n: status_view(s, n)))
    return 0
