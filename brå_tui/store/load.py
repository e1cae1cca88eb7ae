"""The one way front ends read a store: through the per-user cache of parsed files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from brå_tui.model import Store


def load(root: Path, on_progress: Callable[[int, int], None] | None = None, use_cache: bool = True) -> Store:
    """Read the whole store at root; files unchanged since the last run come from the cache."""
    if use_cache:
        from brå_tui.store.cache import load_cached

        return load_cached(root, on_progress)[0]
    from brå_tui.store.read import load_store

    return load_store(root, on_progress)
