"""People lists as they are typed by hand: nicknames in quotes ('Johan "Jocke" Eriksson'), an organisation and a
name parted by spaces as a home-made table ('Insynsplats Ekby  Johan Ek'), and people said present in a sentence
of the notes ('Anna Berg och Johan Ek var med.')."""

from __future__ import annotations

from pathlib import Path

import pytest

from brå_tui.model import Attendee
from tests.importexport.notes import import_one, write_note

ITEMS = "\n1. Mötets öppnande\nOrdföranden hälsade alla välkomna.\n"


def _seen(attendees: list[Attendee]) -> list[tuple[str, str | None, str | None]]:
    return [(a.name, a.title, a.org) for a in attendees]


@pytest.mark.parametrize(("people", "expected"), [
    ('Johan "Jocke" Eriksson\nMaria ”Mia” Lind', [("Johan Eriksson", None, None), ("Maria Lind", None, None)]),
    ('Johan “Jocke” Eriksson, fältare\nPer \'Pelle\' Ek, Polisen',
     [("Johan Eriksson", "fältare", None), ("Per Ek", None, "Polisen")]),
    ('Johan "Jocke" Eriksson\tSocialtjänsten\nLena «Lenny» Ek\tPolisen',
     [("Johan Eriksson", None, "Socialtjänsten"), ("Lena Ek", None, "Polisen")]),
    ('Anna Berg, Johan "Jocke" Eriksson, Maria ”Mia” Lind',
     [("Anna Berg", None, None), ("Johan Eriksson", None, None), ("Maria Lind", None, None)]),
    ('Anna Berg och Maria ”Mia” Lind, Räddningstjänsten',
     [("Anna Berg", None, "Räddningstjänsten"), ("Maria Lind", None, "Räddningstjänsten")]),
])
def test_a_nickname_in_quotes_is_dropped_from_the_name(empty_store: Path, tmp_path: Path, people: str,
                                                       expected: list[tuple]) -> None:
    """One person by their names, never two people, a refused line or a name in doubt for its quotes."""
    result = import_one(empty_store, write_note(tmp_path, f"Anteckningar 2026-02-24\n\nNärvarande:\n{people}\n"
                                                          + ITEMS))
    assert _seen(result.meeting.attendees) == expected
    assert result.unplaced == [] and result.unsure == []


def test_a_nickname_in_a_sentence_of_people_is_dropped_too(empty_store: Path, tmp_path: Path) -> None:
    sentence = 'Närvarande var Anna Berg, Johan "Jocke" Eriksson och Maria ”Mia” Lind från polisen.'
    result = import_one(empty_store, write_note(tmp_path, f"Anteckningar 2026-02-24\n\n{sentence}\n" + ITEMS))
    assert [a.name for a in result.meeting.attendees] == ["Anna Berg", "Johan Eriksson", "Maria Lind"]
    assert result.unplaced == [] and result.unsure == []


@pytest.mark.parametrize(("people", "expected"), [
    ("Insynsplats Ekby  Johan Ek", [("Johan Ek", None, "Insynsplats Ekby")]),
    ("Johan Ek  Insynsplats Ekby", [("Johan Ek", None, "Insynsplats Ekby")]),
    ("Johan Ek    Insynsplats Ekby\nPolisen Bergslagen  Anna Berg\nLisa Lind  Socialtjänsten",
     [("Johan Ek", None, "Insynsplats Ekby"), ("Anna Berg", None, "Polisen Bergslagen"),
      ("Lisa Lind", None, "Socialtjänsten")]),
    ("Fritidsgården Ekby  Sara Lund\nkommunpolis  Mats Orre", [("Sara Lund", None, "Fritidsgården Ekby"),
                                                               ("Mats Orre", "kommunpolis", None)]),
    ("Insynsplats Ekby\tJohan Ek\nPolisen\tAnna Berg", [("Johan Ek", None, "Insynsplats Ekby"),
                                                        ("Anna Berg", None, "Polisen")]),
    ('Insynsplats Ekby  Johan "Jocke" Ek', [("Johan Ek", None, "Insynsplats Ekby")]),
    # two spaces typed inside a name are no table
    ("Anna Maria  Berg\nEva Ek  Lind, Polisen", [("Anna Maria Berg", None, None), ("Eva Ek Lind", None, "Polisen")]),
])
def test_an_organisation_and_a_name_parted_by_spaces_are_one_person(empty_store: Path, tmp_path: Path, people: str,
                                                                    expected: list[tuple]) -> None:
    """A table typed with spaces (or tabs), in either order: the side that reads as a person's name is the person
    (a first name, a name the store knows, no organisation's word), the other side their organisation or title."""
    result = import_one(empty_store, write_note(tmp_path, f"Anteckningar 2026-02-24\n\nNärvarande:\n{people}\n"
                                                          + ITEMS))
    assert _seen(result.meeting.attendees) == expected
    assert result.unplaced == [] and result.unsure == []


def test_two_names_parted_by_spaces_are_read_in_their_order_and_reported(empty_store: Path, tmp_path: Path) -> None:
    """Nothing tells which of 'Sune Ekby' and 'Kalle Ekholm' is the person: the first is, and the summary says so."""
    result = import_one(empty_store, write_note(tmp_path, "Anteckningar 2026-02-24\n\nNärvarande:\n"
                                                          "Sune Ekby  Kalle Ekholm\n" + ITEMS))
    assert _seen(result.meeting.attendees) == [("Sune Ekby", None, "Kalle Ekholm")]
    assert any("Sune Ekby  Kalle Ekholm" in doubt and "kan vara tvärtom" in doubt for doubt in result.unsure)
    assert "  All text kunde placeras." not in result.summary()


@pytest.mark.parametrize(("sentence", "added"), [
    ("Anna Berg och Johan Ek var med.", ["Anna Berg", "Johan Ek"]),
    ("Med på mötet var Anna Berg, Johan Ek och Lisa Ek.", ["Anna Berg", "Johan Ek", "Lisa Ek"]),
    ("Bo Ny deltog också.", ["Bo Ny"]),
    ("Vi var Anna Berg och Lisa Ek.", ["Anna Berg", "Lisa Ek"]),
    ("Med på mötet var Anna Berg och Olle Ost från polisen.", ["Anna Berg", "Olle Ost"]),
])
@pytest.mark.parametrize("where", ["item", "other"])
def test_a_sentence_saying_who_was_there_is_attendance(empty_store: Path, tmp_path: Path, sentence: str,
                                                       added: list[str], where: str) -> None:
    """Among an item's notes or the other questions, a sentence that only says who was at the meeting gives
    attendees, the line reported as unsure; never an item or notes."""
    body = (f"1. Lägesbild\nDet har varit lugnt i centrum.\n{sentence}\n" if where == "item" else
            f"1. Lägesbild\nDet har varit lugnt i centrum.\n\nÖvriga frågor\n{sentence}\n")
    result = import_one(empty_store, write_note(tmp_path, "Anteckningar 2026-02-24\n\nNärvarande:\nPer Vik\n\n"
                                                          + body))
    m = result.meeting
    assert [a.name for a in m.present()] == ["Per Vik", *added]
    assert [i.notes for i in m.items] == ["Det har varit lugnt i centrum.\n"] and m.other == []
    assert any(sentence in doubt and "var med på mötet" in doubt for doubt in result.unsure)
    assert result.unplaced == [] and "  All text kunde placeras." not in result.summary()


def test_someone_already_listed_is_not_added_twice(empty_store: Path, tmp_path: Path) -> None:
    result = import_one(empty_store, write_note(tmp_path, "Anteckningar 2026-02-24\n\nNärvarande:\nAnna Berg, "
                                                          "Polisen\n\n1. Lägesbild\nLugnt.\nAnna Berg och Johan Ek var "
                                                          "med.\n"))
    assert _seen(result.meeting.attendees) == [("Anna Berg", None, "Polisen"), ("Johan Ek", None, None)]


def test_organisations_said_to_be_there_stay_in_the_notes(empty_store: Path, tmp_path: Path) -> None:
    """'Polisen och kommunen var med.' names no person: it stays the item's text."""
    result = import_one(empty_store, write_note(tmp_path, "Anteckningar 2026-02-24\n\nNärvarande:\nPer Vik\n\n"
                                                          "1. Lägesbild\nPolisen och kommunen var med.\n"))
    assert [a.name for a in result.meeting.attendees] == ["Per Vik"]
    assert result.meeting.items[0].notes == "Polisen och kommunen var med.\n"


def test_a_presenter_written_with_a_nickname_is_the_attendee(empty_store: Path, tmp_path: Path) -> None:
    """'Johan "Jocke" Eriksson: berättar om …' and 'Johan "Jocke" Eriksson informerar …' name the attendee Johan
    Eriksson, as the list of people gives him."""
    result = import_one(empty_store, write_note(tmp_path, 'Anteckningar 2026-02-24\n\nNärvarande:\nJohan "Jocke" '
                                                          'Eriksson, fältare\n\n1) Johan "Jocke" Eriksson: berättar '
                                                          'om sommaren\n\n2) Lägesbild\nJohan ”Jocke” Eriksson '
                                                          'informerar om läget i centrum.\n'))
    assert [(i.title, i.presenters) for i in result.meeting.items] == [("Sommaren", ["Johan Eriksson"]),
                                                                        ("Lägesbild", ["Johan Eriksson"])]
