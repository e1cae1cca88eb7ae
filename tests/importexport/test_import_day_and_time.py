"""The meeting's day written together with its time or place under one label ('Dag och tid:', 'Datum och tid',
'Dag, tid och plats'), below a heading that holds another date (the day the document was written or issued). Each
test fails when the heading's date is taken for the meeting's, or the label line is read as a heading."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.importexport.notes import COUNCILS, import_one, write_note


@pytest.mark.parametrize("label", ["Dag och tid:", "Datum och tid:", "Sammanträdesdag och tid:", "Tid och datum:"])
def test_the_day_and_time_label_gives_the_meeting_its_day_under_a_dated_heading(
        empty_store: Path, tmp_path: Path, label: str) -> None:
    text = (f"Protokoll 2026-03-02\n\n{label} Måndag 16 mars 2026, kl. 08.30–11.45\nLokal:         Rådhuset\n\n"
            "Närvarande:\nAnn Ek (S), ordförande\nBo Ny, kommunpolis\n\n§ 1 Lägesbild\nBo Ny redovisade.\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    m = result.meeting
    assert (m.date, m.start, m.end, m.place) == (dt.date(2026, 3, 16), dt.time(8, 30), dt.time(11, 45), "Rådhuset")
    assert "Saknas" not in "\n".join(result.summary())


def test_day_time_and_place_under_one_label(empty_store: Path, tmp_path: Path) -> None:
    text = ("Minnesanteckningar 2026-03-02\n\nDag, tid och plats: 16 mars 2026 kl 13.00–15.00, Rådhuset\n\n"
            "Närvarande:\nAnn Ek (S), ordförande\n\n1. Lägesbild\nLugnt.\n")
    m = import_one(empty_store, write_note(tmp_path, text)).meeting
    assert (m.date, m.start, m.end, m.place) == (dt.date(2026, 3, 16), dt.time(13), dt.time(15), "Rådhuset")


def test_a_notice_whose_page_header_dates_it(empty_store: Path) -> None:
    """A notice laid out as a PDF's text (columns of spaces, a form feed between pages): 'Dag och tid' is the
    meeting's day, the date beside the council's name in the page header the day the notice was issued."""
    m = import_one(empty_store, COUNCILS / "soderhamn-dag-och-tid-sidhuvud.txt").meeting
    assert (m.date, m.start, m.end) == (dt.date(2026, 3, 16), dt.time(8, 30), dt.time(11, 45))
    assert (m.document, m.issued) == ("kallelse", dt.date(2026, 3, 2))
