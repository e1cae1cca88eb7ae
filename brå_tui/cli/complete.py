"""Tab completion in bash, from the same parser as --help (argcomplete), with the store's dates and names.

The shell runs `bra` with _ARGCOMPLETE set; main() then hands the parser to argcomplete, which prints the
candidates and exits. Arguments get their candidates by metavar, so every command that takes a DATUM
completes meeting dates, a NAMN people's names, an OMRÅDE the council's risk areas and a GRUPP the
system's groups. Completion never prints an error: a missing or broken store simply completes nothing.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

Completer = Callable[..., Iterable[str]]


def _store(parsed_args: argparse.Namespace | None) -> Path | None:
    from brå_tui.store.paths import StoreError, choose_store

    try:
        return choose_store(getattr(parsed_args, "store", None)).path
    except (StoreError, OSError):
        return None


def meeting_dates(prefix: str = "", parsed_args: argparse.Namespace | None = None, **_: Any) -> list[str]:
    """The store's meeting keys (from the file names, nothing is parsed), newest first, and 'latest'."""
    from brå_tui.store.paths import meeting_files

    root = _store(parsed_args)
    if root is None:
        return []
    keys = [path.stem for path in reversed(meeting_files(root))]
    return [key for key in [*keys, "latest"] if key.startswith(prefix)]


def people_names(prefix: str = "", parsed_args: argparse.Namespace | None = None, **_: Any) -> list[str]:
    """The names and aliases in people.toml."""
    from brå_tui.store.read import read_people

    root = _store(parsed_args)
    if root is None:
        return []
    people, _findings = read_people(root)
    names = dict.fromkeys(name for person in people for name in [person.name, *person.aliases] if name)
    return [name for name in names if name.startswith(prefix)]


def area_names(prefix: str = "", parsed_args: argparse.Namespace | None = None, **_: Any) -> list[str]:
    """The council's risk areas from council.toml."""
    from brå_tui.store.read import read_council

    root = _store(parsed_args)
    if root is None:
        return []
    council, _findings = read_council(root)
    return [area for area in council.areas if area.startswith(prefix)]


def group_names(prefix: str = "", **_: Any) -> list[str]:
    """The system's Unix groups (for `bra init --shared GRUPP`)."""
    import grp

    return sorted(group.gr_name for group in grp.getgrall() if group.gr_name.startswith(prefix))


def _quietly(completer: Completer) -> Completer:
    def complete(*args: Any, **kwargs: Any) -> Iterable[str]:
        try:
            return list(completer(*args, **kwargs))
        except Exception:  # a completion must never print a traceback into the user's command line
            return []
    return complete


# Commands whose DATUM is a date with no meeting yet: the store's dates would only be wrong there.
NEW_DATES = {"bra new"}
BY_METAVAR: dict[str, Completer] = {"DATUM": meeting_dates, "NAMN": people_names, "OMRÅDE": area_names,
                                    "GRUPP": group_names}


def attach_completers(parser: argparse.ArgumentParser) -> None:
    """Give every argument of parser and its commands the completer its metavar calls for."""
    for action in parser._actions:  # argparse keeps its actions here; argcomplete reads the same list
        completer = BY_METAVAR.get(str(action.metavar))
        if completer is not None and parser.prog not in NEW_DATES:
            action.completer = _quietly(completer)  # type: ignore[attr-defined]
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                attach_completers(sub)


def autocomplete(parser: argparse.ArgumentParser) -> None:
    """Answer the shell's completion request (argcomplete exits the process when done)."""
    import argcomplete

    attach_completers(parser)
    argcomplete.autocomplete(parser, always_complete_options=False)
