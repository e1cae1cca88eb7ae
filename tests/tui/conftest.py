"""Fixtures for the app's tests: the seed store, one with a broken file, one with no meetings."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import SEED_STORE

BROKEN_TEXT = 'format = 1\ndate = 2024-05-03\nplace = "Visenten\n'


@pytest.fixture
def broken_store(seed_store: Path) -> Path:
    """The seed store plus a meeting file whose TOML does not parse (an unclosed string on line 3)."""
    (seed_store / "meetings" / "2024-05-03.toml").write_text(BROKEN_TEXT, encoding="utf-8")
    return seed_store


@pytest.fixture
def empty_store(tmp_path: Path) -> Path:
    """A store with its council and people but no meetings yet."""
    root = tmp_path / "empty"
    (root / "meetings").mkdir(parents=True)
    for name in ("council.toml", "people.toml"):
        shutil.copy(SEED_STORE / name, root / name)
    return root
