"""Word documents that mark their headings by bold type instead of heading styles: a short paragraph entirely in
bold, standing alone between paragraphs of body text, is read as Heading 2 (an item unless it names a part); a bold
label ('Närvarande:'), a bold sentence and bold words inside a sentence are not. A task proposed as a follow-up is
pinned to the line that gives it, also when the sentence runs on from the line above, and keeps its doubt when the
review makes that line above an item."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from brå_tui.importer.ledger import UNSURE
from brå_tui.importer.review import move, rows
from tests.importexport.notes import import_one, write_note


def _document(tmp_path: Path, parts: list[tuple[str, bool] | list[tuple[str, bool]]], styled: bool = False) -> Path:
    """A .docx of paragraphs, each (text, bold) or a list of runs (text, bold); styled: one Heading 2 too."""
    docx: Any = pytest.importorskip("docx")
    document = docx.Document()
    if styled:
        document.add_heading("Ärenden", level=2)
    for part in parts:
        paragraph = document.add_paragraph()
        for text, bold in part if isinstance(part, list) else [part]:
            paragraph.add_run(text).bold = bold
    path = tmp_path / "direktformat.docx"
    document.save(str(path))
    return path


HJO = [("Minnesanteckningar", True), ("Brottsförebyggande rådet Hjo", True),
       ("Tisdag 8 september 2026, kl. 13.15–15.00", False), ("Plats: Stadshuset, Hjo", False),
       ("Närvarande", True), ("Lisa Fält, fältassistent", False), ("Pontus Grahn, säkerhetssamordnare", False),
       ("Förhinder", True), ("Jan-Erik Wikström (M)", False),
       ("Lägesbild", True), ("Antalet anmälda bostadsinbrott är oförändrat.", False),
       ("Ungdomar på torget", True), ("Lisa Fält har mött grupper av unga på torget fredagskvällar.", False),
       [("Beslut: ", True), ("Rådet beslutar att fältassistenterna förstärks fredagar i oktober.", False)],
       ("Kameraövervakning vid stationen", True),
       ("Pontus Grahn får i uppdrag att utreda kostnaden för kamerabevakning till nästa möte.", False),
       ("Nästa möte", True), ("Tisdag 10 november 2026 kl. 13.15 i Stadshuset.", False)]


def test_bold_paragraphs_between_body_text_are_items(empty_store: Path, tmp_path: Path) -> None:
    result = import_one(empty_store, _document(tmp_path, HJO))
    m = result.meeting
    assert [i.title for i in m.items] == ["Lägesbild", "Ungdomar på torget", "Kameraövervakning vid stationen"]
    assert [d.text for d in m.items[1].decisions] == [
        "Rådet beslutar att fältassistenterna förstärks fredagar i oktober."]
    assert m.items[0].decisions == []
    assert [(a.name, a.absent) for a in m.attendees] == [
        ("Lisa Fält", False), ("Pontus Grahn", False), ("Jan-Erik Wikström", True)]
    assert [e.date.isoformat() for e in m.schedule] == ["2026-11-10"]
    [proposal] = result.proposals
    assert proposal.owners == ["Pontus Grahn"]
    [unsure] = result.ledger.numbers(UNSURE)
    assert result.ledger.lines[unsure].startswith("Pontus Grahn får i uppdrag")


@pytest.mark.parametrize("parts", [
    [("Läget är lugnt.", False), ("Närvarande:", True), ("Lisa Fält, fältassistent", False), ("Pontus Grahn", False)],
    [("Lisa Fält har mött unga.", False), ("Rådet beslutar att förstärka fredagarna.", True), ("Mer text.", False)],
    [("Lisa Fält har mött unga.", False), [("Viktigt", True), (" att detta följs upp.", False)], ("Mer.", False)],
    [("Lisa Fält har mött unga.", False), ("Viktigt", True), ("Trygghetsvandring", True), ("Mer text.", False)],
])
def test_bold_labels_sentences_and_words_are_no_items(empty_store: Path, tmp_path: Path, parts: list[Any]) -> None:
    head: list[Any] = [("Minnesanteckningar 2026-09-08", True), ("Plats: Stadshuset", False), ("Lägesbild", True)]
    result = import_one(empty_store, _document(tmp_path, [*head, *parts]))
    assert [i.title for i in result.meeting.items] == ["Lägesbild"]


def test_with_heading_styles_bold_type_is_only_emphasis(empty_store: Path, tmp_path: Path) -> None:
    parts: list[Any] = [("Minnesanteckningar 2026-09-08", False), ("Plats: Stadshuset", False),
                        ("Lisa Fält har mött unga.", False), ("Viktigt", True), ("Mer text.", False)]
    result = import_one(empty_store, _document(tmp_path, parts, styled=True))
    assert "Viktigt" not in [i.title for i in result.meeting.items]


def test_a_task_under_a_title_keeps_its_doubt_when_the_title_is_made_an_item(empty_store: Path,
                                                                              tmp_path: Path) -> None:
    """'Kameraövervakning vid stationen' run on into 'Pontus Grahn får i uppdrag …': the proposal is pinned to the
    task's line, and stays when the review makes the line above an item."""
    note = write_note(tmp_path, "Minnesanteckningar 2026-09-08\nNärvarande: Pontus Grahn (S), Lisa Fält (V)\n\n"
                      "Lägesbild\n"
                      "Lisa Fält har mött grupper av unga.\nKameraövervakning vid stationen\n"
                      "Pontus Grahn får i uppdrag att utreda kostnaden för kamerabevakning till nästa möte.\n")
    result = import_one(empty_store, note)
    task = next(r for r in rows(result) if r.text.startswith("Pontus Grahn får"))
    assert result.ledger.numbers(UNSURE) == [task.number - 1]
    move(result, next(r for r in rows(result) if r.text.startswith("Kameraövervakning")), "ärende", [])
    assert result.ledger.numbers(UNSURE) == [task.number - 1]
    assert any("föreslås som uppföljning: Utreda kostnaden" in doubt for doubt in result.unsure)
    assert result.meeting.items[-1].title == "Kameraövervakning vid stationen"
