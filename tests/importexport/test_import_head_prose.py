"""The lines at the top of notes written in prose or under the date: a sentence is never taken for a heading
without a word, the chair and secretary a sentence names are read ('Mona Sjö var ordförande och Hanna Wirén förde
anteckningarna.'), and a line with the time and place under the date gives them ('kl. 18–20, Kisa bibliotek')."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brå_tui.importer.ledger import PLACED, UNPLACED
from tests.importexport.notes import import_one, write_note

ITEMS = "\n1. Mötets öppnande\nPer Hedlund hälsade alla välkomna.\n"


def test_the_date_time_place_and_roles_in_sentences(empty_store: Path, tmp_path: Path) -> None:
    text = ("Anteckningar från möte i Brottsförebyggande rådet, Vadstena\n\n"
            "Mötet hölls tisdagen den 24 februari 2026 klockan 9.30–11.00 i Rådhuset, Vadstena.\n\n"
            "Närvarande: Per Hedlund (S), Mona Sjö, Hanna Wirén\n\n"
            "Mona Sjö var ordförande och Hanna Wirén förde anteckningarna.\n" + ITEMS)
    result = import_one(empty_store, write_note(tmp_path, text))
    m = result.meeting
    assert (m.date, m.start, m.end, m.place) == (dt.date(2026, 2, 24), dt.time(9, 30), dt.time(11),
                                                 "Rådhuset, Vadstena")
    assert (m.chair, m.secretary) == ("Mona Sjö", "Hanna Wirén")
    assert result.ledger.fates[2].why == "datum och tid och plats"
    assert result.ledger.fates[6].why == "ordförande och sekreterare"
    assert result.unplaced == []


@pytest.mark.parametrize(("sentence", "chair", "secretary"), [
    ("Ordförande var Mona Sjö.", "Mona Sjö", None),
    ("Till sekreterare valdes Hanna Wirén.", None, "Hanna Wirén"),
    ("Hanna Wirén var sekreterare och Mona Sjö var mötets ordförande.", "Mona Sjö", "Hanna Wirén"),
])
def test_roles_in_other_sentences(empty_store: Path, tmp_path: Path, sentence: str, chair: str | None,
                                  secretary: str | None) -> None:
    text = f"Anteckningar 2026-02-24\nNärvarande: Mona Sjö, Hanna Wirén\n{sentence}\n" + ITEMS
    m = import_one(empty_store, write_note(tmp_path, text)).meeting
    assert (m.chair, m.secretary) == (chair, secretary)


def test_a_sentence_at_the_top_is_never_a_silent_heading(empty_store: Path, tmp_path: Path) -> None:
    text = "Anteckningar 2026-02-24\nVi träffades på biblioteket som vanligt.\nNärvarande: Mona Sjö (S)\n" + ITEMS
    result = import_one(empty_store, write_note(tmp_path, text))
    assert result.ledger.kind(1) == UNPLACED
    assert "Vi träffades på biblioteket som vanligt." in result.unplaced
    assert "All text kunde placeras" not in "\n".join(result.summary())


@pytest.mark.parametrize("line", ["kl. 18–20, Kisa bibliotek", "klockan 18.00-20.00 i Kisa bibliotek",
                                  "18.00–20.00, Kisa bibliotek"])
def test_the_time_and_place_under_the_date(empty_store: Path, tmp_path: Path, line: str) -> None:
    text = (f"Trygghetsrådet Kinda kommun\nMinnesanteckningar\nmåndagen den 2 mars 2026\n{line}\n\n"
            "Närvarande: Linnea Bok (C)\n" + ITEMS)
    result = import_one(empty_store, write_note(tmp_path, text))
    m = result.meeting
    assert (m.date, m.start, m.end, m.place) == (dt.date(2026, 3, 2), dt.time(18), dt.time(20), "Kisa bibliotek")
    assert result.ledger.kind(3) == PLACED and result.ledger.fates[3].why == "tid och plats"


def test_a_time_line_that_says_nothing_new_is_not_hidden(empty_store: Path, tmp_path: Path) -> None:
    """The time and place given by their labels already: the line under the date is listed, never a silent
    heading."""
    text = ("Minnesanteckningar 2026-03-02\nkl. 18–20, Kisa bibliotek\nTid: 17.00–19.00\nPlats: Rådhuset\n"
            "Närvarande: Linnea Bok (C)\n" + ITEMS)
    result = import_one(empty_store, write_note(tmp_path, text))
    assert (result.meeting.start, result.meeting.place) == (dt.time(17), "Rådhuset")
    assert result.ledger.kind(1) == UNPLACED


def test_attendance_in_a_sentence(empty_store: Path, tmp_path: Path) -> None:
    """'Närvarande var A (S), B och C från polisen samt D. Frånvarande: E (KD).': every person, those 'från
    polisen' with it as their organisation, the absent one absent, and the line placed."""
    text = ("Anteckningar 2026-02-24\n\nNärvarande var Per Hedlund (S), Mona Sjö och Oskar Dahl från polisen samt "
            "Hanna Wirén. Frånvarande: Gunnar Loo (KD).\n" + ITEMS)
    result = import_one(empty_store, write_note(tmp_path, text))
    assert [(a.name, a.party, a.org, a.absent) for a in result.meeting.attendees] == [
        ("Per Hedlund", "S", None, False), ("Mona Sjö", None, "polisen", False),
        ("Oskar Dahl", None, "polisen", False), ("Hanna Wirén", None, None, False), ("Gunnar Loo", "KD", None, True)]
    assert result.ledger.kind(2) == PLACED and result.unplaced == [] and result.unsure == []


def test_a_sentence_about_attendance_that_is_no_list_is_listed(empty_store: Path, tmp_path: Path) -> None:
    text = "Anteckningar 2026-02-24\nNärvarande: Mona Sjö (S)\n\nNärvarande var också en journalist.\n" + ITEMS
    result = import_one(empty_store, write_note(tmp_path, text))
    assert [a.name for a in result.meeting.attendees] == ["Mona Sjö"]
    assert result.ledger.kind(3) == UNPLACED
