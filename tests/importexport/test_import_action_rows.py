"""Action lists written a row a line without a header row: 'Name – task – date' under 'Vem gör vad?', or alone in an
item's notes. Each test fails when a row loses its task or owner, becomes a planned meeting, or is counted as placed
without a word."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from brå_tui.importer.followups import written_action
from brå_tui.importer.review import move, rows
from tests.importexport.notes import COUNCILS, import_one, write_note

NOTE = COUNCILS / "ovanaker-vem-gor-vad-cp1252.txt"


def test_rows_under_vem_gor_vad_are_follow_ups_never_meetings(empty_store: Path) -> None:
    """Below '2) Nästa möte' and 'Vem gör vad?': each row a follow-up with owner, task and due date ('nästa möte':
    the next meeting's day, 'vecka 48' reported as unread); only the meeting the item names is planned."""
    result = import_one(empty_store, NOTE)
    m = result.meeting
    assert [(f.title, f.owners, f.due) for f in m.followups] == [
        ("Skicka inbjudan till föräldraföreningen", ["Jenny Lönnqvist"], dt.date(2025, 11, 12)),
        ("Ta fram statistik om bilbränder", ["Mattias Öberg"], dt.date(2026, 1, 15)),
        ("Ringa fastighetsägaren", ["Åsa Ödmark"], None),
        ("Kontakta Ljusdalshem om belysningen", ["Åsa Ödmark", "Mattias Öberg"], dt.date(2025, 11, 30))]
    assert [e.date for e in m.schedule] == [dt.date(2026, 1, 15)]
    assert m.items[1].notes == ""
    assert [d for d in result.unsure if "vecka 48" in d]


def test_a_row_alone_in_the_notes_is_an_unsure_follow_up(empty_store: Path, tmp_path: Path) -> None:
    """'Åsa Ödmark – kontakta Ljusdalshem – 2025-11-30' in an item without a heading above: a follow-up, said as
    unsure in the report, never a plain note counted as placed."""
    text = ("Minnesanteckningar\nDatum: 2025-11-06\n\nNärvarande:\nÅsa Ödmark (S), ordförande\n\n1) Belysning\n"
            "Lugnt.\nÅsa Ödmark – kontakta Ljusdalshem om belysningen – 2025-11-30\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    assert [(f.title, f.owners, f.due) for f in result.meeting.followups] == [
        ("Kontakta Ljusdalshem om belysningen", ["Åsa Ödmark"], dt.date(2025, 11, 30))]
    assert result.meeting.items[0].notes == "Lugnt.\n"
    assert "All text kunde placeras" not in "\n".join(result.summary())


def test_a_title_and_a_role_is_no_action_without_a_heading() -> None:
    """'Ann Ek – ordförande' and 'Lägesbild – Ann Ek – 2025' are no actions; a date in the task's place neither."""
    assert written_action("Ann Ek – ordförande") is None
    assert written_action("Lägesbild – Ann Ek – 2025") is None
    assert written_action("Ann Ek – 12 mars – 13 mars") is None
    assert written_action("Ann Ek – ordförande", headed=True) == {"owners": "Ann Ek", "title": "ordförande", "due": ""}


def test_the_review_key_reads_the_row_as_the_import_does(empty_store: Path, tmp_path: Path) -> None:
    """u on a row the import left as a note ('Jenny Lönnqvist – skicka inbjudan … – 12 november' with no due that
    reads as one alone): the owner, the task and the due date, as the import reads an action list."""
    text = ("Minnesanteckningar\nDatum: 2025-11-06\n\nNärvarande:\nJenny Lönnqvist, sekreterare\n\n1) Inbjudan\n"
            "Jenny Lönnqvist – skicka inbjudan till föräldraföreningen\n2) Nästa möte\n15 januari 2026\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    row = next(r for r in rows(result) if r.text.startswith("Jenny Lönnqvist –"))
    assert move(result, row, "uppföljning", []) == \
        "uppföljning: Skicka inbjudan till föräldraföreningen – Jenny Lönnqvist"
    [followup] = result.meeting.followups
    assert followup.owners == ["Jenny Lönnqvist"]
    note = write_note(tmp_path, text.replace("föräldraföreningen", "föräldraföreningen – 12 november"), "b.txt")
    result = import_one(empty_store, note)
    assert [(f.owners, f.due) for f in result.meeting.followups] == [(["Jenny Lönnqvist"], dt.date(2025, 11, 12))]
