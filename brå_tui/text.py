"""Small text helpers shared by the core: folding for comparison, slugs for ids."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=1 << 16)  # names are folded again and again over a large store
def fold(text: str) -> str:
    """Text for comparison: without case, accents or surrounding space (å → a, Ö → o)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


def slug(text: str, limit: int = 48) -> str:
    """An ASCII id made from a title: 'Kameraövervakning ' → 'kameraovervakning'."""
    words = re.findall(r"[a-z0-9]+", fold(text))
    out = ""
    for word in words:
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > limit and out:
            break
        out = candidate
    return out or "punkt"
