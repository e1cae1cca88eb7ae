"""Decisions that set the council's meetings: the decision stays a decision and each of its dates is a planned
meeting, with the time said of them all, and no words of the decision taken for a place."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brå_tui.importer.schedule import decided_meetings
from tests.importexport.notes import import_one, write_note

DAY = dt.date(2025, 2, 6)


@pytest.mark.parametrize("decision, want", [
    ("Rådet beslutar att sammanträda 2025-04-10, 2025-06-12 och 2025-10-09, samtliga kl. 09.00.",
     [("2025-04-10", dt.time(9), None), ("2025-06-12", dt.time(9), None), ("2025-10-09", dt.time(9), None)]),
    ("Rådet beslutar att sammanträda 10 april kl. 13.00 och 12 juni kl. 09.00 i Kommunhuset.",
     [("2025-04-10", dt.time(13), "Kommunhuset"), ("2025-06-12", dt.time(9), "Kommunhuset")]),
    ("Rådet beslutar att mötestiderna för hösten blir 9 september, 4 november samt 9 december.",
     [("2025-09-09", None, None), ("2025-11-04", None, None), ("2025-12-09", None, None)]),
    ("Rådet beslutar att nästa möte hålls 2025-03-20.", [("2025-03-20", None, None)]),
    ("Rådet beslutar att genomföra trygghetsvandringen den 22 april 2025.", []),
    ("Rådet beslutar att sammanträdesplanen ska lämnas in senast 30 april.", []),
])
def test_the_meetings_a_decision_sets(decision: str, want: list[tuple[str, dt.time | None, str | None]]) -> None:
    assert [(e.date.isoformat(), e.start, e.place) for e in decided_meetings(decision, DAY)] == want


def test_a_decision_under_a_bare_paragraph_number_keeps_its_item(empty_store: Path, tmp_path: Path) -> None:
    """'§ 5' / 'Sammanträdesplan 2025' / 'Beslut' / 'Rådet beslutar att sammanträda …': the title is the item's,
    the decision stays, its dates are planned meetings."""
    text = ("Protokoll\nDatum: 2025-02-06\nNärvarande: Per Ek, ordförande\n\n§ 4\nLägesbild\nText.\n\n"
            "§ 5\nSammanträdesplan 2025\nBeslut\nRådet beslutar att sammanträda 2025-04-10, 2025-06-12 och "
            "2025-10-09, samtliga kl. 09.00.\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    m = result.meeting
    assert [(i.number, i.title) for i in m.items] == [("§ 4", "Lägesbild"), ("§ 5", "Sammanträdesplan 2025")]
    assert [d.text for d in m.items[-1].decisions] == [
        "Rådet beslutar att sammanträda 2025-04-10, 2025-06-12 och 2025-10-09, samtliga kl. 09.00."]
    assert [(e.date.isoformat(), e.start, e.place) for e in m.schedule] == [
        ("2025-04-10", dt.time(9), None), ("2025-06-12", dt.time(9), None), ("2025-10-09", dt.time(9), None)]
    assert result.unplaced == []


def test_every_date_of_a_one_line_schedule(empty_store: Path, tmp_path: Path) -> None:
    text = ("Anteckningar\nDatum: 2025-02-06\nNärvarande: Per Ek, ordförande\n\n1. Lägesbild\nText.\n\n"
            "Mötestider hösten 2025: 9 september, 4 november och 9 december\n")
    m = import_one(empty_store, write_note(tmp_path, text)).meeting
    assert [e.date.isoformat() for e in m.schedule] == ["2025-09-09", "2025-11-04", "2025-12-09"]


def test_a_decision_under_a_schedule_heading_gives_no_place(empty_store: Path, tmp_path: Path) -> None:
    """Under 'Mötestider 2025', 'Rådet beslutar att sammanträda 10 april och 12 juni, båda kl. 13.00.' gives both
    dates at 13.00, and the words before the dates are no place."""
    text = ("Anteckningar\nDatum: 2025-02-06\nNärvarande: Per Ek, ordförande\n\n1. Lägesbild\nText.\n\n"
            "Mötestider 2026\nRådet beslutar att sammanträda 10 april och 12 juni, båda kl. 13.00.\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    assert [(e.date.isoformat(), e.start, e.place) for e in result.meeting.schedule] == [
        ("2026-04-10", dt.time(13), None), ("2026-06-12", dt.time(13), None)]
    assert result.unplaced == []
