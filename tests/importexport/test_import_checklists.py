"""A to-do checklist in the notes ('- [ ] Lena Persson: skicka … senast 20 mars') proposes follow-ups with their
owner and due date, at import and by the review's key u."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from brå_tui.importer.notes import import_notes
from brå_tui.importer.review import move, rows
from brå_tui.store.load import load
from tests.importexport.notes import import_one, write_note

NOTES = ("# Minnesanteckningar\n\nDatum: 2026-03-12\n\nNärvarande: Lena Persson, Ola Nyström, Eva Ek\n\n"
         "## 1. Att göra\n\n- [ ] Lena Persson: skicka lägesbilden till kommunstyrelsen senast 20 mars\n"
         "- [x] Ola: sammanställa anmälningar för Q1\n- [ ] Eva Ek: berättade om läget\n")


def test_checklist_entries_are_proposed_follow_ups(empty_store: Path, tmp_path: Path) -> None:
    result = import_one(empty_store, write_note(tmp_path, NOTES, "n.md"))
    assert [(p.title, p.owners, p.due) for p in result.proposals] == [
        ("Skicka lägesbilden till kommunstyrelsen", ["Lena Persson"], dt.date(2026, 3, 20)),
        ("Sammanställa anmälningar för Q1", ["Ola Nyström"], None)]


def test_the_review_reads_a_checklist_entry(empty_store: Path, tmp_path: Path) -> None:
    store = load(empty_store)
    [result] = import_notes([write_note(tmp_path, NOTES, "n.md")], store)
    row = next(r for r in rows(result) if "Lena Persson:" in r.text)
    said = move(result, row, "uppföljning", store.people)
    assert said == "uppföljning: Skicka lägesbilden till kommunstyrelsen – Lena Persson, senast 2026-03-20"
