"""`bra history DATE`: who changed a meeting and when; the diff of one version; restoring one."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from brå_tui.cli.common import UserError, add_json, console, meeting_key, print_json, store_root


def register(subparsers: Any) -> None:
    """Add the history command."""
    parser = subparsers.add_parser(
        "history", help="ett mötes historik i git: vem ändrade vad och när",
        description="Visar varje version av ett möte (för en lagring i git): version, datum, vem och vad. "
                    "--diff VERSION visar vad den versionen ändrade; --restore VERSION gör den versionen "
                    "till den gällande som en ny version (inget skrivs om).")
    parser.add_argument("date", metavar="DATUM",
                        help="mötets datum, till exempel 2024-11-15, eller latest för det senaste")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--diff", metavar="VERSION", help="visa ändringen i en version")
    group.add_argument("--restore", metavar="VERSION", help="återställ mötet till en version (som en ny version)")
    add_json(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """List, diff or restore versions of one meeting."""
    from brå_tui.store.gitrun import GitError

    root = store_root(args)
    key = meeting_key(args, args.date)
    try:
        if args.restore:
            return _restore(root, key, args.restore)
        if args.diff:
            return _diff(root, key, args.diff, args.json)
        return _list(root, key, args.json)
    except GitError as err:
        raise UserError(str(err)) from None


def _list(root: Any, key: str, as_json: bool) -> int:
    from brå_tui.store.gitstore import history

    versions = history(root, key)
    if as_json:
        print_json([{"rev": v.rev, "short": v.short, "author": v.author, "email": v.email,
                     "date": v.date.isoformat(), "message": v.message} for v in versions])
        return 0
    if not versions:
        raise UserError(f"Mötet {key} har ingen historik i git (finns det, och är det incheckat?).")
    from rich.console import Group

    from brå_tui.views.meeting import section_title
    from brå_tui.views.plain import cell
    from brå_tui.views.tables import table

    # The shape of every table (views.tables): between words, as records where the columns do not fit.
    versions_table = table()
    versions_table.add_column("Version", no_wrap=True)
    versions_table.add_column("Datum", no_wrap=True)
    versions_table.add_column("Vem")
    versions_table.add_column("Vad")
    for v in versions:
        versions_table.add_row(v.short, v.date.strftime("%Y-%m-%d %H:%M"), cell(v.author), cell(v.message))
    console().print(Group(section_title(f"Historik för mötet {key}"), versions_table))
    return 0


def _diff(root: Any, key: str, rev: str, as_json: bool) -> int:
    from brå_tui.store.gitrun import require_work_tree
    from brå_tui.store.gitstore import diff, history, resolve, version_files
    from brå_tui.store.paths import meeting_path
    from brå_tui.views.fieldchanges import LEGEND, changes_text, file_changes

    if as_json:
        print_json({"meeting": key, "rev": rev, "diff": diff(root, key, rev)})
        return 0
    before, after = version_files(root, key, rev)
    if before == after:
        raise UserError(f"Version {rev} ändrade inte mötet {key}.")
    # Who made the version, when and why, in Swedish, above what it changed field by field (the editor's names, the
    # values as the app shows them; where a version cannot be read as a meeting, the lines of the file it changed).
    full = resolve(require_work_tree(root), rev)  # a short hash, HEAD, HEAD~1: the version's full hash
    version = next((v for v in history(root, key) if v.rev == full), None)
    heading = (f"Version {version.short}, {version.date.strftime('%Y-%m-%d %H:%M')}, {version.author}\n"
               f"{version.message}\n" if version is not None else "")
    changes = file_changes(meeting_path(root, key), before, after)
    out = console()
    if out.no_color:
        sys.stdout.write(f"{heading}({LEGEND})\n{changes}\n")
    else:
        out.print(heading + f"({LEGEND})", markup=False, highlight=False)
        out.print(changes_text(changes))
    return 0


def _restore(root: Any, key: str, rev: str) -> int:
    from brå_tui.store.gitstore import restore

    restore(root, key, rev)
    print(f"Mötet {key} är återställt till version {rev} som en ny version; den förra finns kvar i historiken.")
    return 0
