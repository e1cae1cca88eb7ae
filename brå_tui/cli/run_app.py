"""`bra` with no command: the full-screen app (the only place the CLI imports Textual)."""

from __future__ import annotations

import argparse
import sys

from brå_tui.cli.common import UsageError, store_root

# The commands to name when the app cannot start: the everyday questions, each answered without a terminal.
WITHOUT_TERMINAL = ("bra list", "bra show latest", "bra log", "bra check", "bra export", "bra remind")


def terminal_problem() -> str | None:
    """Why the app cannot run here (standard input or output is no terminal: a pipe, a file, cron), as one Swedish
    sentence that names the commands that work without one; None when both are terminals."""
    missing = [name for name, stream in (("standard in", sys.stdin), ("standard ut", sys.stdout))
               if stream is None or not _is_terminal(stream)]
    if not missing:
        return None
    which = ("varken standard in eller standard ut är en terminal" if len(missing) == 2
             else f"{missing[0]} är ingen terminal")
    commands = [f"'{c}'" for c in WITHOUT_TERMINAL]
    named = f"{', '.join(commands[:-1])} och {commands[-1]}"
    return (f"Appen behöver en terminal, men {which} här (till exempel i ett rör eller i cron); alla kommandon "
            f"fungerar utan terminal, till exempel {named} ('bra --help' visar alla).")


def _is_terminal(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):  # closed or no file at all
        return False


def run_app(args: argparse.Namespace) -> int:
    """Find the store (one sentence and exit 1 when there is none), then run the app until it quits; an error
    in the app ends it with one sentence naming the crash report (exit 70); a signal that ended it gives 128 + its
    number (see tui.editing.guard). Without a terminal (standard input or output no terminal) the app would wait
    for keys that never come: one sentence naming the commands that work, and status 2."""
    root = store_root(args)
    if (problem := terminal_problem()) is not None:
        raise UsageError(problem)
    from brå_tui.tui.app import BraApp

    app = BraApp(root)
    app.run()
    crash = app.crash()
    if crash is not None:  # the app stopped on an error in itself: one sentence, the traceback in the report
        from brå_tui.cli.common import EXIT_CRASH, fail
        from brå_tui.crash import sentence

        return fail(sentence(*crash), EXIT_CRASH)
    return app.return_code or 0
