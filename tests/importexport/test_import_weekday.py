"""A heading that says when with a weekday and a day without its year ('Tisdagen den 3/6 kl 13-15 i Stadshuset')
gives the meeting's time and place; a date (given with --date or read) on another weekday than the document says
marks that line unsure, in a Swedish sentence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brå_tui.importer.ledger import UNSURE
from brå_tui.importer.notes import import_notes
from brå_tui.importer.review import rows
from brå_tui.store.load import load

BODY = "Närvarande: Eva Lund, Per Ek\n\n1. Läget\nInget nytt.\n"


def _import(empty_store: Path, tmp_path: Path, when: str, date: dt.date | None = None) -> object:
    path = tmp_path / "d.txt"
    path.write_text(f"Minnesanteckningar Brå Vimmerby\n{when}\n{BODY}", encoding="utf-8")
    [result] = import_notes([path], load(empty_store), date)
    return result


def test_a_heading_with_a_day_and_time_gives_the_time_and_place(empty_store: Path, tmp_path: Path) -> None:
    result = _import(empty_store, tmp_path, "Tisdagen den 3/6 kl 13-15 i Stadshuset", dt.date(2027, 6, 1))
    m = result.meeting  # type: ignore[attr-defined]
    assert (m.start, m.end, m.place) == (dt.time(13), dt.time(15), "Stadshuset")
    row = next(r for r in rows(result) if r.number == 2)  # type: ignore[arg-type]
    assert row.became == "tid: 13:00–15:00; plats: Stadshuset"
    assert row.kind != UNSURE, "2027-06-01 is a Tuesday"


@pytest.mark.parametrize(("when", "date"), [("Tisdagen den 3/6 kl 13-15 i Stadshuset", dt.date(2027, 6, 3)),
                                            ("Tisdagen den 3 juni 2027 kl 13-15 i Stadshuset", None)])
def test_a_date_on_another_weekday_than_the_document_says_is_unsure(empty_store: Path, tmp_path: Path, when: str,
                                                                    date: dt.date | None) -> None:
    result = _import(empty_store, tmp_path, when, date)
    assert result.meeting.date == dt.date(2027, 6, 3)  # type: ignore[attr-defined]
    row = next(r for r in rows(result) if r.number == 2)  # type: ignore[arg-type]
    assert row.kind == UNSURE
    assert row.doubt == "raden säger tisdag, men 2027-06-03 är en torsdag; kontrollera datumet"
