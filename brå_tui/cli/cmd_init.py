"""`bra init PATH`: make an empty store to fill in, optionally kept in git."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from brå_tui.cli.common import UserError


def register(subparsers: Any) -> None:
    """Add the init command."""
    parser = subparsers.add_parser(
        "init", help="skapa en tom lagring med council.toml och people.toml att fylla i",
        description="Skapar en tom lagring i SÖKVÄG: council.toml och people.toml med förklarande "
                    "kommentarer, och mappen meetings/. Mappen får inte finnas med innehåll. "
                    "Med --git läggs lagringen i git, så att varje sparning blir en version.")
    parser.add_argument("path", metavar="SÖKVÄG", help="mappen att skapa lagringen i")
    parser.add_argument("--git", action="store_true", help="lägg lagringen i git och gör en första version")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Make the store and say what to do next."""
    from brå_tui.store.gitrun import GitError, GitMissing, git_available
    from brå_tui.store.paths import StoreError
    from brå_tui.store.template import make_store

    root = Path(args.path).expanduser()
    if args.git and not git_available():
        raise UserError(str(GitMissing()))
    try:
        make_store(root)
        if args.git:
            from brå_tui.store.gitinit import init_repository

            init_repository(root)
    except (StoreError, GitError) as err:
        raise UserError(str(err)) from None
    except OSError as err:
        raise UserError(f"Kunde inte skapa lagringen i {root}: {err.strerror or err}.") from None
    kept = " i git" if args.git else ""
    print(f"Skapade en tom lagring{kept} i {root}. Fyll i {root / 'council.toml'} och {root / 'people.toml'}, "
          f"och starta sedan med 'bra --store {root}' (eller sätt BRA_STORE={root}).")
    return 0
