"""`bra sync`: pull the store's changes from its git remote with rebase, then push the local ones."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from brå_tui.cli.common import UserError, store_root


def register(subparsers: Any) -> None:
    """Add the sync command."""
    parser = subparsers.add_parser(
        "sync", help="hämta och skicka ändringar för en lagring i git",
        description="Hämtar ändringar från lagringens fjärr-git (pull med rebase) och skickar de egna. "
                    "Om samma möte ändrats på båda ställena avbryts synkroniseringen, lagringen lämnas som "
                    "den var och båda versionerna sparas; --mine låter den här lagringens version gälla, "
                    "--theirs den andras.")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--mine", action="store_true",
                       help="vid konflikt gäller den här lagringens version av mötet "
                            "(den andra finns kvar i historiken)")
    group.add_argument("--theirs", action="store_true",
                       help="vid konflikt gäller den andra versionen (den här finns kvar i historiken)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Sync the store with its remote and say what happened."""
    from brå_tui.store.gitrun import GitError
    from brå_tui.store.gitsync import sync

    try:
        result = sync(store_root(args), mine=args.mine, theirs=args.theirs)
    except GitError as err:
        raise UserError(str(err)) from None
    print(result.summary(), file=sys.stdout)
    return 0
