"""Every way minutes state a decision gives one, with its amount, also as a later sentence of a line in a numbered
item: 'beslutade att', 'beslutar att', 'beslöt att', 'fattade beslut om', 'Beslut:'."""

from __future__ import annotations

from pathlib import Path

import pytest

from brå_tui.importer.ledger import UNSURE
from brå_tui.importer.notes import import_notes
from brå_tui.importer.review import move, rows
from brå_tui.store.load import load

PHRASES = ["Rådet beslutade att anlita sanering för 12 000 kr.", "Rådet beslutar att anlita sanering för 12 000 kr.",
           "Rådet beslöt att anlita sanering för 12 000 kr.",
           "Rådet fattade beslut om att anlita sanering för 12 000 kr.",
           "Beslut: anlita sanering för 12 000 kr.",
           # in everyday words, marked unsure (as every informal decision is)
           "Efter diskussion enades rådet om att anlita sanering för 12 000 kr.",
           "Rådet enades om att anlita sanering för 12 000 kr.",
           "Rådet godkände att anlita sanering för 12 000 kr.",
           "Rådet ställde sig bakom förslaget att anlita sanering för 12 000 kr.",
           "Därefter godkände rådet förslaget att anlita sanering för 12 000 kr."]


def _note(tmp_path: Path, numbering: str, sentence: str, alone: bool) -> Path:
    said = f"Göran rapporterade om klotter.\n{sentence}" if alone else f"Göran rapporterade om klotter. {sentence}"
    path = tmp_path / "p.txt"
    path.write_text(f"Protokoll\nDatum: 2027-02-15\nTid: 15:00-17:00\nPlats: Folkets hus\n"
                    f"Närvarande: Åsa Nordin, Göran Öhman\n\n{numbering} Öppnande\nÅsa öppnade mötet.\n\n"
                    f"{numbering.replace('1', '2')} Klotter vid stationen\n{said}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("numbering", ["§ 1", "1."])
@pytest.mark.parametrize("alone", [True, False], ids=["own line", "later sentence"])
@pytest.mark.parametrize("sentence", PHRASES)
def test_each_decision_phrase_gives_a_decision_with_its_amount(empty_store: Path, tmp_path: Path, numbering: str,
                                                               sentence: str, alone: bool) -> None:
    [result] = import_notes([_note(tmp_path, numbering, sentence, alone)], load(empty_store))
    item = result.meeting.items[1]
    assert [d.amount_sek for d in item.decisions] == [12000], item
    assert "anlita sanering" in item.decisions[0].text
    assert item.notes == "Göran rapporterade om klotter.\n"


def test_a_decision_in_a_later_sentence_is_said_and_moves_whole(empty_store: Path, tmp_path: Path) -> None:
    store = load(empty_store)
    [result] = import_notes([_note(tmp_path, "§ 1", PHRASES[0], False)], store)
    row = next(r for r in rows(result) if r.text.startswith("Göran rapporterade"))
    assert row.kind == UNSURE and row.became.startswith("? beslut i § 2") and "anteckningarna" in row.doubt
    move(result, row, "anteckning", store.people)
    item = result.meeting.items[1]
    assert item.decisions == [] and item.notes == f"Göran rapporterade om klotter. {PHRASES[0]}\n"


@pytest.mark.parametrize("sentence", ["Vid förra mötet godkände rådet att anlita sanering för 12 000 kr.",
                                      "Anna godkände förslaget att anlita sanering för 12 000 kr."])
def test_an_earlier_decision_or_one_persons_view_is_no_decision(empty_store: Path, tmp_path: Path,
                                                                 sentence: str) -> None:
    [result] = import_notes([_note(tmp_path, "§ 1", sentence, True)], load(empty_store))
    assert result.meeting.items[1].decisions == []
