"""The review's n and m on the shapes real notes write: a person in a list under a group label keeps the label's
group, a sentence or list of several people gives each of them, a nickname in quotes stays within its name, and a
line of several next meeting dates gives a planned meeting for each. On the command line (--review) as in the
module."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from brå_tui.importer.notes import import_notes
from brå_tui.importer.report import ImportResult
from brå_tui.importer.review import ReviewRefused, move, rows
from brå_tui.store.load import load

NOTE = """Minnesanteckningar Lokala Brå 2026-03-12

Närvarande:
    Anna Berg, ordförande
    Per Lind, Polisen
Ersättare:
    Lisa Ek, Polisen
    Karl Öst, Skolan
Adjungerade:
    Maja Sand, Räddningstjänsten
Anmält förhinder:
    Nils Berg

1. Lägesbild
Tove Ljung och Johan Ek var med.
Tove Ljung, Johan Ek och Eva Rapp
Johan "Jocke" Eriksson
Johan ”Jocke” Eriksson, Polisen
Nästa möten: 12 feb, 14 maj och 3 sept 2027
Johan ”Jocke” Eriksson. Han berättade om läget i centrum.
"""


def _result(empty_store: Path, tmp_path: Path, text: str = NOTE) -> tuple[ImportResult, Path]:
    note = tmp_path / "anteckningar.txt"
    note.write_text(text, encoding="utf-8")
    [result] = import_notes([note], load(empty_store))
    return result, note


def _move(result: ImportResult, number: int, target: str, empty_store: Path) -> str:
    row = next(r for r in rows(result) if r.number == number)
    return move(result, row, target, load(empty_store).people)


def _groups(result: ImportResult) -> list[tuple[str, str | None, bool]]:
    return [(a.name, a.group, a.absent) for a in result.meeting.attendees]


@pytest.mark.parametrize(("number", "target", "said"), [
    (7, "närvarande", "närvarande: Lisa Ek (ersättare)"),
    (7, "frånvarande", "frånvarande: Lisa Ek (ersättare)"),
    (10, "närvarande", "närvarande: Maja Sand (adjungerad)"),
])
def test_n_on_a_line_under_a_group_label_keeps_the_label_group(empty_store: Path, tmp_path: Path, number: int,
                                                               target: str, said: str) -> None:
    result, _ = _result(empty_store, tmp_path)
    before = _groups(result)
    assert _move(result, number, target, empty_store) == said
    after = _groups(result)
    # the person keeps the label's group; nobody else changes
    assert sorted((n, g) for n, g, _ in after) == sorted((n, g) for n, g, _ in before)
    name = said.split(": ")[1].split(" (")[0]
    assert next(a for n, _, a in after if n == name) == (target == "frånvarande")


def test_n_keeps_the_label_group_after_the_line_was_set_aside_and_g_still_changes_it(empty_store: Path,
                                                                                     tmp_path: Path) -> None:
    result, _ = _result(empty_store, tmp_path)
    assert _move(result, 8, "ignorera", empty_store) == "åt sidan: ignorerad vid granskningen"
    assert "Karl Öst" not in [a.name for a in result.meeting.attendees]
    assert _move(result, 8, "närvarande", empty_store) == "närvarande: Karl Öst (ersättare)"
    assert _move(result, 8, "grupp", empty_store) == "närvarande: Karl Öst (adjungerad)"
    assert ("Karl Öst", "adjunct", False) in _groups(result)


def test_n_under_a_label_without_a_group_and_on_a_line_of_an_item_gives_none(empty_store: Path,
                                                                            tmp_path: Path) -> None:
    result, _ = _result(empty_store, tmp_path)
    assert _move(result, 12, "närvarande", empty_store) == "närvarande: Nils Berg"  # under 'Anmält förhinder:'
    assert _move(result, 16, "närvarande", empty_store) == "närvarande: Tove Ljung, Johan Ek, Eva Rapp"


def test_n_on_a_group_label_alone_refuses_and_loses_nobody(empty_store: Path, tmp_path: Path) -> None:
    """'Ersättare:' names nobody: n changes nothing, never reading the whole list above and below it as one
    sentence of one person."""
    result, _ = _result(empty_store, tmp_path)
    before = _groups(result)
    for number in (3, 6, 9):
        with pytest.raises(ReviewRefused, match="inget namn"):
            _move(result, number, "närvarande", empty_store)
    assert _groups(result) == before


def test_n_on_a_label_the_import_does_not_know_reads_no_list_around_it(empty_store: Path, tmp_path: Path) -> None:
    """'Insynsplats:' over one person a line: n reads no sentence over the lines around it, so that a later key on
    one of them loses none of the others."""
    note = ("Minnesanteckningar Lokala Brå 2026-03-12\n\nNärvarande:\n    Anna Berg\nKallade tjänstepersoner:\n"
            "    Lisa Ek, Polisen\n    Karl Öst, Skolan\nInsynsplats:\n    Maja Sand\n\n1. Lägesbild\nText.\n")
    result, _ = _result(empty_store, tmp_path, note)
    with pytest.raises(ReviewRefused):
        _move(result, 8, "närvarande", empty_store)
    assert _move(result, 6, "närvarande", empty_store) == "närvarande: Lisa Ek (övrig deltagare)"
    assert {"Anna Berg", "Lisa Ek", "Karl Öst", "Maja Sand"} <= {a.name for a in result.meeting.attendees}


@pytest.mark.parametrize(("text", "names"), [
    ("Anna Berg och Johan Ek var med.", ["Anna Berg", "Johan Ek"]),
    ("Anna Berg, Johan Ek och Lisa Ek", ["Anna Berg", "Johan Ek", "Lisa Ek"]),
    ("Anna Berg, Johan Ek och Lisa Ek deltog i mötet.", ["Anna Berg", "Johan Ek", "Lisa Ek"]),
    ("Anna Berg och Johan Ek från polisen var också med.", ["Anna Berg", "Johan Ek"]),
    ("Ordföranden hälsade välkommen. Anna Berg och Johan Ek var med som gäster.", ["Anna Berg", "Johan Ek"]),
    ('Johan "Jocke" Eriksson', ['Johan Eriksson']),
    ("Johan ”Jocke” Eriksson, Polisen", ["Johan Eriksson"]),
    ("Johan “Jocke” Eriksson och Anna Berg", ["Johan Eriksson", "Anna Berg"]),
    ('Anna Berg och Johan "Jocke" Eriksson var med.', ["Anna Berg", 'Johan Eriksson']),
    ("Anna Berg, Per ”Pelle” Lind (S), Lisa Ek", ["Anna Berg", "Per Lind", "Lisa Ek"]),
])
def test_n_on_a_line_of_people_gives_each_person_by_name(empty_store: Path, tmp_path: Path, text: str,
                                                         names: list[str]) -> None:
    note = f"Minnesanteckningar Lokala Brå 2026-03-12\n\n1. Lägesbild\n{text}\n"
    result, _ = _result(empty_store, tmp_path, note)
    said = _move(result, 4, "närvarande", empty_store)
    assert said.partition(" (ur rad")[0] == "närvarande: " + ", ".join(names)
    assert [a.name for a in result.meeting.attendees] == names
    left = text.partition(". ")[0] + "." if text.startswith("Ordföranden") else ""
    assert result.meeting.items[0].notes.strip() == left  # the people's sentence left the notes, nothing else


def test_a_sentence_saying_who_was_not_there_is_no_list_of_people_there(empty_store: Path, tmp_path: Path) -> None:
    note = "Minnesanteckningar Lokala Brå 2026-03-12\n\n1. Lägesbild\nAnna Berg och Johan Ek var inte med.\n"
    result, _ = _result(empty_store, tmp_path, note)
    with pytest.raises(ReviewRefused):
        _move(result, 4, "närvarande", empty_store)
    assert result.meeting.attendees == []


def test_the_import_reads_names_with_nicknames_in_a_list(empty_store: Path, tmp_path: Path) -> None:
    note = ('Minnesanteckningar Lokala Brå 2026-03-12\n\nNärvarande: Anna Berg, Johan "Jocke" Eriksson (S), '
            "Per ”Pelle” Lind, Polisen\n\n1. Lägesbild\nText.\n")
    result, _ = _result(empty_store, tmp_path, note)
    assert [(a.name, a.party, a.org) for a in result.meeting.attendees] == [
        ("Anna Berg", None, None), ('Johan Eriksson', "S", None), ("Per Lind", None, "Polisen")]


def test_n_on_a_name_and_a_sentence_on_one_line_takes_the_name(empty_store: Path, tmp_path: Path) -> None:
    result, _ = _result(empty_store, tmp_path)
    said = _move(result, 20, "närvarande", empty_store)
    assert said.startswith("närvarande: Johan Eriksson (ur rad 20.1")
    assert "Han berättade om läget i centrum." in result.meeting.items[0].notes


def test_n_on_a_name_and_a_sentence_below_a_line_of_prose_takes_the_name(empty_store: Path, tmp_path: Path) -> None:
    """The name's sentence stands on the line alone among the paragraph's lines: the line is parted, the name read."""
    note = "Minnesanteckningar Lokala Brå 2026-03-12\n\n1. Lägesbild\nVi talade om centrum.\nJohan Eriksson. Han " \
           "berättade om läget i centrum.\n"
    result, _ = _result(empty_store, tmp_path, note)
    said = _move(result, 5, "närvarande", empty_store)
    assert said == "närvarande: Johan Eriksson (ur rad 5.1; rad 5.2 står kvar där raden stod)"
    assert [a.name for a in result.meeting.attendees] == ["Johan Eriksson"]
    assert "Han berättade om läget i centrum." in result.meeting.items[0].notes


def test_m_on_a_line_of_several_dates_plans_each(empty_store: Path, tmp_path: Path) -> None:
    result, _ = _result(empty_store, tmp_path)
    assert _move(result, 19, "anteckning", empty_store).startswith("anteckning i")
    assert result.meeting.schedule == []
    said = _move(result, 19, "nästa möte", empty_store)
    days = [dt.date(2027, 2, 12), dt.date(2027, 5, 14), dt.date(2027, 9, 3)]
    assert said == "tidplan: " + "; ".join(d.isoformat() for d in days)
    assert [e.date for e in result.meeting.schedule] == days
    assert all(e.place is None for e in result.meeting.schedule)  # 'och' is no place
    row = next(r for r in rows(result) if r.number == 19)
    assert row.became == said


def test_the_year_after_the_last_date_of_a_list_is_the_year_of_those_before(empty_store: Path,
                                                                            tmp_path: Path) -> None:
    note = "Minnesanteckningar Lokala Brå 2026-03-12\n\n1. Lägesbild\nText.\n\nNästa möten: 10 dec, 14 jan och " \
           "3 mars 2027\n"
    result, _ = _result(empty_store, tmp_path, note)
    assert [e.date for e in result.meeting.schedule] == [dt.date(2026, 12, 10), dt.date(2027, 1, 14),
                                                         dt.date(2027, 3, 3)]


@pytest.mark.parametrize("target", ["anteckning", "beslut"])
def test_t_and_b_on_a_line_before_the_first_item_refuse_never_filing_it_in_the_last(empty_store: Path,
                                                                                    tmp_path: Path,
                                                                                    target: str) -> None:
    result, _ = _result(empty_store, tmp_path)
    before = _groups(result)
    with pytest.raises(ReviewRefused, match="före det första ärendet"):
        _move(result, 7, target, empty_store)
    assert _groups(result) == before
    assert "Lisa Ek" not in result.meeting.items[-1].notes and not result.meeting.items[-1].decisions


def _review(empty_store: Path, note: Path, answers: str) -> str:
    env = {k: v for k, v in os.environ.items() if k != "BRA_STORE"}
    env.update(COLUMNS="80", NO_COLOR="1")
    done = subprocess.run([sys.executable, "-m", "brå_tui", "--store", str(empty_store), "import", "--review",
                           str(note)], input=answers, capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return " ".join(done.stderr.split())


def test_the_keys_on_the_command_line(empty_store: Path, tmp_path: Path) -> None:
    _, note = _result(empty_store, tmp_path)
    said = _review(empty_store, note, "7 i\n7 n\n15 n\n18 n\n19 t\n19 m\n\n")
    assert "Rad 7 ”Lisa Ek, Polisen”: närvarande: Lisa Ek (ersättare)" in said
    assert "närvarande: Tove Ljung, Johan Ek" in said
    assert "närvarande: Johan Eriksson" in said
    assert "tidplan: 2027-02-12; 2027-05-14; 2027-09-03" in said  # each with its time and place, when it has them
    meeting = load(empty_store).meeting("2026-03-12")
    assert meeting is not None
    assert [(a.name, a.group) for a in meeting.attendees if a.name in ("Lisa Ek", "Johan Eriksson")] == [
        ("Lisa Ek", "substitute"), ("Johan Eriksson", None)]
    assert {"Tove Ljung", "Johan Ek"} <= {a.name for a in meeting.attendees}
    assert [e.date.isoformat() for e in meeting.schedule] == ["2027-02-12", "2027-05-14", "2027-09-03"]
