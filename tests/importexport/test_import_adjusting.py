"""The adjusting (justering) as protocols write it: a label the label column wraps over two lines, a 'Justerat
<date>' over the signatures, an extract's certification set aside with them; the review never makes the adjusting's
place or day the meeting's; and a --date that contradicts the document is said, not taken silently."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brå_tui.importer.notes import import_notes
from brå_tui.importer.review import ReviewRefused, move, rows
from brå_tui.importer.review_values import place_of
from brå_tui.store.load import load
from tests.importexport.notes import import_one, write_note

HEAD = ("PROTOKOLL\nSammanträdesdatum 2026-10-14\n\n"
        "Plats och tid          Kommunhuset, sal Ljusnan, kl. 13.15–15.45\n\n"
        "Beslutande             Ingrid Wallin (S), ordförande\n                       Fatima Rahimi (V)\n\n"
        "Utses att justera      Fatima Rahimi\n\n{adjusting}\n\n§ 42   Lägesbild\nText.\n")


@pytest.mark.parametrize("adjusting", [
    "Justeringens plats     Kommunhuset 2026-10-20\noch tid",
    "Justeringens plats\tKommunhuset 2026-10-20\noch tid",
    "Justeringens plats och tid   Kommunhuset 2026-10-20",
])
def test_the_adjusting_label_wrapped_over_two_lines(empty_store: Path, tmp_path: Path, adjusting: str) -> None:
    result = import_one(empty_store, write_note(tmp_path, HEAD.format(adjusting=adjusting)))
    m = result.meeting
    assert (m.adjusting_date, m.adjusting_place, m.place) == (dt.date(2026, 10, 20), "Kommunhuset",
                                                             "Kommunhuset, sal Ljusnan")
    assert result.unplaced == [] and result.unsure == []


def test_the_review_never_makes_the_adjusting_the_meetings(empty_store: Path, tmp_path: Path) -> None:
    """'p' and 'd' on the adjusting's line refuse, saying why; the meeting keeps its place and date."""
    text = HEAD.format(adjusting="Justeringens plats     Kommunhuset 2026-10-20\noch tid")
    result = import_one(empty_store, write_note(tmp_path, text))
    row = next(r for r in rows(result) if r.text.startswith("Justeringens"))
    with pytest.raises(ReviewRefused, match="justeringens plats och tid, inte mötets plats"):
        move(result, row, "plats", [])
    with pytest.raises(ReviewRefused, match="justeringens dag och plats, inte mötets"):
        move(result, row, "datum", [])
    assert (result.meeting.place, result.meeting.date) == ("Kommunhuset, sal Ljusnan", dt.date(2026, 10, 14))


def test_adjusted_over_the_signatures_is_the_adjusting_day(empty_store: Path, tmp_path: Path) -> None:
    text = ("PROTOKOLLSUTDRAG\nSammanträdesdatum: 2026-06-03\n\nNärvarande ledamöter\n    Kent Viklund (S), "
            "ordförande\n    Ylva Björk (M)\n\n§ 19 Nästa sammanträde\n16 september 2026 kl. 13.30, Stadshuset.\n\n"
            "Justerat 2026-06-10\nKent Viklund            Ylva Björk\nOrdförande              Justerare\n\n"
            "Rätt utdraget intygar:\nLars Ådahl\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    m = result.meeting
    assert (m.document, m.adjusting_date, m.issued) == ("protokoll", dt.date(2026, 6, 10), None)
    assert m.items[0].notes == ""
    assert ("Rätt utdraget intygar:", "underskrifter") in result.set_aside
    assert ("Lars Ådahl", "underskrifter") in result.set_aside


def test_a_date_given_over_the_documents_own_is_said(empty_store: Path, tmp_path: Path) -> None:
    path = write_note(tmp_path, HEAD.format(adjusting=""))
    [result] = import_notes([path], load(empty_store), dt.date(2026, 10, 15))
    assert result.meeting.date == dt.date(2026, 10, 15)
    assert "  Dokumentet anger 2026-10-14; --date 2026-10-15 används." in result.summary()
    [same] = import_notes([path], load(empty_store), dt.date(2026, 10, 14))
    assert not any("Dokumentet anger" in line for line in same.summary())


@pytest.mark.parametrize("line, want", [
    ("Justeringens plats Kommunhuset 2026-10-20", None),  # the label with a single space: refused, never a place
    ("Justeringens plats", None),
    ("Plats Kommunhuset", "Kommunhuset"),
    ("Lokal Forum, kl. 13", "Forum"),
    ("Mötet hölls den 24 februari 2026 klockan 9.30–11.00 i Rådhuset, Vadstena.", "Rådhuset, Vadstena"),
])
def test_the_place_key_never_takes_a_label_for_the_place(line: str, want: str | None) -> None:
    if want is None:
        with pytest.raises(ReviewRefused, match="justeringens plats och tid"):
            place_of(line)
    else:
        assert place_of(line) == want
