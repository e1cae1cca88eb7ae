"""Each person once and on the side the notes put them: a Word cell of several people one a line, a Närvaro cell
that says someone came in part, the same person listed in two places of one document."""

from __future__ import annotations

from pathlib import Path

import pytest

from brå_tui.importer.review import Row, move, rows
from brå_tui.store.load import load
from tests.importexport.notes import import_one, write_note

docx = pytest.importorskip("docx")

HEAD = "Minnesanteckningar\nDatum: 2026-11-05\nTid: 13.00-15.00\nPlats: Kommunhuset\n\n"
ITEM = "\n1. Klotter\nOlle Sund berättade.\n"


def _field_table(tmp_path: Path, rows: list[tuple[str, str]], breaks: bool) -> Path:
    """A protocol whose head is a borderless Word table of a label and its people, the people of a cell one a
    line: parted by line breaks (Shift+Enter; breaks) or by paragraphs (Enter)."""
    document = docx.Document()
    document.add_paragraph("Protokoll Brottsförebyggande rådet")
    document.add_paragraph("Datum: 2026-03-04")
    document.add_paragraph("Tid: 15.00–16.40")
    document.add_paragraph("Plats: Kommunhuset")
    table = document.add_table(rows=len(rows), cols=2)
    for n, (label, people) in enumerate(rows):
        table.cell(n, 0).text = label
        cell = table.cell(n, 1)
        lines = people.split("\n")
        if breaks:
            cell.text = people  # python-docx writes each '\n' as a line break (w:br)
        else:
            cell.text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
    document.add_paragraph("")
    document.add_paragraph("§ 23 Lägesbild")
    document.add_paragraph("Mats Orre informerar om läget.")
    path = tmp_path / "protokoll.docx"
    document.save(str(path))
    return path


@pytest.mark.parametrize("breaks", [True, False], ids=["radbrytning", "stycken"])
def test_a_word_cell_of_several_people_gives_each_of_them(empty_store: Path, tmp_path: Path, breaks: bool) -> None:
    """'Beslutande' | 'Helena Åkesson (M), ordförande⏎Johan Berg (S)⏎Siv Lund (KD)': three members, each with what
    their own line says; a line that is no name goes on the person above it."""
    path = _field_table(tmp_path, [
        ("Beslutande", "Helena Åkesson (M), ordförande\nJohan Berg (S)\nSiv Lund (KD)"),
        ("Övriga deltagare",
         "Mats Orre, kommunpolis\nKarin Ålund, sekreterare\nNils Nord, Kristinehamnsbostäder, § 24"),
        ("Frånvarande", "Per Olsson (M)\nLena Backlund,\nsocialtjänsten"),
    ], breaks)
    result = import_one(empty_store, path)
    people = [(a.name, a.party, a.title, a.org, a.group, a.partial, a.absent) for a in result.meeting.attendees]
    assert people == [
        ("Helena Åkesson", "M", None, None, "member", None, False),
        ("Johan Berg", "S", None, None, "member", None, False),
        ("Siv Lund", "KD", None, None, "member", None, False),
        ("Mats Orre", None, "kommunpolis", None, "other", None, False),
        ("Karin Ålund", None, None, None, "other", None, False),
        ("Nils Nord", None, None, "Kristinehamnsbostäder", "other", "§ 24", False),
        ("Per Olsson", "M", None, None, None, None, True),
        ("Lena Backlund", None, None, "socialtjänsten", None, None, True),
    ]
    assert result.meeting.attendees[0].role == "ordförande" and result.meeting.secretary_names() == ["Karin Ålund"]
    assert result.unplaced == []


@pytest.mark.parametrize("cell, partial", [
    ("Närvarande, från 13:20", "från 13:20"),
    ("Ja, från 13.20", "från 13.20"),
    ("Närvarande till 14.00", "till 14.00"),
    ("Deltog från punkt 3", "från punkt 3"),
    ("Närvarade t.o.m. § 5", "t.o.m. § 5"),
    ("Var med till 14.00", "till 14.00"),
    ("Ja till 14.00", "till 14.00"),
    ("Närvarande via Teams", "via Teams"),
    ("Ja, deltog på distans", "på distans"),
    ("Kom efter § 4", "efter § 4"),
    ("Lämnade efter § 4", "Lämnade efter § 4"),
    ("Kom först kl. 15.40", "Kom först kl. 15.40"),
    ("Närvarande (§ 1–3)", "§ 1–3"),
    ("Ja (via Teams)", "via Teams"),
    ("Kom 13.20", "Kom 13.20"),
    ("Gick 14.00", "Gick 14.00"),
    ("Ja (via Teams), från 13.20", "via Teams, från 13.20"),
])
def test_a_presence_cell_that_says_someone_came_in_part_is_present(empty_store: Path, tmp_path: Path, cell: str,
                                                                   partial: str) -> None:
    """A Närvaro cell opening with Ja, Närvarande, Kom or Gick says the person was there: present, with the time
    or the items they were there for (or 'via Teams') as their partial attendance, and nothing unsure. A word that
    says no more than that they were there or came is the column's and not kept ('Närvarande till 14.00' → 'till
    14.00'); one that gives the rest its sense stays ('Kom 13.20', 'Lämnade efter § 4')."""
    text = (f"{HEAD}Namn\tOrganisation\tNärvaro\nAnna Berg\tKommunen\tJa\nOlle Sund\tPolisen\t{cell}\n"
            f"Eva Ek\tSkolan\tFörhinder\n{ITEM}")
    result = import_one(empty_store, write_note(tmp_path, text))
    people = [(a.name, a.org, a.absent, a.partial, a.title) for a in result.meeting.attendees]
    assert people == [("Anna Berg", "Kommunen", False, None, None), ("Olle Sund", "Polisen", False, partial, None),
                      ("Eva Ek", "Skolan", True, None, None)]
    assert result.unsure == []


@pytest.mark.parametrize("cell, partial", [("Ja, men gick tidigt", "men gick tidigt"), ("Kom sent", "Kom sent"),
                                           ("Närvarande en stund", "en stund"), ("Ja, en stund", "en stund"),
                                           ("Deltog en del av mötet", "en del av mötet"), ("Delvis", "Delvis")])
def test_a_presence_cell_that_says_someone_was_there_and_more_is_present_and_unsure(
        empty_store: Path, tmp_path: Path, cell: str, partial: str) -> None:
    """A Närvaro cell opening with Ja, Närvarande or Kom says the person was there, whatever words follow that the
    import cannot read or that do not say which part of the meeting ('en stund'): present, those words as their
    partial attendance without the word saying they were there, the row marked unsure; never absent."""
    text = f"{HEAD}Namn\tOrganisation\tNärvaro\nOlle Sund\tPolisen\t{cell}\n{ITEM}"
    result = import_one(empty_store, write_note(tmp_path, text))
    [olle] = result.meeting.attendees
    assert (olle.absent, olle.partial, olle.title) == (False, partial, None)
    assert [doubt.split(":", 1)[0] for doubt in result.unsure] == ["rad 7"]
    assert "lästes som närvarande" in result.unsure[0]


TEAMS = """---
title: Trygghetsrådet Falun – november
datum: 2026-11-26
tid: "13:00-14:30"
plats: Teams
deltagare: [Marie Lind, Jonas Ek, Aisha Noor]
frånvarande:
  - Bo Strand
---

# Anteckningar

| Namn | Organisation | Närvaro |
|------|--------------|---------|
| Marie Lind | Falu kommun | Närvarande |
| Jonas Ek | Polisen | Närvarande, från 13:20 |
| Aisha Noor | Kopparstaden | Närvarande |
| Bo Strand | Räddningstjänsten | Förhinder |

## 1. Läget i centrum
Jonas Ek: lugnare än i oktober.

## Att göra
- [ ] Aisha Noor: skicka kostnadsförslag senast 10 december
"""


def test_markdown_that_lists_its_people_in_the_header_and_a_table_gives_each_once(empty_store: Path,
                                                                                  tmp_path: Path) -> None:
    """Teams' and OneNote's Markdown: the YAML header's lists and the table below name the same people; each is
    one attendee with what both say, the partial attendance included, and a name is never said to be either of
    itself."""
    result = import_one(empty_store, write_note(tmp_path, TEAMS, "teams.md"))
    people = [(a.name, a.org, a.absent, a.partial) for a in result.meeting.attendees]
    assert people == [("Marie Lind", "Falu kommun", False, None), ("Jonas Ek", "Polisen", False, "från 13:20"),
                      ("Aisha Noor", "Kopparstaden", False, None), ("Bo Strand", "Räddningstjänsten", True, None)]
    summary = "\n".join(result.summary())
    assert "3\xa0närvarande, 1\xa0frånvarande" in summary
    assert "kan vara" not in summary and "Aisha Noor eller" not in summary
    assert [(p.title, p.owners) for p in result.proposals] == [("Skicka kostnadsförslag", ["Aisha Noor"])]


def test_the_review_reads_again_a_line_of_a_person_listed_twice_without_a_copy(empty_store: Path,
                                                                             tmp_path: Path) -> None:
    """Both lines that name the person stand for the one attendee: reading the table's row again in the review
    ('22 n') gives the person once, and moving it to the absent moves the one attendee."""
    result = import_one(empty_store, write_note(tmp_path, TEAMS, "teams.md"))
    store = load(empty_store)
    def row() -> Row:
        return next(r for r in rows(result) if "Jonas Ek" in r.text and "Polisen" in r.text)

    move(result, row(), "närvarande", store.people)
    assert [a.name for a in result.meeting.attendees].count("Jonas Ek") == 1
    move(result, row(), "frånvarande", store.people)
    assert [(a.name, a.absent) for a in result.meeting.attendees if a.name == "Jonas Ek"] == [("Jonas Ek", True)]


@pytest.mark.parametrize("keys", [["närvarande"], ["frånvarande"], ["frånvarande", "närvarande"],
                                  ["närvarande", "frånvarande", "närvarande"]], ids="-".join)
def test_either_line_of_a_person_listed_twice_read_again_is_the_one_attendee(empty_store: Path, tmp_path: Path,
                                                                            keys: list[str]) -> None:
    """n or f on the header's line, on the table's row, in turn: always one Jonas Ek, where he stood among the
    others, held by both lines, on the side the last key said, with the organisation the table gives; never moved
    to the absent, with the part of the meeting the table gives too."""
    result = import_one(empty_store, write_note(tmp_path, TEAMS, "teams.md"))
    store = load(empty_store)
    for n, key in enumerate(keys):
        header = n % 2 == 0  # the header's line first, then the table's row
        row = next(r for r in rows(result) if "Jonas Ek" in r.text and ("Polisen" in r.text) != header
                   and r.what in ("people", "field"))
        move(result, row, key, store.people)
    absent = keys[-1] == "frånvarande"
    jonas = [a for a in result.meeting.attendees if a.name == "Jonas Ek"]
    assert [(a.org, a.absent) for a in jonas] == [("Polisen", absent)]
    assert [a.name for a in result.meeting.attendees] == ["Marie Lind", "Jonas Ek", "Aisha Noor", "Bo Strand"]
    if "frånvarande" not in keys:
        assert jonas[0].partial == "från 13:20"
    named = [r for r in rows(result) if r.what == "people" and any(p is jonas[0] for p in r.place)]
    assert len(named) == 2


def test_a_member_listed_again_for_part_of_the_meeting_is_one_person(empty_store: Path, tmp_path: Path) -> None:
    """'Ledamöter: … Sven Dahl (SD)' and below 'Delvis närvarande: Sven Dahl (SD) till kl. 09.15': one member, there
    until 09.15; the same name with another organisation stays twice and is marked unsure."""
    text = (f"{HEAD}Ledamöter: Anna Berg (S), ordförande, Sven Dahl (SD)\n"
            "Delvis närvarande: Sven Dahl (SD) till kl. 09.15\nÖvriga: Olle Sund, Polisen\n"
            f"Adjungerade: Olle Sund, Räddningstjänsten\n{ITEM}")
    result = import_one(empty_store, write_note(tmp_path, text))
    people = [(a.name, a.party, a.org, a.group, a.partial) for a in result.meeting.attendees]
    assert people == [("Anna Berg", "S", None, "member", None), ("Sven Dahl", "SD", None, "member", "till kl. 09.15"),
                      ("Olle Sund", None, "Polisen", "other", None),
                      ("Olle Sund", None, "Räddningstjänsten", "adjunct", None)]
    assert [doubt.split(":", 1)[0] for doubt in result.unsure] == ["rad 9"]
    assert "står två gånger, med olika uppgifter" in result.unsure[0]


@pytest.mark.parametrize("lines", [
    "Övriga: Olle Sund, Polisen\nAdjungerade: Olle Sund, Räddningstjänsten\n",
    "Närvarande: Olle Sund, Polisen\nÖvriga: Anna Berg, Skolan\nNärvarande: Olle Sund, Räddningstjänsten\n",
    "Ledamöter: Olle Sund (S), Anna Berg (M)\nErsättare: Olle Sund (SD)\n",
], ids=["två-etiketter", "annan-emellan", "två-partier"])
def test_the_same_name_with_other_details_is_two_attendees_whatever_the_lines_around(
        empty_store: Path, tmp_path: Path, lines: str) -> None:
    """Whether a line for part of the meeting stands before them or not: the same name listed on the same side
    with another organisation, party or group is kept twice, as written, the later line unsure; nobody is lost."""
    result = import_one(empty_store, write_note(tmp_path, f"{HEAD}{lines}{ITEM}"))
    olle = [(a.party, a.org) for a in result.meeting.attendees if a.name == "Olle Sund"]
    assert len(olle) == 2 and olle[0] != olle[1]
    assert len(result.unsure) == 1 and "står två gånger, med olika uppgifter" in result.unsure[0]
    assert result.unsure[0].startswith(f"rad {5 + lines.count(chr(10))}:")


def test_a_line_for_part_of_the_meeting_names_someone_listed_even_with_other_details(empty_store: Path,
                                                                                       tmp_path: Path) -> None:
    """'Delvis närvarande: Sven Dahl (M) t.o.m. punkt 2' under 'Ledamöter: Sven Dahl (SD)' says when the member
    listed above was there: one attendee, the first party kept and the line unsure; the people after it are all
    there."""
    text = (f"{HEAD}Ledamöter: Sven Dahl (SD), Anna Ek (S)\nDelvis närvarande: Sven Dahl (M) t.o.m. punkt 2\n"
            f"Övriga: Olle Sund, Polisen\nAdjungerade: Olle Sund, Räddningstjänsten\n{ITEM}")
    result = import_one(empty_store, write_note(tmp_path, text))
    assert [(a.name, a.party, a.org, a.partial) for a in result.meeting.attendees] == [
        ("Sven Dahl", "SD", None, "t.o.m. punkt 2"), ("Anna Ek", "S", None, None), ("Olle Sund", None, "Polisen", None),
        ("Olle Sund", None, "Räddningstjänsten", None)]
    assert [doubt.split(":", 1)[0] for doubt in result.unsure] == ["rad 7", "rad 9"]
    assert "står redan i listan och räknas en gång" in result.unsure[0] and "parti ”SD” eller ”M”" in result.unsure[0]


def test_the_review_adds_the_same_name_with_other_details_as_another_attendee(empty_store: Path,
                                                                            tmp_path: Path) -> None:
    """n on a line naming someone listed above with another organisation is read as the import reads it: a second
    attendee, the line unsure; the one listed above keeps what their line says."""
    text = f"{HEAD}Övriga: Olle Sund, Polisen\n{ITEM}Olle Sund, Räddningstjänsten\n"
    result = import_one(empty_store, write_note(tmp_path, text))
    row = next(r for r in rows(result) if r.text == "Olle Sund, Räddningstjänsten")
    move(result, row, "närvarande", load(empty_store).people)
    assert [(a.name, a.org) for a in result.meeting.attendees] == [("Olle Sund", "Polisen"),
                                                                   ("Olle Sund", "Räddningstjänsten")]
    row = next(r for r in rows(result) if r.text == "Olle Sund, Räddningstjänsten")
    assert "står två gånger, med olika uppgifter" in row.doubt
