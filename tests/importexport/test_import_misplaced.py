"""Lines a first import put in a wrong place while its summary said all text was placed: the meeting's day beside
the notice's date, a case number before the title, a member without a cross, a due date without a year, people
listed after the agenda, an empty agenda item, and more. Each is placed right, or listed as unsure."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from brå_tui.importer.report import ImportResult
from tests.importexport.notes import import_one, write_note


def _read(store: Path, tmp_path: Path, text: str, name: str = "note.txt") -> ImportResult:
    return import_one(store, write_note(tmp_path, text, name))


_MEETING_DAY = ["Sammanträdesdag: 2026-04-22", "Sammanträdesdatum: 2026-04-22", "Mötesdatum\t22 april 2026"]
_ISSUED = ["Datum: 2026-04-02", "Utfärdad: 2026-04-02", "Utfärdad\t2 april 2026"]


@pytest.mark.parametrize("day", _MEETING_DAY)
@pytest.mark.parametrize("issued", _ISSUED)
@pytest.mark.parametrize("first", ["day", "issued"])
def test_a_notices_meeting_day_and_issue_date_in_any_order(empty_store: Path, tmp_path: Path, day: str,
                                                          issued: str, first: str) -> None:
    """A kallelse's Sammanträdesdag (or -datum, Mötesdatum) is the meeting's date and its Datum (or Utfärdad) the
    day it was issued, whichever comes first."""
    fields = [day, issued] if first == "day" else [issued, day]
    text = "Kallelse till Lokala Brå\n\n" + "\n".join(fields) + "\nTid: 13.15–15.30\n\n1. Lägesbild\n"
    result = _read(empty_store, tmp_path, text)
    assert (result.meeting.date, result.meeting.issued) == (dt.date(2026, 4, 22), dt.date(2026, 4, 2))
    assert result.meeting.start == dt.time(13, 15)
    assert result.unplaced == [] and result.unsure == []


@pytest.mark.parametrize("order", list(itertools.permutations(["Datum: 2026-04-02", "Sammanträdesdag: 2026-04-22",
                                                               "Utfärdad: 2026-04-01"])))
def test_all_three_date_labels_in_any_order(empty_store: Path, tmp_path: Path, order: tuple[str, ...]) -> None:
    """Datum and Utfärdad both present beside the meeting's day: Utfärdad is the issue date, and Datum, a third
    date that is neither, is listed as unsure."""
    text = "Kallelse till Lokala Brå\n\n" + "\n".join(order) + "\n\n1. Lägesbild\n"
    result = _read(empty_store, tmp_path, text)
    assert (result.meeting.date, result.meeting.issued) == (dt.date(2026, 4, 22), dt.date(2026, 4, 1))
    assert [u for u in result.unsure if "Datum: 2026-04-02" in u], result.unsure


_DECIDED = "Rådet beslutar att\n- ansöka om kamerabevakning,\n- avsätta 40 000 kr.\n"


@pytest.mark.parametrize("number", ["§ 3 ", "1. ", "§ 3\n", "§ 3\t"], ids=["§", "1.", "§-above", "§-tab"])
@pytest.mark.parametrize("case", ["Dnr 2025/0341", "Dnr: KS 2025/0341", "Diarienummer KS-2025/0341,"])
@pytest.mark.parametrize("name", ["note.txt", "note.md"])
def test_a_case_number_before_the_title_keeps_the_title(empty_store: Path, tmp_path: Path, number: str, case: str,
                                                      name: str) -> None:
    """'§ 3 Dnr 2025/0341 Kameror vid färjeläget': the case number is the label's number, the title what follows,
    and the decisions below stay decisions (as text or as Markdown)."""
    head = "# " if name.endswith(".md") else ""
    item = "### " if name.endswith(".md") else ""
    text = (f"{head}Protokoll Lokala Brå 2025-11-06\n\nNärvarande: Eva Ros (S)\n\n"
            f"{item}{number}{case} Kameror vid färjeläget\n{_DECIDED}")
    result = _read(empty_store, tmp_path, text, name)
    [got] = result.meeting.items
    number_written = case.split(maxsplit=1)[1].lstrip(": ").rstrip(",")
    assert (got.title, got.case_number) == ("Kameror vid färjeläget", number_written)
    assert [d.text for d in got.decisions] == ["Rådet beslutar att ansöka om kamerabevakning",
                                               "Rådet beslutar att avsätta 40 000 kr."]
    assert got.decisions[1].amount_sek == 40000
    assert result.unplaced == [] and result.unsure == []


_TICKS = {"four": [("Närvarande ledamöter", "Ledamot", "Närvarande", "Tjänstgörande ersättare"),
                   ("", "Kerstin Alm (S)", "X", ""), ("", "Rut Berg (SD)", "", ""), ("", "Ola Ek (M)", "X", "")],
          "two": [("Ledamot", "Närvarande"), ("Kerstin Alm (S)", "X"), ("Rut Berg (SD)", ""), ("Ola Ek (M)", "X")]}


def _tick_note(tmp_path: Path, rows: list[tuple[str, ...]], word: bool, last: bool) -> Path:
    rows = [rows[0], rows[1], rows[3], rows[2]] if last else rows
    head = ["Protokoll Lokala Brå 2026-02-18", ""]
    tail = ["", "§ 1 Lägesbild", "Inget."]
    if not word:
        lines = ["\t".join(row).rstrip("\t") for row in rows]  # an editor may strip the empty cells at the end
        return write_note(tmp_path, "\n".join([*head, *lines, *tail]) + "\n")
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for text in head[:1]:
        document.add_paragraph(text)
    table = document.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    for text in tail:
        document.add_paragraph(text)
    document.save(str(tmp_path / "kryss.docx"))
    return tmp_path / "kryss.docx"


@pytest.mark.parametrize("shape", list(_TICKS))
@pytest.mark.parametrize("word", [False, True], ids=["text", "word"])
@pytest.mark.parametrize("last", [False, True], ids=["middle", "last"])
def test_a_member_without_a_tick_is_absent(empty_store: Path, tmp_path: Path, shape: str, word: bool,
                                           last: bool) -> None:
    """A row of a tick-box table with no tick and nobody standing in ('Rut Berg (SD)' and empty cells, which a
    text file may strip) is an absent member, in text and in Word, wherever the row stands."""
    result = import_one(empty_store, _tick_note(tmp_path, _TICKS[shape], word, last))
    assert sorted((a.name, a.absent) for a in result.meeting.attendees) == [
        ("Kerstin Alm", False), ("Ola Ek", False), ("Rut Berg", True)]
    assert result.unplaced == [] and result.unsure == []


@pytest.mark.parametrize("people", [
    "Kallade ledamöter: Moa Lindh (S), Erik Sten (M)\nInbjudna: Anders Frisk, Polisen\n",
    "Kallade ledamöter:\nMoa Lindh (S)\nErik Sten (M)\n\nInbjudna\nAnders Frisk, Polisen\n",
    "Kallade ledamöter\tMoa Lindh (S), Erik Sten (M)\nInbjuden\tAnders Frisk, Polisen\n",
], ids=["colon", "lists", "tab"])
@pytest.mark.parametrize("agenda", ["1. Lägesbild 13.15-14.00\n", "§ 1 Lägesbild\nInget.\n",
                                    "1. Lägesbild\n2. Övriga frågor\n"], ids=["1.", "§", "övriga"])
def test_people_listed_after_the_agenda_are_the_meetings(empty_store: Path, tmp_path: Path, people: str,
                                                        agenda: str) -> None:
    """A notice that lists whom it calls after its agenda: they are the meeting's people with their groups, not
    notes of the last item."""
    text = "Kallelse till Lokala Brå\n\nDatum: 2026-04-02\n\n" + agenda + "\n" + people
    result = _read(empty_store, tmp_path, text)
    assert [(a.name, a.party, a.org, a.group) for a in result.meeting.attendees] == [
        ("Moa Lindh", "S", None, "member"), ("Erik Sten", "M", None, "member"),
        ("Anders Frisk", None, "Polisen", "invited")]
    assert not [i for i in [*result.meeting.items, *result.meeting.other] if "Lindh" in i.notes + i.title]
    assert result.unplaced == [] and result.unsure == []


def test_a_sentence_after_the_agenda_that_opens_with_a_group_word_stays_in_its_item(empty_store: Path,
                                                                                   tmp_path: Path) -> None:
    """'Ersättare: kallas vid behov.' names nobody: it is the item's text."""
    text = "Kallelse till Lokala Brå\n\nDatum: 2026-04-02\n\n1. Lägesbild\nErsättare: kallas vid behov.\n"
    result = _read(empty_store, tmp_path, text)
    assert result.meeting.attendees == []
    assert result.meeting.items[0].notes == "Ersättare: kallas vid behov.\n"


@pytest.mark.parametrize("written, due", [
    ("15 april", dt.date(2026, 4, 15)), ("den 15 april", dt.date(2026, 4, 15)), ("15:e april", dt.date(2026, 4, 15)),
    ("15 apr.", dt.date(2026, 4, 15)), ("15/4", dt.date(2026, 4, 15)), ("1 mars", dt.date(2027, 3, 1)),
    ("15/4-27", dt.date(2027, 4, 15)), ("15/4 2027", dt.date(2027, 4, 15)), ("2026-04-30", dt.date(2026, 4, 30)),
    ("30 april 2026", dt.date(2026, 4, 30))])
@pytest.mark.parametrize("word", [False, True], ids=["text", "word"])
def test_an_action_lists_due_date_without_a_year(empty_store: Path, tmp_path: Path, written: str, due: dt.date,
                                                 word: bool) -> None:
    """'Klart till' in an action list, without a year ('15 april', '15/4'): the next such day after the meeting
    (2026-03-12), in text and in a Word table."""
    rows = [("Åtgärd", "Ansvarig", "Klart till"), ("Boka lokal", "Tove Rask", written)]
    head = ["Minnesanteckningar Lokala Brå 2026-03-12", "Närvarande: Tove Rask, sekreterare", "",
            "1. Lägesbild", "Inget nytt.", ""]
    if word:
        docx = pytest.importorskip("docx")
        document = docx.Document()
        for text in head:
            document.add_paragraph(text)
        table = document.add_table(rows=0, cols=3)
        for row in rows:
            for cell, text in zip(table.add_row().cells, row, strict=True):
                cell.text = text
        document.save(str(tmp_path / "due.docx"))
        result = import_one(empty_store, tmp_path / "due.docx")
    else:
        result = _read(empty_store, tmp_path, "\n".join([*head, *("\t".join(r) for r in rows)]) + "\n")
    assert [(f.title, f.owners, f.due) for f in result.meeting.followups] == [("Boka lokal", ["Tove Rask"], due)]
    assert result.unplaced == [] and result.unsure == []


def test_a_due_date_that_cannot_be_read_is_unsure(empty_store: Path, tmp_path: Path) -> None:
    """'vecka 14' names no day: the follow-up has no due date and its line is listed as unsure."""
    text = ("Minnesanteckningar Lokala Brå 2026-03-12\nNärvarande: Tove Rask\n\n1. Lägesbild\nInget.\n\n"
            "Åtgärd\tAnsvarig\tKlart till\nRinga polisen\tTove Rask\tvecka 14\n")
    result = _read(empty_store, tmp_path, text)
    assert [f.due for f in result.meeting.followups] == [None]
    assert [u for u in result.unsure if "vecka 14" in u], result.unsure


@pytest.mark.parametrize("when, due", [("15 april", dt.date(2026, 4, 15)), ("15/4", dt.date(2026, 4, 15)),
                                       ("den 2 mars", dt.date(2027, 3, 2))])
def test_an_assignments_due_date_without_a_year(empty_store: Path, tmp_path: Path, when: str, due: dt.date) -> None:
    """'… får i uppdrag att boka lokal senast 15/4': proposed with the next such day as its due date, the date
    left out of its title."""
    text = (f"Minnesanteckningar Lokala Brå 2026-03-12\nNärvarande: Tove Rask\n\n1. Lägesbild\n"
            f"Tove Rask får i uppdrag att boka lokal senast {when}.\n")
    result = _read(empty_store, tmp_path, text)
    assert [(p.title, p.due) for p in result.proposals] == [("Boka lokal", due)]


@pytest.mark.parametrize("ask", ["Anmäl förhinder till Sofie Dahl senast 28 januari.",
                                 "Förhinder anmäls till Sofie Dahl senast 28 januari.",
                                 "OSA till Sofie Dahl senast 28 januari.",
                                 "Vid förhinder, kontakta Sofie Dahl.",
                                 "Meddela eventuellt förhinder till sekreteraren."])
@pytest.mark.parametrize("where", ["after", "head"])
def test_a_notices_request_for_apologies_is_set_aside(empty_store: Path, tmp_path: Path, ask: str,
                                                     where: str) -> None:
    """'Anmäl förhinder till X senast …' is the notice's word to those it calls, not a note of its last item nor a
    schedule: set aside, and listed so."""
    before, after = (ask + "\n\n", "") if where == "head" else ("", "\n" + ask + "\n")
    text = ("Kallelse Lokala Brå 2026-02-03\n\n" + before + "1. Lägesbild\n2. Avslutning\n" + after)
    result = _read(empty_store, tmp_path, text)
    assert all(not i.notes for i in result.meeting.items) and result.meeting.other == []
    assert (ask, "anvisning till de kallade") in result.set_aside
    assert result.unplaced == [] and result.unsure == [] and result.proposals == []


def test_a_label_of_people_with_apologies_is_no_request(empty_store: Path, tmp_path: Path) -> None:
    text = "Protokoll Lokala Brå 2026-02-03\n\nAnmält förhinder: Sofie Dahl\n\n§ 1 Lägesbild\nInget.\n"
    result = _read(empty_store, tmp_path, text)
    assert [(a.name, a.absent) for a in result.meeting.attendees] == [("Sofie Dahl", True)]


@pytest.mark.parametrize("agenda", [
    "1.\tLägesbild\t14.00–14.30\n2.\tÖvriga frågor\t14.30–14.50\n3.\tAvslutning\t14.50–15.00\n",
    "1. Lägesbild 14.00–14.30\n2. Övriga frågor 14.30–14.50\n3. Avslutning 14.50–15.00\n",
    "1. Lägesbild\n14.00–14.30\n2. Övriga frågor\n14.30–14.50\n3. Avslutning\n14.50–15.00\n",
    "1.\tLägesbild\t14.00–14.30\n2.\tÖvriga frågor\t14.30–14.50\n",
], ids=["tabs", "spaces", "below", "last"])
def test_an_empty_other_questions_item_of_an_agenda_keeps_its_number_and_time(empty_store: Path, tmp_path: Path,
                                                                             agenda: str) -> None:
    """A notice's agenda item 'Övriga frågor' with nothing under it is an item with its number and time slot."""
    result = _read(empty_store, tmp_path, "Kallelse Lokala Brå 2026-02-03\n\nDagordning\n" + agenda)
    items = [(i.number, i.title, i.start, i.end) for i in result.meeting.items]
    assert ("2.", "Övriga frågor", dt.time(14, 30), dt.time(14, 50)) in items
    assert [i[1] for i in items] == ["Lägesbild", "Övriga frågor", "Avslutning"][: 3 if "Avslutning" in agenda
                                                                                  else 2]
    assert result.unplaced == [] and result.unsure == []



@pytest.mark.parametrize("other", ["2.\tÖvriga frågor\t14.30–14.50\n", "2. Övriga frågor\n14.30–14.50\n"],
                         ids=["tab", "below"])
def test_the_time_of_other_questions_with_text_under_them_is_unsure(empty_store: Path, tmp_path: Path,
                                                                   other: str) -> None:
    """Other questions with text under them are the meeting's other questions, which hold no time slot: the line
    with the time is listed as unsure rather than its time silently dropped."""
    text = "Protokoll Lokala Brå 2026-02-03\n\n1. Lägesbild\nInget.\n" + other + "Skolan tog upp klotter.\n"
    result = _read(empty_store, tmp_path, text)
    assert [o.notes + o.title for o in result.meeting.other if "klotter" in o.notes + o.title]
    assert [u for u in result.unsure if "14.30–14.50" in u], result.unsure


@pytest.mark.parametrize("line", [
    "Justerare: Per Ek, Rådhuset den 24 september",
    "Justerare: Per Ek, Rådhuset 24 september",
    "Justerare: Per Ek, den 24 september, Rådhuset",
    "Justerare: Per Ek, 24 sep. i Rådhuset",
    "Justerare: Per Ek\t24/9\tRådhuset",
    "Justerare: Per Ek\nJustering: Rådhuset den 24 september",
])
def test_the_adjusting_date_without_a_year(empty_store: Path, tmp_path: Path, line: str) -> None:
    """An adjusting's date without its year is the next such day after the meeting, and no part of the place."""
    text = f"Protokoll Lokala Brå 2025-09-17\n\nNärvarande: Eva Ros (S), Per Ek (M)\n{line}\n\n§ 34 Lägesbild\nInget.\n"
    m = _read(empty_store, tmp_path, text).meeting
    assert (m.adjusters, m.adjusting_date, m.adjusting_place) == (["Per Ek"], dt.date(2025, 9, 24), "Rådhuset")


@pytest.mark.parametrize("line, case", [
    ("5.\tBudget 2026, Dnr 2025/77\t15.25–16.00", "2025/77"), ("§ 35 Budget 2026, Dnr 2025/77", "2025/77"),
    ("§ 35 Budget 2026, dnr: 2025/77", "2025/77"), ("§ 35 Budget 2026 (Dnr 2025/77)", "2025/77"),
    ("§ 35 Budget 2026, Diarienummer 2025/77", "2025/77"), ("§ 35 Budget 2026, Dnr KS 2025/77", "KS 2025/77")])
def test_a_case_number_after_the_title_without_a_prefix(empty_store: Path, tmp_path: Path, line: str,
                                                        case: str) -> None:
    """'Budget 2026, Dnr 2025/77': the case number after its label is the item's, with or without letters before
    the year, and no part of the title."""
    first = "1.\tLägesbild\t15.00–15.25\n2.\tKameror\n3.\tKlotter\n4.\tSkola\n" if line.startswith("5.") else ""
    text = f"Kallelse Lokala Brå 2025-09-17\n\nDagordning\n{first}{line}\n"
    result = _read(empty_store, tmp_path, text)
    last = result.meeting.items[-1]
    assert (last.title, last.case_number) == ("Budget 2026", case)
    assert result.unplaced == [] and result.unsure == []


@pytest.mark.parametrize("heading, kind", [
    ("§ 34\nInformationsärende: Trygghetsvandring", "information"),
    ("§ 34 Informationsärende: Trygghetsvandring", "information"),
    ("§ 34 Beslutsärende – Trygghetsvandring", "decision"),
    ("1. För beslut: Trygghetsvandring", "decision"),
    ("1. Information: Trygghetsvandring", "information")])
def test_an_items_kind_written_before_its_title(empty_store: Path, tmp_path: Path, heading: str, kind: str) -> None:
    """'Informationsärende: Trygghetsvandring': the item's kind, and the title without it."""
    text = f"Protokoll Lokala Brå 2025-09-17\n\nNärvarande: Eva Ros (S)\n\n{heading}\nInget.\n"
    result = _read(empty_store, tmp_path, text)
    [item] = result.meeting.items
    assert (item.title, item.kind) == ("Trygghetsvandring", kind)
    assert result.unplaced == [] and result.unsure == []


@pytest.mark.parametrize("line, partial", [
    ("Ola Tall, räddningstjänsten, deltog från punkt 3", "deltog från punkt 3"),
    ("Ola Tall, räddningstjänsten, närvarande t.o.m. § 5", "närvarande t.o.m. § 5"),
    ("Ola Tall, räddningstjänsten (lämnade mötet efter punkt 4)", "lämnade mötet efter punkt 4"),
    ("Ola Tall, räddningstjänsten, deltog under punkt 2–3", "deltog under punkt 2–3"),
    ("Ola Tall, räddningstjänsten, anslöt kl. 10.00", "anslöt kl. 10.00"),
    ("Ola Tall, räddningstjänsten, från punkt 3", "från punkt 3")])
def test_partial_attendance_with_its_verb(empty_store: Path, tmp_path: Path, line: str, partial: str) -> None:
    """'deltog från punkt 3' after the organisation: the partial attendance as written, no word of it a title."""
    text = f"Protokoll Lokala Brå 2025-10-09\n\nDeltagare:\n• {line}\n\n1. Lägesbild\nInget.\n"
    result = _read(empty_store, tmp_path, text)
    [a] = result.meeting.attendees
    assert (a.name, a.title, a.org, a.partial) == ("Ola Tall", None, "räddningstjänsten", partial)
    assert result.unplaced == [] and result.unsure == []


@pytest.mark.parametrize("line, title, org, role, group", [
    ("Gunnel Ljung, kommunalråd (ordförande)", "kommunalråd", None, "ordförande", None),
    ("Gunnel Ljung, kommunalråd (ordf.)", "kommunalråd", None, "ordförande", None),
    ("Gunnel Ljung, Polisen (sekreterare)", None, "Polisen", "sekreterare", None),
    ("Gunnel Ljung, kommunalråd (ersättare)", "kommunalråd", None, None, "substitute"),
    ("Gunnel Ljung, kommunalråd (Kommunstyrelsen)", "kommunalråd", "Kommunstyrelsen", None, None)])
def test_a_role_in_brackets_after_the_title(empty_store: Path, tmp_path: Path, line: str, title: str | None,
                                            org: str | None, role: str | None, group: str | None) -> None:
    """'Gunnel Ljung, kommunalråd (ordförande)': the role (or group) in brackets is theirs, no part of the title;
    the chair so named is the meeting's chair."""
    text = f"Protokoll Lokala Brå 2025-10-09\n\nDeltagare:\n• {line}\n\n1. Lägesbild\nInget.\n"
    result = _read(empty_store, tmp_path, text)
    [a] = result.meeting.attendees
    got = (a.title, a.org, a.role, a.group)
    if org == "Kommunstyrelsen":  # a bracket that is no role stays where it was read before
        assert a.role is None and a.group is None
        return
    assert got == (title, org, role, group)
    assert result.meeting.chair_names() == (["Gunnel Ljung"] if role == "ordförande" else [])
    assert result.unplaced == [] and result.unsure == []


@pytest.mark.parametrize("heading", ["Åtgärdslista", "Åtgärder:", "Beslutade åtgärder", "Att göra"])
@pytest.mark.parametrize("word", [False, True], ids=["text", "word"])
def test_the_heading_over_an_action_list_is_a_heading(empty_store: Path, tmp_path: Path, heading: str,
                                                      word: bool) -> None:
    """'Åtgärdslista' (in Word a Heading 2) over an action list's table heads the list: no note of the item
    before it."""
    head = ["Minnesanteckningar Lokala Brå 2026-03-12", "Närvarande: Tove Rask", "", "1. Lägesbild", "Inget nytt."]
    rows = [("Åtgärd", "Ansvarig", "Klart till"), ("Boka lokal", "Tove Rask", "2026-04-15")]
    if word:
        docx = pytest.importorskip("docx")
        document = docx.Document()
        for text in head:
            document.add_paragraph(text)
        document.add_heading(heading, 2)
        table = document.add_table(rows=0, cols=3)
        for row in rows:
            for cell, text in zip(table.add_row().cells, row, strict=True):
                cell.text = text
        document.save(str(tmp_path / "atgard.docx"))
        result = import_one(empty_store, tmp_path / "atgard.docx")
    else:
        result = _read(empty_store, tmp_path, "\n".join([*head, "", heading, *("\t".join(r) for r in rows)]) + "\n")
    assert [i.notes for i in result.meeting.items] == ["Inget nytt.\n"]
    assert [f.title for f in result.meeting.followups] == ["Boka lokal"]
    assert result.unplaced == [] and result.unsure == []


@pytest.mark.parametrize("after", ["3. Avslutning", "3.\tAvslutning"])
def test_the_next_numbered_item_after_an_other_questions_heading_is_an_item(empty_store: Path, tmp_path: Path,
                                                                          after: str) -> None:
    """'Övriga frågor' as a heading among numbered items: the item numbered next after it is an item again, not
    the text of an other question."""
    text = ("Minnesanteckningar Lokala Brå 2026-02-03\nNärvarande: Eva Ros\n\n1. Lägesbild\nInget.\n2. Budget\n"
            "Inget.\n\nÖvriga frågor\nKlotter vid skolan.\n\n" + after + "\nMötet avslutades.\n")
    result = _read(empty_store, tmp_path, text)
    assert [i.title for i in result.meeting.items] == ["Lägesbild", "Budget", "Avslutning"]
    assert "Avslutning" not in " ".join(o.title + o.notes for o in result.meeting.other)
    assert result.unplaced == [] and result.unsure == []
