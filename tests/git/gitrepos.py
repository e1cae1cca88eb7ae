"""Helpers for the git tests: run git, set a user, edit a meeting as the app does."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

from brå_tui.model import Meeting
from brå_tui.store.read import read_meeting
from brå_tui.store.save import MeetingDocument


def git(cwd: Path, *args: str) -> str:
    """Run git in cwd and return its standard output (fails the test on an error)."""
    return subprocess.run(["git", "-C", str(cwd), *args], check=True, capture_output=True, text=True).stdout


def set_user(repo: Path, name: str, email: str) -> None:
    """Give a repository its own user.name and user.email."""
    git(repo, "config", "user.name", name)
    git(repo, "config", "user.email", email)


def edit(root: Path, key: str, change: Callable[[Meeting], object]) -> MeetingDocument:
    """Open a meeting as the app does, change it with change(meeting), and save it."""
    path = root / "meetings" / f"{key}.toml"
    meeting, _ = read_meeting(path)
    assert meeting is not None
    document = MeetingDocument.open(path)
    change(meeting)
    document.apply(meeting)
    assert document.save()
    return document


def commits(repo: Path) -> int:
    """How many commits HEAD has."""
    return int(git(repo, "rev-list", "--count", "HEAD").strip())
