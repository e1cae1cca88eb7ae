"""`bra` with no command: the full-screen app (the only place the CLI imports Textual)."""

from __future__ import annotations

import argparse

from brå_tui.cli.common import store_root


def run_app(args: argparse.Namespace) -> int:
    """Find the store (one sentence and exit 1 when there is none), then run the app until it quits; an error
    in the app ends it with one sentence naming the crash report (exit 70); a signal that ended it gives 128 + its
    number (see tui.editing.guard)."""
    root = store_root(args)
    from brå_tui.tui.app import BraApp

    app = BraApp(root)
    app.run()
    crash = app.crash()
    if crash is not None:  # the app stopped on an error in itself: one sentence, the traceback in the report
        from brå_tui.cli.common import EXIT_CRASH, fail
        from brå_tui.crash import sentence

        return fail(sentence(*crash), EXIT_CRASH)
    return app.return_code or 0
