"""The one way front ends read a whole store: through the derived index of parsed files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from brå_tui.model import Store


def load(root: Path, on_progress: Callable[[int, int], None] | None = None, use_index: bool = True) -> Store:
    """Read the whole store at root; files unchanged since the last run come from the index."""
    if use_index:
        from brå_tui.store.index import Index

        with Index.open(root, on_progress) as index:
            return index.store()
    from brå_tui.store.read import load_store

    return load_store(root, on_progress)
