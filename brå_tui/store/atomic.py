"""Writing a file so that a crash leaves the old or the new file, and one writer at a time per folder."""

from __future__ import annotations

import fcntl
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from brå_tui.store.shared import current_umask, group_bits, make_folder, take_group


@contextmanager
def locked(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on a folder while a save checks and writes (against other bra processes)."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def _mode_and_group(path: Path) -> tuple[int, int | None]:
    """The mode and group a file written at path gets. An existing file keeps its own. A new one gets the
    folder's group and the mode its sibling files agree on, else the user's umask, always with the group access
    the folder gives (see shared.group_bits): group read in a folder the group may read, group read and write
    in one it may write (a store shared by a group, as `bra init --shared` makes it)."""
    if path.exists():
        st = path.stat()
        return st.st_mode & 0o7777, st.st_gid
    folder = path.parent.stat()
    modes = set()
    for sibling in path.parent.glob("*.toml"):
        try:
            modes.add(sibling.stat().st_mode & 0o7777)
        except OSError:
            continue
    if len(modes) == 1:
        mode = modes.pop()
    else:
        mode = 0o666 & ~current_umask()
    return mode | group_bits(folder.st_mode), folder.st_gid


def atomic_write(path: Path, data: bytes, mode: int | None = None) -> None:
    """Replace path with data so that a crash leaves the old or the new file, never a mix. mode, when given,
    is the file's mode whatever it had (a private file); else see _mode_and_group."""
    make_folder(path.parent)
    shared_mode, gid = _mode_and_group(path)
    if mode is None:
        mode = shared_mode
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")  # see is_leftover
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if gid is not None:
            take_group(Path(tmp), gid)
        os.chmod(tmp, mode)  # after the group: chown clears the setgid and setuid bits
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
