"""Notes sent as an e-mail by the one who wrote them: 'samt jag själv' among the people, a signature under the
closing greeting. Each test fails when the writer is left out or read as someone's title, or the signature ends up
in an item's notes."""

from __future__ import annotations

from pathlib import Path

from tests.importexport.notes import COUNCILS, import_one, write_note

NOTE = ("Protokoll Lokalt Brå\nDatum: 2025-11-12\n\n"
        "Närvarande var Tomas Ek (S), ordförande, Henrik Wik från polisen och Sofie Lund från socialtjänsten samt "
        "jag själv.\n\n1. Föräldravandringar\nSofie Lund har fått ihop tolv föräldrar.\n\n")
SIGNED = "Hälsningar\nKarin Westin\nFolkhälsosamordnare, Ovanåkers kommun\n070-123 45 67\n"


def test_the_writer_signed_under_the_greeting_is_among_the_people(empty_store: Path, tmp_path: Path) -> None:
    """'samt jag själv' is Karin Westin, who signs under 'Hälsningar' and wrote the notes; the name, title and
    phone number under the greeting are set aside with it, never an item's notes."""
    result = import_one(empty_store, write_note(tmp_path, NOTE + SIGNED))
    m = result.meeting
    assert [(a.name, a.title, a.org) for a in m.attendees] == [
        ("Tomas Ek", None, None), ("Henrik Wik", None, "polisen"), ("Sofie Lund", None, "socialtjänsten"),
        ("Karin Westin", None, None)]
    assert m.secretary == "Karin Westin"
    assert m.items[0].notes == "Sofie Lund har fått ihop tolv föräldrar.\n"
    assert [reason for _, reason in result.set_aside] == ["avslutning"] * 4


def test_the_writer_is_the_mails_sender(empty_store: Path) -> None:
    """A mail ('Från: Karin Westin <…>') ending 'Med vänliga hälsningar' and a signature of name, title, phone and
    address: 'och jag själv' is its sender."""
    result = import_one(empty_store, COUNCILS / "ovanaker-mejl-jag-sjalv.txt")
    m = result.meeting
    assert [a.name for a in m.attendees] == ["Tomas Ek", "Henrik Wik", "Sofie Lund", "Karin Westin"]
    assert all(a.title is None for a in m.attendees)
    assert "karin" not in m.items[-1].notes.lower() and "070" not in m.items[-1].notes


def test_a_writer_without_a_name_is_said(empty_store: Path, tmp_path: Path) -> None:
    """'samt jag själv' in notes that name nobody as their writer: no title 'jag själv', and the line is unsure."""
    result = import_one(empty_store, write_note(tmp_path, NOTE))
    assert all(a.title is None for a in result.meeting.attendees)
    assert [d for d in result.unsure if "jag själv" in d]
