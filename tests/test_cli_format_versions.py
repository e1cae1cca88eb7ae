"""A file in a format this bra cannot read says which formats it does read (1 and 2), with file and line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def run(store: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The real `bra --store STORE ARGS…`, its output into pipes."""
    return subprocess.run([sys.executable, "-m", "brå_tui", "--store", str(store), *args], capture_output=True,
                          text=True, timeout=120, env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"},
                          stdin=subprocess.DEVNULL)


def set_format(path: Path, value: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("format = 1\n")
    path.write_text(text.replace("format = 1\n", f"format = {value}\n", 1), encoding="utf-8")


@pytest.mark.parametrize(("value", "said"), [
    ("3", "filen har format 3, men den här versionen av bra läser bara format 1 och 2; uppdatera bra"),
    ("0", "okänt format 0; bra läser format 1 och 2"),
    ('"2"', "'format' ska vara ett heltal, inte '2'; skriv format = 2 (bra läser format 1 och 2)"),
])
def test_check_names_the_formats_it_reads(seed_store: Path, value: str, said: str) -> None:
    meeting = seed_store / "meetings" / "2024-11-15.toml"
    set_format(meeting, value)
    result = run(seed_store, "check")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"{meeting}:1:10: fel: {said}" in result.stdout.splitlines()


def test_a_council_file_of_a_newer_format_is_said_with_its_line(seed_store: Path) -> None:
    council = seed_store / "council.toml"
    set_format(council, "3")
    result = run(seed_store, "list")
    assert f"bra: Fel i {council}: filen har format 3, men den här versionen av bra läser bara format 1 och 2; " \
           "uppdatera bra (rad 1)" in result.stderr


def test_missing_format_names_the_formats_and_the_other_faults_are_found_too(seed_store: Path) -> None:
    meeting = seed_store / "meetings" / "2024-11-15.toml"
    text = meeting.read_text(encoding="utf-8").replace("format = 1\n", "", 1)
    meeting.write_text(text.replace('place = "Visenten, Stadshuset"', "place = 5", 1), encoding="utf-8")
    out = run(seed_store, "check").stdout
    assert f"{meeting}:1: fel: nyckeln 'format' saknas; skriv format = 2 (bra läser format 1 och 2)" in out
    assert f"{meeting}:4:9: fel: 'place' ska vara text" in out
