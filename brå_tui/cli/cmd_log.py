"""`bra log`: the rolling action log, open items by default, by owner or by area."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from brå_tui.cli.common import (
    UsageError,
    UserError,
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
)
from brå_tui.cli.picture_options import add_picture_options, save_pictures

if TYPE_CHECKING:
    from rich.console import RenderableType

    from brå_tui.questions.actionlog import LogEntry
    from brå_tui.questions.people import Directory


def register(subparsers: Any) -> None:
    """Add the log command."""
    parser = subparsers.add_parser(
        "log", help="åtgärdsloggen: uppföljningarna över alla möten",
        description="Visar varje uppföljning en gång: senaste rubrik, status, ansvariga och läge, första och "
                    "senaste möte och hur länge den varit öppen. TAPPAD: försvann utan att avslutas; "
                    "STÅR STILL: öppen i tre möten i rad med samma status; FÖRSENAD: öppen efter sitt datum.")
    parser.add_argument("--all", action="store_true",
                        help="visa även klara och strukna, och alla rader även i en terminal")
    parser.add_argument("--owner", metavar="NAMN", help="bara det som NAMN är ansvarig för")
    parser.add_argument("--area", metavar="OMRÅDE", help="bara det som rör ett riskområde")
    parser.add_argument("--overdue", action="store_true",
                        help="bara öppna ärenden vars datum (senast) har passerat")
    add_json(parser)
    add_picture_options(parser)
    parser.set_defaults(run=run)


def entry_json(entry: LogEntry) -> dict[str, Any]:
    """A log entry as JSON-ready data with stable English names."""
    return {
        "id": entry.id, "title": entry.title, "status": entry.status, "owners": entry.owners,
        "state": entry.state, "areas": entry.areas, "first": entry.first, "last": entry.last,
        "first_key": entry.first_key, "last_key": entry.last_key, "open_meetings": entry.open_meetings,
        "dropped": entry.dropped, "stalled": entry.stalled, "due": entry.due, "overdue": entry.overdue,
        "history": [{"meeting_key": h.meeting_key, "date": h.date, "title": h.followup.title,
                     "status": h.followup.status, "owners": h.followup.owners, "state": h.followup.state}
                    for h in entry.history],
    }


def check_owner(directory: Directory, entries: list[LogEntry], name: str) -> None:
    """Fail with one sentence when a name is ambiguous, or names nobody and no owner is written so."""
    from brå_tui.views.loglines import owner_problem

    problem = owner_problem(directory, entries, name)
    if problem is not None:
        raise UserError(problem)


def run(args: argparse.Namespace) -> int:
    """Print the action log, filtered as asked."""
    from brå_tui.questions.actionlog import filter_log
    from brå_tui.questions.indexed import directory as directory_of
    from brå_tui.questions.indexed import log_entries
    from brå_tui.text import fold, listed

    with open_index(args) as index:
        # Without --all only the open entries are shown; --owner and --area look among all to know the name.
        entries = log_entries(index, history=args.json,
                              open_only=not args.all and args.owner is None and args.area is None)
        directory = directory_of(index)
        areas = index.council.areas
    if args.owner is not None:
        if not args.owner.strip():
            raise UsageError("--owner behöver ett namn.")
        check_owner(directory, entries, args.owner)
    if args.area is not None:
        known = [*areas, *(a for e in entries for a in e.areas)]
        if not any(fold(a) == fold(args.area) for a in known):
            raise UsageError(f"Inget riskområde heter \"{args.area}\"; välj bland: {listed(areas)}.")
    shown = filter_log(entries, directory, include_closed=args.all, owner=args.owner, area=args.area,
                       overdue=args.overdue)
    if args.json:
        print_json({"entries": [entry_json(e) for e in shown]})
        return 0
    note = _note(args, directory)
    from brå_tui.questions.people import with_owners_shown

    shown = with_owners_shown(directory, shown)  # "Mikael J" of older notes as Mikael Jansson
    pictured = args.html or args.svg
    limit = None if pictured else rows_shown(args)
    if limit is None and not pictured:
        from brå_tui.views.loglines import log_lines

        write_lines(log_lines(shown, plain_width(), note=note, whole_rows=piped()))
        return 0
    from brå_tui.views.actionlog import log_view

    def newest(n: int) -> RenderableType:
        more = more_note(n, len(shown), "uppföljningar")
        return log_view(shown[len(shown) - n:], note=" ".join(x for x in (note, more) if x))

    if pictured:
        save_pictures(args, newest(len(shown)), "Åtgärdslogg")
    else:
        console().print(fitting_rows(min(limit or len(shown), len(shown)), newest))
    return 0


def _note(args: argparse.Namespace, directory: Directory) -> str:
    parts = ["alla uppföljningar" if args.all else "öppna uppföljningar"]
    if args.overdue:
        parts[0] = "försenade uppföljningar"
    if args.owner:
        parts.append(f"ansvarig: {directory.resolve(args.owner).shown()}")
    if args.area:
        parts.append(f"område: {args.area}")
    if not args.all and not args.overdue:
        parts.append("--all visar även klara och strukna")
    return "Visar " + "; ".join(parts) + "."
