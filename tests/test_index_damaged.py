"""An index damaged past the parts checked when it is opened: one sentence, thrown away, rebuilt on the next run."""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.generate import write_store
from brå_tui.store.index import CONTENT_SOURCES, index_file


def _bra(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "brå_tui", "--store", str(root), *args],
                          capture_output=True, text=True, timeout=300)


def test_damage_found_while_answering_is_one_sentence_and_the_next_run_answers(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "store"
    write_store(root, 300)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    expected = _bra(root, "list", "--all")
    assert expected.returncode == 0, expected.stderr
    time.sleep(2)  # files old enough that the index keeps what it read of them
    assert _bra(root, "search", "grann").returncode == 0  # the full-text part too
    path = index_file(root)
    with contextlib.closing(sqlite3.connect(path)) as conn:  # the pages of the table the answer reads, which
        size = conn.execute("PRAGMA page_size").fetchone()[0]  # opening the index does not read
        pages = [n for (n,) in conn.execute("SELECT rootpage FROM sqlite_master WHERE tbl_name = 'meeting'")]
    with path.open("r+b") as index:
        for page in pages:
            index.seek((page - 1) * size)
            index.write(b"\0" * size)

    damaged = _bra(root, "list", "--all")

    assert damaged.returncode == 1
    assert "Traceback" not in damaged.stderr and "DatabaseError" not in damaged.stderr
    assert "Sökindexet i cachemappen var skadat och har tagits bort" in damaged.stderr
    again = _bra(root, "list", "--all")
    assert again.returncode == 0 and again.stdout == expected.stdout


def test_the_questions_that_answers_are_kept_from_are_part_of_the_index_version() -> None:
    """Answers kept in the index (check findings, the log) come from the questions too, so a change there counts
    (tests/test_index_sources.py checks the whole list)."""
    names = set(CONTENT_SOURCES)
    assert {"questions/check.py", "questions/actionlog.py", "questions/people.py", "store/convert.py"} <= names
