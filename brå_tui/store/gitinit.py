"""Putting a new store in git: git init and a first commit."""

from __future__ import annotations

from pathlib import Path

from brå_tui.store.gitrun import author_env, run_git
from brå_tui.store.template import GITIGNORE


def init_repository(root: Path) -> None:
    """Make root a git repository holding the store's files, with a first commit."""
    (root / ".gitignore").write_text(GITIGNORE, encoding="utf-8")
    (root / "meetings" / ".gitkeep").touch()
    run_git(root, "init", "--quiet")
    run_git(root, "add", "--", ".gitignore", "council.toml", "people.toml", "meetings/.gitkeep")
    run_git(root, "commit", "--quiet", "-m", "Ny lagring", extra_env=author_env(root))
