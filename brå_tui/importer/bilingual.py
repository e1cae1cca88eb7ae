"""Labels written in two languages, English first ('Time / Tid:', 'Next meeting / Nästa möte:', 'AOB / Övriga
frågor'), as councils on a border or with English-speaking partners write them: the Swedish half is the label."""

from __future__ import annotations

import re

# The English half and its slash before a Swedish label, for the label patterns to allow in front.
ENGLISH_HALF = r"(?:[A-Za-z][A-Za-z .&'-]{0,30}?\s*/\s*)?"
_LEADING = re.compile(r"^\s*[A-Za-z][A-Za-z .&'-]{0,30}?\s*/\s*(?=\S)")


def swedish_half(text: str) -> str:
    """text without an English half in front ('AOB / Övriga frågor' → 'Övriga frågor'); text itself otherwise."""
    return _LEADING.sub("", text, count=1)
