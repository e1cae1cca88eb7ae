"""The one way front ends read a store (the place where a cache can sit)."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from brå_tui.model import Store
from brå_tui.store.read import load_store


def load(root: Path, on_progress: Callable[[int, int], None] | None = None) -> Store:
    """Read the whole store at root."""
    return load_store(root, on_progress)
