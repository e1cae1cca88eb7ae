"""Shapes from other councils' minutes: how each reads, what is marked unsure, and that the import's work grows
with the text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brå_tui.importer.build import RUN_ON_TITLE
from brå_tui.importer.followups import IdMatcher, Row, TakenIds, fresh_id
from brå_tui.importer.header import due_day, month_number, parse_tid
from brå_tui.importer.schedule import parse_line
from tests.importexport.notes import import_one, write_note

docx = pytest.importorskip("docx")


class _CountingSet(set[str]):
    """A set that counts how often it is asked whether it holds an id."""

    asked = 0

    def __contains__(self, key: object) -> bool:
        type(self).asked += 1
        return super().__contains__(key)


def test_fresh_ids_for_many_follow_ups_of_one_title_take_work_in_proportion() -> None:
    """Each new follow-up of a title already used finds its numbered id at once, not by trying every number given
    before it: the ids asked about grow with the rows, not with their square."""
    rows = [Row(title="Trygghetsvandring", status="", owners=[]) for _ in range(400)]
    matcher = IdMatcher([])
    matcher.taken = _CountingSet()
    _CountingSet.asked = 0
    followups = matcher.build(rows, {})
    assert [f.id for f in followups[:3]] == ["trygghetsvandring", "trygghetsvandring-2", "trygghetsvandring-3"]
    assert len({f.id for f in followups}) == 400
    assert _CountingSet.asked <= 3 * len(rows)


def test_every_date_reader_reads_short_months_and_year_first_numbers() -> None:
    """One month reader behind the follow-ups' due dates, the schedule, the meeting's date and the adjusting's day:
    '21 sept', '12 okt.', '7 dec 2027', '2027.06.03', '20270603'; a date without a year takes the document's."""
    meeting = dt.date(2026, 3, 4)
    written = {"21 sept": dt.date(2026, 9, 21), "12 okt.": dt.date(2026, 10, 12), "7 dec 2027": dt.date(2027, 12, 7),
               "2027.06.03": dt.date(2027, 6, 3), "20270603": dt.date(2027, 6, 3), "3 feb.": dt.date(2027, 2, 3)}
    for text, day in written.items():
        assert due_day(text, meeting) == day, text
        entry = parse_line(f"Nästa möte {text}", None, meeting)
        assert entry is not None and entry.date == day, text
    for text in ("7 dec. 2027 kl. 9-11", "2027.12.07 kl. 9-11", "20271207 kl. 9-11", "tisdag 7 dec 2027 kl. 9-11"):
        assert parse_tid(text) == (dt.date(2027, 12, 7), dt.time(9), dt.time(11)), text
    assert month_number("Sept") == 9 and month_number("okt.") == 10 and month_number("ju") is None



class _CountingIds(TakenIds):
    """Ids in use that count how often they are asked whether they hold an id."""

    asked = 0

    def __contains__(self, key: object) -> bool:
        type(self).asked += 1
        return super().__contains__(key)


def test_fresh_ids_for_proposals_take_work_in_proportion(empty_store: Path, tmp_path: Path) -> None:
    """Assignments in the prose of one title each get a numbered id of their own, found at once."""
    taken = _CountingIds({"kontakta-polisen"})
    _CountingIds.asked = 0
    ids = [fresh_id("kontakta-polisen", taken) for _ in range(400)]
    assert ids[:2] == ["kontakta-polisen-2", "kontakta-polisen-3"] and len(set(ids)) == 400
    assert _CountingIds.asked <= 3 * len(ids)
    prose = "".join("Anna Ahl får i uppdrag att kontakta polisen.\n" for _ in range(3))
    text = f"{HEAD}Närvarande: Anna Ahl, Bo Berg, Carl Ceder\n\n1. Ekonomi\n{prose}"
    result = import_one(empty_store, write_note(tmp_path, text))
    assert [p.id for p in result.proposals] == ["kontakta-polisen", "kontakta-polisen-2", "kontakta-polisen-3"]


HEAD = "Minnesanteckningar Lokala Brå\nDatum: 2026-03-04\nTid: 15.00-16.30\nPlats: Stadshuset\n"
ITEMS = "\n1. Ekonomi\nRådet har 8 000 kronor kvar.\n"


def test_a_people_line_that_runs_on_into_who_took_the_notes(empty_store: Path, tmp_path: Path) -> None:
    """'Närvarande: …. Anteckningar: Lisa Berg' and '… Vid pennan/Lisa Berg' on the same line: the people, and Lisa
    as the secretary; nothing unsure."""
    for run_on in ("Anteckningar: Lisa Berg", "Vid pennan/Lisa Berg", "Vid pennan: Lisa Berg"):
        text = f"{HEAD}Närvarande: Anna Ahl, Bo Berg och Carl Ceder. {run_on}\n{ITEMS}"
        result = import_one(empty_store, write_note(tmp_path, text))
        assert [a.name for a in result.meeting.present()] == ["Anna Ahl", "Bo Berg", "Carl Ceder", "Lisa Berg"], run_on
        assert result.meeting.secretary_names() == ["Lisa Berg"], run_on
        assert result.unsure == [] and result.unplaced == [], run_on
    text = f"{HEAD}Närvarande: Anna Ahl, Bo Berg, Carl Ceder\nVid pennan/Lisa Berg\n{ITEMS}"
    alone = import_one(empty_store, write_note(tmp_path, text))
    assert alone.meeting.secretary_names() == ["Lisa Berg"] and alone.unsure == []


def test_a_sentence_after_the_names_is_kept_apart_and_marked_unsure(empty_store: Path, tmp_path: Path) -> None:
    """Any other sentence after the names is cut off the people, kept under the other questions, its line unsure;
    never a person or an organisation."""
    for sentence in ("Vi var få i dag.", "Mötet började sent på grund av snön.", "Kaffe serverades i pausen"):
        text = f"{HEAD}Närvarande: Anna Ahl, Bo Berg, Carl Ceder. {sentence}\n{ITEMS}"
        result = import_one(empty_store, write_note(tmp_path, text))
        m = result.meeting
        assert [(a.name, a.org, a.title) for a in m.attendees] == [
            ("Anna Ahl", None, None), ("Bo Berg", None, None), ("Carl Ceder", None, None)], sentence
        [other] = m.other
        assert other.title == RUN_ON_TITLE and other.notes == sentence + "\n"
        [doubt] = result.unsure
        assert doubt.startswith("rad 5:") and sentence in doubt.split("”", 2)[2]
        assert "Osäkert (1), kontrollera:" in "\n".join(result.summary())


def test_people_under_a_label_the_import_does_not_know_are_read_and_marked_unsure(empty_store: Path,
                                                                                  tmp_path: Path) -> None:
    """'Ersättare för kännedom: Nils Nord' gives a substitute, 'Observatörer: Olle Ost, Pia Pil' other participants:
    each person read, each line unsure for its label, never lost."""
    text = (f"{HEAD}Närvarande: Anna Ahl, Bo Berg, Carl Ceder\nErsättare för kännedom: Nils Nord\n"
            f"Observatörer: Olle Ost, Pia Pil\nGäster från skolan: Emil Ek\n{ITEMS}")
    result = import_one(empty_store, write_note(tmp_path, text))
    assert [(a.name, a.group) for a in result.meeting.attendees] == [
        ("Anna Ahl", None), ("Bo Berg", None), ("Carl Ceder", None), ("Nils Nord", "substitute"),
        ("Olle Ost", "other"), ("Pia Pil", "other"), ("Emil Ek", "other")]
    assert [doubt.split(":", 1)[0] for doubt in result.unsure] == ["rad 6", "rad 7", "rad 8"]
    assert "”Ersättare för kännedom” är ingen grupp" in result.unsure[0]
    assert result.unplaced == []


def _signed_document(tmp_path: Path, rows: list[list[str]]) -> Path:
    """Notes whose signatures are a Word table of the given rows of cells."""
    document = docx.Document()
    for line in f"{HEAD}Närvarande: Anna Ahl, Bo Berg, Carl Ceder\n{ITEMS}".split("\n"):
        document.add_paragraph(line)
    table = document.add_table(rows=0, cols=max(len(row) for row in rows))
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=False):
            cell.text = text
    path = tmp_path / "underskrifter.docx"
    document.save(str(path))
    return path


@pytest.mark.parametrize("rows, chair, secretary, adjusters", [
    ([["Justeras"], ["Kerstin Ahlgren, ordförande"]], "Kerstin Ahlgren", None, ["Kerstin Ahlgren"]),
    ([["Vid protokollet", "Justeras", ""], ["Lisa Berg, sekreterare", "Kerstin Ahlgren, ordförande", "Bo Berg"]],
     "Kerstin Ahlgren", "Lisa Berg", ["Bo Berg"]),
    ([["Justeras", "Kerstin Ahlgren, ordförande"], ["", "Bo Berg, justerare"]], "Kerstin Ahlgren", None, ["Bo Berg"]),
    ([["Sekreterare", "Justeras"], ["", ""], ["Lisa Berg", "Kerstin Ahlgren, ordförande"]],
     "Kerstin Ahlgren", "Lisa Berg", ["Kerstin Ahlgren"]),
])
def test_a_word_signature_table_gives_the_chair_and_the_adjuster(empty_store: Path, tmp_path: Path,
                                                                 rows: list[list[str]], chair: str,
                                                                 secretary: str | None, adjusters: list[str]) -> None:
    """The name under 'Justeras' adjusts, whatever role is written beside it (the chair alone there adjusts as
    chair); a name under an empty cell signs under the label to its left; the table is set aside as signatures."""
    result = import_one(empty_store, _signed_document(tmp_path, rows))
    m = result.meeting
    assert (m.chair, m.secretary, m.adjusters) == (chair, secretary, adjusters)
    assert [item.notes for item in m.items] == ["Rådet har 8 000 kronor kvar.\n"]
    assert result.unplaced == [] and result.unsure == []
    assert {why for _, why in result.set_aside} == {"underskrifter"}


PEOPLE = "Närvarande: Anna Ahl, Bo Berg, Carl Ceder\n"


def test_items_introduced_in_everyday_words_and_a_decision_told_so(empty_store: Path, tmp_path: Path) -> None:
    """'Det här tog vi upp:' is set aside as the items' heading; 'Vi bestämde att …' is a decision, marked unsure."""
    text = (f"{HEAD}{PEOPLE}\nDet här tog vi upp:\n1. Ekonomi\nRådet har pengar kvar.\nVi bestämde att köpa "
            "reflexer.\n2. Skolan\nLugnt.\nDet bestämdes att skolan bjuds in.\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    m = result.meeting
    assert [(i.title, [d.text for d in i.decisions]) for i in m.items] == [
        ("Ekonomi", ["Vi bestämde att köpa reflexer."]), ("Skolan", ["Det bestämdes att skolan bjuds in."])]
    assert result.set_aside == [("Det här tog vi upp:", "rubrik före ärendena")]
    assert [doubt.split(":", 1)[0] for doubt in result.unsure] == ["rad 10", "rad 13"]
    assert result.unplaced == [] and m.other == []


@pytest.mark.parametrize("sub_list", ["Vi gick igenom:\n1) Budgeten\n2) Reflexerna\n3) Kameror\n",
                                      "Vi gick igenom budgeten.\n2) Reflexerna ska köpas\n"])
def test_a_list_numbered_with_brackets_stays_inside_its_item(empty_store: Path, tmp_path: Path,
                                                             sub_list: str) -> None:
    """'1)', '2)' under items numbered '1.', '2.': the list stays in its item, nothing unsure."""
    text = f"{HEAD}{PEOPLE}\n1. Ekonomi\n{sub_list}2. Skolan\nLugnt.\n3. Övrigt\nInget.\n"
    result = import_one(empty_store, write_note(tmp_path, text))
    m = result.meeting
    assert [(i.number, i.title) for i in m.items] == [("1.", "Ekonomi"), ("2.", "Skolan"), ("3.", "Övrigt")]
    assert m.items[0].notes == sub_list
    assert result.unsure == [] and result.unplaced == []


@pytest.mark.parametrize("signature", [
    "/Rebecka\n\nRebecka Lund\nSamordnare brottsförebyggande\nTel 0123-45 67 89\nSkickat från min iPhone\n",
    "/Rebecka\n",
    "//Rebecka\nSkickat från min iPhone\n",
    "Rebecka Lund\nSamordnare brottsförebyggande\nrebecka.lund@kommun.se\n",
    "Skickat från Outlook för Android\n",
])
def test_an_e_mail_signature_is_set_aside(empty_store: Path, tmp_path: Path, signature: str) -> None:
    """A sign-off, the writer's name, title and phone, and what the mail program adds: set aside as the mail's
    signature, never an item's text or a person."""
    text = f"{HEAD}{PEOPLE}\n1. Ekonomi\nRådet har 8 000 kronor kvar.\n\n{signature}"
    result = import_one(empty_store, write_note(tmp_path, text))
    m = result.meeting
    assert [(i.title, i.notes) for i in m.items] == [("Ekonomi", "Rådet har 8 000 kronor kvar.\n")]
    assert [a.name for a in m.attendees] == ["Anna Ahl", "Bo Berg", "Carl Ceder"] and m.other == []
    assert result.set_aside == [(line, "e-postsignatur") for line in signature.split("\n") if line]
    assert result.unplaced == [] and result.unsure == []


@pytest.mark.parametrize("written", ["Nästa möten: 21 sept och 12 okt.", "Nästa möten:\n21 sept\n12 okt.",
                                     "Kommande sammanträden: 21 sept, 12 okt.", "Nästa träffar\n21 sept\n12 okt."])
def test_a_plural_label_reads_as_the_singular(empty_store: Path, tmp_path: Path, written: str) -> None:
    """'Nästa möten:' (or 'Kommande sammanträden', 'Nästa träffar') gives the planned meetings as 'Nästa möte:'."""
    text = f"{HEAD}{PEOPLE}\n1. Ekonomi\nRådet har 8 000 kronor kvar.\n\n{written}\n"
    result = import_one(empty_store, write_note(tmp_path, text))
    assert [e.date for e in result.meeting.schedule] == [dt.date(2026, 9, 21), dt.date(2026, 10, 12)]
    assert result.meeting.items[0].notes == "Rådet har 8 000 kronor kvar.\n"
    assert result.unplaced == [] and result.unsure == []
