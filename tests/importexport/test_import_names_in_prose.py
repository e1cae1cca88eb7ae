"""Names in the prose and in an agenda's presenter column, matched to the people at the meeting: a first name one of
them has is that person, a title or a role before or for a name is no part of it, and a first name several have
stays as written and is reported. Assignments in the prose keep their verb, and their due date is no part of
their title ('till nästa möte': the next meeting's day)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.importexport.notes import CORPUS, import_one, write_note


def _proposed(path: Path, store: Path) -> list[tuple[str, list[str], dt.date | None]]:
    return [(p.title, p.owners, p.due) for p in import_one(store, path).proposals]


def test_a_first_name_one_attendee_has_is_that_person(empty_store: Path) -> None:
    """'Anna får i uppdrag att …', 'Maria och Göran ska tillsammans bjuda in …', 'Erik tar kontakt med … senast 30
    april': owners by their full names."""
    result = import_one(empty_store, CORPUS / "anteckningar-fornamn-uppdrag.txt")
    assert [(p.title, p.owners, p.due) for p in result.proposals] == [
        ("Sammanställa enkätsvaren", ["Anna Hedlund"], dt.date(2025, 3, 15)),
        ("Bjuda in skolorna till ett möte före påsklovet", ["Maria Jobs", "Göran Pers"], None),
        ("Ta kontakt med Orsa Grönklitt om sommarjobb", ["Erik Fors"], dt.date(2025, 4, 30))]
    assert result.meeting.items[0].presenters == ["Göran Pers"]  # 'Göran redovisade läget.'


def test_a_first_name_several_attendees_have_stays_as_written_and_is_unsure(empty_store: Path,
                                                                            tmp_path: Path) -> None:
    text = ("Minnesanteckningar\nDatum: 2025-02-11\n\nNärvarande:\nAnna Hedlund, folkhälsosamordnare\n"
            "Anna Ek, kommunpolis\n\nLägesbild\nAnna redovisade läget. Anna får i uppdrag att sammanställa "
            "enkätsvaren till 15 mars.\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    assert [(p.owners, p.due) for p in result.proposals] == [(["Anna"], dt.date(2025, 3, 15))]
    assert result.meeting.items[0].presenters == []  # 'Anna redovisade': which Anna, nothing here says
    assert any("”Anna” kan vara Anna Hedlund eller Anna Ek" in doubt for doubt in result.unsure), result.unsure


@pytest.mark.parametrize("items", [
    "Lägesbild\nAnna redovisade läget i centrum.\n\nKlotter\nAnna Ek berättade om klottret.\n",
    "1. Lägesbild\nAnna redovisade läget i centrum.\n\n2. Klotter\nAnna Ek berättade om klottret.\n",
    "§ 1 Lägesbild\nPolisen och Anna informerade om läget i centrum.\n\n§ 2 Klotter\nAnna E berättade om klottret.\n",
], ids=["unnumbered", "numbered", "with another subject"])
def test_a_presenter_by_a_first_name_several_have_is_unsure(empty_store: Path, tmp_path: Path, items: str) -> None:
    """'Anna redovisade …' when two Annas were there: no presenter is chosen, and the line says so; the full name
    or the surname's initial chooses ('Anna Ek berättade …')."""
    text = ("Minnesanteckningar\nDatum: 2025-02-11\n\nNärvarande:\nAnna Hedlund, folkhälsosamordnare\n"
            "Anna Ek, kommunpolis\n\n" + items)
    result = import_one(empty_store, write_note(tmp_path, text))
    first, second = result.meeting.items
    assert first.presenters == [] and second.presenters == ["Anna Ek"]
    assert [doubt.split("” ", 1)[1] for doubt in result.unsure] == [
        "föredragande ”Anna” kan vara Anna Hedlund eller Anna Ek"], result.unsure
    assert "läget i centrum" in result.unsure[0]


def test_prose_assignments_keep_their_verb_and_leave_the_due_date_out_of_the_title(empty_store: Path) -> None:
    """'tar fram en sammanställning … till nästa möte': due when the next meeting the minutes give is;
    'kontaktar X senast 2025-02-28 om …': the date is the due date, never part of the title."""
    assert _proposed(CORPUS / "minnesanteckningar-prosa-uppdrag.txt", empty_store) == [
        ("Kontakta Trafikverket om belysningen vid pendeltågsstationen", ["Anna Bergström"], dt.date(2025, 3, 15)),
        ("Ta fram en sammanställning av kvällsaktiviteterna", ["Fatima Osman"], dt.date(2025, 3, 25)),
        ("Kontakta hyresgästföreningen om en gemensam informationsträff", ["Henrik Dahlgren"],
         dt.date(2025, 2, 28)),
        ("Skicka ut presentationen till alla deltagare", ["Lisa Wahl"], None)]


def test_a_due_date_before_the_task_and_a_verb_of_taking_it_on_are_no_part_of_the_title(empty_store: Path) -> None:
    """'Sören ska senast den 1 april skicka …', 'ansvarar för att sammanställa …', 'lovar att ringa …', 'åtar sig att
    till nästa möte ta fram …': the task in the infinitive, its due date apart; a due week no reader reads ('senast
    v. 17') after the task, as the report names it unread."""
    assert _proposed(CORPUS / "minnesanteckningar-uppdrag-fristen-forst.txt", empty_store) == [
        ("Skicka en rapport till gruppen", ["Sören Lind"], dt.date(2026, 4, 1)),
        ("Sammanställa en trygghetsenkät", ["Linda Ek"], dt.date(2026, 5, 15)),
        ("Ringa rektorerna", ["Ola Berg"], dt.date(2026, 3, 20)),
        ("Boka en lokal för trygghetsvandringen senast v. 17", ["Sören Lind"], None),
        ("Ta fram en affisch", ["Linda Ek"], dt.date(2026, 4, 23))]


def test_presenters_in_an_agenda_table_are_the_people_they_name(empty_store: Path) -> None:
    """'Kommunpolis Alva Rask' is Alva Rask; 'Ordföranden' is the chair the notice names."""
    m = import_one(empty_store, CORPUS / "kallelse-kommalista-foredragande.docx").meeting
    assert [i.presenters for i in m.items] == [["Sten Ahl"], ["Alva Rask"], ["Tim Sand"], [], ["Tim Sand"], []]


def test_the_first_names_read_at_once_are_the_namesakes_of_each() -> None:
    """first_namesakes (one pass over the people, for a long list) gives for every first name what namesakes gives."""
    from brå_tui.importer.presenters import first_namesakes, namesakes
    from brå_tui.model import Attendee

    people = [Attendee(n) for n in ("Anna Ek", "Anna Ny", "Anna", "Bo Lind", "Åsa Öst", "Asa Berg", "Per",
                                    "Per Olsson", "Kim K.", "Lena-Maj Sund")]
    sakes = first_namesakes(people)
    assert sorted(sakes) == sorted({p.name.split()[0] for p in people})
    assert all([a.name for a in sakes[first]] == [a.name for a in namesakes(first, people)] for first in sakes)
