"""Outside the Lägesbild editor too, a risk level is named by the council's own word (council.toml's
[risk.levels]: omfattande, återkommande), never by its colour alone: a reader without colour sees "gul" only."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from brå_tui.importer.risk import read_own_sentence
from brå_tui.model import Item

COLOUR_WORDS = re.compile(r"\b(?:röd|röda|rött|gul|gula|gult|grön|gröna|grönt)\b", re.IGNORECASE)


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_an_export_names_each_mark_by_the_councils_word(bra, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"anteckningar.{fmt}"
    assert bra("export", "2024-02-09", "--format", fmt, "-o", str(target))[0] == 0
    text = " ".join(target.read_text(encoding="utf-8").replace("\\", "").split())
    sentence = ("Markeringar i lägesbilden för december 2023 (Länsstyrelsen): ANDT omfattande, Ordningsstörningar "
                "och otrygghet återkommande, Ungdomar/skolor återkommande.")
    assert sentence in text
    # the meeting's own notes speak of colours; what bra writes of the levels does not
    assert COLOUR_WORDS.findall(text.replace(sentence, "")) == COLOUR_WORDS.findall(_notes(text))


def _notes(text: str) -> str:
    """The text without bra's sentence of marks: the notes as the meeting file has them."""
    return re.sub(r"Markeringar i lägesbilden[^.]*\.", "", text)


def test_bra_risk_names_the_marked_levels_by_the_councils_words(bra) -> None:
    status, out, _ = bra("risk")
    assert status == 0
    out = " ".join(out.split())
    actions = out[out.index("Åtgärder för omfattande och återkommande områden"):]
    assert "Omfattande" in actions
    assert COLOUR_WORDS.findall(actions) == []
    # the legend keeps the colour, as an extra beside the council's word
    assert "röd: omfattande" in out


def test_bra_status_names_the_marked_levels_by_the_councils_words(bra) -> None:
    status, out, _ = bra("status")
    assert status == 0
    assert "Omfattande och återkommande områden utan åtgärd" in out
    assert COLOUR_WORDS.findall(out) == []


@pytest.mark.parametrize("sentence", [
    "Markeringar i lägesbilden för december 2023 (Länsstyrelsen): ANDT omfattande, Hot och våld återkommande.",
    "Markeringar i lägesbilden för december 2023 (Länsstyrelsen): ANDT röd markering, Hot och våld gul markering.",
])
def test_an_exported_sentence_reads_back_as_its_levels(sentence: str) -> None:
    item = Item(title="Lägesbild sociala risker", notes=sentence)
    picture = read_own_sentence([item], {"red": "omfattande", "yellow": "återkommande", "green": ""})
    assert picture is not None
    assert (picture.period, picture.areas) == ("2023-12", {"ANDT": "red", "Hot och våld": "yellow"})
    assert item.notes == ""
