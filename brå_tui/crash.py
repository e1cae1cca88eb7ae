"""The last line of defence: an unexpected error becomes a crash report in the user's state folder and one
Swedish sentence on screen, never a traceback."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from brå_tui.store.folders import user_folder

# The exit status of a command that stopped on an error in bra itself (EX_SOFTWARE in sysexits.h).
CRASH_STATUS = 70


def crash_dir(env: Mapping[str, str] | None = None) -> Path:
    """Where crash reports go: $XDG_STATE_HOME/bra/crash (only this user may read them)."""
    return user_folder("state", env) / "crash"


def write_report(error: BaseException, where: str) -> Path | None:
    """Write what is known about an unexpected error (the traceback, the command, the versions) to a new file
    in crash_dir(), readable only by this user; its path, or None when it could not be written."""
    import traceback

    return save_report("".join(traceback.format_exception(type(error), error, error.__traceback__)), where)


def save_report(details: str, where: str) -> Path | None:
    """Write a crash report: when and where (a command, the app) bra stopped, the command line, the versions,
    then details (a traceback); to a new file in crash_dir() only this user may read. Its path, or None."""
    import platform

    from brå_tui import __version__

    now = dt.datetime.now()
    lines = [
        f"bra {__version__}: oväntat fel i {where}",
        f"tid: {now.isoformat(timespec='seconds')}",
        f"kommando: {' '.join(sys.argv)}",
        f"python: {sys.version.split()[0]} på {platform.platform()}",
        "",
        *details.splitlines(),
    ]
    folder = crash_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        for n in range(100):
            path = folder / f"krasch-{now:%Y%m%d-%H%M%S}-{os.getpid()}{f'-{n}' if n else ''}.txt"
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
            except FileExistsError:
                continue
            with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace") as handle:
                handle.write("\n".join(line.rstrip() for line in lines) + "\n")
            return path
    except Exception:  # a full disk or a read-only home: the sentence on screen says so
        return None
    return None


def sentence(error: str, report: Path | None) -> str:
    """The one Swedish sentence that stands for an unexpected error (error: its type's name), naming the report."""
    what = f"bra stötte på ett oväntat fel ({error}) och avbröt"
    if report is None:
        return f"{what}; felrapporten kunde inte sparas i {crash_dir()}."
    return f"{what}; en felrapport finns i {report}."
