"""A notice that writes each item's time before its number ('14.10  3. Lägesbild – polisen (Eva Rapp)'): the import
and the review's `a` read the line alike, into number, time slot, title, presenter and case number."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brå_tui.importer.notes import import_notes
from brå_tui.importer.review import line_item, move, rows
from brå_tui.model import Attendee, Meeting
from brå_tui.store.load import load

CORPUS = Path(__file__).resolve().parent / "corpus"


@pytest.mark.parametrize(("line", "number", "title", "start", "end", "presenters", "case"), [
    ("14.10  3. Lägesbild – polisen (Eva Rapp)", "3.", "Lägesbild – polisen", "14:10", None, ["Eva Rapp"], None),
    ("15.20  5. Budget 2028. Dnr KS 2027/201", "5.", "Budget 2028", "15:20", None, [], "KS 2027/201"),
    ("14.40–15.10\t4. EST-arbetet i Ydre – Maria Gren", "4.", "EST-arbetet i Ydre", "14:40", "15:10", ["Maria Gren"],
     None),
    ("kl. 9.00 – 9.30  § 4 Budget", "§ 4", "Budget", "09:00", "09:30", [], None),
    ("13.15\t1\tMötets öppnande\tEva Rune", "1", "Mötets öppnande", "13:15", None, ["Eva Rune"], None),
])
def test_the_review_reads_a_time_first_line_as_the_import_does(line: str, number: str, title: str, start: str,
                                                               end: str | None, presenters: list[str],
                                                               case: str | None) -> None:
    meeting = Meeting(date=dt.date(2027, 10, 8), attendees=[Attendee("Eva Rune")])
    item = line_item(line, meeting)
    assert (item.number, item.title, item.presenters, item.case_number) == (number, title, presenters, case)
    assert item.start == dt.time.fromisoformat(start)
    assert item.end == (dt.time.fromisoformat(end) if end else None)


def test_a_time_that_no_item_number_follows_stays_text() -> None:
    item = line_item("14.00 2 personer kom sent", Meeting(date=dt.date(2027, 10, 8)))
    assert item.number is None and item.start is None


def test_moving_a_time_first_line_to_an_item_again_gives_its_fields(empty_store: Path) -> None:
    """`a` on the row, after it was ignored, makes the same item the import made of it."""
    store = load(empty_store)
    [result] = import_notes([CORPUS / "kallelse-tid-fore-numret.txt"], store)
    row = next(r for r in rows(result) if r.text.startswith("15.20"))
    move(result, row, "ignorera", store.people)
    assert "Budget 2028" not in [i.title for i in result.meeting.items]
    row = next(r for r in rows(result) if r.text.startswith("15.20"))
    move(result, row, "ärende", store.people)
    [budget] = [i for i in result.meeting.items if i.title == "Budget 2028"]
    assert (budget.number, budget.case_number, budget.start) == ("5.", "KS 2027/201", dt.time(15, 20))
