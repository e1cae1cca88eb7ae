"""People joined by 'och' and days written in numbers with their year: 'Kent Alm (SD) och Maja Frid (V)' is two
people wherever people are listed, and 'Nästa möte: 5/5 2026 kl 15.00' is a date wherever dates are read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brå_tui.importer.attendees import parse_people
from brå_tui.importer.header import parse_tid
from tests.importexport.notes import import_one, write_note

JOINED = ("Minnesanteckningar 2026-03-02\nNärvarande: Linnea Bok (C) och Gösta Kvist (S)\n"
          "Frånvarande: Kent Alm (SD) och Maja Frid (V)\n\n1. Lägesbild\nText.\n")


def test_two_people_with_their_parties_joined_by_och(empty_store: Path, tmp_path: Path) -> None:
    result = import_one(empty_store, write_note(tmp_path, JOINED))
    found = [(a.name, a.party, a.title, a.org, a.absent) for a in result.meeting.attendees]
    assert found == [("Linnea Bok", "C", None, None, False), ("Gösta Kvist", "S", None, None, False),
                     ("Kent Alm", "SD", None, None, True), ("Maja Frid", "V", None, None, True)]


@pytest.mark.parametrize(("line", "names"), [
    ("Kent Alm (SD) och Maja Frid (V)", ["Kent Alm", "Maja Frid"]),
    ("Kent Alm och Maja Frid", ["Kent Alm", "Maja Frid"]),
    ("Ann Ek, Bo Ny och Cia Ur", ["Ann Ek", "Bo Ny", "Cia Ur"]),
    ("Ann Ek (S), Bo Ny (M) samt Cia Ur (V)", ["Ann Ek", "Bo Ny", "Cia Ur"]),
    ("Ann Ek & Bo Ny", ["Ann Ek", "Bo Ny"]),
])
def test_every_joined_name_is_a_person(line: str, names: list[str]) -> None:
    found = parse_people(line, [])
    assert [a.name for a in found] == names
    assert all(a.title is None and a.org is None for a in found)


def test_joined_names_sharing_an_organisation_keep_it() -> None:
    found = parse_people("Ann Ek och Bo Ny, Polisen", [])
    assert [(a.name, a.org) for a in found] == [("Ann Ek", "Polisen"), ("Bo Ny", "Polisen")]


@pytest.mark.parametrize("written", ["3/4 2026", "3/4-2026", "03/04/2026", "3/4/26", "3/4 - 2026"])
def test_a_day_in_numbers_with_its_year_is_day_then_month(written: str) -> None:
    assert parse_tid(f"{written} kl 15.00")[:2] == (dt.date(2026, 4, 3), dt.time(15))
    assert parse_tid(written.replace("3", "31"))[0] is None  # no April has a 31st


def test_a_next_meeting_in_numbers_is_the_schedule(empty_store: Path, tmp_path: Path) -> None:
    text = ("Minnesanteckningar 2026-03-03\nNärvarande: Eva Granström (S)\n\n1. Lägesbild\nText här.\n\n"
            "Nästa möte: 5/5 2026 kl 15.00, Folkets hus\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    assert [(s.date, s.start, s.place) for s in result.meeting.schedule] == [
        (dt.date(2026, 5, 5), dt.time(15), "Folkets hus")]
    assert result.meeting.other == []


def test_the_meeting_date_in_numbers_in_the_heading(empty_store: Path, tmp_path: Path) -> None:
    text = "Minnesanteckningar Lokala Brå Ljusnarsberg 3/4 2026\nNärvarande: Eva Granström (S)\n\n1. Lägesbild\nText.\n"
    result = import_one(empty_store, write_note(tmp_path, text))
    assert result.meeting.date == dt.date(2026, 4, 3) and result.date_missing is None
