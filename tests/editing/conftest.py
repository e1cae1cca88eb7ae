"""Shared fixtures for the editing tests: a private copy of the seed store and a private state folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[2] / "store"


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """A copy of the seed store that the test may change."""
    target = tmp_path / "store"
    shutil.copytree(SEED, target)
    return target


@pytest.fixture
def state_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private XDG_STATE_HOME, so drafts land inside the test's folder."""
    folder = tmp_path / "state"
    folder.mkdir()
    monkeypatch.setenv("XDG_STATE_HOME", str(folder))
    return folder
