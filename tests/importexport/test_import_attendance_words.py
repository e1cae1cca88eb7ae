"""What a people line or an attendance table's row says of someone's attendance in words ('Närvarande',
'Adjungerad', 'Anmält förhinder'), read for what it says and never kept as a title, by the import and by the
review's keys (the app's import screen moves rows with the same keys)."""

from __future__ import annotations

from pathlib import Path

import pytest

from brå_tui.importer.report import ImportResult
from brå_tui.importer.review import Row, move, rows
from tests.importexport.notes import CORPUS, import_one, write_note

TABLE = CORPUS / "protokoll-narvarokolumn.txt"  # Namn<TAB>Organisation<TAB>Närvaro, rows 9 to 15
WORD_TABLE = CORPUS / "protokoll-narvarokolumn-tabell.docx"  # the same as a Word table


def _row(result: ImportResult, number: int) -> Row:
    return next(r for r in rows(result) if r.number == number)


@pytest.mark.parametrize("note", [TABLE, WORD_TABLE], ids=["text", "word"])
@pytest.mark.parametrize("key", ["närvarande", "frånvarande"])
def test_n_and_f_on_a_table_row_keep_no_attendance_word_as_a_title(empty_store: Path, note: Path, key: str) -> None:
    result = import_one(empty_store, note)
    for number in range(9, 16):
        move(result, _row(result, number), key, [])
    assert [(a.name, a.title, a.org, a.group, a.absent) for a in result.meeting.attendees] == [
        ("Ida Kuoppa", None, "Socialförvaltningen", None, key == "frånvarande"),
        ("Mats Lantto", None, "Polisen", None, key == "frånvarande"),
        ("Rebecka Pirak", None, "Skolan", None, key == "frånvarande"),
        ("Stefan Nilsson", None, "Räddningstjänsten", "adjunct", key == "frånvarande"),
        ("Hanna Wikström", None, "LKAB", None, key == "frånvarande"),
        ("Ola Berg", None, "Kiruna kommun", None, key == "frånvarande"),
        ("Eva Sikku", None, "Sametinget", None, key == "frånvarande")]


ABSENT = CORPUS / "minnesanteckningar-franvaro-skal.txt"  # 'Frånvaro: Märta Lundqvist – sjuk' on row 7


@pytest.mark.parametrize(("key", "want"), [("frånvarande", ("Märta Lundqvist", True, "sjuk")),
                                           ("närvarande", ("Märta Lundqvist", False, None))])
def test_the_review_reads_an_absence_label_and_its_reason(empty_store: Path, key: str,
                                                          want: tuple[str, bool, str | None]) -> None:
    """f keeps why she was away; n says she was there after all, and the reason goes with the absence."""
    result = import_one(empty_store, ABSENT)
    move(result, _row(result, 7), key, [])
    [marta] = [a for a in result.meeting.attendees if a.name.endswith("Lundqvist")]
    assert (marta.name, marta.absent, marta.partial) == want


NUMBERED = CORPUS / "minnesanteckningar-numrerad-narvarolista.txt"  # '1. Anna-Karin Sjöberg, ordförande' on row 6


@pytest.mark.parametrize(("key", "absent"), [("närvarande", False), ("frånvarande", True)])
def test_n_and_f_take_a_list_number_before_a_name(empty_store: Path, key: str, absent: bool) -> None:
    """The list number before a name is no part of it, for n and f as for o."""
    result = import_one(empty_store, NUMBERED)
    assert move(result, _row(result, 6), key, []) == f"{key}: Anna-Karin Sjöberg"
    [anna] = [a for a in result.meeting.attendees if a.name == "Anna-Karin Sjöberg"]
    assert (anna.role, anna.absent) == ("ordförande", absent)
    assert move(result, _row(result, 11), key, []) == f"{key}: Eva Rapp (inbjuden)"  # under 'Inbjudna:'


LABEL_COLUMN = CORPUS / "protokoll-etikettkolumn.txt"  # 'Övriga deltagande Johan Ek, kommunpolis' on row 11


@pytest.mark.parametrize(("number", "want"), [
    (11, ("Johan Ek", "kommunpolis", None, "other")),
    (12, ("Sofia Lind", "brottsförebyggande samordnare", "sekreterare", None)),  # her line alone has no label
    (14, ("Eva Rapp", None, None, "other")),
])
def test_n_reads_a_label_column_whatever_the_gap_after_the_label(empty_store: Path, number: int,
                                                                 want: tuple[str, str | None, str | None, str | None]
                                                                 ) -> None:
    result = import_one(empty_store, LABEL_COLUMN)
    said = move(result, _row(result, number), "närvarande", [])
    assert said == f"närvarande: {want[0]}" + (" (övrig deltagare)" if want[3] else "")
    [person] = [a for a in result.meeting.attendees if a.name == want[0]]
    assert (person.name, person.title, person.role, person.group) == want


@pytest.mark.parametrize(("gap", "indent"), [("   ", 18), ("\t", 18), (":  ", 18), (" ", 12)])
def test_an_unknown_label_in_the_label_column_is_no_person(empty_store: Path, tmp_path: Path, gap: str,
                                                           indent: int) -> None:
    """'Insynsplats   Johan Ek, kommunpolis' under 'Beslutande': Johan Ek and the person below him are read as other
    participants, never members, each line unsure; 'Insynsplats' is nobody. With one space, the label filling its
    column, the names below show where the column ends."""
    text = (f"Protokoll\nDatum 2027-05-05\n\nBeslutande        Karin Åberg (S)\nInsynsplats{gap}Johan Ek, kommunpolis\n"
            f"{' ' * indent}Ahmed Yusuf, räddningstjänsten\n\n§ 1 Öppnande\nText.\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    assert [(a.name, a.group) for a in result.meeting.attendees] == [
        ("Karin Åberg", "member"), ("Johan Ek", "other"), ("Ahmed Yusuf", "other")]
    assert [doubt[:6] for doubt in result.unsure] == ["rad 5:", "rad 6:"]
    assert all("”Insynsplats”" in doubt for doubt in result.unsure)
    move(result, _row(result, 5), "närvarande", [])
    assert "Insynsplats" not in " ".join(a.name for a in result.meeting.attendees)
