"""A day written in numbers is never read as a time of day, by any reader of times."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brå_tui.importer.header import parse_span, parse_tid
from brå_tui.importer.when_where import CLOCK, opens_with_time
from tests.importexport.notes import import_one, write_note

DATES = ["2026-03-12", "2026/03/12", "12.3.2026", "12.03.2026", "12/3 2026", "12/3"]


@pytest.mark.parametrize("date", DATES)
def test_a_date_is_no_time_span(date: str) -> None:
    assert parse_span(date) == (None, None)
    assert parse_span(f"Tid: {date}") == (None, None)
    assert parse_span(f"{date} kl. 13.15–15.30") == (dt.time(13, 15), dt.time(15, 30))
    assert parse_span(f"{date}, 9-11") == (dt.time(9), dt.time(11))


@pytest.mark.parametrize("date", DATES)
def test_a_date_is_no_clock_time(date: str) -> None:
    assert not CLOCK.search(f"Rådhuset {date}") and not opens_with_time(f"{date} i Rådhuset")


def test_times_are_still_times() -> None:
    assert [parse_span(t) for t in ("9.10", "Tid: 14", "13:15-15:40", "9-11")] == [
        (dt.time(9, 10), None), (dt.time(14), None), (dt.time(13, 15), dt.time(15, 40)), (dt.time(9), dt.time(11))]
    assert opens_with_time("13.15 i Rådhuset") and CLOCK.search("Rådhuset 13.15")
    assert parse_tid("2026-03-12") == (dt.date(2026, 3, 12), None, None)


@pytest.mark.parametrize("date", ["2026-03-12", "12.3.2026"])
def test_a_tid_line_with_a_date_only_gives_no_times(empty_store: Path, tmp_path: Path, date: str) -> None:
    text = f"Minnesanteckningar\nTid: {date}\nNärvarande: Ann Ek (S)\n\n1. Lägesbild\nText.\n"
    m = import_one(empty_store, write_note(tmp_path, text)).meeting
    assert (m.date, m.start, m.end) == (dt.date(2026, 3, 12), None, None)
