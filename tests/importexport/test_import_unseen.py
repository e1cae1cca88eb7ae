"""A note the import has never been tuned on, as text and as a Word document, imports with every part recognised."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from brå_tui.importer.notes import import_notes
from brå_tui.importer.report import UNPLACED_TITLE
from brå_tui.store.load import load
from tests.importexport.conftest import UNSEEN_NOTE

docx = pytest.importorskip("docx")


def write_docx(note: Path, target: Path) -> Path:
    """The note as a Word document: one paragraph per line, the Logg rows as a real table with a header row."""
    document = docx.Document()
    table = None
    in_logg = False
    for raw in note.read_text(encoding="utf-8").split("\n"):
        line = re.sub(r"\[bookmark:[^\]]*\]", "", raw)
        if re.match(r"^\s*Sida \d+\s*$", line):
            continue
        if line.startswith("Logg/"):
            in_logg = True
        elif line.startswith("Tidplan"):
            in_logg = False
        if in_logg and line.startswith("\t"):
            if table is None:
                table = document.add_table(rows=1, cols=3)
                for cell, text in zip(table.rows[0].cells, ("Ärende", "Status", "Ansvarig"), strict=False):
                    cell.text = text
                cells: list[str] = []
            cells.append(line.strip())
            if len(cells) == 3:
                for cell, text in zip(table.add_row().cells, cells, strict=False):
                    cell.text = text
                cells = []
            continue
        if in_logg and table is not None and not line.strip():
            continue
        document.add_paragraph(line)
    path = target / "2025-02-14-anteckningar.docx"
    document.save(str(path))
    return path


def test_the_unseen_note_has_every_part_recognised(seed_store: Path) -> None:
    [result] = import_notes([UNSEEN_NOTE], load(seed_store))
    assert result.missing() == []
    assert result.unplaced == []
    m = result.meeting
    assert (m.date, m.start, m.end, m.place) == (dt.date(2025, 2, 14), dt.time(9), dt.time(11, 30),
                                                 "Visenten, Stadshuset")
    assert len(m.attendees) == 12
    assert m.with_role("ordförande")[0].name == "Blerta Krenzi"
    assert m.with_role("sekreterare")[0].name == "Cornelia Gustafsson"
    guest = next(a for a in m.attendees if a.name == "Maria Lindqvist")
    assert (guest.org, guest.title) == ("Räddningstjänsten Dala Mitt", None)
    assert [a.title for a in m.attendees if a.name == "Mikael Jansson"] == ["säkerhetsskyddschef"]
    assert m.risk is not None and m.risk.period == "2025-01" and m.risk.source == "Länsstyrelsen"
    assert m.risk.areas == {"Hot och våld": "red", "ANDT": "yellow", "Ordningsstörningar och otrygghet": "yellow"}
    assert [i.title for i in m.items] == ["Lägesbild sociala risker",
                                          "Redovisning av genomförda åtgärder sedan senaste Lokala Brå",
                                          "Uppföljning SSPF", "Trygghetsvandring i Krylbo"]
    assert [i.presenters for i in m.items] == [["Mikael Jansson"], ["Björn Hansson", "Anna-Karin Stillfors"],
                                               ["Jimmy Stenberg"], ["Maria Lindqvist"]]
    decisions = m.items[3].decisions
    assert [(d.amount_sek, d.account) for d in decisions] == [(None, None), (None, None), (15000, "ID110 16")]
    assert "Beslut" not in m.items[3].notes and m.items[3].notes.startswith("Maria Lindqvist från")
    ids = [f.id for f in m.followups]
    assert ids[:3] == ["kartlaggning-narkotikaprevention", "samverkansoverenskommelse",
                       "handlingsplan-omsorg-bildning"]
    assert m.followups[0].state == "done" and m.followups[0].areas == ["ANDT"]
    assert m.followups[1].owners == ["Mikael J", "Thomas N"]
    assert m.followups[3].title == "Trygghetsvandring Krylbo" and m.followups[3].state == "open"
    assert [s.date for s in m.schedule] == [dt.date(2025, 5, 16), dt.date(2025, 9, 12), dt.date(2025, 11, 14)]
    assert all((s.start, s.end) == (dt.time(9), dt.time(11, 30)) for s in m.schedule)
    assert [o.title for o in m.other] == ["Trygghetsmätning", "Statsbidrag för brottsförebyggande åtgärder"]


def test_the_word_document_imports_like_its_text_export(seed_store: Path, tmp_path: Path) -> None:
    store = load(seed_store)
    [from_text] = import_notes([UNSEEN_NOTE], store)
    [from_word] = import_notes([write_docx(UNSEEN_NOTE, tmp_path)], store)
    assert from_word.missing() == [] and from_word.unplaced == []
    assert from_word.meeting == from_text.meeting


def test_the_word_document_imports_through_the_command(bra, seed_store: Path, tmp_path: Path) -> None:
    note = write_docx(UNSEEN_NOTE, tmp_path)
    result = bra("--store", seed_store, "import", note)
    assert result.status == 0, result.err
    saved = load(seed_store).meeting("2025-02-14")
    assert saved is not None and len(saved.followups) == 4
    assert UNPLACED_TITLE not in [o.title for o in saved.other]


def test_a_word_document_with_its_heading_in_a_table(seed_store: Path, tmp_path: Path) -> None:
    """Word templates often put Tid, Plats and Närvarande in a two-column table."""
    text = UNSEEN_NOTE.read_text(encoding="utf-8")
    head, body = text.split("Ärenden:", 1)
    fields: list[tuple[str, list[str]]] = []
    for raw in head.split("\n"):
        line = re.sub(r"\[bookmark:[^\]]*\]", "", raw).strip()
        match = re.match(r"^(Tid|Plats|Närvarande):\s*(.*)$", line)
        if match:
            fields.append((match.group(1) + ":", [match.group(2).strip()]))
        elif line and fields and fields[-1][0] == "Närvarande:":
            fields[-1][1].append(line)
    document = docx.Document()
    document.add_paragraph("Anteckningar")
    table = document.add_table(rows=0, cols=2)
    for label, values in fields:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = values[0]
        for value in values[1:]:
            cells[1].add_paragraph(value)
    body_note = tmp_path / "body.txt"
    body_note.write_text("Ärenden:" + body, encoding="utf-8")
    from_body = write_docx(body_note, tmp_path)
    for element in docx.Document(str(from_body)).element.body.iterchildren():
        if not element.tag.endswith("sectPr"):
            document.element.body.append(element)
    path = tmp_path / "med-tabell.docx"
    document.save(str(path))
    store = load(seed_store)
    [from_word] = import_notes([path], store)
    [from_text] = import_notes([UNSEEN_NOTE], store)
    assert from_word.unplaced == [] and from_word.missing() == []
    assert from_word.meeting == from_text.meeting
