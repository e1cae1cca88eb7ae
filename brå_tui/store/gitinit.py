"""Putting a new store in git: git init and a first commit."""

from __future__ import annotations

from pathlib import Path

from brå_tui.store.gitrun import author_env, run_git
from brå_tui.store.shared import group_writable
from brå_tui.store.template import GITIGNORE


def init_repository(root: Path, shared: bool = False) -> None:
    """Make root a git repository holding the store's files, with a first commit; shared (or a folder its group
    may write): for a Unix group (core.sharedRepository=group, git keeps its own files group-writable)."""
    from brå_tui.store.atomic import atomic_write

    atomic_write(root / ".gitignore", GITIGNORE.encode("utf-8"))
    atomic_write(root / "meetings" / ".gitkeep", b"")
    shared = shared or group_writable(root)
    run_git(root, "init", "--quiet", *(["--shared=group"] if shared else []))
    if shared:  # git init writes it as "1"; say it in the words the documentation uses
        run_git(root, "config", "core.sharedRepository", "group")
    run_git(root, "add", "--", ".gitignore", "council.toml", "people.toml", "meetings/.gitkeep")
    run_git(root, "commit", "--quiet", "-m", "Ny lagring", extra_env=author_env(root))
