"""A numbered item written 'Name: verb …' or 'Name: sentence' ('1) Anna Berg: berättar om läget i centrum', '2.
Polisen: Inbrotten har ökat'): titled by what is said, the person named (an attendee or a name as written) its
presenter, never the name as its title; read by presenters.labelled, as an unnumbered line is."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from brå_tui.model import Item
from tests.importexport.notes import import_one, write_note

HEAD = "Minnesanteckningar 2026-03-12\n\nNärvarande:\nAnna Berg, fältare\nJohan Ek, Polisen\n\n"


def _items(items: list[Item]) -> list[tuple[str | None, str, list[str]]]:
    return [(i.number, i.title, i.presenters) for i in items]


@pytest.mark.parametrize(("numbered", "expected"), [
    ("1) Anna Berg: berättar om läget i centrum\nDet har varit lugnt.\n",
     [("1)", "Läget i centrum", ["Anna Berg"])]),
    ("1. Anna: informerar om att kameran vid skolan är trasig\n",
     [("1.", "Kameran vid skolan är trasig", ["Anna Berg"])]),
    ("1. Johan Ek: Inbrotten har ökat\n2. Anna Berg: redovisar sommarens fältarbete.\n",
     [("1.", "Inbrotten har ökat", ["Johan Ek"]), ("2.", "Sommarens fältarbete", ["Anna Berg"])]),
    ("§ 3 Karin Holm: berättar om trygghetsvandringen\n", [("§ 3", "Trygghetsvandringen", ["Karin Holm"])]),
    ("2. Polisen: Inbrotten har ökat\nFler anmälningar i Ekby.\n", [("2.", "Inbrotten har ökat", [])]),
])
def test_a_numbered_name_before_a_colon_presents_the_item(empty_store: Path, tmp_path: Path, numbered: str,
                                                          expected: list[tuple]) -> None:
    result = import_one(empty_store, write_note(tmp_path, HEAD + numbered))
    assert _items(result.meeting.items) == expected
    written = re.sub(r"^(?:§ \d+|\d+[.)]) ", "", numbered.split("\n")[0])
    assert result.meeting.items[0].notes.startswith(written)  # the line as written is kept, nothing lost
    assert result.unplaced == [] and result.unsure == []


def test_a_topic_before_a_colon_is_still_the_title(empty_store: Path, tmp_path: Path) -> None:
    """'Budget: uppföljning' is a title as written, and a long report under an organisation's name keeps the
    organisation as its topic ('Polisen: Anders berättade om …')."""
    result = import_one(empty_store, write_note(tmp_path, HEAD + (
        "1. Budget: uppföljning\n2. Polisen: Johan berättade om ökad narkotikaförsäljning vid busstationen under "
        "vintern.\n")))
    assert _items(result.meeting.items) == [("1.", "Budget: uppföljning", []), ("2.", "Polisen", ["Johan Ek"])]


def test_an_unnumbered_name_before_a_colon_presents_too(empty_store: Path, tmp_path: Path) -> None:
    """The same reader for a question without a number: 'Lisa Ek: Cyklar stjäls vid stationen.' (a name as
    written, no attendee) is titled by the sentence, Lisa Ek its presenter."""
    result = import_one(empty_store, write_note(tmp_path, HEAD + "1. Lägesbild\nLugnt.\n\nÖvriga frågor\n"
                                                "Lisa Ek: Cyklar stjäls vid stationen varje vecka nu i höst.\n"))
    assert _items(result.meeting.other) == [(None, "Cyklar stjäls vid stationen varje vecka nu i höst", ["Lisa Ek"])]
    assert result.unplaced == []
