"""`bra check`: validate the whole store, one line per finding, exit 1 on any error."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from brå_tui.cli.common import add_json, more_note, print_json, rows_shown, store_root, write_lines


def register(subparsers: Any) -> None:
    """Add the check command."""
    parser = subparsers.add_parser(
        "check", help="kontrollera lagringen: fil, rad och kolumn för varje fel",
        description="Kontrollerar varje fil i lagringen och skriver en rad per fynd: "
                    "sökväg:rad:kolumn: fel|varning: meddelande (så att en editor kan hoppa dit; --json ger "
                    "samma fynd för skript). Avslutar med status 1 om något fel hittas.")
    parser.add_argument("--fix", action="store_true",
                        help="ta först bort tillfälliga filer som avbrutna sparningar lämnat kvar")
    parser.add_argument("--all", action="store_true", help="visa alla fynd även i en terminal")
    add_json(parser)
    parser.add_argument("--upgrade", action="store_true",
                        help="skriv om lagringens filer i det nyaste formatet (format 2), med kommentarer och "
                             "layout kvar; görs före kontrollen")
    parser.set_defaults(run=run)


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def summary(meetings: int, errors: int, warnings: int) -> str:
    """The closing line: '2 möten, 0 fel, 1 varning'."""
    return ", ".join([_plural(meetings, "möte", "möten"), f"{errors} fel", _plural(warnings, "varning", "varningar")])


def upgrade(root: Any) -> None:
    """Write the store's files in the newest format and say which, on standard error."""
    from brå_tui.store.upgrade import upgrade_store

    done = upgrade_store(root)
    for path in done.upgraded:
        print(f"Uppgraderade {path} till format 2.", file=sys.stderr)
    for reason in [*done.skipped, *done.notes]:
        print(f"bra: {reason}", file=sys.stderr)
    if not done.upgraded and not done.skipped:
        print("Alla filer har redan format 2.", file=sys.stderr)


def _fitting(findings: list[str]) -> int:
    """How many of the first findings fit on the terminal, each counted by the lines it takes there (a long path
    wraps), with the note of the rest, the count of findings and the prompt below; at least one."""
    import shutil

    from brå_tui.cli.common import FittedLines

    size = shutil.get_terminal_size()
    lines = FittedLines(sys.stdout, size.columns).lines
    note = more_note(len(findings) - 1, len(findings), "fynd", "första") or ""
    room = size.lines - 2 - (lines(note).count("\n") + 1)  # the count of findings, the prompt, the note
    used = count = 0
    for text in findings:
        used += lines(text).count("\n") + 1
        if used > room:
            break
        count += 1
    return max(1, count)


def run(args: argparse.Namespace) -> int:
    """Check the store and print the findings; 1 if there is any error."""
    from brå_tui.questions.check import check_store, remove_leftovers

    root = store_root(args, diagnose=True)
    if args.fix:
        for path, failure in remove_leftovers(root):
            if failure is None:
                print(f"bra: Tog bort {path} (en tillfällig fil från en sparning som avbröts).", file=sys.stderr)
            else:
                print(f"bra: Kunde inte ta bort {path}: {failure}.", file=sys.stderr)
    if args.upgrade:
        upgrade(root)
    result = check_store(root)
    if args.json:
        print_json({
            "meetings": result.meetings,
            "errors": result.errors,
            "warnings": result.warnings,
            "findings": [{"file": str(f.path), "line": f.line, "column": f.column,
                          "severity": f.severity, "message": f.message} for f in result.findings],
        })
    elif rows_shown(args) is not None and (shown := _fitting([str(f) for f in result.findings])) < len(result.findings):
        # A terminal gets the first findings that fit, each by the lines it takes there, and how many are left out.
        write_lines(str(finding) for finding in result.findings[:shown])
        print(more_note(shown, len(result.findings), "fynd", "första"))
    else:
        write_lines(str(finding) for finding in result.findings)
    sys.stdout.flush()
    print(summary(result.meetings, result.errors, result.warnings), file=sys.stderr)
    return 1 if result.errors else 0
