"""The store's log of what was sent (sent.log), so that nothing goes out twice.

One line per message: time sent (ISO 8601), kind (reminder | notice), the meeting's date, the
recipient's address, the Message-ID; tab-separated. A reminder counts as sent for a meeting, an
address and a day; a notice for a meeting and an address. A sending run holds the log locked from
before it reads it until it ends, and appends a line as each message goes out, so a run that is cut
short still records what it sent and two runs at once never send the same message.
"""

from __future__ import annotations

import datetime as dt
import errno
import fcntl
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from brå_tui.oserrors import not_a_file
from brå_tui.store.parse import Unreadable, read_bytes

LOG_NAME = "sent.log"
LOG_LIMIT = 64 * 1024 * 1024  # some hundred thousand lines: far more than a council sends


@dataclass(frozen=True)
class Sent:
    """One message recorded as sent."""

    when: dt.datetime
    kind: str
    meeting: str
    address: str
    message_id: str


def log_path(root: Path) -> Path:
    """The sent log of a store."""
    return root / LOG_NAME


class LogUnusable(OSError):
    """sent.log is there but is no regular file (a folder, a named pipe, a device); strerror says so in Swedish."""


def read_log(root: Path) -> list[Sent]:
    """Every line of the log that can be read; lines that cannot be are skipped (the file is never rewritten).
    LogUnusable when it is no regular file (never waiting on a pipe), OSError when it cannot be read."""
    path = log_path(root)
    _regular_or_missing(path)
    try:
        data = read_bytes(path, limit=LOG_LIMIT)
    except Unreadable as err:
        if not os.path.lexists(path):
            return []
        raise LogUnusable(errno.EIO, str(err).removeprefix("filen kan inte läsas: ")) from None
    text = data.decode("utf-8", errors="replace")
    out = []
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) != 5:
            continue
        try:
            when = dt.datetime.fromisoformat(parts[0])
        except ValueError:
            continue
        out.append(Sent(when, parts[1], parts[2], parts[3].casefold(), parts[4]))
    return out


def already_sent(log: list[Sent], kind: str, meeting: str, address: str, today: dt.date) -> bool:
    """Whether this message went out before: a notice ever, a reminder today."""
    address = address.casefold()
    for s in log:
        if s.kind == kind and s.meeting == meeting and s.address == address:
            if kind == "notice" or s.when.date() == today:
                return True
    return False


@contextmanager
def held(root: Path) -> Iterator[int]:
    """The log opened for appending and locked for a whole run, so that two runs at once send nothing twice:
    the second waits, then reads what the first recorded. OSError when the store cannot be written, LogUnusable
    when the log is no regular file (opened without waiting on a pipe, whether anyone reads it or not)."""
    path = log_path(root)
    _regular_or_missing(path)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK, _mode(root))
    try:
        reason = not_a_file(os.fstat(fd).st_mode)
        if reason is not None:
            raise LogUnusable(errno.EINVAL, reason)
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield fd
    finally:
        os.close(fd)


def _regular_or_missing(path: Path) -> None:
    """LogUnusable when something other than a regular file has the log's name."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if stat.S_ISLNK(mode):  # never followed: it could lead anywhere the user may write
        raise LogUnusable(errno.ELOOP, "det är en symbolisk länk, inte en fil")
    reason = not_a_file(mode)
    if reason is not None:
        raise LogUnusable(errno.EINVAL, reason)


def record(fd: int, sent: Sent) -> None:
    """Append one line to the held log and flush it to disk; OSError when that fails."""
    line = "\t".join([sent.when.isoformat(timespec="seconds"), sent.kind, sent.meeting,
                      sent.address.replace("\t", " "), sent.message_id.replace("\t", " ")]) + "\n"
    os.write(fd, line.encode("utf-8"))
    os.fsync(fd)


def _mode(root: Path) -> int:
    """The mode a new log takes: group-writable in a group-writable store, else the owner's alone (and all read)."""
    try:
        store_mode = root.stat().st_mode
    except OSError:
        return 0o644
    return 0o664 if store_mode & 0o020 else 0o644
