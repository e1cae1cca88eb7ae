"""Dates written with dots, '5.5.2026', '05.05.2026' and without a year '5.5', read wherever the import reads dates
(a Datum line, a heading, a schedule, the next meeting, an action list's and an assignment's due date, the
adjusting's day, the day over the signatures), a date without a year by the one rule for such dates
(header.day_without_year); never a time ('9.00', '13.30') or an item's number ('5.1')."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brå_tui.importer.header import due_day, parse_tid
from tests.importexport.notes import import_one, write_note

MEETING = dt.date(2026, 5, 5)


@pytest.mark.parametrize("head", ["Minnesanteckningar\nDatum: 5.5.2026\nTid: 9.00–11.00",
                                  "Minnesanteckningar\nDatum:\t05.05.2026\nTid: 9.00–11.00",
                                  "Minnesanteckningar 05.05.2026 kl. 9.00–11.00",
                                  "Minnesanteckningar\nMötet hölls tisdagen den 5.5.2026 kl. 9.00–11.00 i Rådhuset."])
def test_the_meetings_date_with_dots(empty_store: Path, tmp_path: Path, head: str) -> None:
    text = f"{head}\nNärvarande: Ann Ek\n\n1. Lägesbild\nInget nytt.\n"
    result = import_one(empty_store, write_note(tmp_path, text))
    m = result.meeting
    assert (m.date, m.start, m.end) == (MEETING, dt.time(9), dt.time(11))
    assert result.date_missing is None and result.unplaced == []


def test_dates_with_dots_in_the_schedule_and_the_next_meeting(empty_store: Path, tmp_path: Path) -> None:
    """Under Tidplan and after 'Nästa möte', without a year the next such day after the meeting; a time in the line
    stays a time."""
    text = ("Minnesanteckningar 2026-05-05\nNärvarande: Ann Ek\n\n1. Lägesbild\nInget nytt.\n\n"
            "Nästa möte: 9.6 kl. 13.30, Rådhuset.\n\nMötestider hösten: 8.9, 13.10 och 1.12.2026\n")
    schedule = import_one(empty_store, write_note(tmp_path, text)).meeting.schedule
    assert [(e.date, e.start, e.place) for e in schedule] == [
        (dt.date(2026, 6, 9), dt.time(13, 30), "Rådhuset"), (dt.date(2026, 9, 8), None, None),
        (dt.date(2026, 10, 13), None, None), (dt.date(2026, 12, 1), None, None)]


def test_due_dates_and_the_adjusting_with_dots(empty_store: Path, tmp_path: Path) -> None:
    text = ("Protokoll 2026-05-05\nNärvarande: Ann Ek, Bo Ny (S)\nJusterare: Bo Ny, 12.5.2026, Kommunhuset\n\n"
            "1. Lägesbild\nAnn Ek får i uppdrag att kontakta skolan senast 15.5.\n\n"
            "Åtgärd\tAnsvarig\tKlart till\nBoka lokal\tAnn Ek\t1.6\nRensa klotter\tBo Ny\t02.03.2027\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    m = result.meeting
    assert (m.adjusters, m.adjusting_date, m.adjusting_place) == (["Bo Ny"], dt.date(2026, 5, 12), "Kommunhuset")
    assert [(f.title, f.due) for f in m.followups] == [("Boka lokal", dt.date(2026, 6, 1)),
                                                       ("Rensa klotter", dt.date(2027, 3, 2))]
    assert [(p.title, p.due) for p in result.proposals] == [("Kontakta skolan", dt.date(2026, 5, 15))]


def test_the_day_over_the_signatures_with_dots(empty_store: Path, tmp_path: Path) -> None:
    text = ("Protokoll 2026-05-05\nNärvarande: Eva Ek (S)\n\n§ 1 Medel\nRådet beslutar att bevilja 5 000 kr.\n\n"
            "Vadstena 6.5.2026\n\nEva Ek\nOrdförande\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    assert result.meeting.issued == dt.date(2026, 5, 6)
    assert "Vadstena" not in result.meeting.items[0].notes


@pytest.mark.parametrize("text", ["9.00", "kl. 9.10", "13.30", "9.10–11.00", "8.30-9", "5.1.2", "punkt 5.1",
                                  "§ 5.1", "31.4", "5.05"])
def test_no_time_or_number_is_a_date(text: str) -> None:
    assert due_day(text, MEETING) is None
    assert parse_tid(text)[0] is None


def test_numbered_items_and_times_stay_what_they_are(empty_store: Path, tmp_path: Path) -> None:
    text = ("Minnesanteckningar 2026-05-05\nNärvarande: Ann Ek\n\n5. Lägesbild 9.00–9.30\nInget nytt.\n"
            "5.1 Klotter\nMycket klotter.\n\nNästa möte\n9.6 kl. 13.30\n")
    m = import_one(empty_store, write_note(tmp_path, text)).meeting
    assert [(i.title, i.start) for i in m.items][:1] == [("Lägesbild", dt.time(9))]
    assert "5.1 Klotter" in m.items[0].notes or any(i.title == "Klotter" for i in m.items)
    assert [(e.date, e.start) for e in m.schedule] == [(dt.date(2026, 6, 9), dt.time(13, 30))]
