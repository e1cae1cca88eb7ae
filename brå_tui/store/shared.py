"""Folders and git in a store that a group shares: they take the store's group and stay writable for it.

A store on a shared server lives in a folder owned by a group (`bra init --shared`, or `chgrp -R bra`,
`chmod -R g+rwX,g+s`). Whoever makes a folder there, with whatever umask, it gets the parent's group,
its setgid bit and group access; git run in such a store leaves what it writes group-writable. (New
files get their mode in brå_tui.store.atomic.)
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

_FOLDER_BITS = 0o777


def current_umask() -> int:
    """The process's umask, as Linux reports it in /proc/self/status; elsewhere it can only be read by setting
    it, which for that moment gives files made by other threads (a save beside the screen) the mode 0o666."""
    with contextlib.suppress(OSError, ValueError):
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    mask = os.umask(0)
    os.umask(mask)
    return mask


def group_bits(folder_mode: int) -> int:
    """Group read (and write) for what is made in a group-readable (writable) folder."""
    bits = 0
    if folder_mode & stat.S_IRGRP:
        bits |= stat.S_IRGRP
    if folder_mode & stat.S_IWGRP:
        bits |= stat.S_IRGRP | stat.S_IWGRP
    return bits


def take_group(path: Path, gid: int) -> None:
    """Give path the group gid when it has another and the user may (a member of that group may)."""
    with contextlib.suppress(OSError):
        if os.lstat(path).st_gid != gid:
            os.chown(path, -1, gid, follow_symlinks=False)


def make_folder(path: Path) -> None:
    """Create path and any missing parents, each with its parent's group and group bits (and setgid)."""
    if path.is_dir():
        return
    parent = path.parent
    if not parent.is_dir():
        make_folder(parent)
    parent_stat = parent.stat()
    try:
        path.mkdir()
    except FileExistsError:
        if path.is_dir():
            return
        raise
    bits = (_FOLDER_BITS & ~current_umask()) | stat.S_IRWXU
    group = group_bits(parent_stat.st_mode)
    if group:
        bits |= group | stat.S_IXGRP
    if parent_stat.st_mode & stat.S_ISGID:
        bits |= stat.S_ISGID
    take_group(path, parent_stat.st_gid)
    with contextlib.suppress(OSError):
        os.chmod(path, bits)


def group_writable(folder: Path) -> bool:
    """Whether the folder is writable for its group (a store shared by a group)."""
    try:
        return bool(folder.stat().st_mode & stat.S_IWGRP)
    except OSError:
        return False
