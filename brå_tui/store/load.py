"""The one way front ends read a whole store: through the derived index of parsed files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from brå_tui.model import Store

if TYPE_CHECKING:
    from brå_tui.store.index import Index, Readings

T = TypeVar("T")


def load(root: Path, on_progress: Callable[[int, int], None] | None = None, use_index: bool = True) -> Store:
    """Read the whole store at root; files unchanged since the last run come from the index."""
    if use_index:
        return load_with(root, lambda index: None, on_progress)[0]
    from brå_tui.store.read import load_store

    return load_store(root, on_progress)


def load_with(root: Path, ask: Callable[[Index], T], on_progress: Callable[[int, int], None] | None = None,
              readings: Readings | None = None) -> tuple[Store, T]:
    """Read the whole store at root through its index, and what ask answers from that index in the same read
    (questions/indexed.py), without bringing the index up to date twice; with readings from an earlier read in
    this process, only the meetings whose files changed since are made anew (Index.store)."""
    from brå_tui.store.index import Index

    with Index.open(root, on_progress) as index:
        return index.store(readings), ask(index)
