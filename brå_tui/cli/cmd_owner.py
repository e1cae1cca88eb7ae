"""`bra owner NAME`: what a person owns and presented; `bra owner --none`: what nobody owns."""

from __future__ import annotations

import argparse
from typing import Any

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


def register(subparsers: Any) -> None:
    """Add the owner command."""
    parser = subparsers.add_parser(
        "owner", help="vad en person är ansvarig för; --none: det som saknar ansvarig",
        description="Visar uppföljningarna som NAMN är ansvarig för (öppna först) och ärendena NAMN har "
                    "föredragit. Namnet kan skrivas som i anteckningarna, t.ex. \"Mikael J\".")
    parser.add_argument("name", metavar="NAMN", nargs="*", help="personens namn, helt eller förkortat")
    parser.add_argument("--none", action="store_true", help="visa uppföljningarna som saknar ansvarig")
    parser.add_argument("--all", action="store_true", help="visa alla rader även i en terminal")
    add_json(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print what a name owns, or what nobody owns."""
    from brå_tui.questions.indexed import directory, log_entries, owned

    name = " ".join(args.name).strip()
    if args.none and name:
        raise UsageError("Ange antingen ett namn eller --none, inte båda.")
    if not args.none and not name:
        raise UsageError("Ange ett namn, t.ex. bra owner \"Mikael J\", eller --none.")
    with open_index(args) as index:
        if args.none:
            entries = log_entries(index, history=args.json)
            from brå_tui.questions.owners import without_owner

            orphans = without_owner(entries)
            if args.json:
                from brå_tui.cli.cmd_log import entry_json

                print_json({"entries": [entry_json(e) for e in orphans]})
            elif (limit := rows_shown(args)) is not None:
                from brå_tui.views.actionlog import log_view
                from brå_tui.views.loglines import WITHOUT_OWNER

                def first(n: int) -> Any:
                    return log_view(orphans[:n], heading=WITHOUT_OWNER,
                                    note=more_note(n, len(orphans), "uppföljningar", "första"))

                console().print(fitting_rows(min(limit, len(orphans)), first))
            else:
                from brå_tui.views.loglines import WITHOUT_OWNER, log_lines

                write_lines(log_lines(orphans, plain_width(), heading=WITHOUT_OWNER, whole_rows=piped()))
            return 0
        answer = owned(index, directory(index), name)
    resolution = answer.resolution
    if resolution.ambiguous:
        from brå_tui.views.loglines import ambiguity_sentence

        raise UserError(ambiguity_sentence(resolution))
    if answer.written_candidates:
        from brå_tui.views.loglines import written_choice_sentence

        raise UserError(written_choice_sentence(name, answer.written_candidates))
    if resolution.unresolved and not answer.rows:
        raise UserError(f"Ingen person heter \"{name}\".")
    if args.json:
        print_json({
            "name": name,
            "resolved": resolution.person.name if resolution.person else None,
            "followups": [{"id": r.entry.id if r.entry else None, "title": r.title, "status": r.status,
                           "state": r.state, "meeting_key": r.meeting_key, "date": r.date,
                           "dropped": bool(r.entry and r.entry.dropped), "stalled": bool(r.entry and r.entry.stalled)}
                          for r in answer.rows if r.kind == "uppföljning"],
            "presented": [{"kind": "item" if r.kind == "ärende" else "other", "title": r.title,
                           "meeting_key": r.meeting_key, "date": r.date}
                          for r in answer.rows if r.kind != "uppföljning"],
        })
        return 0
    limit = rows_shown(args)
    if limit is None:
        from brå_tui.views.loglines import owner_lines

        write_lines(owner_lines(answer, plain_width(), whole_rows=piped()))
        return 0
    from dataclasses import replace

    from rich.console import Group
    from rich.text import Text

    from brå_tui.views.owner import owner_view  # rich is loaded only for the table, never for --json

    def first_rows(n: int) -> Any:
        note = more_note(n, len(answer.rows), "rader", "första")
        shown = answer.rows[:n]
        left_out = any(r.kind != "uppföljning" for r in answer.rows[n:]) and \
            all(r.kind == "uppföljning" for r in shown)
        view = owner_view(replace(answer, rows=shown), presented_left_out=left_out)
        return Group(view, Text(), Text(note)) if note else view

    console().print(fitting_rows(min(limit, len(answer.rows)), first_rows))
    return 0
