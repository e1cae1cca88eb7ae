"""What every command shares: choosing the store, printing, errors, JSON."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

    from brå_tui.model import Store


EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
EXIT_STATUSES = [
    (EXIT_OK, "allt gick bra."),
    (EXIT_FAILED, "ett misslyckat svar: till exempel ett möte som inte finns, en lagring som saknas, ett fel som "
                  "bra check hittade eller en fil som inte gick att skriva; en mening på standard error säger vad."),
    (EXIT_USAGE, "felaktigt anrop: okänt kommando, okänd flagga eller ett värde som saknas eller är fel."),
    (EXIT_INTERRUPTED, "avbrutet med ctrl+c."),
]
STORE_HELP = "lagringen att använda (annars BRA_STORE, inställningsfilerna eller ./store)"


class UserError(Exception):
    """A failure the user can act on: printed as one sentence, exit status 1 unless told otherwise."""

    def __init__(self, message: str, status: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.status = status


class UsageError(UserError):
    """Bad usage: printed as one sentence, exit status 2."""

    def __init__(self, message: str) -> None:
        super().__init__(message, EXIT_USAGE)


def fail(message: str, status: int) -> int:
    """Print one sentence on standard error and return the exit status."""
    print(f"bra: {message}", file=sys.stderr)
    return status


def store_root(args: argparse.Namespace) -> Path:
    """The store chosen by --store, BRA_STORE or ./store."""
    from brå_tui.store.paths import StoreError, find_store

    try:
        return find_store(getattr(args, "store", None))
    except StoreError as err:
        raise UserError(str(err)) from None


def open_store(args: argparse.Namespace) -> Store:
    """Read the chosen store; say on standard error which files were skipped as broken."""
    from brå_tui.store.load import load

    store = load(store_root(args))
    for finding in store.broken:
        print(f"bra: hoppar över {finding.path}: {finding.message} (rad {finding.line or '?'}); "
              "kör 'bra check' för detaljer.", file=sys.stderr)
    return store


def console() -> Console:
    """A console for standard output: no colour with NO_COLOR or when not a terminal; 80 columns when piped."""
    from rich.console import Console

    tty = sys.stdout.isatty()
    no_color = "NO_COLOR" in os.environ or not tty
    width = None if tty else int(os.environ.get("COLUMNS", "80"))
    return Console(no_color=no_color, width=width, highlight=False, emoji=False,
                   force_terminal=tty if not no_color else None, soft_wrap=False)


def _jsonable(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return _jsonable(asdict(value))
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items() if k != "path"}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    return value


def print_json(data: Any) -> None:
    """Print data as indented UTF-8 JSON (dates as ISO text)."""
    json.dump(_jsonable(data), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def write_output(path: Path, data: bytes) -> None:
    """Replace the file the user named with data, one sentence when that cannot be done; say so on standard error."""
    if path.is_dir():
        raise UserError(f"{path} är en mapp; ange ett filnamn.")
    if not path.parent.is_dir():
        raise UserError(f"Mappen {path.parent} finns inte.")
    from brå_tui.store.save import atomic_write

    try:
        atomic_write(path, data)
    except OSError as err:
        raise UserError(f"Kan inte skriva {path}: {err.strerror or err}.") from None
    print(f"Skrev {path}.", file=sys.stderr)


def add_json(parser: argparse.ArgumentParser) -> None:
    """Give a listing command its --json flag."""
    parser.add_argument("--json", action="store_true", help="skriv ut som JSON i stället för tabell")
