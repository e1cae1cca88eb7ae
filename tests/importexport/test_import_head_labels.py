"""The head's labels as other templates write them: the secretary under any of its names, several labels on one
line parted by a single space, and a title written before a name."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brå_tui.importer.attendees import parse_people
from brå_tui.importer.notes import import_notes
from brå_tui.importer.presenters import who_is
from brå_tui.importer.report import ImportResult
from brå_tui.importer.review_values import ReviewRefused, place_of, time_of
from brå_tui.model import Meeting
from brå_tui.store.load import load


def _import(store: Path, tmp_path: Path, head: str) -> ImportResult:
    note = tmp_path / "anteckningar.txt"
    note.write_text(f"Minnesanteckningar\n{head}\nNärvarande: Ann Ek, Bo Ny (S)\n\n1. Lägesbild\nText här.\n",
                    encoding="utf-8")
    [result] = import_notes([note], load(store))
    return result


@pytest.mark.parametrize("label", ["Sekreterare:", "Sekr.:", "Sekr:", "Protokollförare:", "Antecknare:",
                                   "Vid tangenterna:", "Vid protokollet:", "Mötessekreterare:", "Antecknat av:",
                                   "Protokollet fördes av:", "Vid tangenterna\t"])
def test_the_secretary_under_any_of_its_names(label: str, empty_store: Path, tmp_path: Path) -> None:
    result = _import(empty_store, tmp_path, f"Datum: 2026-03-12\n{label} Moa Dahl")
    assert result.meeting.secretary == "Moa Dahl"
    assert result.unplaced == [] and result.unsure == []


@pytest.mark.parametrize("label", ["Ordf.:", "Mötesordförande:"])
def test_the_chair_under_a_short_name(label: str, empty_store: Path, tmp_path: Path) -> None:
    assert _import(empty_store, tmp_path, f"Datum: 2026-03-12\n{label} Ann Ek").meeting.chair == "Ann Ek"


@pytest.mark.parametrize(("line", "want"), [
    ("Datum: 2026-03-12 Tid: 13-15", (dt.time(13), dt.time(15), None)),
    ("Datum: 2026-03-12 Tid: 9.00 Plats: Stadshuset", (dt.time(9), None, "Stadshuset")),
    ("Datum: 2026-03-12, Tid: 13.00–15.00, Plats: Rådhuset", (dt.time(13), dt.time(15), "Rådhuset")),
    ("Datum: 2026-03-12 Plats: Rådhuset; Tid: 13-15", (dt.time(13), dt.time(15), "Rådhuset")),
])
def test_labels_parted_by_a_space_are_each_read(line: str, want: tuple[object, ...], empty_store: Path,
                                                 tmp_path: Path) -> None:
    result = _import(empty_store, tmp_path, line)
    m = result.meeting
    assert (m.date, m.start, m.end, m.place) == (dt.date(2026, 3, 12), *want)
    assert result.unplaced == [] and result.unsure == []


def test_a_title_before_a_name_is_the_title() -> None:
    """'Kommunpolis Mats Orre': the title, then the name; 'Viktor Ek Sand' is a name, not a title 'Viktor'."""
    got = [(a.name, a.title, a.org) for line in ("Kommunpolis Mats Orre", "rektor Anna Ek, Skolan",
                                                 "Brottsförebyggande samordnare Eva Ek", "Viktor Ek Sand")
           for a in parse_people(line, [])]
    assert got == [("Mats Orre", "Kommunpolis", None), ("Anna Ek", "rektor", "Skolan"),
                   ("Eva Ek", "Brottsförebyggande samordnare", None), ("Viktor Ek Sand", None, None)]
    assert who_is("Kommunpolis Mats Orre", Meeting(date=dt.date(2026, 3, 12))) == ("Mats Orre", [])


@pytest.mark.parametrize(("line", "place", "times"), [
    ("Datum: 2026-03-12 Tid: 13-15 Plats: Stadshuset", "Stadshuset", (dt.time(13), dt.time(15))),
    ("Plats: Rådhuset, Tid: 13.00–15.00", "Rådhuset", (dt.time(13), dt.time(15))),
    ("Datum: 2026-03-12 Tid: 13-15", None, (dt.time(13), dt.time(15))),
])
def test_review_p_and_k_take_their_own_label_of_a_line(line: str, place: str | None,
                                                      times: tuple[dt.time, dt.time]) -> None:
    """p and k on a line of several labels read the place's and the time's, never the date ('2026-03-12' is no
    03:00–12:00) or the next label ('Tid:' is no place)."""
    assert time_of(line) == times
    if place is None:
        with pytest.raises(ReviewRefused):
            place_of(line)
    else:
        assert place_of(line) == place
    with pytest.raises(ReviewRefused):
        time_of("Datum: 2026-03-12 Plats: Stadshuset")


@pytest.mark.parametrize(("line", "field", "value"), [
    ("Sekreterare Moa Dahl", "secretary", "Moa Dahl"),
    ("Ordförande Lena Ek", "chair", "Lena Ek"),
    ("Ordförande Lena Ek (S)", "chair", "Lena Ek"),
    ("Justerare Per Lind", "adjusters", ["Per Lind"]),
    ("Justerare Per Lind och Eva Ek", "adjusters", ["Per Lind", "Eva Ek"]),
])
def test_a_role_label_with_a_single_space_before_a_name(line: str, field: str, value: object, empty_store: Path,
                                                        tmp_path: Path) -> None:
    """'Sekreterare Moa Dahl' on a line of its own in the head: the label without a colon, the name after it."""
    result = _import(empty_store, tmp_path, f"Datum: 2026-03-12\n{line}")
    assert getattr(result.meeting, field) == value
    assert result.unplaced == [] and result.unsure == []


def test_a_sentence_opening_with_a_role_is_no_role_field(empty_store: Path, tmp_path: Path) -> None:
    result = _import(empty_store, tmp_path, "Datum: 2026-03-12\nOrdförande Lena Ek hälsade alla välkomna.")
    assert result.meeting.chair != "Lena Ek hälsade alla välkomna."
