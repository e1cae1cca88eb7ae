"""Who was there and who was away, read as the minutes write it in the shapes other councils use: a sentence over
several lines in a mail with two people away, someone there for part of the meeting said in words, a label that
opens with 'Frånvarande', a person listed twice, a substitute and the member they stand in for, short names, the
one who took the notes; a notice's called members are no attendance, and organisations are no person."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brå_tui.importer.report import ImportResult
from brå_tui.importer.review import Row, move, rows
from brå_tui.model import Attendee
from brå_tui.store.load import load
from tests.importexport.notes import COUNCILS, import_one, write_note

MAIL = COUNCILS / "storvik-mejl-tva-aterbud.txt"  # '… Vi var' / 'Karin Lööf, …' / '… Ingela Bäck hade lämnat …'
PRESENT = ["Karin Lööf", "Peter Näslund", "Oskar Vik", "Lena Åberg"]


def _row(result: ImportResult, start: str) -> Row:
    return next(r for r in rows(result) if r.text.startswith(start))


def _who(attendees: list[Attendee]) -> list[tuple[str, bool]]:
    return [(a.name, a.absent) for a in attendees]


@pytest.mark.parametrize(("start", "key"), [("socialtjänsten.", "frånvarande"), ("socialtjänsten.", "närvarande"),
                                            ("Karin Lööf,", "närvarande"), ("Karin Lööf,", "frånvarande")])
def test_a_mails_sentences_over_lines_are_read_as_they_say_whatever_the_key(empty_store: Path, start: str,
                                                                            key: str) -> None:
    """f on the line that names who was away makes only those absent, each of them ('Ingela Bäck hade lämnat återbud
    och Tomas Frid kunde inte komma'), and the people 'Vi var' names stay present; n and f on any of the lines
    read the sentences alike."""
    result = import_one(empty_store, MAIL)
    result.meeting.date = dt.date(2026, 11, 3)
    said = move(result, _row(result, start), key, load(empty_store).people)
    assert "frånvarande: Ingela Bäck, Tomas Frid" in said, said
    people = [a for a in result.meeting.attendees if a.name != "Amir Haddad"]
    assert _who(people) == [(name, False) for name in PRESENT] + [("Ingela Bäck", True), ("Tomas Frid", True)]
    assert not any(r.text.startswith("socialtjänsten.") for r in rows(result) if r.kind == "unplaced")


@pytest.mark.parametrize("sentence", ["Ingela Bäck hade lämnat återbud och Tomas Frid kunde inte komma.",
                                      "Ingela Bäck var sjuk, Tomas Frid hade förhinder.",
                                      "Ingela Bäck hade anmält förhinder samt Tomas Frid kunde inte delta."])
def test_several_people_away_in_one_sentence_are_each_absent(empty_store: Path, tmp_path: Path,
                                                              sentence: str) -> None:
    note = write_note(tmp_path, f"Minnesanteckningar 2026-11-03\nNärvarande: Karin Lööf, Oskar Vik\n{sentence}\n"
                                "\n1. Läget\nLugnt i centrum.\n")
    result = import_one(empty_store, note)
    assert _who(result.meeting.attendees) == [("Karin Lööf", False), ("Oskar Vik", False), ("Ingela Bäck", True),
                                              ("Tomas Frid", True)]


def test_someone_there_for_part_of_the_meeting_in_words_has_it_as_partial(empty_store: Path) -> None:
    """'Amir Haddad från fältgruppen var med den första halvtimmen.': his organisation and the part he was at."""
    result = import_one(empty_store, MAIL)
    [amir] = [a for a in result.meeting.attendees if a.name == "Amir Haddad"]
    assert (amir.org, amir.partial, amir.title, amir.absent) == ("fältgruppen", "den första halvtimmen", None, False)
