"""A PDF's text (pdftotext's shape: pages parted by form feeds): lines repeated on every page are page furniture
only when they can be one, and a form feed is a line break wherever it stands."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importexport.notes import import_one, write_note

HEAD = ("Protokoll Lokala Brå Hofors\nSammanträdesdatum 2026-10-08\nTid: 13.00-15.00\nPlats: Kommunhuset\n"
        "Närvarande: Anna Ek (S), ordförande, Bo Lund, kommunpolis\n\n")
DECISION = "Rådet beslutar att lägga informationen till handlingarna."
ITEMS = [("§ 1 Lägesbild", "Bo Lund redovisade läget."), ("§ 2 Skolan", "Anna Ek berättade om skolan."),
         ("§ 3 Fritid", "Bo Lund om fritidsgården.")]


def _pages(after_decision: str, footer: str = "") -> str:
    """The protocol with an item a page, each ending with the same information decision; after_decision: what
    stands between a page's decision and the form feed ('\\n' for pdftotext's line end, '' for none)."""
    pages = [f"{title}\n{text}\n{DECISION}{after_decision}{footer.format(n=n)}"
             for n, (title, text) in enumerate(ITEMS, start=1)]
    return HEAD + "\f".join(pages)


@pytest.mark.parametrize("after, footer", [
    ("\n", ""),  # the form feed opens the next page's first line
    ("", ""),  # the form feed right after the full stop, inside the line
    ("\n\n", "Hofors kommun\tSida {n} (3)\n"),  # a footer with a page number under the decision
    ("\n", "Lokala Brå Hofors\n"),  # a footer without a page number under the decision
])
def test_a_decision_that_ends_every_page_is_each_items_decision(empty_store: Path, tmp_path: Path, after: str,
                                                               footer: str) -> None:
    """The same decision as the last line of every page is each item's decision, never a page footer; a real
    footer beside it is still set aside; no § is glued into the decision before it."""
    result = import_one(empty_store, write_note(tmp_path, _pages(after, footer)))
    m = result.meeting
    assert [(i.number, i.title) for i in m.items] == [("§ 1", "Lägesbild"), ("§ 2", "Skolan"), ("§ 3", "Fritid")]
    assert [[d.text for d in i.decisions] for i in m.items] == [[DECISION]] * 3
    assert [i.notes for i in m.items] == [f"{text}\n" for _, text in ITEMS]
    assert all(DECISION not in text for text, _ in result.set_aside)
    if footer:
        assert [why for _, why in result.set_aside] == ["sidhuvud eller sidfot"] * 3
    assert result.unplaced == [] and result.unsure == []


def test_a_form_feed_inside_a_line_parts_the_line(empty_store: Path, tmp_path: Path) -> None:
    """A form feed between two words of a line is a line break: the text after it is a line of its own."""
    text = HEAD + "§ 1 Lägesbild\nBo Lund redovisade läget.\f§ 2 Skolan\nAnna Ek berättade om skolan.\n"
    m = import_one(empty_store, write_note(tmp_path, text)).meeting
    assert [(i.number, i.title, i.notes) for i in m.items] == [
        ("§ 1", "Lägesbild", "Bo Lund redovisade läget.\n"), ("§ 2", "Skolan", "Anna Ek berättade om skolan.\n")]


def test_the_headings_of_an_items_parts_at_the_top_of_every_page_stay_in_the_items(empty_store: Path,
                                                                                  tmp_path: Path) -> None:
    """'Beslut' and 'Ärendebeskrivning' among the first lines of every page (a protocol with a § a page) are the
    headings of each item's parts, never a running page header."""
    pages = [f"{title}\nBeslut\n{DECISION}\nÄrendebeskrivning\n{text}\n" for title, text in ITEMS]
    result = import_one(empty_store, write_note(tmp_path, HEAD + "\f".join(pages)))
    m = result.meeting
    assert [[d.text for d in i.decisions] for i in m.items] == [[DECISION]] * 3
    assert [i.notes for i in m.items] == [f"Ärendebeskrivning\n{text}\n" for _, text in ITEMS]
    assert result.set_aside == []
    unpaged = import_one(empty_store, write_note(tmp_path, HEAD + "".join(pages), "utan-sidor.txt")).meeting
    assert m.items == unpaged.items
