"""The day a document was issued or signed is read only outside its items: above the first item or in the closing
part over the signatures. A dated line among an item's papers ('Tjänsteskrivelse 2026-09-30' under
Beslutsunderlag) stays the item's text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brå_tui.importer.review import rows
from tests.importexport.notes import CORPUS, COUNCILS, import_one, write_note

_HEAD = "Protokoll 2026-10-14\nNärvarande: Eva Ek (S)\n\n§ 1 Medel\nBeslutsunderlag\n"


@pytest.mark.parametrize("papers", ["Tjänsteskrivelse 2026-09-30", "Tjänsteskrivelse den 30 september 2026"])
@pytest.mark.parametrize("after", ["\nRådet beslutar att bevilja 5 000 kr.\n", "\n§ 2 Övrigt\nInget.\n", ""])
def test_a_dated_paper_inside_an_item_stays_its_note(empty_store: Path, tmp_path: Path, papers: str,
                                                     after: str) -> None:
    result = import_one(empty_store, write_note(tmp_path, _HEAD + papers + "\n" + after))
    m = result.meeting
    assert m.issued is None
    assert papers in m.items[0].notes


@pytest.mark.parametrize("below", ["", "\nEva Ek\nOrdförande\n", "\n.......................\nEva Ek\n"])
def test_a_dated_line_over_the_signatures_is_the_issue_date(empty_store: Path, tmp_path: Path, below: str) -> None:
    text = _HEAD + "Tjänsteskrivelse.\n\nRådet beslutar att bevilja 5 000 kr.\n\nVadstena den 20 oktober 2026\n" + below
    result = import_one(empty_store, write_note(tmp_path, text))
    assert result.meeting.issued == dt.date(2026, 10, 20)
    assert "Vadstena" not in result.meeting.items[0].notes


def test_the_council_protocols_decision_papers_keep_their_date(empty_store: Path) -> None:
    """A protocol of a municipal committee: § 82's 'Tjänsteskrivelse 2026-09-30' is § 82's text."""
    result = import_one(empty_store, COUNCILS / "ksau-protokoll.txt")
    item = next(i for i in result.meeting.items if i.number == "§ 82")
    assert "Tjänsteskrivelse 2026-09-30" in item.notes
    assert result.meeting.issued != dt.date(2026, 9, 30)


def test_a_notices_date_alone_on_a_header_line_is_its_issue_date_in_the_review(empty_store: Path) -> None:
    """'⇥⇥⇥⇥⇥2026-04-02' under 'Kommunstyrelseförvaltningen⇥⇥KALLELSE' is the day the notice was issued, and the
    review says so of that line rather than calling it a heading."""
    result = import_one(empty_store, CORPUS / "kallelse-datum-ensamt-i-sidhuvudet.txt")
    assert result.meeting.issued == dt.date(2026, 4, 2)
    assert [row.became for row in rows(result) if row.text == "2026-04-02"] == ["utfärdad"]
