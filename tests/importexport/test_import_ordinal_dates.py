"""Days written with an ordinal ending ('den 7:e maj', '12:e mars 2026', '1:a april') are read wherever days are
read: the meeting's date, a planned meeting, a due date and the review's keys; and a 'Nästa möte:' line whose date
cannot be read is listed as uncertain, never taken silently for notes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brå_tui.importer.header import due_day
from brå_tui.importer.notes import import_notes
from brå_tui.importer.review import move, rows
from brå_tui.store.load import load
from tests.importexport.notes import import_one, write_note

ITEM = "\n1. Lägesbild\nText.\n"


@pytest.mark.parametrize("written", ["den 12:e mars 2026", "12:e mars 2026", "12e mars 2026"])
def test_the_meetings_date_with_an_ordinal(empty_store: Path, tmp_path: Path, written: str) -> None:
    text = f"Minnesanteckningar\nDatum: {written}\nNärvarande: Ola Ek, Polisen\n{ITEM}"
    assert import_one(empty_store, write_note(tmp_path, text)).meeting.date == dt.date(2026, 3, 12)


@pytest.mark.parametrize("line", ["Nästa möte: den 7:e maj kl. 18", "Nästa möte: 7:e maj kl. 18",
                                  "Nästa möte hålls den 7:e maj kl. 18"])
def test_the_next_meeting_with_an_ordinal(empty_store: Path, tmp_path: Path, line: str) -> None:
    text = f"Minnesanteckningar\nDatum: 2026-03-12\nNärvarande: Ola Ek, Polisen\n{ITEM}\nPunkt 2. Övrigt\n" \
           f"Inga övriga frågor.\n\n{line}\n"
    m = import_one(empty_store, write_note(tmp_path, text)).meeting
    assert [(e.date, e.start) for e in m.schedule] == [(dt.date(2026, 5, 7), dt.time(18))]
    assert not m.other
    assert all("Nästa möte" not in item.notes for item in m.items)


def test_a_due_date_with_an_ordinal() -> None:
    assert due_day("skicka rapporten senast den 1:a april", dt.date(2026, 3, 12)) == dt.date(2026, 4, 1)
    assert due_day("senast 20:e mars 2026", dt.date(2026, 3, 12)) == dt.date(2026, 3, 20)


def test_the_review_reads_an_ordinal_next_meeting(empty_store: Path, tmp_path: Path) -> None:
    text = f"Minnesanteckningar\nDatum: 2026-03-12\n{ITEM}Vi tar upp det igen den 7:e maj.\n"
    store = load(empty_store)
    [result] = import_notes([write_note(tmp_path, text)], store)
    row = next(r for r in rows(result) if "7:e maj" in r.text)
    assert move(result, row, "nästa möte", store.people) == "tidplan: 2026-05-07"


@pytest.mark.parametrize("line", ["Nästa möte: v. 20", "Nästa möte: vecka 20, tid meddelas senare",
                                  "Nästa sammanträde hålls i vecka 20"])
def test_a_next_meeting_line_without_a_readable_date_is_uncertain(empty_store: Path, tmp_path: Path,
                                                                  line: str) -> None:
    text = f"Minnesanteckningar\nDatum: 2026-03-12\nNärvarande: Ola Ek, Polisen\n{ITEM}\n{line}\n"
    result = import_one(empty_store, write_note(tmp_path, text))
    assert not result.meeting.schedule
    [no] = [ln.no for ln in result.ledger.lines if ln.strip() == line]
    assert result.ledger.doubts.get(no) == "datumet för nästa möte kunde inte läsas"
