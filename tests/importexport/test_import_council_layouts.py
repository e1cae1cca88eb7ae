"""Layouts of other councils' minutes that once lost text or put it in the wrong field without a word: tables
nested in a Word table's cells, ... Each test fails when the import hides text or misplaces it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importexport.notes import import_one

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
