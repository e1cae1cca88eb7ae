"""When and where a sentence says the meeting is, read by one reader (when_where.place_in_text) for the import's
heading, the next meeting's line and the review's p key: the place after the date and time, before them, or in
lower case after 'i'; never the sentence's first words, never the time of day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brå_tui.importer.notes import import_notes
from brå_tui.importer.review import ReviewRefused, move, rows
from brå_tui.importer.review_values import place_of
from brå_tui.store.load import load
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


@pytest.mark.parametrize(("line", "place"), [("Nästa möte: 2026-05-12 (prel.)", None),
                                             ("Nästa möte: 2026-05-12 kl. 9 (preliminärt), Rådhuset", "Rådhuset"),
                                             ("Nästa möte: 2026-05-12 kl. 9.", None)])
def test_a_remark_in_brackets_after_a_planned_date_is_no_place(empty_store: Path, tmp_path: Path, line: str,
                                                               place: str | None) -> None:
    text = f"Minnesanteckningar\nDatum: 2026-03-12\nNärvarande: Ola Ek, Polisen\n\n1. Lägesbild\nText.\n\n{line}\n"
    [entry] = import_one(empty_store, write_note(tmp_path, text)).meeting.schedule
    assert (entry.date, entry.place) == (dt.date(2026, 5, 12), place)


def test_time_and_place_labelled_in_one_sentence_each(empty_store: Path, tmp_path: Path) -> None:
    """'Tid: kl. 13.15–15.30. Plats: Sala stadshus' gives both, read by the import and by the review's key p."""
    line = "Tid: kl. 13.15–15.30. Plats: Sala stadshus, sessionssalen"
    text = f"Protokoll\nDatum: 2026-03-12\n{line}\nNärvarande: Ola Ek, Polisen\n\n1. Lägesbild\nText.\n"
    m = import_one(empty_store, write_note(tmp_path, text)).meeting
    assert (m.start, m.end, m.place) == (dt.time(13, 15), dt.time(15, 30), "Sala stadshus, sessionssalen")
    assert place_of(line + ".") == "Sala stadshus, sessionssalen"


def test_a_weekday_with_its_date_under_a_next_meeting_heading_is_the_meeting(empty_store: Path,
                                                                                tmp_path: Path) -> None:
    """'Torsdag 16/4 kl. 9.00, samma lokal.' gives a day, so it is a planned meeting (not the time of the dates
    below it), in this meeting's place."""
    text = ("# Minnesanteckningar\n\nDatum: 2026-03-12\nPlats: Rådhuset\n\nNärvarande: Ola Ek, Polisen\n\n"
            "## 1. Lägesbild\n\nText.\n\n## Nästa möte\n\nTorsdag 16/4 kl. 9.00, samma lokal.\n")
    [entry] = import_one(empty_store, write_note(tmp_path, text, "n.md")).meeting.schedule
    assert (entry.date, entry.start, entry.place) == (dt.date(2026, 4, 16), dt.time(9), "Rådhuset")


def test_the_review_puts_this_meetings_place_for_samma_lokal(empty_store: Path, tmp_path: Path) -> None:
    text = "Minnesanteckningar\nDatum: 2026-03-12\nPlats: Rådhuset\n\n1. Lägesbild\nText.\nVi ses 16/4, samma lokal.\n"
    store = load(empty_store)
    [result] = import_notes([write_note(tmp_path, text)], store)
    result.meeting.schedule.clear()
    row = next(r for r in rows(result) if "samma lokal" in r.text)
    move(result, row, "nästa möte", store.people)
    assert [(e.date, e.place) for e in result.meeting.schedule] == [(dt.date(2026, 4, 16), "Rådhuset")]
