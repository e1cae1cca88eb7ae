"""Planned meetings in the shapes other councils write them: a place is only what follows a place word or stands
where a place stands (after the date and time); the other words of the line are never a place, and when they
are not read at all the line is listed as unsure, never 'All text kunde placeras'."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brå_tui.importer.review import move, rows
from tests.importexport.notes import import_one, write_note

HEAD = ("Minnesanteckningar\nDatum: 2026-11-05\nTid: 13-15\n{plats}\n"
        "Närvarande: Anna Berg (S), ordförande, Olle Sund, kommunpolis\n\n1. Lägesbild\nOlle berättade.\n\n")


def _note(tmp_path: Path, tail: str, plats: str = "Plats: Kommunhuset") -> Path:
    return write_note(tmp_path, HEAD.format(plats=plats) + tail + "\n")


def _planned(result: object) -> list[tuple[str, dt.time | None, dt.time | None, str | None]]:
    return [(e.date.isoformat(), e.start, e.end, e.place) for e in result.meeting.schedule]  # type: ignore[attr-defined]


@pytest.mark.parametrize("line, want, left", [
    # the words before the date are no place ('preliminärt satt till 14 december')
    ("Nästa möte är preliminärt satt till 14 december.", [("2026-12-14", None, None, None)], "preliminärt satt"),
    # the common time of a list said after it applies to every date; the verb before the dates is no place
    ("Mötestider 2027\nRådet sammanträder 2027-02-10, 2027-04-14 och 2027-09-15. Samtliga möten börjar 14.00.",
     [("2027-02-10", dt.time(14), None, None), ("2027-04-14", dt.time(14), None, None),
      ("2027-09-15", dt.time(14), None, None)], None),
    # a sentence after the date is no place
    ("Nästa möte: 2026-12-10 kl. 13.00. Ansvarig för fika: Anna Berg.",
     [("2026-12-10", dt.time(13), None, None)], "Ansvarig för fika"),
    # a bracket about the time is no place
    ("Nästa möte: 2026-12-10 (OBS! ny tid kl. 10.00)", [("2026-12-10", dt.time(10), None, None)], None),
    # a word in lower case after the time is no place, and the second date is said
    ("Nästa möte: 10 december kl. 13, därefter 21 januari.", [("2026-12-10", dt.time(13), None, None)],
     "21 januari"),
])
def test_words_that_are_no_place_never_become_the_place(empty_store: Path, tmp_path: Path, line: str,
                                                        want: list[object], left: str | None) -> None:
    result = import_one(empty_store, _note(tmp_path, line))
    assert _planned(result) == want
    if left is not None:
        assert any(left in doubt for doubt in result.unsure), result.unsure


def test_a_bulleted_list_of_planned_meetings_with_weekdays(empty_store: Path, tmp_path: Path) -> None:
    """'* tors 17/12 09:00–11:30': the bullet and the weekday (which the date falls on) are no place."""
    result = import_one(empty_store, _note(tmp_path, "Kommande möten:\n* 26 november kl 9\n* tors 17/12 09:00–11:30\n"
                                                     "* 2027-01-21"))
    assert _planned(result) == [("2026-11-26", dt.time(9), None, None),
                                ("2026-12-17", dt.time(9), dt.time(11, 30), None), ("2027-01-21", None, None, None)]
    assert result.unsure == []


def test_a_weekday_the_date_does_not_fall_on_is_unsure(empty_store: Path, tmp_path: Path) -> None:
    result = import_one(empty_store, _note(tmp_path, "Kommande möten:\n* fre 17/12 09:00–11:30"))
    assert _planned(result) == [("2026-12-17", dt.time(9), dt.time(11, 30), None)]
    assert any("torsdag" in doubt for doubt in result.unsure), result.unsure


@pytest.mark.parametrize("line, want", [
    ("Nästa möte: 2026-12-14, 08.30, samma plats.", [("2026-12-14", dt.time(8, 30), None, "Kommunhuset")]),
    ("Nästa möte: 2026-12-14, 08.30.", [("2026-12-14", dt.time(8, 30), None, None)]),
    ("Nästa möte blir måndagen den 14:e december, kl. halv nio",
     [("2026-12-14", dt.time(8, 30), None, None)]),
    ("Nästa avstämning: tisdag 8 december 10.00 (Teams)", [("2026-12-08", dt.time(10), None, None)]),
    ("Nästa möte: 16 december kl. 13.00, Stadshuset sal A.", [("2026-12-16", dt.time(13), None, "Stadshuset sal A")]),
    ("Nästa möte hålls 16 december kl. 13.00 i Rådhuset.", [("2026-12-16", dt.time(13), None, "Rådhuset")]),
])
def test_next_meeting_lines_are_read(empty_store: Path, tmp_path: Path, line: str, want: list[object]) -> None:
    result = import_one(empty_store, _note(tmp_path, line))
    assert _planned(result) == want
    assert result.unplaced == []
    assert not any(i.title.startswith("Nästa") for i in result.meeting.items)


def test_the_same_place_is_the_place_the_review_gives(empty_store: Path, tmp_path: Path) -> None:
    """'samma lokal' with no place in the head: the planned meeting gets the place the review gives the meeting, and
    until then the line is unsure, never placed as if it had a place."""
    path = _note(tmp_path, "Nästa gång träffas vi 8/12 kl 8-10, samma lokal.\n\nVi möttes i Gamla Tingshuset.",
                 plats="")
    result = import_one(empty_store, path)
    assert _planned(result) == [("2026-12-08", dt.time(8), dt.time(10), None)]
    assert any("samma lokal" in doubt for doubt in result.unsure), result.unsure
    row = next(r for r in rows(result) if r.text.startswith("Vi möttes"))
    move(result, row, "plats", [])
    assert result.meeting.place == "Gamla Tingshuset"
    assert _planned(result) == [("2026-12-08", dt.time(8), dt.time(10), "Gamla Tingshuset")]
    assert not any("samma lokal" in doubt for doubt in result.unsure), result.unsure


@pytest.mark.parametrize("line, want", [
    ("Nästa möte: 10/12 eller 17/12, Anna återkommer.", "2026-12-10"),
    ("Nästa möte: 2026-12-10 eller 2026-12-17", "2026-12-10"),
    ("Nästa möte: 10 december eller 17 december i Rådhuset", "2026-12-10"),
    ("Nästa möte: 10/12 alternativt 17/12", "2026-12-10"),
    ("Nästa möte: 10 eller 17 december", "2026-12-17"),
])
def test_days_to_choose_between_are_one_unsure_meeting(empty_store: Path, tmp_path: Path, line: str,
                                                       want: str) -> None:
    """'Nästa möte: 10/12 eller 17/12, Anna återkommer.': one planned meeting, never two firm ones, and the line is
    unsure for its day not being decided; the words after the dates are no place."""
    result = import_one(empty_store, _note(tmp_path, line))
    assert [e.date.isoformat() for e in result.meeting.schedule] == [want]
    assert result.meeting.schedule[0].place in (None, "Rådhuset")
    [doubt] = [d for d in result.unsure if d.startswith("rad 10:")]
    assert "att välja mellan" in doubt and "inte bestämd" in doubt, doubt
    assert "Anna återkommer" not in str(result.meeting.schedule)


def test_the_time_of_all_dates_of_a_schedule_item(empty_store: Path, tmp_path: Path) -> None:
    """Under a schedule item, 'Rådet sammanträder 2027-02-10 och 2027-04-14. Samtliga möten börjar 14.00.' gives
    both dates at 14.00 and no place, the words staying the item's text."""
    text = ("Protokoll\nDatum: 2026-11-18\nNärvarande: Per Ek, ordförande\n\n§ 1 Lägesbild\nText.\n\n"
            "§ 2 Sammanträdesplan 2027\nRådet sammanträder 2027-02-10 och 2027-04-14. Samtliga möten börjar 14.00.\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    assert _planned(result) == [("2027-02-10", dt.time(14), None, None), ("2027-04-14", dt.time(14), None, None)]


@pytest.mark.parametrize("line, left", [
    # the rest of a sentence where a place stands: no place, and the words said
    ("Nästa möte: 2026-12-10, Anna återkommer.", "Anna återkommer"),
    ("Nästa möte: 2026-12-10, Anna kollar lokal.", "Anna kollar lokal"),
    ("Nästa möte: 2026-12-10 kl 13, Lisa bokar lokal", "Lisa bokar lokal"),
    # words after the date and time that give no place at all are never dropped without a word
    ("Nästa möte: 2026-12-10 kl 13, lokal meddelas senare", "lokal meddelas senare"),
    ("Nästa möte: 2026-12-10 kl 13, Anna Berg återkommer med lokal", "Anna Berg återkommer med lokal"),
])
def test_words_that_are_no_place_are_unsure_never_the_place(empty_store: Path, tmp_path: Path, line: str,
                                                            left: str) -> None:
    result = import_one(empty_store, _note(tmp_path, line))
    assert [e.place for e in result.meeting.schedule] == [None]
    assert any(f"”{left}” lästes inte som plats" in doubt for doubt in result.unsure), result.unsure
    assert result.unplaced == []


@pytest.mark.parametrize("line, place", [
    ("Nästa möte: 2026-12-10 kl. 13, Kulturhuset, övre plan.", "Kulturhuset, övre plan"),
    ("Nästa möte: 2026-12-10 kl. 13, Boxholms bibliotek", "Boxholms bibliotek"),
    ("Nästa möte: 2026-12-10 kl 13, Polisstationen", "Polisstationen"),
])
def test_a_place_where_a_place_stands_is_sure(empty_store: Path, tmp_path: Path, line: str, place: str) -> None:
    result = import_one(empty_store, _note(tmp_path, line))
    assert [e.place for e in result.meeting.schedule] == [place]
    assert result.unsure == [], result.unsure
