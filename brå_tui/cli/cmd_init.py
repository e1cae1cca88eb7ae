"""`bra init PATH`: make an empty store to fill in, optionally kept in git."""

from __future__ import annotations

import argparse
import textwrap
from pathlib import Path
from typing import Any

from brå_tui.cli.common import UserError


def register(subparsers: Any) -> None:
    """Add the init command."""
    parser = subparsers.add_parser(
        "init", help="skapa en tom lagring med council.toml och people.toml att fylla i",
        description="Skapar en tom lagring i SÖKVÄG: council.toml och people.toml med förklarande "
                    "kommentarer, och mappen meetings/. Mappen får inte finnas med innehåll. "
                    "Med --git läggs lagringen i git, så att varje sparning blir en version. Med --shared GRUPP "
                    "görs en delad lagring för en grupp på servern, och bra säger vad som gjordes.")
    parser.add_argument("path", metavar="SÖKVÄG", help="mappen att skapa lagringen i")
    parser.add_argument("--git", action="store_true", help="lägg lagringen i git och gör en första version")
    parser.add_argument("--shared", metavar="GRUPP",
                        help="gör en lagring i git som alla i Unix-gruppen GRUPP kan läsa och skriva: mappen ägs "
                             "av gruppen, har setgid och är stängd för andra, git är inställt för en grupp och "
                             "godkänt med safe.directory; som root blir den också serverns lagring i "
                             "/etc/bra/config.toml om ingen annan är vald där")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Make the store and say what to do next."""
    from brå_tui.oserrors import cause
    from brå_tui.store.folders import expand_home
    from brå_tui.store.gitrun import GitError, GitMissing, git_available
    from brå_tui.store.paths import StoreError
    from brå_tui.store.template import make_store

    root = expand_home(args.path)
    if (args.git or args.shared) and not git_available():
        raise UserError(str(GitMissing()))
    if args.shared:
        return _run_shared(root, args.shared)
    try:
        make_store(root)
        if args.git:
            from brå_tui.store.gitinit import init_repository

            init_repository(root)
    except (StoreError, GitError) as err:
        raise UserError(str(err)) from None
    except OSError as err:
        raise UserError(f"Kunde inte skapa lagringen i {root}: {cause(err)}.") from None
    kept = " i git" if args.git else ""
    print(f"Skapade en tom lagring{kept} i {root}. Fyll i {root / 'council.toml'} och {root / 'people.toml'}, "
          f"och starta sedan med 'bra --store {root}' (eller sätt BRA_STORE={root}).")
    return 0


def _run_shared(root: Path, group: str) -> int:
    """Make a store shared by a Unix group and tell the administrator what was done."""
    from brå_tui.oserrors import cause
    from brå_tui.store.gitrun import GitError
    from brå_tui.store.paths import StoreError
    from brå_tui.store.sharing import make_shared_store

    try:
        done = make_shared_store(root, group)
    except (StoreError, GitError) as err:
        raise UserError(str(err)) from None
    except OSError as err:
        raise UserError(f"Kunde inte skapa den delade lagringen i {root}: {cause(err)}.") from None
    print(f"Skapade en delad lagring i git i {root} för gruppen {group}:")
    for line in done:
        print(textwrap.fill(line, width=78, initial_indent="- ", subsequent_indent="  ",
                            break_on_hyphens=False, break_long_words=False))
    print(textwrap.fill(f"Nästa steg: lägg till användarna med 'usermod -aG {group} NAMN' (det gäller från deras "
                        f"nästa inloggning), fyll i {root / 'council.toml'} och {root / 'people.toml'}, och kör "
                        "'bra doctor' som en av dem för att se att allt stämmer.", width=78, break_on_hyphens=False,
                        break_long_words=False))
    return 0
