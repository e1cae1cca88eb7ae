"""The `bra` command: parse the arguments, run one command, turn every failure into one sentence."""

from __future__ import annotations

import argparse
import importlib
import os
import sqlite3
import sys
from collections.abc import Sequence
from typing import Any

from brå_tui.cli import argparse_sv
from brå_tui.cli.common import (
    EXIT_CRASH,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_STATUSES,
    EXIT_USAGE,
    STORE_HELP,
    PrintableStream,
    UsageError,
    UserError,
    fail,
    printable_output,
    store_root,
)
from brå_tui.cli.paths import check_paths

# Each command lives in brå_tui/cli/cmd_<name>.py with `register(subparsers)` and `run(args) -> int`.
# Command modules import only what parsing needs at the top, so a quick question never loads Textual.
COMMANDS = ["list", "show", "risk", "log", "owner", "decisions", "search", "check", "new", "init",
            "import", "export", "kallelse", "remind", "status", "report", "history", "sync", "doctor"]


class _Parser(argparse.ArgumentParser):
    """An argument parser whose help option and errors are in Swedish, its help fitted to the width
    (cli.helpformat); an error exits with status 2."""

    def __init__(self, *, add_help: bool = True, **kwargs: Any) -> None:
        from brå_tui.cli.helpformat import HelpFormatter

        super().__init__(add_help=False, **{"formatter_class": HelpFormatter, **kwargs})
        if add_help:
            self.add_argument("-h", "--help", action="help", help="visa den här hjälpen och avsluta")

    def error(self, message: str) -> None:  # type: ignore[override]
        """Raise the message as a Swedish usage error instead of printing it and exiting."""
        raise UsageError(_swedish_usage(message))


def _swedish_usage(message: str) -> str:
    """argparse's message (already Swedish, see argparse_sv) as one sentence."""
    return message[:1].upper() + message[1:].rstrip(".") + "."


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser for every command, or with only one command's parser (all that parsing a line naming it needs:
    each command's module, and what it imports, is loaded only when its parser is made)."""
    argparse_sv.install()
    parser = _Parser(prog="bra", description="Anteckningar, uppföljning och lägesbild för Lokala Brå.",
                     epilog="Slutstatus: " + "; ".join(f"{status} {meaning.split(':')[0].rstrip('.')}"
                                                       for status, meaning in EXIT_STATUSES)
                            + ". 'man bra' beskriver allt.")
    parser.add_argument("--store", metavar="SÖKVÄG", help=STORE_HELP)
    parser.add_argument("--version", action="version", version=f"bra {_version()}", help="visa versionen")
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO", parser_class=_Parser)
    for name in COMMANDS if only is None else [only]:
        try:
            module = importlib.import_module(f"brå_tui.cli.cmd_{name}")
        except ModuleNotFoundError as err:
            if err.name != f"brå_tui.cli.cmd_{name}":
                raise
            continue
        module.register(sub)
    for command in sub.choices.values():
        # --store works after the command name as well as before it.
        command.add_argument("--store", metavar="SÖKVÄG", default=argparse.SUPPRESS,
                             help=STORE_HELP)
    return parser


def _command_named(argv: Sequence[str]) -> str | None:
    """The command a line of arguments runs when nothing but --store comes before it, else None (then every
    command's parser is made: for --help, --version, a misspelt command or an abbreviated option)."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--store":
            i += 2
        elif arg.startswith("--store="):
            i += 1
        else:
            return arg if arg in COMMANDS else None
    return None


def _version() -> str:
    from brå_tui import __version__
    return __version__


def _answer(args: argparse.Namespace) -> int:
    """Run the command args name; the exit status. An index found damaged while answering (opening it checks
    less) is thrown away and the command run once more, rebuilding it from the files, as long as nothing of the
    answer has been written yet; otherwise the database error goes on to main."""
    from brå_tui.store.index import discard_index, held_by_another

    try:
        return int(args.run(args) or 0)
    except sqlite3.DatabaseError as err:
        started = not isinstance(sys.stdout, PrintableStream) or sys.stdout.written
        if held_by_another(err) or started or not discard_index(store_root(args)):
            raise
    return int(args.run(args) or 0)


def main(argv: Sequence[str] | None = None) -> int:
    """Run `bra` with argv; return the exit status. Whatever goes wrong ends as one sentence on standard error:
    2 for bad usage, 1 for a failed answer, 70 with a crash report for an error in bra itself."""
    from brå_tui.store.folders import HomeError
    from brå_tui.store.paths import StoreError

    if sys.stderr is None:  # started with standard error closed (bra 2>&-): messages go nowhere
        sys.stderr = open(os.devnull, "w", encoding="utf-8")
    if sys.stdout is None:  # started with standard output closed (bra >&-)
        return fail("Standard ut är stängd, så bra har ingenstans att skriva svaret.", EXIT_FAILED)
    try:
        completing = "_ARGCOMPLETE" in os.environ
        parser = build_parser(None if completing else _command_named(sys.argv[1:] if argv is None else argv))
        if completing:
            from brå_tui.cli.complete import autocomplete
            autocomplete(parser)
        with printable_output():  # the help that parsing may print fits the terminal as an answer does
            args = parser.parse_args(argv)
            if args.command is not None:
                check_paths(args)
                return _answer(args)
        from brå_tui.cli.run_app import run_app
        return run_app(args)
    except UsageError as err:
        return fail(str(err), err.status)
    except UserError as err:
        return fail(str(err), err.status)
    except HomeError as err:  # a path given with the home of a user who does not exist: a usage error
        return fail(str(err), EXIT_USAGE)
    except StoreError as err:
        return fail(str(err), EXIT_FAILED)
    except KeyboardInterrupt:
        return fail("Avbrutet.", EXIT_INTERRUPTED)
    except sqlite3.DatabaseError as err:  # the index turned out damaged while answering (opening checks less)
        from brå_tui.store.index import discard_index, held_by_another

        if held_by_another(err):
            return fail("Indexet hålls upptaget av en annan körning av bra; försök igen om en stund.", EXIT_FAILED)
        discard_index(store_root(args))
        return fail("Indexet i cachemappen var skadat och har tagits bort, men svaret hade redan börjat skrivas; "
                    "kör kommandot igen, så byggs det upp på nytt från mötesfilerna (de är orörda).", EXIT_FAILED)
    except BrokenPipeError:
        sys.stderr.close()
        return 0
    except OSError as err:  # a file or folder that could not be read or written, wherever it was met
        from brå_tui.oserrors import cause

        where = f"{err.filename}: " if err.filename else ""
        return fail(f"{where}{cause(err)}.", EXIT_FAILED)
    except Exception as err:  # a fault in bra itself: a report for whoever mends it, one sentence for the user
        from brå_tui.crash import sentence, write_report

        return fail(sentence(type(err).__name__, write_report(err, "kommandot")), EXIT_CRASH)


if __name__ == "__main__":
    raise SystemExit(main())
