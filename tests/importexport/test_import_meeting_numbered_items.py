"""Items numbered with the meeting's number before their own ('4.1 Genomgång …' to '4.4 Åtgärder' at meeting 4):
each line an item with its number as written, with or without a list of them above ('Ärendelista'); '4.4
Åtgärder' with its assignments below stays an item. A time ('13.15 Kaffe') and a list '5.1 …' under item 5 are no
such items."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importexport.notes import import_one, write_note

HEAD = ("SAMVERKANSGRUPPEN – MINNESANTECKNINGAR\nMöte nr 4/2026\nDatum: 2026-06-16   Tid: 10:00–11:30   Plats: "
        "Socialkontoret\n\nNärvarande: Karin Holm, Sami Haddad\n\n")
ITEMS = ("4.1 Genomgång av föregående minnesanteckningar\n4.2 Individärenden (sekretess – antecknas ej)\n"
         "4.3 Lägesbild\nDaniel: ökad narkotikaförsäljning på skolgårdar i Norra.\n4.4 Åtgärder\n"
         "- Karin Holm: informera föräldrar via Unikum, v. 25\n"
         "- Sami Haddad: bjud in Maria Ungdom till föräldramöte, senast 31/8\n")


@pytest.mark.parametrize("above", ["", "Ärendelista\n"])
def test_each_line_is_an_item_with_its_number_as_written(empty_store: Path, tmp_path: Path, above: str) -> None:
    result = import_one(empty_store, write_note(tmp_path, HEAD + above + ITEMS))
    m = result.meeting
    assert [(i.number, i.title) for i in m.items] == [
        ("4.1", "Genomgång av föregående minnesanteckningar"), ("4.2", "Individärenden (sekretess – antecknas ej)"),
        ("4.3", "Lägesbild"), ("4.4", "Åtgärder")]
    assert "Unikum" in m.items[3].notes and "Maria Ungdom" in m.items[3].notes
    assert m.other == [] and result.unplaced == []


def test_a_sub_list_under_an_item_stays_in_it(empty_store: Path, tmp_path: Path) -> None:
    text = HEAD + ("1. Inledning\n2. Klotter\n2.1 Skolan rapporterade klotter.\n2.2 Polisen följer upp.\n"
                   "3. Avslutning\n")
    m = import_one(empty_store, write_note(tmp_path, text)).meeting
    assert [(i.number, i.title) for i in m.items] == [("1.", "Inledning"), ("2.", "Klotter"), ("3.", "Avslutning")]
