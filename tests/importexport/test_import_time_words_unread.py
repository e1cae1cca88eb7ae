"""A Tid line whose words cannot all be read as the date and time is listed as unsure with its line, never 'All
text kunde placeras': no time read at all ('Tid: 2026-11-05, efter lunch'), or words beside the time that was read
('kl. 13.00–15.00, därefter fika'). Words that only go with a date or time (a weekday, 'kl.', 'ca') are read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.importexport.notes import import_one, write_note

NOTE = ("Minnesanteckningar\n{tid}\nPlats: Kommunhuset\n"
        "Närvarande: Anna Berg (S), ordförande, Olle Sund, kommunpolis\n\n1. Lägesbild\nOlle berättade.\n")


@pytest.mark.parametrize("tid, start, words", [
    ("Tid: 2026-11-05, efter lunch", None, "”efter lunch” kunde inte läsas"),
    ("Tid: 2026-11-05 på eftermiddagen", None, "”på eftermiddagen” kunde inte läsas"),
    ("Tid: 2026-11-05 heldag", None, "”heldag” kunde inte läsas"),
    ("Tid: 2026-11-05 kl. 13.00–15.00, därefter fika", dt.time(13), "”därefter fika” i raden lästes inte"),
    ("Tid: 2026-11-05 kl 13-15, Kommunhuset", dt.time(13), "”Kommunhuset” i raden lästes inte"),
])
def test_time_words_that_cannot_be_read_are_unsure(empty_store: Path, tmp_path: Path, tid: str,
                                                   start: dt.time | None, words: str) -> None:
    result = import_one(empty_store, write_note(tmp_path, NOTE.format(tid=tid)))
    assert result.meeting.start == start
    [doubt] = result.unsure
    assert doubt.startswith(f"rad 2: ”{tid}”") and words in doubt, doubt
    summary = "\n".join(result.summary())
    assert "All text kunde placeras" not in summary


@pytest.mark.parametrize("tid, start, end", [
    ("Tid: torsdag 2026-11-05 kl 13-15", dt.time(13), dt.time(15)),
    ("Tid: 2026-11-05 (torsdag) kl 13-15", dt.time(13), dt.time(15)),
    ("Tid: 2026-11-05 kl 13.00–ca 15.00", dt.time(13), dt.time(15)),
    ("Tid: 2026-11-05 kl. 8.30 - kl. 10", dt.time(8, 30), dt.time(10)),
    ("Tid: 2026-11-05, halv nio–tio", dt.time(8, 30), dt.time(10)),
    ("Tid: Torsdagen den 5 november 2026 klockan 13.00 till 15.30", dt.time(13), dt.time(15, 30)),
])
def test_words_that_go_with_the_time_are_read(empty_store: Path, tmp_path: Path, tid: str, start: dt.time,
                                              end: dt.time) -> None:
    result = import_one(empty_store, write_note(tmp_path, NOTE.format(tid=tid)))
    assert (result.meeting.start, result.meeting.end) == (start, end)
    assert result.unsure == []
