"""Writing an export to a file the user named: never into the store, never over anything but a regular file."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from brå_tui.oserrors import cause
from brå_tui.store.shared import current_umask
from brå_tui.text import quoted


class OutputRefused(Exception):
    """The named file is not one an export may be written to; the message is one Swedish sentence."""


class OutputExists(OutputRefused):
    """The named file is a regular file that exists; it is replaced only when the user says so (--force)."""


EXTENSIONS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".txt": "txt", ".docx": "docx",
              ".ics": "ics"}


class FormatClash(ValueError):
    """A file's extension names another format than the one chosen; the message is one sentence for the user."""


def format_for(path: Path | None, chosen: str | None, default: str) -> str:
    """The format a document is written in: the one its file's extension names (kallelse.docx is docx), else the one
    chosen, else default. FormatClash when a format is chosen and the extension names another: a file is never
    written in a format its name denies."""
    named = EXTENSIONS.get(path.suffix.casefold()) if path is not None else None
    if named is not None and chosen is not None and named != chosen:
        raise FormatClash(f"Filnamnet {quoted(path.name if path else '')} och formatet {chosen} stämmer inte "
                          f"överens; byt filändelsen till .{chosen} eller välj formatet {named}.")
    return named or chosen or default


def output_problem(path: Path, store_root: Path | None, replace: bool = True) -> str | None:
    """Why an export may not be written to path at all, as one Swedish sentence; None when it may.

    Refused: a path inside the store (the export would replace or add a file there), a symbolic link,
    a folder, a device, a FIFO or a socket, a path whose folder does not exist, and (unless replace) a
    regular file that exists.
    """
    if store_root is not None:
        real, store = path.resolve(), store_root.resolve()
        if real == store or real.is_relative_to(store):
            return (f"{path} ligger i lagringen {store_root}; en export skrivs aldrig dit, så att inget i "
                    "lagringen skrivs över. Välj en fil utanför lagringen.")
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        if not path.parent.is_dir():
            return f"Mappen {path.parent} finns inte."
        return None
    except OSError as err:
        return f"{path} går inte att nå: {cause(err)}."
    if stat.S_ISLNK(mode):
        return f"{path} är en symbolisk länk; bra skriver inte över den. Ange filen den pekar på eller ett annat namn."
    if stat.S_ISDIR(mode):
        return f"{path} är en mapp; ange ett filnamn."
    if not stat.S_ISREG(mode):
        return (f"{path} är ingen vanlig fil (utan en enhet, en namngiven pipe eller en socket); "
                "bra skriver bara till vanliga filer.")
    return None if replace else exists(path)


def exists(path: Path) -> str:
    """The sentence for an existing file that is replaced only when the user says so."""
    return f"{path} finns redan; ange --force för att skriva över den."


def write_export(path: Path, data: bytes, store_root: Path | None, replace: bool = False) -> None:
    """Write data to path: a new file, or (with replace) over an existing regular file, whole or not at all.

    Raises OutputRefused with the reason from output_problem, OutputExists for an existing file without
    replace, and OSError when the writing itself fails.
    """
    from brå_tui.store.atomic import atomic_write

    problem = output_problem(path, store_root)
    if problem is not None:
        raise OutputRefused(problem)
    if path.exists():
        if not replace:
            raise OutputExists(exists(path))
        atomic_write(path, data)  # the old regular file's permission bits and group are kept
        return
    _create(path, data)


def _create(path: Path, data: bytes) -> None:
    """Write a new file whole; if something appeared at path meanwhile, it is left as it is."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        mode = 0o666 & ~current_umask()
        os.chmod(tmp, mode)
        try:
            os.link(tmp, path)  # fails rather than replace anything that appeared at path
        except FileExistsError:
            raise OutputExists(exists(path)) from None
        except OSError as err:
            if err.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP):
                raise
            _create_without_links(path, data, mode)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def _create_without_links(path: Path, data: bytes, mode: int) -> None:
    """On a file system without hard links: create path exclusively and write it."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, mode)
    except FileExistsError:
        raise OutputExists(exists(path)) from None
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
