"""A sentence written where an item's title stands gives a short title (at most 60 characters) and stays whole in
the item's notes, in the import and in the review's a and v keys."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from brå_tui.importer.review import line_item
from brå_tui.model import Meeting
from tests.importexport.notes import import_one, write_note

QUESTION = "Anna Ek undrar om kommunen kan sätta upp fler kameror vid busstationen i centrum"
ITEM = "Trygghetsvandringen i centrum, som genomfördes i februari med ett trettiotal deltagare"


def test_a_sentence_as_a_title_is_made_short(empty_store: Path, tmp_path: Path) -> None:
    text = (f"Minnesanteckningar\nDatum: 2026-03-12\nNärvarande: Anna Ek, Polisen\n\n1. {ITEM}\nText om den.\n\n"
            f"2. Övriga frågor\n- {QUESTION}\n- Belysning i parken\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    m = result.meeting
    assert [(i.title, i.notes) for i in m.items] == [("Trygghetsvandringen i centrum", f"{ITEM}\n\nText om den.\n")]
    assert [(o.title, o.notes) for o in m.other] == [
        ("Anna Ek undrar om kommunen kan sätta upp fler kameror vid …", QUESTION + "\n"), ("Belysning i parken", "")]
    assert all(len(i.title) <= 60 for i in [*m.items, *m.other]) and result.unplaced == []


def test_the_review_makes_the_same_short_title() -> None:
    item = line_item(f"- {QUESTION}", Meeting(date=dt.date(2026, 3, 2)))
    assert (item.title, item.notes) == ("Anna Ek undrar om kommunen kan sätta upp fler kameror vid …", QUESTION + "\n")
