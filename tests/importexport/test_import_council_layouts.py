"""Layouts of other councils' minutes that once lost text or put it in the wrong field without a word: tables
nested in a Word table's cells, ... Each test fails when the import hides text or misplaces it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.importexport.notes import COUNCILS, import_one

docx = pytest.importorskip("docx")


def test_every_line_of_tables_nested_however_deep_is_read(empty_store: Path, tmp_path: Path) -> None:
    """A table in a cell of a table, 60 deep: each level's line is among the lines read, each with its place,
    and the ledger gives each one a fate (import_one checks that none is lost)."""
    document = docx.Document()
    document.add_paragraph("Datum: 2026-03-05")
    document.add_paragraph("Närvarande: Anna Ek, Bo Ny")
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    for level in range(60):
        cell.paragraphs[0].text = f"Nivå {level}"
        cell = cell.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].text = "Djupaste raden"
    document.add_paragraph("1. Lägesbild")
    document.add_paragraph("Anna Ek redovisade.")
    path = tmp_path / "nastlad.docx"
    document.save(str(path))
    result = import_one(empty_store, path)
    lines = result.ledger.lines
    assert [line for line in lines if line.startswith("Nivå")] == [f"Nivå {n}" for n in range(60)]
    assert "Djupaste raden" in lines
    assert "All text kunde placeras" not in "\n".join(result.summary())


def test_paragraphs_written_out_with_labelled_titles(empty_store: Path) -> None:
    """Göteborg's form: 'Paragraf 2' over 'Ärende: Lägesbild …', 'Diarienummer:', 'Föredragande:': an item each,
    the label no part of the title, the case number and presenter the item's own; 'Sammanträde 2026-02-18, kl.
    13.00–15.30' gives the day and times; the chair named in the list of members is one of them."""
    result = import_one(empty_store, COUNCILS / "goteborg-paragraf-arende.txt")
    m = result.meeting
    assert (m.date, m.start, m.end) == (dt.date(2026, 2, 18), dt.time(13), dt.time(15, 30))
    assert [(i.number, i.title, i.case_number, i.presenters) for i in m.items] == [
        ("§ 1", "Mötets öppnande och val av justerare", None, []),
        ("§ 2", "Lägesbild Nordost, första kvartalet", "N140-0123/26", ["Per-Olof Gran"]),
        ("§ 3", "Medborgardialog om trygghet i Gårdsten", "N140-0140/26", ["Ewa Fors"]),
        ("§ 5", "Nästa sammanträde", None, [])]
    assert [d.text for d in m.items[1].decisions] == ["Rådet beslutar att lägga informationen till handlingarna."]
    assert [o.number for o in m.other] == ["§ 4"]
    assert m.chair == "Jessica Andersson"
    chair = next(a for a in m.attendees if a.name == "Jessica Andersson")
    assert (chair.party, chair.role, chair.group) == ("S", "ordförande", "member")
    assert not any("Paragraf" in line for line in result.unplaced)
