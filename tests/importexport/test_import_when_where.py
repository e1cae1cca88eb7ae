"""When and where a sentence says the meeting is, read by one reader (when_where.place_in_text) for the import's
heading, the next meeting's line and the review's p key: the place after the date and time, before them, or in
lower case after 'i'; never the sentence's first words, never the time of day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brå_tui.importer.review import ReviewRefused, move, rows
from tests.importexport.notes import import_one, write_note

ITEMS = "\n1. Mötets öppnande\nAnn Ek hälsade alla välkomna.\n"

SENTENCES = [
    ("Mötet hölls tisdagen den 5 maj 2026 klockan 9–11 i Rådhuset.", "Rådhuset"),
    # the import read the sentence's first words as the place
    ("Mötet hölls i Rådhuset den 5 maj 2026 kl. 9–11.", "Rådhuset"),
    ("Vi möttes på biblioteket den 5 maj 2026 kl. 9–11.", "biblioteket"),
    # the review's p key found no place in these
    ("Sammanträdet ägde rum tisdagen den 5 maj 2026 kl. 9.00–11.00 i kommunhusets sal Tärnan.",
     "kommunhusets sal Tärnan"),
    ("Mötet hölls den 5 maj 2026 kl. 9.00–11.00, Kommunhuset i Österbymo.", "Kommunhuset i Österbymo"),
]


@pytest.mark.parametrize(("sentence", "place"), SENTENCES)
def test_the_import_and_the_review_read_the_same_place(empty_store: Path, tmp_path: Path, sentence: str,
                                                       place: str) -> None:
    imported = import_one(empty_store, write_note(tmp_path, f"Anteckningar\n\n{sentence}\n\nNärvarande: Ann Ek\n"
                                                            + ITEMS))
    m = imported.meeting
    assert (m.date, m.start, m.end, m.place) == (dt.date(2026, 5, 5), dt.time(9), dt.time(11), place)
    assert imported.ledger.fates[2].why == "datum och tid och plats"

    reviewed = import_one(empty_store, write_note(tmp_path, f"Anteckningar 2026-05-05\nNärvarande: Ann Ek\n{ITEMS}"
                                                            f"{sentence}\n", "review.txt"))
    row = next(r for r in rows(reviewed) if r.text == sentence)
    assert move(reviewed, row, "plats", []) == f"plats: {place}"


@pytest.mark.parametrize("sentence", ["Mötet hölls på kvällen.", "Mötet hölls den 5 maj 2026 på kvällen."])
def test_the_time_of_day_is_no_place(empty_store: Path, tmp_path: Path, sentence: str) -> None:
    result = import_one(empty_store, write_note(tmp_path, f"Anteckningar 2026-05-05\nNärvarande: Ann Ek\n{ITEMS}"
                                                          f"{sentence}\n"))
    with pytest.raises(ReviewRefused, match="Raden anger ingen plats"):
        move(result, next(r for r in rows(result) if r.text == sentence), "plats", [])
    assert result.meeting.place is None


def test_the_next_meeting_is_read_as_the_meeting_is(empty_store: Path, tmp_path: Path) -> None:
    text = (f"Anteckningar 2026-05-05\nNärvarande: Ann Ek\n{ITEMS}\nNästa möte: 9 juni kl. 13.30, Kommunhuset i "
            "Österbymo.\n\nNästa sammanträde hålls i Rådhuset den 8 september 2026 kl. 9.\n")
    schedule = import_one(empty_store, write_note(tmp_path, text)).meeting.schedule
    assert [(e.date, e.start, e.place) for e in schedule] == [
        (dt.date(2026, 6, 9), dt.time(13, 30), "Kommunhuset i Österbymo"),
        (dt.date(2026, 9, 8), dt.time(9), "Rådhuset")]
