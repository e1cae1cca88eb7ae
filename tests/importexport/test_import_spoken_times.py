"""The meeting's times as people write them: an end with its own 'kl.' or 'ca', times in words ('halv nio till
tio'), and an end before the start listed as unsure instead of dropped without a word."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brå_tui.importer.header import with_spoken_times
from brå_tui.importer.review import move, rows
from tests.importexport.notes import import_one, write_note

NOTE = ("Minnesanteckningar\n{tid}\nPlats: Kommunhuset\n\n"
        "Närvarande: Anna Berg (S), ordförande, Olle Sund, kommunpolis\n\n1. Klotter i centrum\nOlle berättade.\n")


@pytest.mark.parametrize("tid, start, end", [
    ("Tid: 2026-11-05 kl. 8.30 - kl. 10", dt.time(8, 30), dt.time(10)),
    ("Tid: 2026-11-05 13.00 - ca 15.00", dt.time(13), dt.time(15)),
    ("Tid: 2026-11-05, halv nio–tio", dt.time(8, 30), dt.time(10)),
    ("Tid: 2026-11-05 kl. kvart över nio till halv tolv", dt.time(9, 15), dt.time(11, 30)),
])
def test_the_end_and_times_in_words_are_read(empty_store: Path, tmp_path: Path, tid: str, start: dt.time,
                                             end: dt.time) -> None:
    result = import_one(empty_store, write_note(tmp_path, NOTE.format(tid=tid)))
    assert (result.meeting.date, result.meeting.start, result.meeting.end) == (dt.date(2026, 11, 5), start, end)
    assert result.unsure == [] and result.unplaced == []


def test_an_end_before_the_start_is_unsure(empty_store: Path, tmp_path: Path) -> None:
    result = import_one(empty_store, write_note(tmp_path, NOTE.format(tid="Tid: 2026-11-05 kl 15-13")))
    assert (result.meeting.start, result.meeting.end) == (dt.time(15), None)
    assert any("sluttiden 13.00 är före starttiden 15.00" in doubt for doubt in result.unsure), result.unsure
    assert not any("All text kunde placeras" in line for line in result.summary())


def test_a_time_that_cannot_be_read_is_unsure(empty_store: Path, tmp_path: Path) -> None:
    result = import_one(empty_store, write_note(tmp_path, NOTE.format(tid="Tid: 2026-11-05 kl 24:00-25:00")))
    assert (result.meeting.start, result.meeting.end) == (None, None)
    assert any("tiden ”kl 24:00-25:00” kunde inte läsas" in doubt for doubt in result.unsure), result.unsure
    assert not any("All text kunde placeras" in line for line in result.summary())


@pytest.mark.parametrize("said, written", [
    ("kl. halv nio", "kl. 08.30"), ("kvart över nio", "09.15"), ("kvart i tio", "09.45"), ("kl. tio", "kl. 10.00"),
    ("halv nio till tio", "08.30 till 10.00"), ("halv tre", "14.30"), ("kl. sju på kvällen", "kl. 19.00 på kvällen"),
    ("halv elva till ett", "10.30 till 13.00"),
    ("tre personer kom i tio minuter", "tre personer kom i tio minuter"),  # numbers in words that are no time
])
def test_times_in_words(said: str, written: str) -> None:
    assert with_spoken_times(said) == written


def test_the_review_reads_a_time_in_words(empty_store: Path, tmp_path: Path) -> None:
    """'k' on a sentence that says 'halv nio till tio' gives the meeting 08.30–10.00."""
    text = ("Hej!\n\nHär kommer anteckningarna från mötet 2026-11-03, halv nio till tio i Gamla Tingshuset.\n\n"
            "Närvarande: Anna Berg (S), ordförande, Olle Sund, kommunpolis\n\n1. Klotter\nOlle berättade.\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    row = next(r for r in rows(result) if "halv nio" in r.text)
    move(result, row, "tid", [])
    assert (result.meeting.start, result.meeting.end) == (dt.time(8, 30), dt.time(10))
