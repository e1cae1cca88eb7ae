"""Fixtures for the app's tests, on top of the shared ones: a store with a broken file, one with no meetings."""

from __future__ import annotations

from pathlib import Path

import pytest

BROKEN_TEXT = 'format = 1\ndate = 2024-05-03\nplace = "Visenten\n'


@pytest.fixture
def broken_store(seed_store: Path) -> Path:
    """The seed store plus a meeting file whose TOML does not parse (an unclosed string on line 3)."""
    (seed_store / "meetings" / "2024-05-03.toml").write_text(BROKEN_TEXT, encoding="utf-8")
    return seed_store


@pytest.fixture
def empty_store(empty_store: Path) -> Path:
    """The shared empty store (tests/conftest.py) with an empty meetings folder: a store with no meetings yet."""
    (empty_store / "meetings").mkdir()
    return empty_store
