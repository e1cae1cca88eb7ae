"""The import and export commands as real processes: exit status, standard output and standard error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.importexport.conftest import UNSEEN_NOTE, seed_notes


def bra(*args: object) -> subprocess.CompletedProcess[bytes]:
    """Run `python -m brå_tui ARGS…` in a fresh process."""
    env = {k: v for k, v in os.environ.items() if k not in ("BRA_STORE", "NO_COLOR")}
    return subprocess.run([sys.executable, "-m", "brå_tui", *map(str, args)], capture_output=True, env=env,
                          timeout=120)


def test_import_then_export_as_programs(empty_store: Path, tmp_path: Path) -> None:
    imported = bra("--store", empty_store, "import", *seed_notes(), UNSEEN_NOTE)
    assert imported.returncode == 0, imported.stderr.decode()
    assert imported.stdout == b""
    assert sorted(p.name for p in (empty_store / "meetings").iterdir()) == [
        "2024-02-09.toml", "2024-11-15.toml", "2025-02-14.toml"]
    page = bra("--store", empty_store, "export", "latest", "--format", "html")
    assert page.returncode == 0 and page.stdout.startswith(b"<!DOCTYPE html>")
    assert b"Trygghetsvandring i Krylbo" in page.stdout
    calendar = bra("--store", empty_store, "export", "--ics")
    assert calendar.returncode == 0 and calendar.stdout.startswith(b"BEGIN:VCALENDAR\r\n")
    assert calendar.stdout.count(b"BEGIN:VEVENT") == 4


def test_a_cp1252_file_imports_as_a_program_with_a_note(empty_store: Path, tmp_path: Path) -> None:
    """What Swedish Word's "save as text" gives (Windows-1252) is read as such, said so, with å ä ö intact."""
    note = tmp_path / "anteckningar.txt"
    note.write_bytes(UNSEEN_NOTE.read_text(encoding="utf-8").encode("cp1252", errors="replace"))
    result = bra("--store", empty_store, "import", note)
    assert result.returncode == 0 and result.stdout == b""
    err = result.stderr.decode("utf-8")
    assert "Traceback" not in err and "Windows-1252" in err
    saved = (empty_store / "meetings" / "2025-02-14.toml").read_text(encoding="utf-8")
    assert "Närvarande" in UNSEEN_NOTE.read_text(encoding="utf-8") and "ä" in saved and "ö" in saved


def test_a_binary_file_fails_as_a_program_without_a_traceback(empty_store: Path, tmp_path: Path) -> None:
    note = tmp_path / "anteckningar.txt"
    note.write_bytes(bytes(range(1, 32)) * 40 + "Tid: 9 februari 2024".encode("cp1252") + b"\x81")
    result = bra("--store", empty_store, "import", note)
    assert result.returncode == 1 and result.stdout == b""
    err = result.stderr.decode("utf-8")
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not (empty_store / "meetings").exists()
