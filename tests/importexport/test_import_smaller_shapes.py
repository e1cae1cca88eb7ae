"""Smaller shapes from councils' own files: a title and a workplace in one Funktion cell, a due time without a day
opening an assignment, 'Till nästa möte' as an action's due date. Each test fails when a part lands in the wrong
field or the due date is reported as unreadable although the minutes give it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.importexport.notes import import_one, write_note

TABLE = ("Protokoll\nDatum: 2025-09-23\n\nNamn\tFunktion\tNärvaro\nLinnea Hjort (S)\tordförande\tX\n"
         "Hassan Omar\tfritidsledare, Ungdomens hus\t§§ 31–33\n\n")


def test_a_title_and_a_workplace_in_one_cell(empty_store: Path, tmp_path: Path) -> None:
    text = TABLE + "1. Lägesbild\nLugnt.\n"
    hassan = import_one(empty_store, write_note(tmp_path, text)).meeting.attendees[1]
    assert (hassan.title, hassan.org, hassan.partial) == ("fritidsledare", "Ungdomens hus", "§§ 31–33")


def test_a_due_month_opening_the_task_goes_after_it(empty_store: Path, tmp_path: Path) -> None:
    """'att uppdra åt Hassan Omar att till december redovisa …': the task is 'Redovisa … till december'."""
    text = TABLE + ("1. Ungdomens hus\nRådet beslutar att uppdra åt Hassan Omar att till december redovisa "
                    "besöksstatistiken.\n")
    [proposal] = import_one(empty_store, write_note(tmp_path, text)).proposals
    assert (proposal.title, proposal.owners) == ("Redovisa besöksstatistiken till december", ["Hassan Omar"])


def test_till_nasta_mote_in_an_action_table_is_the_next_meeting(empty_store: Path, tmp_path: Path) -> None:
    text = TABLE + ("1. Lägesbild\nLugnt.\n2. Nästa möte\nTisdag 25 november 2025 kl. 14.00.\n\n"
                    "Åtgärd\tAnsvarig\tKlart till\nTa fram statistik per skola\tLinnea Hjort\tTill nästa möte\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    assert [(f.title, f.due) for f in result.meeting.followups] == [
        ("Ta fram statistik per skola", dt.date(2025, 11, 25))]
    assert result.unsure == []
