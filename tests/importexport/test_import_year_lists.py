"""A list of meeting dates on one line with the year before them ('Rådet sammanträder 2027: 10 februari, … och 8
december, samtliga kl. 14.00-16.00 i Stadshuset.'): every date is in the year the line names, never the meeting's
or the next such day after it, and a time and place said of them all ('samtliga', 'alla') is every date's. The
review's m keeps the line's year and leaves the line marked only when something in it is still to check."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brå_tui.importer.review import move, rows
from tests.importexport.notes import import_one, write_note

HEAD = ("Trygghetsrådet – protokoll\nDatum: 2026-09-15\nTid: 14.00-16.00\nLokal: Stadshuset\n\n"
        "Närvarande: Lena Hallberg, Amra Begić\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n"
        "§ 2 Mötestider 2027\n")
YEAR_LINE = ("Rådet sammanträder 2027: 10 februari, 14 april, 9 juni, 15 september och 8 december, samtliga kl. "
             "14.00-16.00 i Stadshuset.")
FIVE = [dt.date(2027, 2, 10), dt.date(2027, 4, 14), dt.date(2027, 6, 9), dt.date(2027, 9, 15), dt.date(2027, 12, 8)]


def test_every_date_is_in_the_year_the_line_names_with_the_time_and_place_of_all(empty_store: Path,
                                                                                 tmp_path: Path) -> None:
    result = import_one(empty_store, write_note(tmp_path, HEAD + YEAR_LINE + "\n"))
    assert [(e.date, e.start, e.end, e.place) for e in result.meeting.schedule] == [
        (day, dt.time(14), dt.time(16), "Stadshuset") for day in FIVE]
    assert not [doubt for doubt in result.unsure if "sammanträder" in doubt]


@pytest.mark.parametrize(("line", "days", "start", "place"), [
    ("Nästa möten: 12/2, 15/4 och 10/6, alla kl 9 i Rådhuset.",
     [dt.date(2027, 2, 12), dt.date(2027, 4, 15), dt.date(2027, 6, 10)], dt.time(9), "Rådhuset"),
    ("Mötestider 2027: 3 mars och 1 december, samtliga kl. 10.00 i Kommunhuset.",
     [dt.date(2027, 3, 3), dt.date(2027, 12, 1)], dt.time(10), "Kommunhuset"),
    ("Rådet beslutar att sammanträda 2028: 8 februari och 7 november, samtliga kl. 13.00 i Rådhuset.",
     [dt.date(2028, 2, 8), dt.date(2028, 11, 7)], dt.time(13), "Rådhuset"),
])
def test_a_time_and_place_said_of_all_is_each_dates(empty_store: Path, tmp_path: Path, line: str,
                                                    days: list[dt.date], start: dt.time, place: str) -> None:
    m = import_one(empty_store, write_note(tmp_path, HEAD + line + "\n")).meeting
    assert [(e.date, e.start, e.place) for e in m.schedule] == [(day, start, place) for day in days]


def test_m_keeps_the_lines_year_and_its_mark_only_while_unsure(empty_store: Path, tmp_path: Path) -> None:
    result = import_one(empty_store, write_note(tmp_path, HEAD + YEAR_LINE + "\nNästa möte: 10/12 eller 17/12\n"))
    row = next(r for r in rows(result) if r.text == YEAR_LINE)
    move(result, row, "nästa möte", [])
    assert [e.date for e in result.meeting.schedule if e.date.year != 2026] == FIVE
    assert next(r for r in rows(result) if r.text == YEAR_LINE).no not in result.ledger.doubts
    unsure = next(r for r in rows(result) if r.text.startswith("Nästa möte: 10/12"))
    move(result, unsure, "nästa möte", [])
    assert unsure.no in result.ledger.doubts
