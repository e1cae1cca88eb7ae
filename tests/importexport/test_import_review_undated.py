"""`bra import --review` on a document without a date: ending the review asks for the date and keeps every move;
when no date can be had, the moves made are said so that the review can be made again with --date."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from brå_tui.store.load import load

NOTE = ("Hej alla!\n\nHär kommer en sammanfattning från mötet.\nVi var Karin Lööf och Oskar Vik.\n\n"
        "1. Läget\nLugnt i centrum.\nIngela Bäck, socialtjänsten\n")


def _bra(*args: object, keys: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("BRA_STORE",)}
    env.update(COLUMNS="80", NO_COLOR="1")
    return subprocess.run([sys.executable, "-m", "brå_tui", *map(str, args)], input=keys, capture_output=True,
                          text=True, env=env, timeout=120)


def _note(tmp_path: Path) -> Path:
    path = tmp_path / "utan-datum.txt"
    path.write_text(NOTE, encoding="utf-8")
    return path


def test_ending_the_review_without_a_date_asks_for_it_and_keeps_the_moves(empty_store: Path,
                                                                          tmp_path: Path) -> None:
    done = _bra("--store", empty_store, "import", "--review", _note(tmp_path),
                keys="8 f\n\nmars\n\n7 b\n\n2027-03-10\n")
    assert done.returncode == 0, done.stderr
    assert "Mötet har inget datum" in done.stderr and "Skriv mötets datum" in done.stderr
    assert "”mars” är inget datum" in done.stderr, "what is no date is said, and asked again"
    assert "Granskningen fortsätter" in done.stderr, "an empty answer goes back to the review"
    assert "ingenting sparades" not in done.stderr
    meeting = load(empty_store).meeting("2027-03-10")
    assert meeting is not None
    assert [a.name for a in meeting.absentees()] == ["Ingela Bäck"], "the move made before the date is kept"
    assert [d.text for _, d in meeting.decisions()] == ["Lugnt i centrum."], "and the one made after it"


def test_input_ending_without_a_date_says_every_move_made(empty_store: Path, tmp_path: Path) -> None:
    done = _bra("--store", empty_store, "import", "--review", _note(tmp_path), keys="8 f\n7 b\n\n")
    assert done.returncode == 1
    assert "samma flyttar: ”8 f”, ”7 b”" in done.stderr and "--date" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (empty_store / "meetings").exists() or not list((empty_store / "meetings").iterdir())


def test_without_review_the_missing_date_is_said_once(empty_store: Path, tmp_path: Path) -> None:
    done = _bra("--store", empty_store, "import", _note(tmp_path), keys="")
    assert done.returncode == 1
    said = " ".join(done.stderr.split())
    assert "utan-datum.txt: dokumentet anger inget datum" in said and "anger inget datum för mötet" not in said
