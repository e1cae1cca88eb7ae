"""People in a sentence or a list are read by one reader (people_prose.people_sentences): the import reads a
sentence of people in the heading as the review's n key reads the same line, each person with their party,
organisation and absence. In the review a line 'Ann Ek, Bo Ny' gives two people, and says so when 'Bo Ny' might
be Ann Ek's organisation, never one person silently."""

from __future__ import annotations

from pathlib import Path

import pytest

from brå_tui.importer.ledger import UNSURE
from brå_tui.importer.report import ImportResult
from brå_tui.importer.review import ReviewRefused, Row, move, rows
from brå_tui.model import Attendee, Person
from tests.importexport.notes import import_one, write_note

ITEMS = "\n1. Mötets öppnande\nPer Hedlund hälsade alla välkomna.\n"


def _row(result: ImportResult, start: str) -> Row:
    return next(r for r in rows(result) if r.text.startswith(start))


def _seen(attendees: list[Attendee]) -> list[tuple[str, str | None, str | None, str | None, bool]]:
    return [(a.name, a.party, a.org, a.title, a.absent) for a in attendees]


SENTENCES = [
    ("Närvarande var Per Hedlund (S), Mona Sjö och Oskar Dahl från polisen samt Hanna Wirén. Frånvarande: Gunnar "
     "Loo (KD).",
     [("Per Hedlund", "S", None, None, False), ("Mona Sjö", None, "polisen", None, False),
      ("Oskar Dahl", None, "polisen", None, False), ("Hanna Wirén", None, None, None, False),
      ("Gunnar Loo", "KD", None, None, True)]),
    # the review read these, the import did not
    ("Deltog: Ann Ek (S), Bo Ny och Cia Ur.",
     [("Ann Ek", "S", None, None, False), ("Bo Ny", None, None, None, False), ("Cia Ur", None, None, None, False)]),
    ("Närvarande på mötet var Ann Ek och Bo Ny. Ej närvarande var Cia Ur.",
     [("Ann Ek", None, None, None, False), ("Bo Ny", None, None, None, False), ("Cia Ur", None, None, None, True)]),
    ("Närvarande: Ann Ek (S); Frånvarande: Bo Ny (M).",
     [("Ann Ek", "S", None, None, False), ("Bo Ny", "M", None, None, True)]),
    # the import read these, the review did not (or not whole)
    ("Övriga deltagare var Cia Ur från polisen och Dag Lo från kommunen.",
     [("Cia Ur", None, "polisen", None, False), ("Dag Lo", None, "kommunen", None, False)]),
    ("Närvarande var Ann Ek, Bo Ny vid socialtjänsten samt Cia Ur.",
     [("Ann Ek", None, None, None, False), ("Bo Ny", None, "socialtjänsten", None, False),
      ("Cia Ur", None, None, None, False)]),
    # neither read a title after a name in a sentence as that person's
    ("Närvarande var Ann Ek (S), ordförande, Bo Ny, kommunpolis, och Cia Ur.",
     [("Ann Ek", "S", None, None, False), ("Bo Ny", None, None, "kommunpolis", False),
      ("Cia Ur", None, None, None, False)]),
]


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES)
def test_the_import_and_the_review_read_a_sentence_of_people_alike(empty_store: Path, tmp_path: Path,
                                                                    sentence: str, expected: list[tuple]) -> None:
    imported = import_one(empty_store, write_note(tmp_path, f"Anteckningar 2026-02-24\n\n{sentence}\n" + ITEMS))
    assert _seen(imported.meeting.attendees) == expected
    assert imported.unplaced == [] and imported.unsure == []

    reviewed = import_one(empty_store, write_note(tmp_path, f"Anteckningar 2026-02-24\n{ITEMS}{sentence}\n",
                                                  "review.txt"))
    move(reviewed, _row(reviewed, sentence[:14]), "närvarande", [])
    assert _seen(reviewed.meeting.attendees) == expected


@pytest.mark.parametrize("line", ["Ann Ek, Bo Ny", "Ann Ek och Bo Ny", "Ann Ek samt Bo Ny", "- Ann Ek, Bo Ny",
                                  "Närvarande: Ann Ek, Bo Ny", "Ordförande: Ann Ek, Bo Ny"])
def test_two_people_on_a_line_are_two_attendees(empty_store: Path, tmp_path: Path, line: str) -> None:
    result = import_one(empty_store, write_note(tmp_path, f"Minnesanteckningar 2026-03-02\n{ITEMS}{line}\n"))
    row = _row(result, line[:6])
    said = move(result, row, "närvarande", [])
    assert [a.name for a in result.meeting.attendees] == ["Ann Ek", "Bo Ny"]
    assert all(a.org is None for a in result.meeting.attendees)
    if ", " in line:  # 'Bo Ny' might be Ann Ek's organisation: said, and the line stays unsure
        assert said.endswith("(”Bo Ny” lästes som en person men kan vara en organisation)")
        assert result.ledger.kind(row.number - 1) == UNSURE
        assert _row(result, line[:6]).doubt
    else:
        assert "organisation" not in said and result.ledger.kind(row.number - 1) != UNSURE


def test_a_name_someone_has_is_a_person_without_a_doubt(empty_store: Path, tmp_path: Path) -> None:
    """'Bo Ny' is in people.toml, or another Bo is at the meeting: no organisation, nothing to check."""
    for people, heading in (([Person(name="Bo Ny")], ""), ([], "Närvarande: Bo Lind\n")):
        result = import_one(empty_store, write_note(tmp_path, f"Minnesanteckningar 2026-03-02\n{heading}{ITEMS}"
                                                              "Ann Ek, Bo Ny\n"))
        row = _row(result, "Ann Ek, Bo Ny")
        said = move(result, row, "närvarande", people)
        assert "organisation" not in said and result.ledger.kind(row.number - 1) != UNSURE
        assert [a.name for a in result.meeting.attendees][-2:] == ["Ann Ek", "Bo Ny"]


def test_a_name_with_an_organisation_stays_one_person(empty_store: Path, tmp_path: Path) -> None:
    result = import_one(empty_store, write_note(tmp_path, f"Minnesanteckningar 2026-03-02\n{ITEMS}"
                                                          "Ann Ek, Region Dalarna\n"))
    said = move(result, _row(result, "Ann Ek"), "närvarande", [])
    assert _seen(result.meeting.attendees) == [("Ann Ek", None, "Region Dalarna", None, False)]
    assert "organisation" not in said


def test_a_line_of_another_field_is_no_people(empty_store: Path, tmp_path: Path) -> None:
    result = import_one(empty_store, write_note(tmp_path, f"Minnesanteckningar 2026-03-02\n{ITEMS}Plats: Rådhuset\n"))
    with pytest.raises(ReviewRefused, match="Raden anger plats, inga personer"):
        move(result, _row(result, "Plats"), "närvarande", [])
    assert result.meeting.attendees == []
