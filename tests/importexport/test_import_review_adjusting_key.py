"""The review sets the adjusting's (justering's) day and place from a line with its own key, r, as k and p set the
meeting's time and place: on the command line (`bra import --review`) and in the app's Importera; the meeting's
own date and place never change with it. A planned meeting's row shows its date, time and place."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from brå_tui.importer.review import TARGETS, ReviewRefused, move, rows
from brå_tui.store.load import load
from tests.importexport.notes import import_one, write_note

NOTE = ("Protokoll\nDatum: 2026-10-14\nTid: 13.00–15.00\nPlats: Rådhuset\n"
        "Närvarande: Anna Berg (S), ordförande, Olle Sund, kommunpolis\nJusterare: Olle Sund\n\n"
        "§ 1 Lägesbild\nOlle berättade.\nProtokollet justeras den 20 oktober på kommunkontoret.\n\n"
        "Nästa möte: 2026-12-17 kl. 09.00–11.30, Stadshuset rum 3\n")


def _row(result: object, start: str) -> object:
    return next(r for r in rows(result) if r.text.startswith(start))  # type: ignore[arg-type]


def test_r_is_the_adjusting_key() -> None:
    assert TARGETS["r"] == "justering"
    assert len(set(TARGETS)) == len(TARGETS) and "l" not in TARGETS and "q" not in TARGETS  # the prompt's own


@pytest.mark.parametrize("line, day, place", [
    ("Protokollet justeras den 20 oktober på kommunkontoret.", dt.date(2026, 10, 20), "kommunkontoret"),
    ("Justeras 2026-10-21 i Kommunhuset", dt.date(2026, 10, 21), "Kommunhuset"),
    ("Justeringens plats och tid: Stadshuset 2026-10-22", dt.date(2026, 10, 22), "Stadshuset"),
    ("Justeringens plats     Stadshuset 2026-10-22", dt.date(2026, 10, 22), "Stadshuset"),
    ("Justerare: Olle Sund, 2026-10-23, Polishuset", dt.date(2026, 10, 23), "Polishuset"),
])
def test_r_sets_the_adjusting_day_and_place_from_a_line(empty_store: Path, tmp_path: Path, line: str,
                                                        day: dt.date, place: str) -> None:
    result = import_one(empty_store, write_note(tmp_path, NOTE.replace(
        "Protokollet justeras den 20 oktober på kommunkontoret.", line)))
    m = result.meeting
    m.adjusting_date = m.adjusting_place = None
    now = move(result, next(r for r in rows(result) if r.text == line), "justering", [])
    assert (m.adjusting_date, m.adjusting_place) == (day, place)
    assert now == f"justering: {day.isoformat()} {place}"
    assert (m.date, m.place) == (dt.date(2026, 10, 14), "Rådhuset")  # the meeting's own never change
    assert m.adjusters == ["Olle Sund"]


def test_a_note_moved_by_r_leaves_the_notes(empty_store: Path, tmp_path: Path) -> None:
    result = import_one(empty_store, write_note(tmp_path, NOTE))
    row = _row(result, "Protokollet justeras")
    assert row.became.startswith("anteckning i")
    move(result, row, "justering", [])
    assert "justeras" not in result.meeting.items[0].notes
    assert _row(result, "Protokollet justeras").became == "justering: 2026-10-20 kommunkontoret"


@pytest.mark.parametrize("line, said", [
    ("Plats: Rådhuset", "Raden anger plats, inte justeringens dag och plats."),
    ("Nästa möte: 2026-12-17", "Raden anger nästa möte, inte justeringen."),
    ("Olle berättade.", "Raden anger varken dag eller plats för justeringen"),
])
def test_r_on_a_line_without_them_changes_nothing(empty_store: Path, tmp_path: Path, line: str, said: str) -> None:
    result = import_one(empty_store, write_note(tmp_path, NOTE))
    m = result.meeting
    before = (m.adjusting_date, m.adjusting_place, m.date, m.place)
    with pytest.raises(ReviewRefused, match=said):
        move(result, _row(result, line), "justering", [])
    assert (m.adjusting_date, m.adjusting_place, m.date, m.place) == before


def test_a_planned_meeting_row_shows_its_date_time_and_place(empty_store: Path, tmp_path: Path) -> None:
    result = import_one(empty_store, write_note(tmp_path, NOTE))
    assert _row(result, "Nästa möte").became == "tidplan: 2026-12-17 09:00–11:30, Stadshuset rum 3"


def _bra(*args: object, keys: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "BRA_STORE"}
    env.update(COLUMNS="80", NO_COLOR="1")
    return subprocess.run([sys.executable, "-m", "brå_tui", *map(str, args)], input=keys, capture_output=True,
                          text=True, env=env, timeout=120)


def test_r_and_the_planned_meeting_on_the_command_line(empty_store: Path, tmp_path: Path) -> None:
    note = write_note(tmp_path, NOTE)
    done = _bra("--store", empty_store, "import", "--review", note, keys="10 r\n\n")
    assert done.returncode == 0, done.stderr
    for out in (done.stdout, done.stderr):
        assert all(len(line) <= 80 for line in out.split("\n") if "/" not in line)
    joined = " ".join((done.stdout + "\n" + done.stderr).split())
    assert "r justering" in joined
    table = done.stdout.split("\n")
    column = next(line.index("Blev") for line in table if line.lstrip().startswith("Rad"))
    row = next(n for n, line in enumerate(table) if line[:5].strip() == "12")
    became = " ".join(line[column:].strip() for line in table[row:row + 3] if line[:5].strip() in ("", "12"))
    assert became.startswith("tidplan: 2026-12-17 09:00–11:30, Stadshuset rum 3"), became
    assert "Rad 10 ”Protokollet justeras den 20 oktober på kommunkontoret.”: justering: 2026-10-20 kommunkontoret" \
        in joined
    meeting = load(empty_store).meeting("2026-10-14")
    assert meeting is not None
    assert (meeting.adjusting_date, meeting.adjusting_place) == (dt.date(2026, 10, 20), "kommunkontoret")
    assert (meeting.date, meeting.place) == (dt.date(2026, 10, 14), "Rådhuset")
