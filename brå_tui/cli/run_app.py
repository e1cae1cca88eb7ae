"""`bra` with no command: the full-screen app (the only place the CLI imports Textual)."""

from __future__ import annotations

import argparse

from brå_tui.cli.common import store_root


def run_app(args: argparse.Namespace) -> int:
    """Find the store (one sentence and exit 1 when there is none), then run the app until it quits."""
    root = store_root(args)
    from brå_tui.tui.app import BraApp

    BraApp(root).run()
    return 0
