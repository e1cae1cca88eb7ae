"""`bra list`: the meetings newest first, the planned ones, and the files that could not be read."""

from __future__ import annotations

import argparse
from typing import Any

from brå_tui.cli.common import (
    add_json,
    console,
    more_note,
    open_index,
    piped,
    plain_width,
    print_json,
    rows_shown,
    write_lines,
)


def register(subparsers: Any) -> None:
    """Add the list command."""
    parser = subparsers.add_parser(
        "list", help="mötena, nyaste först, och de planerade",
        description="Visar mötena, nyaste först: datum, tid, plats och antal närvarande, ärenden, beslut "
                    "och uppföljningar; sedan de planerade mötena ur senaste tidplanen. I en terminal visas "
                    "de senaste mötena som får plats och hur många fler det finns, och av många planerade möten de "
                    "närmaste; till en fil eller ett rör "
                    "skrivs alla.")
    parser.add_argument("--all", action="store_true", help="visa alla möten även i en terminal")
    add_json(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the list of meetings."""
    import datetime as dt

    from brå_tui.questions.ahead import has_passed
    from brå_tui.questions.indexed import IndexMeetings, planned
    from brå_tui.questions.notice import next_meeting_day
    from brå_tui.store.queries import broken_meeting_findings, meeting_count, summaries
    from brå_tui.views.format import weekday
    from brå_tui.views.listinglines import broken_from

    now = dt.datetime.now()
    today = now.date()
    with open_index(args) as index:
        broken = broken_from(broken_meeting_findings(index))
        ahead = planned(index)
        # The same next meeting as the notice, the reminders and the app name (today's until its end has passed).
        upcoming = next_meeting_day(IndexMeetings(index), ahead, today, now.time())
        if args.json:
            print_json({
                "meetings": [{"key": m.key, "date": m.date, "weekday": weekday(m.date), "start": m.start,
                              "end": m.end, "place": m.place, **m.counts()} for m in summaries(index)],
                "planned": [{"date": s.date, "weekday": weekday(s.date), "start": s.start, "end": s.end,
                             "place": s.place, "passed": has_passed(s.date, today)} for s in ahead],
                "next": upcoming,
                "broken": [{"key": b.key, "date": b.date, "message": b.reason, "line": b.line} for b in broken],
            })
            return 0
        limit = rows_shown(args)
        if limit is None:
            from brå_tui.views.listinglines import listing_lines

            write_lines(listing_lines(summaries(index), broken, ahead, plain_width(), today, upcoming,
                                      whole_rows=piped()))
            return 0
        from brå_tui.views.listing import listing

        # The planned meetings and the broken files below the list take their share of the screen: of many planned
        # ones, the nearest that fit a third of it: from the first still ahead, or the last ones when fewer are.
        room = max(3, limit // 3)
        first = next((i for i, s in enumerate(ahead) if not has_passed(s.date, today)), len(ahead))
        start = max(0, min(first, len(ahead) - room))
        nearest = ahead[start:start + room]
        planned_note = more_note(len(nearest), len(ahead), "planerade möten", "närmaste")
        # (the line naming the next meeting is the 1)
        limit = max(5, limit - len(nearest) - (2 if planned_note else 0) - 1 - (len(broken) + 3 if broken else 0))
        shown = list(summaries(index, limit))
        note = more_note(len(shown), meeting_count(index), "möten")
        console().print(listing(shown, broken, nearest, note, planned_note, today, upcoming))
    return 0
