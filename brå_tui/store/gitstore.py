"""A store kept in git: a commit per save, a meeting's history, the diff of one version, restoring one (a broken
file's text is kept as a version of its own first)."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from brå_tui.store.atomic import atomic_write, locked
from brå_tui.store.gitrun import GitError, author_env, relative, require_work_tree, run_git, work_tree
from brå_tui.store.parse import Unreadable, read_bytes
from brå_tui.store.paths import MEETINGS_DIR, meeting_path
from brå_tui.store.read import meeting_from_bytes
from brå_tui.store.serialize import DEFAULTS
from brå_tui.text import quoted

# The sections of a meeting as the user knows them, and the keys of the meeting table each covers.
SECTIONS: list[tuple[str, tuple[str, ...]]] = [
    ("tid", ("date", "start", "end")),
    ("plats", ("place",)),
    ("dokument", ("document", "issued", "case_number")),
    ("ordförande, sekreterare och justering", ("chair", "secretary", "adjusters", "adjusting_date", "adjusting_place")),
    ("närvarande", ("attendee",)),
    ("ärenden", ("item",)),
    ("lägesbild", ("risk",)),
    ("uppföljning", ("followup",)),
    ("tidplan", ("schedule",)),
    ("övriga frågor", ("other",)),
]
_KNOWN = {key for _, keys in SECTIONS for key in keys} | {"format"}


@dataclass
class Version:
    """One commit in a meeting file's history."""

    rev: str
    short: str
    author: str
    email: str
    date: dt.datetime
    message: str


def _normal(value: Any) -> Any:
    """A value with empty and default entries left out, so that absent and empty compare equal."""
    if hasattr(value, "unwrap"):
        value = value.unwrap()
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            item = _normal(item)
            if item in (None, [], {}) or (
                    key in DEFAULTS and item == DEFAULTS[key] and type(item) is type(DEFAULTS[key])):
                continue
            out[key] = item
        return out
    if isinstance(value, list):
        return [_normal(v) for v in value]
    return value


def changed_sections(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """The Swedish names of the sections that differ between two meeting tables, in the notes' order."""
    a, b = _normal(old), _normal(new)
    names = [name for name, keys in SECTIONS if any(a.get(k) != b.get(k) for k in keys)]
    others = (set(a) | set(b)) - _KNOWN
    if any(a.get(k) != b.get(k) for k in others):
        names.append("övrigt")
    return names


def commit_message(key: str, old: dict[str, Any] | None, new: dict[str, Any], kind: str = "save",
                   overwrites: str = "") -> str:
    """The Swedish commit message for a save: 'Nytt möte …', 'Importera …' or 'Uppdatera …: sections'; with
    overwrites (what the save writes over of a change someone else saved meanwhile) that is said too."""
    if kind == "import":
        return f"Importera {key}"
    if kind == "upgrade":
        return f"Uppgradera {key} till format {new.get('format')}"
    if old is None:
        return f"Nytt möte {key}"
    sections = changed_sections(old, new)
    message = f"Uppdatera {key}: {', '.join(sections)}" if sections else f"Uppdatera {key}"
    return f"{message}; skriver över en samtidig ändring av {overwrites}" if overwrites else message


def _store_root(path: Path) -> Path:
    return path.parent.parent if path.parent.name == MEETINGS_DIR else path.parent


LOCK_WAIT = 3.0
"""Seconds a commit waits for another git command's index lock before it gives up."""


def commit_file(top: Path, path: Path, message: str, wait: float | None = None) -> bool:
    """Commit exactly this one file (added, changed or removed) with message; False if nothing changed.

    While another git command holds the index lock, try again for up to wait seconds (LOCK_WAIT if None).
    """
    rel = relative(top, path)
    deadline = time.monotonic() + (LOCK_WAIT if wait is None else wait)
    while True:
        try:
            run_git(top, "add", "--all", "--", rel)
            if run_git(top, "diff", "--cached", "--quiet", "--", rel, check=False).returncode == 0:
                return False
            run_git(top, "commit", "--quiet", "--only", "-m", message, "--", rel, extra_env=author_env(top))
            return True
        except GitError as err:
            if "index.lock" not in err.detail or time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def record_save(path: Path, old_table: dict[str, Any] | None, new_table: dict[str, Any],
                kind: str = "save", overwrites: str = "") -> str | None:
    """Commit a just-saved meeting file when the store is kept in git (overwrites: what it writes over of a change
    someone else saved meanwhile, said in the message); a Swedish note if that failed."""
    try:
        top = work_tree(_store_root(path))
        if top is None:
            return None
        commit_file(top, path, commit_message(path.stem, old_table, new_table, kind, overwrites))
    except (GitError, OSError) as err:
        return f"Mötet sparades men kom inte med i historiken: {err}"
    return None


def history(root: Path, key: str) -> list[Version]:
    """Every commit that changed one meeting's file, newest first: that file's own, never those of another meeting
    git would take it for, renamed (a similar file removed where this one was added); --no-follow also when the
    repository's settings say log.follow. A meeting's file is named by its date and never moves."""
    top = require_work_tree(root)
    rel = relative(top, meeting_path(root, key))
    fmt = "%H%x1f%h%x1f%an%x1f%ae%x1f%aI%x1f%s%x1e"
    out = run_git(top, "log", "--no-follow", f"--format={fmt}", "--", rel).stdout
    versions = []
    for record in out.split("\x1e"):
        fields = record.strip("\n").split("\x1f")
        if len(fields) == 6:
            rev, short, author, email, date, message = fields
            versions.append(Version(rev, short, author, email, dt.datetime.fromisoformat(date), message))
    return versions


def resolve(top: Path, rev: str) -> str:
    """The full commit id a revision names; GitError when it names none."""
    if not rev or rev.startswith("-"):
        raise GitError(f"{quoted(rev)} är ingen version; ange en från 'bra history'.")
    result = run_git(top, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}", check=False)
    if result.returncode != 0:
        raise GitError(f"Hittar ingen version {quoted(rev)}; ange en från 'bra history'.")
    return result.stdout.strip()


def diff(root: Path, key: str, rev: str) -> str:
    """The change one version made to a meeting's file, as a unified diff."""
    top = require_work_tree(root)
    full = resolve(top, rev)
    rel = relative(top, meeting_path(root, key))
    return run_git(top, "show", "--format=", "--no-color", "--no-ext-diff", "--patch", full, "--", rel).stdout


def file_at(top: Path, rel: str, rev: str) -> bytes | None:
    """A file's bytes as they were in a version, or None if it did not exist then."""
    result = run_git(top, "show", f"{rev}:{rel}", check=False, binary=True)
    return result.stdout if result.returncode == 0 else None


def version_files(root: Path, key: str, rev: str) -> tuple[bytes | None, bytes | None]:
    """A meeting file's bytes before and after one version (None where it did not exist: before its first
    version, after it was removed); GitError when rev names no version."""
    top = require_work_tree(root)
    full = resolve(top, rev)
    rel = relative(top, meeting_path(root, key))
    return file_at(top, rel, f"{full}^"), file_at(top, rel, full)


def restore(root: Path, key: str, rev: str) -> str:
    """Write a meeting as it was in an earlier version and commit that as a new version; the commit message."""
    top = require_work_tree(root)
    full = resolve(top, rev)
    path = meeting_path(root, key)
    rel = relative(top, path)
    content = file_at(top, rel, full)
    if content is None:
        raise GitError(f"Mötet {key} fanns inte i version {rev}.")
    status = run_git(top, "status", "--porcelain", "--untracked-files=all", "--", rel).stdout
    if status.strip() and not is_broken(path):
        raise GitError(f"Mötet {key} har ändringar som inte finns i historiken; spara dem i bra "
                       "eller checka in dem först, så att inget går förlorat.")
    when = run_git(top, "show", "-s", "--format=%as", full).stdout.strip()
    message = f"Återställ {key} till versionen från {when} ({full[:7]})"
    with locked(path.parent):
        if status.strip():  # a broken file: its text is kept as a version of its own first, so nothing is lost
            try:
                commit_file(top, path, f"Trasig version av {key}, sparad före återställningen")
            except GitError as err:
                raise GitError(f"Mötet {key} är trasigt och kunde inte sparas som en version före "
                               f"återställningen, så inget är ändrat: {err}", err.detail) from None
        if _current(path) == content:
            raise GitError(f"Mötet {key} ser redan ut som i version {rev}; inget att återställa.")
        atomic_write(path, content)
        try:
            commit_file(top, path, message)
        except GitError as err:
            raise GitError(f"Mötet {key} är återställt till version {rev} men kom inte med i historiken: {err}",
                           err.detail) from None
    return message


def is_broken(path: Path) -> bool:
    """Whether a meeting's file is there but cannot be read as a meeting (not UTF-8, not TOML, or not a meeting)."""
    current = _current(path)
    return current is not None and meeting_from_bytes(path, current) is None


def last_good(root: Path, key: str, versions: list[Version]) -> Version | None:
    """The newest of a meeting's versions (newest first, as history gives them) whose file reads as a meeting."""
    top = require_work_tree(root)
    path = meeting_path(root, key)
    rel = relative(top, path)
    for version in versions:
        content = file_at(top, rel, version.rev)
        if content is not None and meeting_from_bytes(path, content) is not None:
            return version
    return None


def _current(path: Path) -> bytes | None:
    """The file's bytes as they are now; None when there is no regular file to read (never waiting on a pipe)."""
    try:
        return read_bytes(path)
    except Unreadable:
        return None
