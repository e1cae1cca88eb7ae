"""Which table in a file each entry of an edited list continues, so that its comments go with it.

The app hands the store the whole meeting after any number of edits (added, changed, removed and
moved entries), not the edits themselves, so the entries are recognised by their values:

1. entries equal to a table in the file, in the same order, are that table;
2. entries equal to a table that moved are that table;
3. an entry with some values as before (a title, an id, notes, a name with a typo fixed) continues the
   table it shares most with, the nearest one when several share as much; a shared state or
   confidentiality alone does not count;
4. anything else is new. An entry in which every value changed at once counts as new, and the table
   it replaced as removed, comments and all.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Callable
from typing import Any

from brå_tui.store.arrays import SIMILAR, similar

# The keys that name an entry weigh more than the others when telling entries apart.
_NAMING_KEYS = frozenset({"id", "title", "name", "date", "text"})
# Keys with a few possible values: sharing one of these alone does not make two entries the same.
_WEAK_KEYS = frozenset({"state", "confidential"})

Canonical = Callable[[dict[str, Any]], dict[str, Any]]


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return tuple(sorted((k, _freeze(v)) for k, v in value.items()))
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    if isinstance(value, (dt.date, dt.time, bool)):
        return (type(value).__name__, value)
    return value


def _likeness(a: dict[str, Any], b: dict[str, Any]) -> float:
    """How much two entries share, 0–1: equal values count whole, nearly equal texts in part."""
    keys = a.keys() | b.keys()
    total = shared = 0.0
    telling = False
    for key in keys:
        weight = 2.0 if key in _NAMING_KEYS else 1.0
        total += weight
        x, y = a.get(key), b.get(key)
        if key in a and key in b and _freeze(x) == _freeze(y):
            shared += weight
        elif key in _NAMING_KEYS and isinstance(x, str) and isinstance(y, str) and (ratio := similar(x, y)) >= SIMILAR:
            shared += weight * ratio  # a title or name with a typo fixed
        else:
            continue
        telling = telling or key not in _WEAK_KEYS
    return shared / total if total and telling else 0.0


def match(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[int | None]:
    """For each new entry, the index of the old one it continues, or None for a new entry.

    old and new must already be in comparable (canonical) form; every old index is used at most once.
    """
    frozen_old = [_freeze(e) for e in old]
    frozen_new = [_freeze(e) for e in new]
    result: list[int | None] = [None] * len(new)
    used: set[int] = set()
    matcher = difflib.SequenceMatcher(None, frozen_old, frozen_new, autojunk=False)
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            result[block.b + k] = block.a + k
            used.add(block.a + k)
    for j, entry in enumerate(frozen_new):
        if result[j] is None:
            same = next((i for i, e in enumerate(frozen_old) if i not in used and e == entry), None)
            if same is not None:
                result[j] = same
                used.add(same)
    candidates = []
    for j, entry in enumerate(new):
        if result[j] is not None:
            continue
        for i, table in enumerate(old):
            if i in used:
                continue
            score = _likeness(table, entry)
            if score > 0:
                candidates.append((-score, abs(i - j), j, i))
    for _, _, j, i in sorted(candidates):
        if result[j] is None and i not in used:
            result[j] = i
            used.add(i)
    return result
