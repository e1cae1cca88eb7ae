"""An e-mailed summary ends in a sign-off and a signature (name, title, organisation, address, phone, e-mail):
set aside as the closing, never left as lines to place, whether or not the mail's text was read as items."""

from __future__ import annotations

from pathlib import Path

import pytest

from brå_tui.importer.notes import import_notes
from brå_tui.store.load import load

HEADER = ("Från: Jenny Mattsson <jenny.mattsson@kramfors.se>\nSkickat: den 12 mars 2027 16:04\nTill: brå-gruppen\n"
          "Ämne: Anteckningar från Brå-mötet\n\n")
PROSE = ("Hej alla!\n\nHär kommer en kort sammanfattning från mötet i onsdags. Vi var Karin Lööf och Oskar Vik.\n\n"
         "Vi pratade om nyårsfirandet – det blev lugnare än väntat.\n\n")
ITEMS = ("Datum: 2027-03-10\nNärvarande: Karin Lööf, Oskar Vik\n\n1. Nyårsfirandet\nDet blev lugnare än väntat.\n\n"
         "2. Valborg\nOskar tar fram en plan.\n\n")
SIGNATURE = ["Jenny Mattsson", "Folkhälsostrateg", "Kramfors kommun", "Storgatan 5", "872 80 Kramfors",
             "Tel 0612-800 00", "jenny.mattsson@kramfors.se"]


@pytest.mark.parametrize("sign_off", ["Med vänliga hälsningar", "Med vänlig hälsning", "Mvh", "MVH,", "Hälsningar",
                                      "Bästa hälsningar", "Vänliga hälsningar!"])
@pytest.mark.parametrize("body", [PROSE, ITEMS], ids=["prosa", "punkter"])
def test_the_sign_off_and_signature_are_set_aside(sign_off: str, body: str, empty_store: Path,
                                                  tmp_path: Path) -> None:
    note = tmp_path / "mejl.txt"
    note.write_text(HEADER + body + "\n".join([sign_off, *SIGNATURE]) + "\n", encoding="utf-8")
    [result] = import_notes([note], load(empty_store))
    aside = {text: reason for text, reason in result.set_aside}
    assert [aside.get(line) for line in [sign_off, *SIGNATURE]] == ["avslutning"] * (len(SIGNATURE) + 1)
    assert not any(line in text for text in result.unplaced for line in SIGNATURE)
    if body is ITEMS:
        assert result.unplaced == [] and [i.title for i in result.meeting.items] == ["Nyårsfirandet", "Valborg"]


def test_a_greeting_above_more_text_than_a_signature_keeps_that_text(empty_store: Path, tmp_path: Path) -> None:
    """Below the greeting, a sentence is no signature: it stays to be placed."""
    note = tmp_path / "mejl.txt"
    note.write_text(HEADER + ITEMS + "Mvh\nJenny Mattsson\nGlöm inte att anmäla er till utbildningen i maj.\n",
                    encoding="utf-8")
    [result] = import_notes([note], load(empty_store))
    aside = [text for text, _ in result.set_aside]
    assert "Jenny Mattsson" not in aside


@pytest.mark.parametrize("sign_off", ["Mvh Jenny", "Mvh /Jenny Mattsson", "MVH, Jenny", "Hälsningar, Anna",
                                      "Med vänlig hälsning Jenny Mattsson", "Vänliga hälsningar! /Jenny",
                                      "Bästa hälsningar Jenny Mattsson."])
@pytest.mark.parametrize("below", [[], SIGNATURE[1:]], ids=["ensam", "med-signatur"])
@pytest.mark.parametrize("body", [PROSE, ITEMS], ids=["prosa", "punkter"])
def test_a_sign_off_with_the_name_on_one_line_is_set_aside(sign_off: str, below: list[str], body: str,
                                                           empty_store: Path, tmp_path: Path) -> None:
    """'Mvh Jenny', 'Hälsningar, Anna' at the end: the greeting and the name on one line, perhaps over the rest of
    a signature, set aside as the closing like a sign-off over two lines; never an item or notes."""
    note = tmp_path / "mejl.txt"
    note.write_text(HEADER + body + "\n".join([sign_off, *below]) + "\n", encoding="utf-8")
    [result] = import_notes([note], load(empty_store))
    aside = {text: reason for text, reason in result.set_aside}
    assert [aside.get(line) for line in [sign_off, *below]] == ["avslutning"] * (len(below) + 1)
    assert not any(sign_off in text for text in result.unplaced)
    meeting = result.meeting
    assert not any(sign_off in part for i in [*meeting.items, *meeting.other] for part in (i.title, i.notes))
    if body is ITEMS:
        assert result.unplaced == [] and [i.title for i in meeting.items] == ["Nyårsfirandet", "Valborg"]


def test_a_greeting_with_a_name_inside_the_text_is_no_sign_off(empty_store: Path, tmp_path: Path) -> None:
    """'Hälsningar från Anna …' followed by more of the notes is text, kept to be placed."""
    note = tmp_path / "mejl.txt"
    note.write_text(HEADER + ITEMS + "Hälsningar Anna\nVi ses i maj och då tar vi upp budgeten igen.\n",
                    encoding="utf-8")
    [result] = import_notes([note], load(empty_store))
    assert "Hälsningar Anna" not in [text for text, _ in result.set_aside]
