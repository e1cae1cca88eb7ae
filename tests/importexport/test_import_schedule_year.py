"""A year's schedule at the end of a notice: under 'Bilaga: Mötestider 2026', with a time for all its meetings written
after the dates ('Alla möten börjar kl. 13.15.'), and the review's m on one of its dates. Each test fails when the
schedule is put in an item's notes, the time is left unread, or a date gets another year than its heading's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from brå_tui.importer.review import move, rows
from tests.importexport.notes import import_one, write_note

NOTICE = ("Kallelse till sammanträde med Brottsförebyggande rådet\n\nTid: Måndag 16 mars 2026, kl. 08.30–11.45\n"
          "Lokal: Stadshuset\n\nÄrenden\n1. Mötets öppnande\n2. Lägesbild\n3. Övriga frågor\n\n")


def test_a_schedule_headed_as_an_appendix(empty_store: Path, tmp_path: Path) -> None:
    text = NOTICE + "Bilaga: Mötestider 2026\nMåndagar kl. 08.30–11.45\n16 mars\n11 maj\n14 september\n"
    m = import_one(empty_store, write_note(tmp_path, text)).meeting
    assert [(e.date, e.start, e.end) for e in m.schedule] == [
        (dt.date(2026, day.month, day.day), dt.time(8, 30), dt.time(11, 45))
        for day in (dt.date(2026, 3, 16), dt.date(2026, 5, 11), dt.date(2026, 9, 14))]
    assert "Mötestider" not in m.items[-1].notes and "maj" not in m.items[-1].notes


def test_a_time_for_all_meetings_after_the_dates(empty_store: Path, tmp_path: Path) -> None:
    """'Alla möten börjar kl. 13.15.' below the list: the start of every meeting in it, the line placed as it."""
    text = NOTICE + "Sammanträdesplan 2026\n\n- 3 februari\n- 14 april\n- 9 juni\n\nAlla möten börjar kl. 13.15.\n"
    result = import_one(empty_store, write_note(tmp_path, text))
    assert [(e.date, e.start) for e in result.meeting.schedule] == [
        (dt.date(2026, 2, 3), dt.time(13, 15)), (dt.date(2026, 4, 14), dt.time(13, 15)),
        (dt.date(2026, 6, 9), dt.time(13, 15))]
    assert result.unplaced == []


def test_m_gives_a_date_its_schedules_year(empty_store: Path, tmp_path: Path) -> None:
    """m on '16 mars' under 'Mötestider 2026' in the notice of the meeting on 16 March 2026: that day, never the
    next year's."""
    text = NOTICE + "Mötestider 2026\n16 mars\n11 maj\n"
    result = import_one(empty_store, write_note(tmp_path, text))
    row = next(r for r in rows(result) if r.text == "16 mars")
    assert move(result, row, "nästa möte", []) == "tidplan: 2026-03-16"
