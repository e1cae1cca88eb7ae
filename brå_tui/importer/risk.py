"""The Lägesbild in the prose: which risk areas the notes mark red, yellow or green, and for which month."""

from __future__ import annotations

import datetime as dt
import re

from brå_tui.importer.header import MONTH_PATTERN, month_number
from brå_tui.model import Council, Item, RiskPicture
from brå_tui.text import fold_line as fold

_COLOURS = {"rod": "red", "rott": "red", "roda": "red", "gul": "yellow", "gult": "yellow", "gula": "yellow",
            "gron": "green", "gront": "green", "grona": "green"}
_COLOUR = re.compile(r"(?<![a-z])(" + "|".join(_COLOURS) + r")(?:\s*-?\s*(?:markera|markerad|markerade|markering|"
                     r"markeringar|markerat))?(?![a-z])")
# 'i jul', 'under jul' is Christmas, no month: the short form 'jul' names July only with a day (header.MONTH_PATTERN)
_PERIOD = re.compile(rf"\b(?:for|i|under)\s+(?!jul\b)({MONTH_PATTERN})(?:\s+(\d{{4}}))?\b")
_SPLIT = re.compile(r"(?<=[.!?])\s+|\n")


def _area_pattern(area: str) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z0-9])" + re.escape(fold(area)) + r"(?![a-z0-9])")


def marks_in(text: str, areas: list[str]) -> dict[str, str]:
    """The areas a text marks with a colour, in order of mention: each area takes the colour word that
    follows it in its sentence, or else the one before it."""
    marks: dict[str, str] = {}
    patterns = [(area, _area_pattern(area)) for area in areas]
    for sentence in _SPLIT.split(text):
        folded = fold(sentence)
        colours = [(m.start(), _COLOURS[m.group(1)]) for m in _COLOUR.finditer(folded)]
        if not colours:
            continue
        found = sorted((m.start(), area) for area, pattern in patterns if (m := pattern.search(folded)))
        for position, area in found:
            after = [c for p, c in colours if p > position]
            before = [c for p, c in colours if p < position]
            level = after[0] if after else before[-1]
            marks.setdefault(area, level)
    return marks


def period_in(text: str, meeting_date: dt.date) -> str | None:
    """The month the picture covers ('Lägesbilden för december' at a February meeting → the December before)."""
    for sentence in _SPLIT.split(text):
        folded = fold(sentence)
        if "lagesbild" not in folded and not _COLOUR.search(folded):
            continue
        match = _PERIOD.search(folded)
        if match:
            month = month_number(match.group(1)) or 1
            year = int(match.group(2)) if match.group(2) else (
                meeting_date.year if month <= meeting_date.month else meeting_date.year - 1)
            return f"{year:04d}-{month:02d}"
    return None


def source_in(text: str, council: Council) -> str | None:
    """Who reported the picture: the council's source when the text names it."""
    folded = fold(text)
    if council.risk_source and fold(council.risk_source).split()[0] in folded:
        return council.risk_source
    if "lansstyrelse" in folded:
        return "Länsstyrelsen"
    return None


# The sentence bra's own documents write after the Lägesbild item's notes (export.parts.risk_sentence):
# "Markeringar i lägesbilden för december 2023 (Länsstyrelsen): ANDT omfattande, Hot och våld återkommande."
# (each level in the council's word, council.toml's [risk.levels]); older documents wrote the colour and
# "markering": "ANDT röd markering, Hot och våld gul markering."
_OWN_SENTENCE = re.compile(r"Markeringar i lägesbilden(?: för (\S+) (\d{4}))?(?: \((.+?)\))?: (.+)\.", re.DOTALL)
_OWN_COLOURS = {"röd": "red", "gul": "yellow", "grön": "green"}
_LEVEL_WORDS = {"red": "omfattande", "yellow": "återkommande", "green": "grön"}  # views.theme's words


def _own_words(meanings: dict[str, str]) -> dict[str, str]:
    """Each word bra's own sentence may name a level by (the council's, the views', a colour with 'markering')."""
    words = {f"{colour} markering": level for colour, level in _OWN_COLOURS.items()}
    words.update({word: level for level, word in _LEVEL_WORDS.items()})
    words.update({word: level for level, word in meanings.items() if word})
    return words


def _own_sentence(paragraph: str, meanings: dict[str, str]) -> RiskPicture | None:
    """The picture a paragraph that is bra's own marks sentence states exactly; None for any other paragraph."""
    match = _OWN_SENTENCE.fullmatch(paragraph.strip())
    if match is None:
        return None
    month, year, source, marks = match.groups()
    words = _own_words(meanings)
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    own_mark = re.compile(rf"(.+?) ({alternatives})(?:, |\Z)", re.DOTALL)
    found = [(m.group(1), words[m.group(2)]) for m in own_mark.finditer(marks)]
    if "".join(m.group(0) for m in own_mark.finditer(marks)) != marks:
        return None
    period = None
    if month is not None and month_number(month):
        period = f"{int(year):04d}-{month_number(month):02d}"
    elif month is not None:
        return None
    return RiskPicture(period=period, source=source, areas=dict(found))


def read_own_sentence(items: list[Item], meanings: dict[str, str]) -> RiskPicture | None:
    """The picture from bra's own marks sentence under an item (a document bra exported), taken out of that
    item's notes, where it is no note but what the meeting's [risk] said; None when no item has it."""
    for item in items:
        paragraphs = item.notes.split("\n\n")
        for i, paragraph in enumerate(paragraphs):
            picture = _own_sentence(paragraph, meanings)
            if picture is not None:
                ending = paragraph[len(paragraph.rstrip("\n")):]  # the line break that closed the notes stays
                rest = "\n\n".join(paragraphs[:i] + paragraphs[i + 1:]).rstrip("\n")
                item.notes = rest + ending if rest else ""
                return picture
    return None


def read_risk(items: list[Item], council: Council, meeting_date: dt.date) -> RiskPicture | None:
    """The meeting's risk picture from the items that mark areas; those items get the areas they mark. bra's
    own marks sentence (a document bra exported) gives the picture exactly and leaves the notes."""
    own = read_own_sentence(items, council.levels)
    picture: RiskPicture | None = None
    for item in items:
        marks = marks_in(item.notes, council.areas)
        if not marks:
            continue
        if not item.areas:
            item.areas = list(marks)
        if picture is None:
            picture = RiskPicture(period=period_in(item.notes, meeting_date), source=source_in(item.notes, council))
        for area, level in marks.items():
            picture.areas.setdefault(area, level)
    return own if own is not None else picture
