"""Notes whose labels are the entries of a list ('* Närvarande:' with the people as entries under it, '* Punkt 1: …',
'* Beslut: …') are read as the labels they are; notes in which nothing is read as people or items are never
refused unread: every line is listed as not placed, and the review places them."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from brå_tui.importer.ledger import PLACED, UNPLACED
from brå_tui.importer.notes import import_notes
from brå_tui.store.load import load
from tests.importexport.notes import import_one, write_note

CORPUS = Path(__file__).resolve().parent / "corpus"


def _bra(*args: object, keys: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "BRA_STORE"}
    env.update(COLUMNS="80", NO_COLOR="1")
    return subprocess.run([sys.executable, "-m", "brå_tui", *map(str, args)], input=keys, capture_output=True,
                          text=True, env=env, timeout=120)


def test_labels_written_as_list_entries(empty_store: Path) -> None:
    result = import_one(empty_store, CORPUS / "anteckningar-punktlista-etiketter.txt")
    m = result.meeting
    assert (m.date, m.start, m.end, m.place) == (dt.date(2026, 3, 3), dt.time(15), dt.time(16, 30),
                                                 "Folkets hus, lilla salen")
    assert [(a.name, a.absent) for a in m.attendees] == [
        ("Eva Granström", False), ("Mattias Kruse", False), ("Sanna Lind", False), ("Tomas Ek", False),
        ("Olle Pettersson", True)]
    assert m.attendees[0].role == "ordförande"
    assert [i.title for i in m.items] == ["Föregående anteckningar", "Polisens lägesbild", "Skolan"]
    assert [d.text for d in m.items[2].decisions] == ["Brå anordnar föräldravandring i april"]
    assert "Beslut" not in m.items[2].notes
    assert [(s.date, s.start, s.place) for s in m.schedule] == [(dt.date(2026, 5, 5), dt.time(15), "Folkets hus")]


def test_a_decision_label_as_a_list_entry_in_an_item(empty_store: Path, tmp_path: Path) -> None:
    for bullet in ("- ", "* ", "  * ", "• "):
        text = (f"Minnesanteckningar 2026-03-03\nNärvarande: Eva Ek (S)\n\n1. Skolan\n{bullet}Sanna: oro\n"
                f"{bullet}Beslut: Brå anordnar vandring i april\n")
        m = import_one(empty_store, write_note(tmp_path, text)).meeting
        assert [d.text for d in m.items[0].decisions] == ["Brå anordnar vandring i april"], bullet


def test_notes_with_neither_people_nor_items_count_every_line(empty_store: Path, tmp_path: Path) -> None:
    note = write_note(tmp_path, "Inköpslista\nMjölk\nSmör\nÄgg\n")
    [result] = import_notes([note], load(empty_store), dt.date(2026, 1, 1))
    assert [result.ledger.kind(n) for n in range(4)] == [UNPLACED] * 4
    assert "All text kunde placeras" not in "\n".join(result.summary())
    done = _bra("--store", empty_store, "import", "--date", "2026-01-01", note)
    assert done.returncode == 1
    # no line reads as minutes: the lines are counted, not echoed (the review shows them)
    assert "alla 4 rader" in done.stderr and "Mjölk" not in done.stderr and "följer inte rådets mall" in done.stderr
    assert not (empty_store / "meetings" / "2026-01-01.toml").exists()


def test_the_review_places_the_lines_of_such_notes(empty_store: Path, tmp_path: Path) -> None:
    note = write_note(tmp_path, "Inköpslista\nAnna Berg\nSmör\nÄgg\n")
    done = _bra("--store", empty_store, "import", "--review", "--date", "2026-01-01", note, keys="2 n\n3 a\n\n")
    assert done.returncode == 0, done.stderr
    meeting = load(empty_store).meetings[0]
    assert [a.name for a in meeting.attendees] == ["Anna Berg"] and [i.title for i in meeting.items] == ["Smör"]


def test_a_heading_that_gives_the_date_stays_placed(empty_store: Path, tmp_path: Path) -> None:
    note = write_note(tmp_path, "Anteckningar 2026-02-02\nMjölk\n")
    [result] = import_notes([note], load(empty_store))
    assert [result.ledger.kind(n) for n in range(2)] == [PLACED, UNPLACED]
