"""Shared fixtures for the editing tests: a private copy of the seed store, a private state folder, tmux panes."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import SEED_STORE
from tests.terminal.harness import TmuxSession, bra_command, home, tmux_session

__all__ = ["home", "start_bra", "state_home", "store", "tmux_session"]



@pytest.fixture
def store(tmp_path: Path) -> Path:
    """A copy of the seed store that the test may change."""
    target = tmp_path / "store"
    shutil.copytree(SEED_STORE, target)
    return target


@pytest.fixture
def state_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private XDG_STATE_HOME, so drafts land inside the test's folder."""
    folder = tmp_path / "state"
    folder.mkdir()
    monkeypatch.setenv("XDG_STATE_HOME", str(folder))
    return folder


@pytest.fixture
def start_bra(store: Path, tmp_path: Path, tmux_session: Callable[..., TmuxSession]) -> Callable[..., TmuxSession]:
    """Start the installed app on the test's store in a tmux pane; its drafts go to tmp_path/state.

    The app is exec'd, so the pane's process is the app itself; extra environment variables as keywords.
    """

    def start(**env: str) -> TmuxSession:
        settings = {"XDG_STATE_HOME": str(tmp_path / "state"), "EDITOR": "true", **env}
        return tmux_session([*bra_command(), "--store", str(store)], shell_after=False, **settings)

    return start
