"""A schedule written as a table (Datum | Tid | Plats) under its item, in Word or as text with tabs: its rows are
the planned meetings, and its header row is neither the item's text nor a table that could not be read."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from tests.importexport.notes import import_one, write_note

HEAD = ["PROTOKOLL 2026-02-18", "Tid: 09.00–11.30", "Plats: Stadshuset", "Närvarande: Camilla Berg, Jenny Ås", "",
        "§ 1 Mötets öppnande", "Ordföranden öppnade mötet.", "§ 2 Sammanträdesplan 2026"]
ROWS = [["Datum", "Tid", "Plats"], ["2026-04-15", "09.00–11.30", "Stadshuset"],
        ["2026-09-16", "09.00–11.30", "Rådhuset"]]


def _word(tmp_path: Path) -> Path:
    document = docx.Document()
    for line in HEAD:
        document.add_paragraph(line)
    table = document.add_table(rows=len(ROWS), cols=3)
    for row, cells in zip(table.rows, ROWS, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_paragraph("§ 3 Mötets avslutande")
    path = tmp_path / "protokoll.docx"
    document.save(str(path))
    return path


def _text(tmp_path: Path) -> Path:
    return write_note(tmp_path, "\n".join([*HEAD, *("\t".join(r) for r in ROWS), "§ 3 Mötets avslutande"]) + "\n")


@pytest.mark.parametrize("write", [_word, _text])
def test_the_header_row_is_the_schedules(empty_store: Path, tmp_path: Path, write: Callable[[Path], Path]) -> None:
    result = import_one(empty_store, write(tmp_path))
    m = result.meeting
    assert [(e.date, e.start, e.place) for e in m.schedule] == [
        (dt.date(2026, 4, 15), dt.time(9), "Stadshuset"), (dt.date(2026, 9, 16), dt.time(9), "Rådhuset")]
    schedule_item = next(i for i in m.items if i.title == "Sammanträdesplan 2026")
    assert "Datum" not in schedule_item.notes
    assert not [doubt for doubt in result.unsure if "tabell som inte kunde läsas" in doubt]
