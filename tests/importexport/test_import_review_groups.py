"""g on a line of several people gives each a group of their own, chosen person by person (on the command line a
numbered prompt, in the app a small table); a group written beside a name ('Anna Ek (ersättare)') is read."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from brå_tui.importer.notes import import_notes
from brå_tui.importer.review import move, rows
from brå_tui.store.load import load

NOTE = """Minnesanteckningar Lokala Brå 2026-03-12

Närvarande: Anna Ek, polisen; Lisa Lind, socialtjänsten; Bo Ny (adjungerad)

1. Lägesbild
Lisa Lind berättade om fritidsgården.
"""


def _note(tmp_path: Path) -> Path:
    note = tmp_path / "anteckningar.txt"
    note.write_text(NOTE, encoding="utf-8")
    return note


def test_a_group_beside_each_name_is_read(empty_store: Path, tmp_path: Path) -> None:
    [result] = import_notes([_note(tmp_path)], load(empty_store))
    assert [(a.name, a.group) for a in result.meeting.attendees] == [
        ("Anna Ek", None), ("Lisa Lind", None), ("Bo Ny", "adjunct")]


def test_g_on_the_command_line_asks_a_group_for_each_person(empty_store: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "BRA_STORE"}
    env.update(COLUMNS="80", NO_COLOR="1")
    done = subprocess.run([sys.executable, "-m", "brå_tui", "--store", str(empty_store), "import", "--review",
                           str(_note(tmp_path))], input="3 g\n2\n1\n\n\n", capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    said = " ".join(done.stderr.split())
    assert "Rad 3: välj grupp för var och en (1 ledamot, 2 ersättare, 3 adjungerad" in said
    assert "närvarande: Anna Ek (ersättare), Lisa Lind (ledamot), Bo Ny (adjungerad)" in said
    meeting = load(empty_store).meeting("2026-03-12")
    assert meeting is not None
    assert [(a.name, a.group) for a in meeting.attendees] == [
        ("Anna Ek", "substitute"), ("Lisa Lind", "member"), ("Bo Ny", "adjunct")]


def test_the_groups_chosen_stay_when_a_new_date_reads_the_note_again(empty_store: Path, tmp_path: Path) -> None:
    from brå_tui.importer.review import set_groups

    store = load(empty_store)
    [result] = import_notes([_note(tmp_path)], store)
    row = next(r for r in rows(result) if r.number == 3)
    set_groups(result, row, ["substitute", "invited", None])
    from brå_tui.importer.review import set_date

    set_date(result, dt.date(2026, 3, 13), store.people)
    assert [(a.name, a.group) for a in result.meeting.attendees] == [
        ("Anna Ek", "substitute"), ("Lisa Lind", "invited"), ("Bo Ny", None)]
    assert move(result, next(r for r in rows(result) if r.number == 3), "grupp", store.people)
