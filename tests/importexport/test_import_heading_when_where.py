"""A heading line that says what the meeting was before its date ('Avstämning trygghetsrådet – Teams-möte
2026-03-04 13:00-13:45') gives the date and time, never its title as the place; a longer heading that says when and
where ('Minnesanteckningar från sammanträde 2026-05-06, kl. 08.30–10.00, Stadshuset rum 301') gives all three."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.importexport.notes import import_one, write_note

BODY = "\nNärvarande: Anna Berg, Bo Ny\n\n1. Lägesbild\nLugnt i Norrby.\n2. Övrigt\nInget.\n"


@pytest.mark.parametrize(("heading", "when", "place"), [
    ("Avstämning trygghetsrådet – Teams-möte 2026-03-04 13:00-13:45",
     (dt.date(2026, 3, 4), dt.time(13), dt.time(13, 45)), None),
    ("Minnesanteckningar från sammanträde 2026-05-06, kl. 08.30–10.00, Stadshuset rum 301",
     (dt.date(2026, 5, 6), dt.time(8, 30), dt.time(10)), "Stadshuset rum 301"),
])
def test_the_heading_gives_when_and_only_a_place_after_the_date(empty_store: Path, tmp_path: Path, heading: str,
                                                                when: tuple[dt.date, dt.time, dt.time],
                                                                place: str | None) -> None:
    result = import_one(empty_store, write_note(tmp_path, heading + "\n" + BODY))
    m = result.meeting
    assert ((m.date, m.start, m.end), m.place) == (when, place)
    assert result.date_missing is None
    assert heading not in [line for line in result.unplaced]
