"""A sentence that says who adjusts the minutes and when ('Protokollet justeras av Anders Öst den 27 november.'),
wherever it stands (an item, Övrigt), gives the adjuster and the adjusting's date; a next meeting dated before the
meeting itself is a slip to check, never taken silently."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.importexport.notes import import_one, write_note

HEAD = ("Minnesanteckningar Trygghetsrådet Knivsta 2026-11-20\nTid: 08:00-09:30\nPlats: Knivsta kommunhus\n\n"
        "Närvarande\n1. Pernilla Sjö, ordförande\n2. Anders Öst, polisen\n3. Camilla Nord, Knivstabostäder\n\n"
        "Dagordning\n1. Mötets öppnande\n2. Lägesbild\nLugnt i centrum.\n3. Övrigt\n")


@pytest.mark.parametrize(("sentence", "adjusters", "day"), [
    ("Protokollet justeras av Anders Öst den 27 november.", ["Anders Öst"], dt.date(2026, 11, 27)),
    ("Anteckningarna justeras av Anders Öst och Camilla Nord 2026-11-25.", ["Anders Öst", "Camilla Nord"],
     dt.date(2026, 11, 25)),
    ("Protokollet justeras av Camilla Nord.", ["Camilla Nord"], None),
])
def test_the_sentence_names_the_adjusters_and_the_day(empty_store: Path, tmp_path: Path, sentence: str,
                                                      adjusters: list[str], day: dt.date | None) -> None:
    m = import_one(empty_store, write_note(tmp_path, HEAD + sentence + "\n")).meeting
    assert (m.adjusters, m.adjusting_date) == (adjusters, day)


def test_a_next_meeting_before_this_one_is_unsure(empty_store: Path, tmp_path: Path) -> None:
    text = HEAD + "Inget övrigt.\n\nNästa möte: 2026-10-15 kl. 08.00 i kommunhuset.\n"
    result = import_one(empty_store, write_note(tmp_path, text))
    assert [e.date for e in result.meeting.schedule] == [dt.date(2026, 10, 15)]
    assert any("2026-10-15 är före mötets eget datum" in doubt for doubt in result.unsure)
    later = import_one(empty_store, write_note(tmp_path, text.replace("2026-10-15", "2026-12-15")))
    assert not any("före mötets" in doubt for doubt in later.unsure)
