"""What every command pays before it answers stays small: the skipped files are listed without making every warning,
the meeting files are stat'ed through one handle on their folder, clashing meetings are found by SQLite and a
time span is formatted once."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from brå_tui.cli.main import main
from brå_tui.questions.check import CLASHES
from brå_tui.store.index import Index
from brå_tui.store.paths import meeting_entries
from brå_tui.views.format import time_span


def test_broken_files_are_listed_without_the_warnings(seed_store: Path) -> None:
    meetings = seed_store / "meetings"
    (meetings / "2024-11-16.toml").write_bytes((meetings / "2024-11-15.toml").read_bytes())  # a warning: the date
    (meetings / "2024-12-01.toml").write_text("format = = 1\n", "utf-8")  # broken
    with Index.open(seed_store) as index:
        broken, warnings = index.broken_and_warnings()
        assert [f.path.name for f in warnings] == ["2024-11-16.toml"]
        assert [f.path.name for f in broken] == ["2024-12-01.toml"]
        assert index.broken() == broken
        assert all(f.severity == "error" for _, f in index.findings(errors_only=True))
        assert any(f.severity == "warning" for _, f in index.findings())


def test_meeting_files_are_stated_through_the_folder_handle(seed_store: Path) -> None:
    """The folder listed is the one whose files are stat'ed, even when it is moved while they are (one handle)."""
    meetings = seed_store / "meetings"
    for n in range(1, 9):
        (meetings / f"2023-0{n}-01.toml").write_text("format = 1\n", "utf-8")
    names = sorted(os.listdir(meetings))
    entries = meeting_entries(seed_store)
    got = [next(entries)]
    moved = seed_store / "moved"
    meetings.rename(moved)
    got += list(entries)
    assert sorted(name for name, _ in got) == names
    for name, st in got:
        assert (st.st_ino, st.st_size) == (os.stat(moved / name).st_ino, os.stat(moved / name).st_size)


def test_clashing_meetings_are_found_by_sqlite(seed_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    meetings = seed_store / "meetings"
    (meetings / "2024-11-15-2.toml").write_text("format = 1\ndate = 2024-11-15\n", "utf-8")
    (meetings / "2024-11-16-2.toml").write_text("format = 1\ndate = 2024-11-15\n", "utf-8")  # clashes with -2
    (meetings / "2024-11-17-3.toml").write_text("format = 1\ndate = 2024-11-15\n", "utf-8")  # its own number
    with Index.open(seed_store) as index:
        rows = index.conn.execute(CLASHES).fetchall()
    assert rows == [("2024-11-15-2", "2024-11-15", "2024-11-15-2"), ("2024-11-16-2", "2024-11-15", "2024-11-15-2")]
    assert main(["--store", str(seed_store), "check"]) == 1
    out = capsys.readouterr().out
    assert f"{meetings / '2024-11-16-2.toml'}:2:8: fel: krockar med 2024-11-15-2.toml: båda är mötet 2024-11-15-2" \
        in out
    assert out.count("krockar") == 1


def test_time_spans_are_formatted_once() -> None:
    time_span.cache_clear()
    start, end = dt.time(9, 0), dt.time(11, 20)
    assert time_span(start, end) == "09.00–11.20"
    assert time_span(dt.time(9, 0), dt.time(11, 20)) == "09.00–11.20"
    assert time_span.cache_info().hits == 1
    assert time_span(None, end) == "11.20"


def test_unread_files_are_found_without_reading_every_file_row(seed_store: Path) -> None:
    """Every question asks which files could not be read; SQLite answers from an index of those, not by reading each
    file's row (its whole reading) to find none."""
    from brå_tui.store.index import UNREAD

    (seed_store / "meetings" / "2024-12-01.toml").write_text("format = = 1\n", "utf-8")
    with Index.open(seed_store) as index:
        plan = [row[-1] for row in index.conn.execute(f"EXPLAIN QUERY PLAN {UNREAD}")]
        assert [name for (name,) in index.conn.execute(UNREAD)] == ["meetings/2024-12-01.toml"]
    assert all("USING" in step for step in plan if step.startswith("SCAN")), plan


def test_show_reads_only_the_next_meeting_date(seed_store: Path) -> None:
    """`bra show` needs, for its follow-ups' due dates, only the first meeting held or planned after the meeting's:
    that date is found through the indexes of dates, and is the one the list of every date gives."""
    from brå_tui.questions.due import next_meeting_after
    from brå_tui.store import queries

    (seed_store / "meetings" / "2026-03-02.toml").write_text(
        "format = 1\ndate = 2026-03-02\n[[schedule]]\ndate = 2026-02-01\n[[schedule]]\ndate = 2027-01-10\n", "utf-8")
    with Index.open(seed_store) as index:
        every = queries.meeting_dates(index)
        days = sorted({*every, *(d - dt.timedelta(days=1) for d in every), *(d + dt.timedelta(days=1) for d in every)})
        for day in days:
            assert next_meeting_after(queries.next_meeting_dates(index, day), day) == next_meeting_after(every, day)
        assert queries.next_meeting_dates(index, every[-1]) == []
        plan = [row[-1] for row in index.conn.execute(
            "EXPLAIN QUERY PLAN SELECT s.date FROM schedule s WHERE s.date > '2025-01-01' ORDER BY s.date LIMIT 1")]
    assert not any(step.startswith("SCAN") for step in plan), plan
