"""bra's own kallelse read back: its follow-up table (Ärende | Status | Ansvariga | Senast) gives the follow-ups
with their owners, due dates and status, in every format; a table the import cannot read is never passed over in
silence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brå_tui.importer.ledger import UNSURE
from brå_tui.questions.notice import build_notice
from brå_tui.store.load import load
from tests.importexport.notes import import_one, write_note

ISSUED = dt.date(2025, 1, 20)


@pytest.mark.parametrize("fmt", ["docx", "txt", "md"])
def test_the_follow_ups_of_bras_own_notice_come_back(bra, seed_store: Path, tmp_path: Path, fmt: str) -> None:
    """Export the next meeting's kallelse, import it into the same store: the follow-ups are the notice's, with
    the ids of the earlier meeting's, their owners ('ingen ansvarig' none), status and due dates ('2025-02-14
    (försenad)'); the day of issue over the signatures is the issued date; every line has its place."""
    if fmt == "docx":
        pytest.importorskip("docx")
    notice = tmp_path / f"kallelse.{fmt}"
    made = bra("--store", seed_store, "kallelse", "--format", fmt, "--issued", ISSUED.isoformat(), "-o", notice)
    assert made.status == 0, made.err
    want = next(p for p in build_notice(load(seed_store), issued=ISSUED).points if p.kind == "followups").followups
    assert want and any(not f.owners for f in want)  # the seed has one follow-up without an owner
    result = import_one(seed_store, notice)
    got = result.meeting.followups
    assert [(f.id, f.title, f.owners, f.status, f.due) for f in got] == [
        (f.id, f.title, f.owners, f.status, f.due) for f in want]
    assert all(f.state == "open" for f in got)
    assert result.meeting.issued == ISSUED and result.meeting.other == []
    assert result.unplaced == [] and result.unsure == []


def test_the_logg_of_bras_own_notes_keeps_its_due_dates(bra, seed_store: Path, tmp_path: Path) -> None:
    """The notes' Logg writes a due date after the status ('Pågår (senast 2025-02-14)'): it comes back as the due
    date, the status without it."""
    meeting = load(seed_store).meetings[-1]
    text = tmp_path / "anteckningar.txt"
    assert bra("--store", seed_store, "export", meeting.key, "-f", "txt", "-o", text).status == 0
    written = text.read_text(encoding="utf-8").replace(meeting.followups[0].status,
                                                       meeting.followups[0].status + " (senast 2025-03-01)")
    got = import_one(seed_store, write_note(tmp_path, written, "med-datum.txt")).meeting.followups
    assert (got[0].status, got[0].due) == (meeting.followups[0].status, dt.date(2025, 3, 1))


_NOTES = "Minnesanteckningar Lokala Brå 2026-03-12\nNärvarande: Tove Rask\n\n1. Budget\nRådet går igenom budgeten.\n"


def test_a_word_table_no_part_reads_is_unsure(empty_store: Path, tmp_path: Path) -> None:
    """A table under an item that is no list of people, fields, agenda, action list or Logg ('Post | Belopp |
    Konto') stays the item's text, a row a line with its cells parted by tabs, and each of its lines is listed as
    unsure, never 'All text kunde placeras'."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for line in _NOTES.splitlines():
        document.add_paragraph(line)
    table = document.add_table(rows=0, cols=3)
    for row in [("Post", "Belopp", "Konto"), ("Kameror", "40 000", "3010"), ("Vandringar", "5 000", "3020")]:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    document.save(str(tmp_path / "tabell.docx"))
    result = import_one(empty_store, tmp_path / "tabell.docx")
    unsure = [result.ledger.lines[n] for n in result.ledger.numbers(UNSURE)]
    assert {line.strip() for line in unsure} == {"Post\tBelopp\tKonto", "Kameror\t40 000\t3010",
                                                 "Vandringar\t5 000\t3020"}
    assert all("tabell som inte kunde läsas" in doubt for doubt in result.unsure)
    assert "  All text kunde placeras." not in result.summary()


def test_a_text_table_no_part_reads_is_unsure(empty_store: Path, tmp_path: Path) -> None:
    """The same table as lines of cells parted by tabs."""
    text = _NOTES + "Post\tBelopp\tKonto\nKameror\t40 000\t3010\n"
    result = import_one(empty_store, write_note(tmp_path, text))
    assert len(result.unsure) == 2 and all("tabell som inte kunde läsas" in d for d in result.unsure)
    assert result.meeting.items[0].notes.count("\t") == 4


def test_a_logg_row_with_a_title_only_or_an_unreadable_date(empty_store: Path, tmp_path: Path) -> None:
    """A row of the notice's table with its title alone is a follow-up without status or owner; a 'Senast' that
    names no day ('vecka 14') leaves the due date out and makes its cell's line unsure."""
    text = (_NOTES + "\n\tÄrende\n\tStatus\n\tAnsvariga\n\tSenast\n\n\tBoka lokal\n\n"
            "\tRinga polisen\n\tPågår\n\tTove Rask\n\tvecka 14\n\n2. Avslutning\nMötet avslutas.\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    assert [(f.title, f.status, f.owners, f.due) for f in result.meeting.followups] == [
        ("Boka lokal", "", [], None), ("Ringa polisen", "Pågår", ["Tove Rask"], None)]
    assert [i.title for i in result.meeting.items] == ["Budget", "Avslutning"]
    assert len(result.unsure) == 1 and "vecka 14" in result.unsure[0]
