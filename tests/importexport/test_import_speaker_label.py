"""'Anna: berättar att …' where Anna attended makes her the item's presenter and what she tells of its title, in the
import and in the review's a and v; any other 'Label: sentence' is still a topic and its notes."""

from __future__ import annotations

from pathlib import Path

from brå_tui.importer.notes import import_notes
from brå_tui.importer.review import move, rows
from brå_tui.store.load import load

NOTE = """Minnesanteckningar Lokala Brå 2026-03-12

Närvarande: Anna Ek, polisen; Lisa Lind, socialtjänsten

1. Lägesbild
Lisa Lind berättade om fritidsgården.

Övriga frågor
Anna: berättar att kameran vid skolan är trasig sedan januari.

Nattvandring: Fredrik Öhman tar upp att fler vuxna behövs på fredagarna i centrum.

Lisa Lind – berättar om läget på fritidsgården efter sportlovet.
"""


def test_an_attendee_before_a_colon_presents_the_item(empty_store: Path, tmp_path: Path) -> None:
    note = tmp_path / "anteckningar.txt"
    note.write_text(NOTE, encoding="utf-8")
    store = load(empty_store)
    [result] = import_notes([note], store)
    first = result.meeting.other[0]
    assert (first.title, first.presenters[:1]) == ("Kameran vid skolan är trasig sedan januari", ["Anna Ek"])
    assert "Anna: berättar att kameran" in first.notes
    # the review's keys read the line the same way
    row = next(r for r in rows(result) if r.text.startswith("Lisa Lind –"))
    move(result, row, "övrig fråga", store.people)
    other = next(o for o in result.meeting.other if "Läget" in o.title)
    assert (other.title, other.presenters) == ("Läget på fritidsgården efter sportlovet", ["Lisa Lind"])
    row = next(r for r in rows(result) if r.text.startswith("Nattvandring:"))
    move(result, row, "ärende", store.people)
    item = result.meeting.items[-1]
    assert (item.title, item.notes) == ("Nattvandring", "Fredrik Öhman tar upp att fler vuxna behövs på "
                                                        "fredagarna i centrum.\n")
