"""A protocol's decision written as who decides over its 'att …' clauses, each clause on a line of its own, with or
without blank lines between them and with or without a 'Beslut' heading: one decision per clause, each with the
words that open them, and no clause left in the notes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importexport.notes import import_one, write_note

HEAD = "Protokoll 2026-10-14\nNärvarande: Eva Ek (S)\n\n"
WANT = ["{who} beslutar att bevilja 85 000 kronor till trygghetsvärdar",
        "{who} beslutar att uppdra åt kommundirektören att återkomma."]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("who", ["Rådet", "Arbetsutskottet"])
@pytest.mark.parametrize("opening", ["§ 1 Medel\n\n", "1. Medel\n\n", "§ 1 Medel\n\nBeslut\n"])
def test_one_decision_per_att_clause(empty_store: Path, tmp_path: Path, gap: str, who: str, opening: str) -> None:
    text = (HEAD + opening + f"{who} beslutar{gap}att bevilja 85 000 kronor till trygghetsvärdar, samt{gap}"
            "att uppdra åt kommundirektören att återkomma.\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    [item] = result.meeting.items
    assert [d.text for d in item.decisions] == [w.format(who=who) for w in WANT]
    assert item.decisions[0].amount_sek == 85000
    assert "att" not in item.notes
    assert result.unplaced == [] and result.unsure == []


def test_clauses_in_unnumbered_other_questions(empty_store: Path, tmp_path: Path) -> None:
    text = (HEAD + "1. Lägesbild\nText.\n\nÖvriga frågor\n\nTrygghetsvärdar\nRådet beslutar\n\n"
            "att bevilja 85 000 kronor till trygghetsvärdar,\n\natt uppdra åt kommundirektören att återkomma.\n")
    other = import_one(empty_store, write_note(tmp_path, text)).meeting.other
    assert [(o.title, [d.text for d in o.decisions]) for o in other] == [
        ("Trygghetsvärdar", [w.format(who="Rådet") for w in WANT])]


def test_a_sentence_about_a_decision_is_no_list(empty_store: Path, tmp_path: Path) -> None:
    """'Rådet beslutar att …' whole on its line keeps the notes below it as notes."""
    text = HEAD + "1. Medel\nRådet beslutar att bevilja 5 000 kr.\n\natt-satser diskuterades inte.\n"
    [item] = import_one(empty_store, write_note(tmp_path, text)).meeting.items
    assert [d.text for d in item.decisions] == ["Rådet beslutar att bevilja 5 000 kr."]
    assert item.notes == "att-satser diskuterades inte.\n"
