"""Decisions in the prose: 'Beslut:' bullets, 'Rådet beslutar att …', amounts and accounts."""

from __future__ import annotations

import re

from brå_tui.importer.bilingual import ENGLISH_HALF
from brå_tui.importer.ledger import as_line
from brå_tui.model import Decision

BULLETS = "·•-–—*"
_BESLUT = re.compile(r"^\s*" + ENGLISH_HALF + r"beslut\s*:\s*(.*)$", re.IGNORECASE)
# A decision paragraph opens with who decides within a few words ("Rådet beslutar att", "Lokala BRÅ
# överens om att"), or says that something becomes a standing point of the agenda (only the council
# can decide its agenda).
_DECIDES = re.compile(r"^(?:\S+\s+){0,4}?(?:beslutar|beslutade|beslöt|är överens om|överens om|enas om)\b",
                      re.IGNORECASE)
_STANDING = re.compile(r"\bstående punkt\b.*\bdagordning", re.IGNORECASE)
_AMOUNT = re.compile(r"(?<![\d])(\d{1,3}(?:[  ]\d{3})+|\d+)\s*(?:kronor|kr\b|sek\b|:-)", re.IGNORECASE)
_ACCOUNT = re.compile(r"\b(?:genom|konto|kontot|ansvar|ansvaret|verksamhet|från|ur|via)\s+"
                      r"([A-ZÅÄÖ]{0,4}\d{2,}(?:\s\d{1,6})?)\b")


def beslut_heading(line: str) -> str | None:
    """The text after 'Beslut:' when the line opens a list of decisions, else None."""
    match = _BESLUT.match(line)
    return match.group(1).strip() if match else None


def is_decision(paragraph: str) -> bool:
    """Whether a paragraph of notes is itself a decision."""
    text = " ".join(paragraph.split())
    return bool(_DECIDES.match(text) or _STANDING.search(text))


def strip_bullet(line: str) -> str:
    """A list line without its bullet."""
    text = line.strip()
    if text and text[0] in BULLETS and (len(text) == 1 or text[1] in " \t"):
        return as_line(text[1:].strip(), line)
    return text


def amount_of(text: str) -> int | None:
    """The first amount in kronor written in the text ('10 000 kronor' → 10000)."""
    match = _AMOUNT.search(text)
    return int(re.sub(r"\D", "", match.group(1))) if match else None


def account_of(text: str) -> str | None:
    """The account a cost is booked on ('finansieras genom ID110 16' → 'ID110 16')."""
    match = _ACCOUNT.search(text)
    return match.group(1) if match else None


_OPENER = re.compile(r"(?:\batt|:|\b(?:beslutar|beslutade|beslöt|föreslår|föreslog))\s*$", re.IGNORECASE)


def _opened(texts: list[str]) -> list[str]:
    """'Rådet beslutar att' followed by '- genomföra …', '- uppdra …', or a protocol's 'Rådet beslutar' followed by
    'att bevilja …,' / 'att …': each listed decision with the words that open them ('Rådet beslutar att genomföra
    …', without the comma or 'samt' that joined the list); the opening words alone are no decision."""
    texts = [" ".join(t.split()) for t in texts]
    out: list[str] = []
    i = 0
    while i < len(texts):
        j = i + 1
        if _OPENER.search(texts[i]):
            while j < len(texts) and next((c for c in texts[j] if c.isalpha()), "").islower():
                j += 1
            if j > i + 1:
                head = texts[i].rstrip(" :")
                out.extend(re.sub(r"\s*(?:[,;]|,?\s+(?:samt|och))$", "", f"{head} {text}") for text in texts[i + 1:j])
                i = j
                continue
        out.append(texts[i])
        i = j
    return out


def make_decisions(texts: list[str]) -> list[Decision]:
    """Decisions from their texts. When one decision books an amount on an account, that decision
    carries the amount; other decisions of the item naming the same amount do not (it would count twice)."""
    out: list[Decision] = []
    for text in _opened(texts):
        text = " ".join(text.split())
        if text:
            out.append(Decision(text=text, amount_sek=amount_of(text), account=account_of(text)))
    booked = {d.amount_sek for d in out if d.account and d.amount_sek is not None}
    for d in out:
        if not d.account and d.amount_sek in booked:
            d.amount_sek = None
    return out
