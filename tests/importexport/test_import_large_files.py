"""A long file: the import's memory stays a modest multiple of the file's size, and a terminal is told the file
is being read before a read that takes long."""

from __future__ import annotations

import io
import os
import tracemalloc
from pathlib import Path

from brå_tui.cli.cmd_import import LONG_READ, reading_notice
from brå_tui.importer.notes import import_notes
from brå_tui.store.load import load
from brå_tui.text import fold

# The most memory (at its peak) the import of a note may take, as a multiple of the file's size.
MEMORY_FACTOR = 50


def _protocol(items: int) -> str:
    body = "\n".join(f"§ {n} Ärende nummer {n}\nRådet beslutar att notera ärende {n}." for n in range(1, items + 1))
    return f"Protokoll Brå 2026-03-03\nNärvarande: Ann Ek\n{body}\n"


def test_the_import_takes_memory_in_proportion_to_the_file(empty_store: Path, tmp_path: Path) -> None:
    note = tmp_path / "lang.txt"
    note.write_text(_protocol(800), encoding="utf-8")
    store = load(empty_store)
    tracemalloc.start()
    try:
        [result] = import_notes([note], store)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(result.meeting.items) == 800
    assert peak / note.stat().st_size < MEMORY_FACTOR, peak / note.stat().st_size


def test_a_long_note_leaves_no_folded_copy_of_its_lines_behind(empty_store: Path, tmp_path: Path) -> None:
    # The names' cache of folded text is no store of the lines of a note: every line read (and the text the importer
    # made of it) kept with its folded copy until the cache is full took more memory than the meeting itself.
    note = tmp_path / "lang.txt"
    note.write_text(_protocol(2000), encoding="utf-8")
    store = load(empty_store)
    fold.cache_clear()
    [result] = import_notes([note], store)
    assert len(result.meeting.items) == 2000
    assert fold.cache_info().currsize < 200, fold.cache_info()


def test_an_import_that_is_not_reviewed_keeps_no_copy_for_another_date(empty_store: Path, tmp_path: Path) -> None:
    note = tmp_path / "lang.txt"
    note.write_text(_protocol(20), encoding="utf-8")
    store = load(empty_store)
    [plain] = import_notes([note], store, rebuildable=False)
    [reviewed] = import_notes([note], store)
    assert plain.rebuild is None and reviewed.rebuild is not None
    assert plain.meeting == reviewed.meeting


def test_a_terminal_is_told_a_long_file_is_being_read(tmp_path: Path) -> None:
    big = tmp_path / "stor.txt"
    big.write_bytes(b"x\n" * (LONG_READ // 2 + 1))
    small = tmp_path / "liten.txt"
    small.write_text("Anteckningar\n", encoding="utf-8")
    ours, theirs = os.openpty()
    with open(theirs, "w", encoding="utf-8", closefd=True) as terminal:
        reading_notice([str(small)], terminal)
        reading_notice([str(big)], terminal)
    said = os.read(ours, 4096).decode("utf-8")
    os.close(ours)
    assert said.strip() == "Läser stor.txt (0,5 MB) …"
    piped = io.StringIO()
    reading_notice([str(big)], piped)
    assert piped.getvalue() == ""
