"""The record of every source line: each line of every note in the corpus gets exactly one fate, given by the part
of the importer that took it, and the summary and the review are read from that record alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from brå_tui.importer.decisions import strip_bullet
from brå_tui.importer.ledger import PLACED, SET_ASIDE, UNPLACED, UNSURE, Ledger
from brå_tui.importer.notes import import_notes
from brå_tui.importer.numbered import without_item_label
from brå_tui.importer.report import ImportResult
from brå_tui.importer.review import rows
from brå_tui.model import Item
from brå_tui.store.load import load
from brå_tui.text import fold
from tests.importexport.conftest import DATA
from tests.importexport.notes import CORPUS, write_note
from tests.importexport.test_import_corpus import as_docx

EVERY_NOTE = sorted([*CORPUS.glob("*.txt"), *CORPUS.glob("*.docx"), *(CORPUS / "councils").iterdir(),
                     *DATA.rglob("*.txt")])


@pytest.mark.parametrize("note", EVERY_NOTE, ids=[n.name for n in EVERY_NOTE])
def test_every_line_of_every_note_has_exactly_one_fate(note: Path, empty_store: Path, tmp_path: Path) -> None:
    """No line is given a second fate (twice) or none (missing), as text and, for the notes with an expected
    meeting, as a Word document with tables and Word's own list numbers."""
    [result] = import_notes([note], load(empty_store))
    _one_fate_each(result)
    if note.parent == CORPUS and note.suffix == ".txt":
        [result] = import_notes([as_docx(note, tmp_path, numbered=True)], load(empty_store))
        _one_fate_each(result)


def _one_fate_each(result: ImportResult) -> None:
    ledger = result.ledger
    assert ledger.twice == [], [ledger.lines[n] for n in ledger.twice]
    assert ledger.missing() == [], [ledger.lines[n] for n in ledger.missing()]
    _fates_are_true(result)
    shown = ledger.shown()  # the source's lines, a line parted into sentences ('dela') as its sentences
    assert {line.no for line in shown} <= set(ledger.fates)
    assert [line.no for line in ledger.lines if line.no not in ledger.whole] == \
        list(dict.fromkeys(ledger.source_no(line.no) for line in shown))
    counts = ledger.counts()
    assert sum(counts.values()) == sum(1 for line in shown if line.strip())
    found = rows(result)
    assert [r.number for r in found] == [ledger.source_no(line.no) + 1 for line in shown if line.strip()]
    assert sum(1 for r in found if r.kind == UNPLACED) == counts[UNPLACED] == len(result.unplaced)
    assert sum(1 for r in found if r.kind == UNSURE) == counts[UNSURE] == len(result.unsure)
    assert sum(1 for r in found if r.kind == SET_ASIDE) == counts[SET_ASIDE]
    assert not any(r.became.startswith("INTE PLACERAD") for r in found if r.kind != UNPLACED)


def test_a_line_given_two_fates_is_a_fault() -> None:
    ledger = Ledger.of(["Tid: 2024-03-07", "", "Anna Ek"])
    ledger.placed(ledger.lines[0], "field", None, "tid")
    ledger.placed(ledger.lines[1], "note")  # a blank line keeps its fate
    ledger.unplaced(ledger.lines[0])
    assert ledger.twice == [0] and ledger.kind(0) == PLACED
    assert ledger.missing() == [2] and ledger.kind(2) == UNPLACED


def test_the_summary_counts_the_lines_and_names_the_unplaced_and_unsure_by_number(empty_store: Path,
                                                                                   tmp_path: Path) -> None:
    note = write_note(tmp_path, "Minnesanteckningar 2025-03-12\nNärvarande: Anna Ek, polisen\n"
                                "representant från kyrkan\n\nKaffe serverades i foajén\n\n1. Klotter\n"
                                "Mycket klotter.\n3. Skadegörelse\nStenar kastades.\n")
    [result] = import_notes([note], load(empty_store))
    assert result.ledger.counts() == {PLACED: 5, SET_ASIDE: 0, UNSURE: 2, UNPLACED: 1}
    summary = result.summary()
    assert "  Rader med text: 8; placerade 5, lagda åt sidan 0, osäkra 2, inte placerade 1." in summary
    assert "    ? rad 3: ”representant från kyrkan” lästes som personen ”representant från kyrkan”" in summary
    assert ("    ? rad 9: ”3. Skadegörelse” står i ärende 1. ”Klotter”; det kan vara ett eget ärende med fel nummer"
            in summary)
    assert summary[-1] == "    | rad 5: Kaffe serverades i foajén"
    assert result.meeting.other[-1].notes == "Kaffe serverades i foajén\n"


REVIEWED = [CORPUS / "minnesanteckningar-numrerade.txt", CORPUS / "protokoll-ajournering.txt",
            CORPUS / "kallelse-dagordningstabell.docx", CORPUS / "anteckningar-uppdrag.txt"]


@pytest.mark.parametrize("note", REVIEWED, ids=[n.name for n in REVIEWED])
def test_any_moves_in_the_review_keep_one_fate_per_line_and_lose_nothing(note: Path, empty_store: Path) -> None:
    """Whatever lines the secretary moves wherever, each line still has one fate, the summary's counts add up,
    and every unplaced line stands in the 'Oplacerad text' question; a refusal changes nothing."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from brå_tui.importer.report import UNPLACED_TITLE
    from brå_tui.importer.review import TARGETS, ReviewRefused, move

    store = load(empty_store)
    targets = sorted(TARGETS.values())

    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(st.tuples(st.integers(min_value=0, max_value=400), st.sampled_from(targets)), max_size=6))
    def check(moves: list[tuple[int, str]]) -> None:
        [result] = import_notes([note], store)
        for index, target in moves:
            found = rows(result)
            row = found[index % len(found)]
            try:
                move(result, row, target, store.people)
            except ReviewRefused:
                pass
        _one_fate_each(result)
        unplaced = result.unplaced
        kept = next((o.notes for o in result.meeting.other if o.title == UNPLACED_TITLE), "")
        assert all(text in kept for text in unplaced)
        assert bool(kept) == bool(unplaced)

    check()


def _same_text(text: str) -> str:
    return " ".join(fold(text).split())


def _fates_are_true(result: ImportResult) -> None:
    """What the record says a line became is in the meeting: the item, person, follow-up or date it names is the
    meeting's, and a line of notes stands in its item's notes."""
    m = result.meeting
    items = [*m.items, *m.other]
    for line in result.ledger.shown():
        fate = result.ledger.fates[line.no]
        if fate.kind != PLACED:
            continue
        place = fate.place
        if fate.what in ("item", "note", "decision", "presenter", "time", "case"):
            assert any(place is i for i in items), (line, fate)
        if fate.what == "note" and isinstance(place, Item):
            assert _same_text(without_item_label(strip_bullet(line))) in _same_text(place.notes), (line, place.notes)
        if fate.what == "decision" and isinstance(place, Item):
            assert place.decisions, (line, place)
        if fate.what == "people":
            assert isinstance(place, tuple) and all(any(a is b for b in m.attendees) for a in place), line
        if fate.what == "followup":
            assert any(place is f for f in m.followups), line
        if fate.what == "schedule":
            assert isinstance(place, tuple) and all(any(e is x for x in m.schedule) for e in place), line


def test_doubts_about_many_places_land_on_the_first_line_of_each_as_one_at_a_time() -> None:
    """Doubts about many places at once go where a doubt about each in turn goes: the first line that went into the
    place (among lines naming several people too), the first doubt kept when a place has two, none for a place no
    line went into."""
    texts = ["§ 1 Lägesbild", "Anna redogör.", "Anna Ek, Anna Ny", "§ 2 Skolan", "Anna berättar.", "Bo Ek"]
    first, second, nowhere = Item(title="Lägesbild"), Item(title="Skolan"), Item(title="Ingen")
    anna, bo = object(), object()
    places = [first, first, (anna,), second, second, (bo,)]

    def ledger() -> Ledger:
        made = Ledger.of(texts)
        for line, place in zip(reversed(made.lines), reversed(places), strict=True):  # fates not in line order
            if isinstance(place, tuple):
                made.named(line, place)
            else:
                made.placed(line, "item" if line.startswith("§") else "note", place)
        return made

    doubts: list[tuple[object, str]] = [(second, "a"), (anna, "b"), (first, "c"), (second, "d"), (nowhere, "e"),
                                         (bo, "f")]
    one_at_a_time = ledger()
    for place, why in doubts:
        one_at_a_time.doubt_about(place, why)
    together = ledger()
    together.doubts_about(doubts)
    assert together.doubts == one_at_a_time.doubts == {3: "a", 2: "b", 0: "c", 5: "f"}
