"""Importing several files where one stops the import (it needs the review, or is no text file): nothing is saved,
and the message says so of all of them, naming those that could be saved on their own and those that need work."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

GOOD = ("Anteckningar 2026-03-0{day}\nTid: 13.00–15.00\nPlats: Stadshuset\nNärvarande: Anna Berg, Bo Ny\n\n"
        "1. Lägesbild\nLugnt.\n")
PROSE = "Vi träffades och pratade om läget i byn. Det var lugnt.\n"


def _import(store: Path, *files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "brå_tui", "--store", str(store), "import", *map(str, files)],
                          capture_output=True, text=True, check=False, env={"COLUMNS": "200", "NO_COLOR": "1",
                                                                            "PATH": "/usr/bin:/bin"})


def test_the_message_names_every_file(empty_store: Path, tmp_path: Path) -> None:
    first, prose, second = tmp_path / "forsta.txt", tmp_path / "prosa.txt", tmp_path / "andra.txt"
    first.write_text(GOOD.format(day=2), encoding="utf-8")
    prose.write_text(PROSE, encoding="utf-8")
    second.write_text(GOOD.format(day=9), encoding="utf-8")
    done = _import(empty_store, first, prose, second)
    assert done.returncode != 0
    said = " ".join(done.stderr.split())
    assert "Inget av de 3 dokumenten sparades, eftersom prosa.txt stoppade importen." in said
    assert "Klara att sparas: forsta.txt, andra.txt – importera dem för sig." in said
    assert not list((empty_store / "meetings").glob("*.toml"))


def test_a_file_that_is_no_text_says_none_was_saved(empty_store: Path, tmp_path: Path) -> None:
    good, binary = tmp_path / "forsta.txt", tmp_path / "bild.txt"
    good.write_text(GOOD.format(day=2), encoding="utf-8")
    binary.write_bytes(bytes(range(256)) * 8)
    done = _import(empty_store, good, binary)
    assert done.returncode != 0
    assert "Ingen av de 2 filerna sparades." in " ".join(done.stderr.split())
