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
