"""What stands around the minutes' text: the time in the Tid field in every form, Word's list numbers as Word shows
them, Word's page headers and footers, and the page furniture of a text export (running headers, rulers)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.importexport.notes import import_one, write_note


@pytest.mark.parametrize("tid", ["9-11", "9–11", "09-11", "9 - 11", "9—11", "9 till 11", "kl 9-11",
                                 "2025-02-06 9-11", "2025-02-06, 09–11"])
def test_a_span_of_whole_hours_is_the_meetings_time(empty_store: Path, tmp_path: Path, tid: str) -> None:
    note = f"Minnesanteckningar\nDatum: 2025-02-06\nTid: {tid}\nPlats: Rum 1-2\nNärvarande: Per Ek\n\n1. Lägesbild\nText.\n"
    m = import_one(empty_store, write_note(tmp_path, note)).meeting
    assert (m.date, m.start, m.end, m.place) == (dt.date(2025, 2, 6), dt.time(9), dt.time(11), "Rum 1-2")


def test_a_room_number_is_no_time(empty_store: Path, tmp_path: Path) -> None:
    """'Plats: Rum 1-2' gives no hours: a span of whole hours is a time only in the time's own field."""
    note = "Minnesanteckningar\nDatum: 2025-02-06\nPlats: Rum 1-2\nNärvarande: Per Ek\n\n1. Lägesbild\nText.\n"
    m = import_one(empty_store, write_note(tmp_path, note)).meeting
    assert (m.start, m.end, m.place) == (None, None, "Rum 1-2")
