"""Shared fixtures for the editing tests: a private state folder and tmux panes (the store: seed_store)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.terminal.harness import TmuxSession, bra_command, home, tmux_session

__all__ = ["home", "start_bra", "state_home", "tmux_session"]



@pytest.fixture
def state_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private XDG_STATE_HOME, so drafts land inside the test's folder."""
    folder = tmp_path / "state"
    folder.mkdir()
    monkeypatch.setenv("XDG_STATE_HOME", str(folder))
    return folder


@pytest.fixture
def start_bra(seed_store: Path, tmp_path: Path, tmux_session: Callable[..., TmuxSession]) -> Callable[..., TmuxSession]:
    """Start the installed app on the test's copy of the seed store in a tmux pane; its drafts go to tmp_path/state.

    The app is exec'd, so the pane's process is the app itself; extra environment variables as keywords.
    """

    def start(**env: str) -> TmuxSession:
        settings = {"XDG_STATE_HOME": str(tmp_path / "state"), "EDITOR": "true", **env}
        return tmux_session([*bra_command(), "--store", str(seed_store)], shell_after=False, **settings)

    return start
