"""What a people line or an attendance table's row says of someone's attendance in words ('Närvarande',
'Adjungerad', 'Anmält förhinder'), read for what it says and never kept as a title, by the import and by the
review's keys (the app's import screen moves rows with the same keys)."""

from __future__ import annotations

from pathlib import Path

import pytest

from brå_tui.importer.report import ImportResult
from brå_tui.importer.review import Row, move, rows
from tests.importexport.notes import CORPUS, import_one

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
