"""Fixtures for the git-backed store: real git repositories in temporary folders."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from .gitrepos import git, set_user


@pytest.fixture(autouse=True)
def no_git_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the machine's git settings out: no system config, and the test's own empty home."""
    if shutil.which("git") is None:
        if os.environ.get("CI"):
            pytest.fail("git is not installed, and CI must run the git tests")
        pytest.skip("git is not installed (apt-get install git)")
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for name in ("GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL", "EMAIL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def git_store(seed_store: Path) -> Path:
    """The test's copy of the seed store, kept in its own git repository with one commit and a user."""
    root = seed_store
    git(root, "init", "--quiet", "--initial-branch=main")
    set_user(root, "Cornelia Gustafsson", "cornelia@avesta.example")
    git(root, "add", "--all")
    git(root, "commit", "--quiet", "-m", "Första versionen")
    return root


@pytest.fixture
def clones(git_store: Path, tmp_path: Path) -> tuple[Path, Path, Path]:
    """A bare repository holding the store, and two clones of it with different users."""
    bare = tmp_path / "central.git"
    git(tmp_path, "clone", "--quiet", "--bare", str(git_store), str(bare))
    first, second = tmp_path / "server-a", tmp_path / "server-b"
    for clone, (name, email) in ((first, ("Anna A", "anna@a.example")), (second, ("Bertil B", "bertil@b.example"))):
        git(tmp_path, "clone", "--quiet", str(bare), str(clone))
        set_user(clone, name, email)
    return bare, first, second

