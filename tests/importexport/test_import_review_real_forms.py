"""People, dates and places as real councils' notes write them, read by the import and by the review's keys: an
organisation before a dash ('Skola – Karin Dahl (rektor Noret), Stefan Ols'), a label of the writer's own ('Kunde
inte:', 'Inte med i dag:'), a mail's sentence of people wrapped over lines, and a date without its year in a mail
whose header gives the year."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brå_tui.importer.report import ImportResult
from brå_tui.importer.review import ReviewRefused, Row, move, rows
from brå_tui.store.load import load
from tests.importexport.notes import COUNCILS, import_one, write_note

SECTORS = COUNCILS / "mora-sspf-sektorer.txt"
MAIL = COUNCILS / "leksand-mejl-utan-ar.txt"  # sent 20 April 2026; the meeting '(16 april, 9–11 i Gamla Rådhuset)'


def _row(result: ImportResult, number: int) -> Row:
    return next(r for r in rows(result) if r.number == number)


def _people(result: ImportResult) -> list[tuple[str, str | None, str | None, bool]]:
    return [(a.name, a.title, a.org, a.absent) for a in result.meeting.attendees]


def test_an_organisation_before_a_dash_and_own_attendance_labels(empty_store: Path) -> None:
    """'Med på mötet:' over 'Skola – Karin Dahl (rektor Noret), Stefan Ols (rektor Östnor)': each person of the
    sector, the school in brackets within it; 'Kunde inte: Petra Holm (elevhälsan)' is absent. Nothing unplaced."""
    result = import_one(empty_store, SECTORS)
    assert _people(result) == [
        ("Karin Dahl", "rektor", "Skola, Noret", False), ("Stefan Ols", "rektor", "Skola, Östnor", False),
        ("Maja Lind", "enhetschef barn och familj", "Socialtjänst", False),
        ("Ove Strand", "kommunpolis", "Polis", False), ("Petra Holm", None, "elevhälsan", True)]
    assert result.unplaced == [] and result.unsure == []


NOTE = """Minnesanteckningar 2026-03-10
Närvarande: Lena Sjö

Från förvaltningarna:
Fritid – Lars Berg (fritidsledare), Eva Sund (fritidsledare)
Inte med i dag: Anna Ek (fritidsgården)
Bjudna tjänstepersoner: Peter Lund, trygghetssamordnare, Malin Ör, Polisen

1. Lägesbild
Lars Berg: lugnt i centrum.
"""


@pytest.mark.parametrize(("number", "key", "people"), [
    (5, "närvarande", [("Lars Berg", "fritidsledare", "Fritid", False),
                       ("Eva Sund", "fritidsledare", "Fritid", False)]),
    (6, "frånvarande", [("Anna Ek", None, "fritidsgården", True)]),
    (7, "närvarande", [("Peter Lund", "trygghetssamordnare", None, False), ("Malin Ör", None, "Polisen", False)]),
])
def test_n_and_f_read_the_people_after_any_label_or_sector(empty_store: Path, tmp_path: Path, number: int, key: str,
                                                           people: list[tuple[str, str | None, str | None, bool]]
                                                           ) -> None:
    result = import_one(empty_store, write_note(tmp_path, NOTE))
    move(result, _row(result, number), key, [])
    assert _people(result)[1:] == people
    assert _row(result, number).what == "people"


def test_a_line_that_names_nobody_says_what_to_do_instead(empty_store: Path, tmp_path: Path) -> None:
    result = import_one(empty_store, write_note(tmp_path, NOTE))
    with pytest.raises(ReviewRefused, match=r"anteckning \(t\) eller ignorera den \(i\).*Redigera"):
        move(result, _row(result, 10), "närvarande", [])
    assert _people(result) == [("Lena Sjö", None, None, False)]


@pytest.mark.parametrize("number", [8, 9, 10])
def test_n_on_any_line_of_a_sentence_wrapped_over_lines_reads_the_sentence(empty_store: Path, number: int) -> None:
    """'… (16 april, 9–11 i Gamla Rådhuset). Vi var' / 'Eva Moberg, Tomas Ek från polisen, … och Johan Berg från' /
    'fritidsförvaltningen. Anders Holm hade lämnat återbud.': n on any of the three lines gives the four present
    and Anders Holm absent; the two lines of people become them, and the first, which says more, stays unplaced."""
    result = import_one(empty_store, MAIL)
    said = move(result, _row(result, number), "närvarande", load(empty_store).people)
    assert _people(result) == [("Eva Moberg", None, None, False), ("Tomas Ek", None, "polisen", False),
                               ("Sara Lind", None, "socialtjänsten", False),
                               ("Johan Berg", None, "fritidsförvaltningen", False), ("Anders Holm", None, None, True)]
    assert [(r.number, r.what) for r in rows(result) if r.number in (8, 9, 10)] == [
        (8, "unplaced"), (9, "people"), (10, "people")]
    assert "läst ur rad 9–10" in said
    assert ("rad 8 har också annan text" in said) == (number == 8)


def test_a_date_without_its_year_takes_the_year_of_the_mail(empty_store: Path) -> None:
    """'(16 april, 9–11 i Gamla Rådhuset)' in a mail sent 20 April 2026: d gives 2026-04-16, k 9–11 and p the place
    after the time; the next meeting '4 juni' and a due date follow the mail's year before a date is given."""
    result = import_one(empty_store, MAIL)
    assert result.date_missing and [e.date for e in result.meeting.schedule] == [dt.date(2026, 6, 4)]
    people = load(empty_store).people
    row = _row(result, 8)
    # the date is the line's first sentence; its second ('Vi var') stays where the line stood
    assert move(result, row, "datum", people) == "datum: 2026-04-16 (ur rad 8.1; rad 8.2 står kvar där raden stod)"
    assert move(result, _row(result, 8), "plats", people) == "plats: Gamla Rådhuset"
    assert move(result, _row(result, 8), "tid", people) == "tid: 09:00–11:00"
    assert [e.date for e in result.meeting.schedule] == [dt.date(2026, 6, 4)]


def test_a_dated_line_without_a_year_in_a_mail_dates_the_meeting(empty_store: Path, tmp_path: Path) -> None:
    """'Datum: 3 februari' in notes mailed 5 February 2026 is 2026-02-03 (the last such day before the mail), the
    line unsure for it; in a mail sent 2 February the same line is 2025-02-03."""
    text = ("Från: Lena Sjö <lena@orsa.se>\nSkickat: den {} 2026 09:12\nTill: Brå Orsa\nÄmne: Anteckningar\n\n"
            "Datum: 3 februari\nTid: 9–11\n\nNärvarande: Lena Sjö, Per Berg (S)\n\n1. Lägesbild\nPer Berg redovisade.\n"
            "\nNästa möte: 14 april kl 9.\n")
    result = import_one(empty_store, write_note(tmp_path, text.format("5 februari")))
    m = result.meeting
    assert (m.date, result.date_missing, [e.date for e in m.schedule]) == (dt.date(2026, 2, 3), None,
                                                                           [dt.date(2026, 4, 14)])
    assert "året är e-postens (2026-02-05)" in result.ledger.doubts[5]
    assert import_one(empty_store, write_note(tmp_path, text.format("2 februari"))).meeting.date == dt.date(2025, 2, 3)


def test_d_on_a_date_without_a_year(empty_store: Path, tmp_path: Path) -> None:
    """With the meeting's date known, a date without a year is in its year; with no year anywhere in the document,
    d says so and changes nothing."""
    dated = import_one(empty_store, write_note(tmp_path, "Minnesanteckningar 2026-03-10\nNärvarande: Ann Ek, Bo Ny\n\n"
                                                         "1. Lägesbild\nMötet flyttades från 3 mars.\n"))
    assert move(dated, _row(dated, 5), "datum", []) == "datum: 2026-03-03"
    undated = import_one(empty_store, write_note(tmp_path, "Minnesanteckningar\nNärvarande: Ann Ek, Bo Ny\n\n"
                                                           "1. Lägesbild\nMötet hölls 3 mars.\n"))
    with pytest.raises(ReviewRefused, match="utan år"):
        move(undated, _row(undated, 5), "datum", [])
    assert undated.date_missing


def test_an_attendance_table_with_yes_no_part_and_remote_cells(empty_store: Path, tmp_path: Path) -> None:
    """'Namn<TAB>Parti/Org<TAB>Närvaro' with Ja, Nej, 'Ja, §§ 1-2', 'Delvis, § 3', 'Ja, via Teams' and 'Distans':
    Nej is absent, the part of the meeting and the attendance from elsewhere are kept in partial, as written."""
    text = ("Protokoll\nDatum\t2026-03-03\n\nNamn\tParti/Org\tNärvaro\nAnna Sjö\t(S)\tJa\nRolf Berg\t(M)\tNej\n"
            "Kim Ek\tPolisen\tJa, §§ 1-2\nEva Ek\t(C)\tDelvis, § 3\nGreta Alm\tSocialtjänsten\tJa, via Teams\n"
            "Lars Ny\tKommunen\tDistans\n\n1. Lägesbild\nKim Ek redovisade.\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    assert [(a.name, a.party or a.org, a.partial, a.absent) for a in result.meeting.attendees] == [
        ("Anna Sjö", "S", None, False), ("Rolf Berg", "M", None, True), ("Kim Ek", "Polisen", "§§ 1-2", False),
        ("Eva Ek", "C", "§ 3", False), ("Greta Alm", "Socialtjänsten", "via Teams", False),
        ("Lars Ny", "Kommunen", "Distans", False)]
    assert result.unplaced == [] and result.unsure == []


def test_a_name_shaped_organisation_where_the_list_writes_organisations(empty_store: Path, tmp_path: Path) -> None:
    """'Anna Ek, Sunne Kraft' in a list written one person a line with their organisation ('Per Lund, Polisen', 'Bo
    Ny, Sunne kommun') is Anna Ek of Sunne Kraft, unsure; on its own it is two people, unsure."""
    people = "Per Lund, Polisen\nAnna Ek, Sunne Kraft\nBo Ny, Sunne kommun\nLisa Holm\n"
    result = import_one(empty_store, write_note(tmp_path, f"Minnesanteckningar 2026-03-02\n\nNärvarande:\n{people}"
                                                          "\n1. Lägesbild\nPer Lund redovisade.\n"))
    assert [(a.name, a.org) for a in result.meeting.attendees] == [
        ("Per Lund", "Polisen"), ("Anna Ek", "Sunne Kraft"), ("Bo Ny", "Sunne kommun"), ("Lisa Holm", None)]
    [said] = result.unsure
    assert said.startswith("rad 5: ”Anna Ek, Sunne Kraft”") and "”Sunne Kraft” lästes som organisation" in said
    alone = import_one(empty_store, write_note(tmp_path, "Minnesanteckningar 2026-03-02\n\nNärvarande: Anna Ek, "
                                                         "Sunne Kraft\n\n1. Lägesbild\nPer Lund redovisade.\n"))
    assert [a.name for a in alone.meeting.attendees] == ["Anna Ek", "Sunne Kraft"] and len(alone.unsure) == 1
    listed = import_one(empty_store, write_note(tmp_path, "Minnesanteckningar 2026-03-02\n\nNärvarande: Per Lund, "
                                                          "Polisen, Anna Ek, Sunne Kraft, Bo Ny, Sunne kommun\n\n"
                                                          "1. Lägesbild\nPer Lund redovisade.\n"))
    assert [(a.name, a.org) for a in listed.meeting.attendees] == [
        ("Per Lund", "Polisen"), ("Anna Ek", None), ("Sunne Kraft", None), ("Bo Ny", "Sunne kommun")]
    assert "”Sunne Kraft” kan vara en organisation" in listed.unsure[0]


def test_a_label_saying_attendance_from_elsewhere_is_kept_by_n(empty_store: Path, tmp_path: Path) -> None:
    text = ("Minnesanteckningar 2026-03-10\nNärvarande: Lena Sjö\n\nMed på länk från Orsa:\n"
            "På länk via Teams: Bo Ek, Polisen\n\n1. Lägesbild\nBo Ek redovisade.\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    move(result, _row(result, 5), "närvarande", [])
    assert [(a.name, a.org, a.partial) for a in result.meeting.attendees] == [
        ("Lena Sjö", None, None), ("Bo Ek", "Polisen", "via Teams")]


def test_a_line_read_with_the_sentence_before_it_can_be_moved_on_its_own(empty_store: Path) -> None:
    """After n on the sentence over rows 9–10, row 10 says it was read with row 9; moving it elsewhere keeps the
    people, and moving row 9 takes them out: every line's people are always the meeting's."""
    result = import_one(empty_store, MAIL)
    move(result, _row(result, 9), "närvarande", [])
    assert _row(result, 10).became == "personer, lästa med rad 9"
    move(result, _row(result, 10), "anteckning", [])
    assert len(result.meeting.attendees) == 5
    move(result, _row(result, 9), "ignorera", [])
    assert result.meeting.attendees == []
