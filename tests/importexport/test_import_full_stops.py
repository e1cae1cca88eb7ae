"""A sentence's closing full stop is no part of what the import reads: places, names, titles and item titles lose
it; an initial's and an abbreviation's stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from brå_tui.importer.attendees import parse_people
from brå_tui.text import without_full_stop
from tests.importexport.notes import import_one, write_note


def test_the_head_loses_the_closing_full_stops(empty_store: Path, tmp_path: Path) -> None:
    text = ("Minnesanteckningar\nDatum: 2026-03-12\nTid: kl. 13.15–15.30. Plats: Sala stadshus, sessionssalen.\n"
            "Ordförande: Lena Ek.\nSekreterare: Moa Dahl.\nJusterare: Per Lind.\n"
            "Närvarande:\nAnna Ek, Polisen.\nBo Ny, rektor.\nCia Ur (S).\nDag Lo.\n\n1. Lägesbild.\nText här.\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    m = result.meeting
    assert (m.place, m.chair, m.secretary, m.adjusters) == ("Sala stadshus, sessionssalen", "Lena Ek", "Moa Dahl",
                                                            ["Per Lind"])
    assert [(a.name, a.title, a.org, a.party) for a in m.attendees] == [
        ("Anna Ek", None, "Polisen", None), ("Bo Ny", "rektor", None, None), ("Cia Ur", None, None, "S"),
        ("Dag Lo", None, None, None), ("Moa Dahl", None, None, None)]  # the secretary, there
    assert [i.title for i in m.items] == ["Lägesbild"] and result.unplaced == [] and result.unsure == []


@pytest.mark.parametrize(("written", "kept"), [
    ("Sala stadshus, sessionssalen.", "Sala stadshus, sessionssalen"), ("Rum 2.", "Rum 2"), ("Moa Dahl.", "Moa Dahl"),
    ("Ann E.", "Ann E."), ("Ann Ek, ordf.", "Ann Ek, ordf."), ("Möte m.fl.", "Möte m.fl."), ("Vänta...", "Vänta..."),
])
def test_only_a_sentences_full_stop_goes(written: str, kept: str) -> None:
    assert without_full_stop(written) == kept


def test_an_initial_stays_on_a_name() -> None:
    assert [a.name for a in parse_people("Ann E. Ek, Bo F.", [])] == ["Ann E. Ek", "Bo F."]
