"""The paths named on the command line, checked once before a command does any work.

A path that cannot be used is a usage error (exit status 2, like an unknown option or a period that does not
exist), said in one Swedish sentence: a file to write (-o/--output, --html, --svg) in a folder that does not
exist, inside the store, or that is a folder, a link, a device or (without --force) a file that exists; a file
to read (bra import) that is missing or no regular file; a folder for .eml files (--dry-run) that is a file.
A leading ~ or ~user is expanded as for --store, and a user who does not exist is a usage error too.
--store is checked where the store is chosen (cli.common.store_root). A failure met later, while writing or
reading, is a failed answer (exit status 1).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from brå_tui.cli.common import UsageError, store_root
from brå_tui.oserrors import cause, not_a_file

# The options (argparse dest) that name a file to write, and the one that names a folder to write into.
OUTPUTS = ("output", "html", "svg")
FOLDERS = ("dry_run",)
# The arguments that name files to read.
INPUTS = ("files",)


def check_paths(args: argparse.Namespace) -> None:
    """UsageError with one sentence for the first path on the command line that cannot be used (for the files to
    read, every one that cannot be read); see the module.
    A leading ~ or ~user in a path is expanded first (as for --store; the shell leaves --output=~/fil.md and
    ~user of a user it does not know as typed), and the expanded path is what the command uses."""
    _expand_homes(args)
    outputs = [Path(name) for dest in OUTPUTS if (name := getattr(args, dest, None)) and name != "-"]
    if outputs:
        from brå_tui.export.target import output_problem

        root = store_root(args)
        for path in outputs:
            if (problem := output_problem(path, root, replace=bool(getattr(args, "force", False)))) is not None:
                raise UsageError(problem)
    for dest in FOLDERS:
        name = getattr(args, dest, None)
        if isinstance(name, str) and Path(name).exists() and not Path(name).is_dir():
            raise UsageError(f"{name} är ingen mapp; ange en mapp (den skapas om den inte finns).")
    unreadable = [f"{name}: filen kan inte läsas: {problem}" for dest in INPUTS
                  for name in getattr(args, dest, None) or [] if (problem := input_problem(Path(name))) is not None]
    if unreadable:  # every file that cannot be read, not only the first, in one sentence
        raise UsageError("; ".join(unreadable) + ".")


def _expand_homes(args: argparse.Namespace) -> None:
    """Every path argument with its leading ~ expanded (store.folders.expand_home); UsageError naming the path
    when it begins with the home of a user who does not exist."""
    from brå_tui.store.folders import HomeError, expand_home

    try:
        for dest in (*OUTPUTS, *FOLDERS):
            name = getattr(args, dest, None)
            if isinstance(name, str) and name.startswith("~"):
                setattr(args, dest, str(expand_home(name)))
        for dest in INPUTS:
            names = getattr(args, dest, None)
            if isinstance(names, list):
                setattr(args, dest, [str(expand_home(n)) if isinstance(n, str) and n.startswith("~") else n
                                     for n in names])
    except HomeError as err:
        raise UsageError(str(err)) from None


def input_problem(path: Path) -> str | None:
    """Why path cannot be read as a file, as a Swedish phrase; None when it can. Never waits on a FIFO."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as err:
        return cause(err)
    try:
        return not_a_file(os.fstat(fd).st_mode)
    finally:
        os.close(fd)
