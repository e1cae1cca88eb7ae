"""An index damaged past the parts checked when it is opened: thrown away and rebuilt, and the answer given in the
same run."""

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
from brå_tui.tui.app import BraApp
from tests.tui.helpers import settle, until


def _bra(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "brå_tui", "--store", str(root), *args],
                          capture_output=True, text=True, timeout=300)


@pytest.fixture
def indexed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A store of 300 meetings with its index on disk, every part of it written (the full-text part too)."""
    root = tmp_path / "store"
    write_store(root, 300)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert _bra(root, "list", "--all").returncode == 0
    time.sleep(2)  # files old enough that the index keeps what it read of them
    assert _bra(root, "search", "grann").returncode == 0
    return root


def _overwrite_tables(root: Path) -> None:
    """Zeros over the root page of every table and index in the store's index but those opening it reads (the
    files it was made from and its version): damage found only by the answers."""
    path = index_file(root)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = [n for (n,) in conn.execute("SELECT rootpage FROM sqlite_master WHERE rootpage > 1 "
                                            "AND tbl_name NOT IN ('file', 'meta', 'checked')")]
    with path.open("r+b") as index:
        for page in pages:
            index.seek((page - 1) * size)
            index.write(b"\0" * size)


QUESTIONS = [["list", "--all"], ["decisions"], ["log"], ["risk"], ["search", "grann"], ["show", "latest"]]


@pytest.mark.parametrize("question", QUESTIONS, ids=" ".join)
def test_damage_found_while_answering_is_mended_and_answered_in_the_same_run(
        indexed: Path, question: list[str]) -> None:
    """Pages the answer reads overwritten: the command throws the index away, builds it again from the files and
    answers as before, status 0, nothing said about it on standard error."""
    root = indexed
    expected = _bra(root, *question)
    assert expected.returncode == 0, expected.stderr
    _overwrite_tables(root)

    damaged = _bra(root, *question)

    assert (damaged.returncode, damaged.stdout, damaged.stderr) == (0, expected.stdout, expected.stderr)


@pytest.mark.parametrize("table, question", [("decision", ["decisions"]), ("meeting", ["list", "--all"])])
def test_a_table_of_another_shape_is_mended_and_answered_in_the_same_run(
        indexed: Path, table: str, question: list[str]) -> None:
    """One table made again with other columns, the rest of the index as bra wrote it: answered in the same run."""
    expected = _bra(indexed, *question)
    with contextlib.closing(sqlite3.connect(index_file(indexed))) as conn:
        conn.executescript(f"DROP TABLE {table}; CREATE TABLE {table}(file_id INTEGER PRIMARY KEY, other TEXT);")

    damaged = _bra(indexed, *question)

    assert (damaged.returncode, damaged.stdout, damaged.stderr) == (0, expected.stdout, expected.stderr)


def test_the_questions_that_answers_are_kept_from_are_part_of_the_index_version() -> None:
    """Answers kept in the index (check findings, the log) come from the questions too, so a change there counts
    (tests/test_index_sources.py checks the whole list)."""
    names = set(CONTENT_SOURCES)
    assert {"questions/check.py", "questions/actionlog.py", "questions/people.py", "store/convert.py"} <= names


async def test_the_app_started_on_a_damaged_index_lists_every_meeting(indexed: Path) -> None:
    """The app meets the damage while taking its lists from the index: the index is built again and the list
    shown, no crash report."""
    _overwrite_tables(indexed)
    app = BraApp(indexed)
    async with app.run_test(size=(80, 24)) as pilot:
        assert await until(pilot, lambda: app.store is not None), "the store was never shown"
        await settle(pilot)
        assert app.store is not None and len(app.store.summaries) == 300
