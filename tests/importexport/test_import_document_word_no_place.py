"""A heading that names the kind of document with the meeting's date and time ('Minnesanteckningar 2026-10-28 kl.
14.00–16.00', 'Protokoll …', 'Anteckningar …', 'Kallelse …'): the kind word is the document's kind, never the
meeting's place; a place written after the date and time is still read, and the review's p never takes the word."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brå_tui.importer.review import ReviewRefused, move, rows
from tests.importexport.notes import import_one, write_note

BODY = "\nNärvarande: Anna Berg (S), ordförande, Olle Sund, kommunpolis\n\n1. Lägesbild\nOlle berättade.\n"


@pytest.mark.parametrize("heading, kind", [
    ("Minnesanteckningar 2026-10-28 kl. 14.00–16.00", "minnesanteckningar"),
    ("Protokoll 2026-10-28 kl. 14.00–16.00", "protokoll"),
    ("Anteckningar 2026-10-28 kl 14-16", None),  # anteckningar: the default kind, left unwritten
    ("Kallelse 2026-10-28 kl. 14.00–16.00", "kallelse"),
    ("Protokollsutdrag 2026-10-28 kl. 14.00–16.00", "protokoll"),
    ("Minnesanteckningar BRÅ 2026-10-28 kl. 14.00–16.00", "minnesanteckningar"),
    ("Minnesanteckningar från mötet 2026-10-28 kl. 14.00–16.00", "minnesanteckningar"),
    ("Minnesanteckningar, Lokala Brå, 2026-10-28 kl. 14.00–16.00", "minnesanteckningar"),
])
def test_the_kind_word_of_a_heading_is_never_the_place(empty_store: Path, tmp_path: Path, heading: str,
                                                        kind: str | None) -> None:
    result = import_one(empty_store, write_note(tmp_path, heading + BODY))
    m = result.meeting
    assert (m.date, m.start, m.end) == (dt.date(2026, 10, 28), dt.time(14), dt.time(16))
    assert m.place is None
    assert m.document == kind
    assert "Plats" in result.missing()
    row = next(r for r in rows(result) if r.text == heading)
    with pytest.raises(ReviewRefused):
        move(result, row, "plats", [])
    assert result.meeting.place is None


@pytest.mark.parametrize("heading, place", [
    ("Minnesanteckningar 2026-10-28 kl. 14.00–16.00, Stadshuset", "Stadshuset"),
    ("Anteckningar BRÅ 2026-10-28 kl 14-16, Stadshuset rum 3", "Stadshuset rum 3"),
    ("Protokoll 2026-10-28 kl. 14.00–16.00 i Rådhuset", "Rådhuset"),
])
def test_a_place_after_the_date_and_time_is_still_read(empty_store: Path, tmp_path: Path, heading: str,
                                                       place: str) -> None:
    result = import_one(empty_store, write_note(tmp_path, heading + BODY))
    assert result.meeting.place == place
