"""Minutes in other councils' shapes, as a new user brings them (corpus/councils): protocols with page headers and an
ANSLAG/BEVIS box, Markdown notes, Word documents with heading styles and attendance tables, text in Windows-1252.
Each test names one rule and fails when the import puts text in the wrong place or hides it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.importexport.notes import COUNCILS, import_one, write_note


@pytest.mark.parametrize("name", ["protokoll-sidhuvuden.txt", "kumla-anslag-sist.txt"])
def test_an_anslag_box_ends_where_the_minutes_go_on(empty_store: Path, name: str) -> None:
    """Wherever the ANSLAG/BEVIS box stands, it sets aside the certificate and nothing of the minutes."""
    result = import_one(empty_store, COUNCILS / name)
    m = result.meeting
    assert [i.number for i in m.items][:5] == ["§ 21", "§ 22", "§ 23", "§ 24", "§ 25"]
    anslag = [text for text, reason in result.set_aside if reason == "anslag/bevis"]
    assert len(anslag) == 8 and anslag[0] == "ANSLAG/BEVIS" and anslag[-1] == "Eva Lund"


def test_prose_after_an_anslag_box_is_never_hidden(empty_store: Path, tmp_path: Path) -> None:
    """A box followed by the minutes' text without any heading: the text stays the minutes'."""
    text = ("Protokoll\nTid: 2024-03-07 kl 13.00-15.00\nNärvarande: Anna Ek, ordförande\n\n"
            "ANSLAG/BEVIS\nProtokollet är justerat.\nFörvaringsplats för protokollet\tKommunkansliet\n"
            "Rådet diskuterade trygghetsvandringen i Norra och vad som ska göras med belysningen.\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    assert [t for t, r in result.set_aside if r == "anslag/bevis"] == [
        "ANSLAG/BEVIS", "Protokollet är justerat.", "Förvaringsplats för protokollet\tKommunkansliet"]
    assert any("trygghetsvandringen i Norra" in u for u in result.unplaced)
    assert "  All text kunde placeras." not in result.summary()


def test_page_header_pairs_are_set_aside_and_name_the_document(empty_store: Path) -> None:
    """'KUMLA KOMMUN<TAB>SAMMANTRÄDESPROTOKOLL<TAB>3 (4)' and the line under it on every page are page furniture;
    the header of page 1 says the document is a protocol and gives its date."""
    result = import_one(empty_store, COUNCILS / "protokoll-sidhuvuden.txt")
    m = result.meeting
    assert m.document == "protokoll" and m.date == dt.date(2023, 9, 20)
    headers = [text for text, reason in result.set_aside if reason == "sidhuvud eller sidfot"]
    assert len(headers) == 4 and headers[0].endswith("2 (4)") and headers[1].endswith("2023-09-20")
    notes = " ".join(i.notes for i in [*m.items, *m.other])
    assert "KUMLA" not in notes and "Sammanträdesdatum" not in notes


@pytest.mark.parametrize("text, date, start, place", [
    ("Nästa möte: 2024-05-16", "2024-05-16", None, None),
    ("Nästa möte: 16 maj kl. 13.00, Stadshuset sal A.", "2024-05-16", dt.time(13), "Stadshuset sal A"),
    ("Nästa möte hålls 16 maj kl. 13.00 i Stadshuset.", "2024-05-16", dt.time(13), "Stadshuset"),
    ("Nästa möte\n16 maj kl. 13.00, Stadshuset sal A", "2024-05-16", dt.time(13), "Stadshuset sal A"),
    ("Nästa sammanträde äger rum den 5 december 2024 kl. 09.00, kommunhuset.", "2024-12-05", dt.time(9),
     "kommunhuset"),
    ("Nästa möte: 22/4 kl. 13.00 i kommunhuset.", "2024-04-22", dt.time(13), "kommunhuset"),
    ("Nästa möte\n22/4 kl. 13.00", "2024-04-22", dt.time(13), None),
    ("Rådet sammanträder nästa gång tisdagen den 5 maj 2024 kl. 08.30.", "2024-05-05", dt.time(8, 30), None),
    ("Nästa gång träffas vi 14/4 kl. 15 i Rådhuset.", "2024-04-14", dt.time(15), "Rådhuset"),
    ("Vi ses igen den 3 juni i Folkets hus.", "2024-06-03", None, "Folkets hus"),
])
def test_the_next_meeting_is_read_in_every_form(empty_store: Path, tmp_path: Path, text: str, date: str,
                                                 start: dt.time | None, place: str | None) -> None:
    """Below an item, under its own heading, or as the last line: date, time and place of the next meeting."""
    note = ("Anteckningar\nTid: 2024-03-07 kl 13.00-15.00\nPlats: Kommunhuset\nNärvarande: Anna Ek, ordförande\n\n"
            f"Ärenden:\n\n1. Lägesbild\nText.\n\n{text}\n")
    result = import_one(empty_store, write_note(tmp_path, note))
    assert [(e.date.isoformat(), e.start, e.place) for e in result.meeting.schedule] == [(date, start, place)]
    assert result.unplaced == [] and "Nästa" not in result.meeting.items[0].notes


@pytest.mark.parametrize("name, kept", [("nasta-mote-arende.txt", "Anmäl förhinder senast 10 maj.")])
def test_a_deadline_is_no_meeting(empty_store: Path, name: str, kept: str) -> None:
    """'Anmäl förhinder senast 10 maj.' under the next-meeting item stays as its text, never a planned meeting."""
    result = import_one(empty_store, COUNCILS / name)
    m = result.meeting
    assert [(e.date.isoformat(), e.place) for e in m.schedule] == [("2024-05-16", "Stadshuset")]
    assert kept in m.items[-1].notes


def test_a_deadline_in_a_schedule_is_reported(empty_store: Path, tmp_path: Path) -> None:
    note = ("Anteckningar\nTid: 2024-03-07 kl 13.00-15.00\nNärvarande: Anna Ek, ordförande\n\n"
            "Ärenden:\n\n1. Lägesbild\nText.\n\nMötestider 2024\n16 maj\nFörhinder anmäls senast 12 april\n")
    result = import_one(empty_store, write_note(tmp_path, note))
    assert [e.date.isoformat() for e in result.meeting.schedule] == ["2024-05-16"]
    assert result.unplaced == ["Förhinder anmäls senast 12 april"]


@pytest.mark.parametrize("name, numbers", [
    ("arenden-102.txt", [f"{n}." for n in range(1, 103)]),
    ("paragraf-100.txt", ["§ 98", "§ 99", "§ 100"]),
    ("punkt-100.txt", ["98.", "99.", "100."]),
])
def test_items_numbered_past_99_are_items_of_their_own(empty_store: Path, name: str, numbers: list[str]) -> None:
    """'100.' and up, and a numbering that goes on from an earlier meeting's ('98.'), start items."""
    result = import_one(empty_store, COUNCILS / name)
    assert [i.number for i in result.meeting.items][: len(numbers)] == numbers
    assert all("Ärende" not in i.notes and "Trygghetsvandring" not in i.notes for i in result.meeting.items)


def test_a_case_number_on_the_paragraph_line_is_the_case_number(empty_store: Path, tmp_path: Path) -> None:
    """'§ 22<TAB>Dnr KS 2023/412' with the title below; the same with only the number ('§ 23  KS-2023/377')."""
    m = import_one(empty_store, COUNCILS / "protokoll-sidhuvuden.txt").meeting
    by_number = {i.number: i for i in m.items}
    assert (by_number["§ 22"].title, by_number["§ 22"].case_number) == ("Lägesbild från polisen", "KS 2023/412")
    assert (by_number["§ 25"].title, by_number["§ 25"].case_number) == ("Budget 2024", "KS 2023/101")
    assert "Budget 2024" not in by_number["§ 25"].notes
    note = ("Protokoll\nSammanträdesdatum: 2024-09-04\nNärvarande: Anna Ek (S), ordförande\n\n"
            "§ 23\tKS-2023/377\nMedborgarlöfte\nText.\n")
    [item] = import_one(empty_store, write_note(tmp_path, note)).meeting.items
    assert (item.number, item.title, item.case_number) == ("§ 23", "Medborgarlöfte", "KS-2023/377")


@pytest.mark.parametrize("name, items", [
    ("protokoll-sidhuvuden.txt", 5),  # "§ 26" alone, "Övriga frågor" on the line below, a question under it
    ("punkt-100.txt", 4),  # "101. Övriga frågor" over "Inga.": the point stays, with its number
    ("paragraf-100.txt", 4),  # "§ 101 Övriga frågor" over "Inga."
])
def test_a_numbered_other_questions_item_is_the_other_questions(empty_store: Path, name: str, items: int) -> None:
    """With questions under it, a numbered Övriga frågor is the other questions, each keeping its number; with
    none ('Inga.') it stays an item with its number, never lost."""
    m = import_one(empty_store, COUNCILS / name).meeting
    assert len(m.items) == items
    assert not any(i.title.startswith("§") for i in m.items)
    if m.other:
        assert not any("övriga" in i.title.lower() for i in m.items) and {o.number for o in m.other} == {"§ 26"}
    else:
        assert (m.items[-1].number, m.items[-1].title) in (("101.", "Övriga frågor"), ("§ 101", "Övriga frågor"))


def test_the_other_questions_text_goes_to_the_other_questions(empty_store: Path) -> None:
    m = import_one(empty_store, COUNCILS / "protokoll-sidhuvuden.txt").meeting
    assert [o.notes for o in m.other] == ["Per-Erik Lind tar upp nedskräpning vid busstationen.\n"]
    assert [(e.date.isoformat(), e.start, e.place) for e in m.schedule] == [
        ("2023-11-15", dt.time(13, 15), "Kommunhuset")]


def test_a_word_attendance_table_of_three_columns_with_a_header_row(empty_store: Path) -> None:
    """Namn | Funktion | Organisation in Word: every row a person, the header row none."""
    m = import_one(empty_store, COUNCILS / "sala-protokoll.docx").meeting
    present = [(a.name, a.party, a.title, a.org, a.role, a.group) for a in m.present()]
    assert present == [("Gustav Ek", "M", None, "Kommunstyrelsen", "ordförande", None),
                       ("Hanna Lo", "S", None, "Kommunstyrelsen", None, "member"),  # 'ledamot' is her group
                       ("Ibrahim Kaya", None, "kommunpolis", "Polisen", None, None),
                       ("Jenny Ros", None, "enhetschef", "Socialtjänsten", None, None),
                       ("Karl Munk", None, None, "Kommunledningskontoret", "sekreterare", None)]
    assert [a.name for a in m.absentees()] == ["Olle Dahl", "Petra Vik"]


@pytest.mark.parametrize("header", ["Namn\tOrganisation\tFunktion\n", ""])
def test_a_tab_separated_attendance_table_with_or_without_its_header(empty_store: Path, tmp_path: Path,
                                                                      header: str) -> None:
    rows = ("Åsa Fröjd\tTierps kommun\tordförande\nGöran Älv\tPolisen\tkommunpolis\n"
            "Zoë Lindén\tSocialtjänsten\tfältare\n")
    note = f"Minnesanteckningar\nTid: 2024-10-03 09:00-11:30\n\nNärvarande:\n{header}{rows}\n1. Lägesbild\nText.\n"
    result = import_one(empty_store, write_note(tmp_path, note))
    assert [(a.name, a.title, a.org, a.role) for a in result.meeting.attendees] == [
        ("Åsa Fröjd", None, "Tierps kommun", "ordförande"), ("Göran Älv", "kommunpolis", "Polisen", None),
        ("Zoë Lindén", "fältare", "Socialtjänsten", None)]
    assert result.unplaced == [] and result.unsure == []


def test_a_four_column_table_with_party(empty_store: Path, tmp_path: Path) -> None:
    note = ("Protokoll\nSammanträdesdatum: 2024-10-03\n\nBeslutande\nNamn\tParti\tUppdrag\tOrganisation\n"
            "Anna Ek\tS\tledamot\tKommunstyrelsen\n\n§ 1 Lägesbild\nText.\n")
    [a] = import_one(empty_store, write_note(tmp_path, note)).meeting.attendees
    assert (a.name, a.party, a.title, a.org, a.group) == ("Anna Ek", "S", None, "Kommunstyrelsen", "member")


def test_signature_lines_give_chair_secretary_and_adjusters(empty_store: Path) -> None:
    """'Vid protokollet / Karl Munk, sekreterare', 'Justeras / Gustav Ek, ordförande<TAB><TAB>Hanna Lo, justerare':
    the names, each in the role written beside it, never a tab or a role word as a name."""
    result = import_one(empty_store, COUNCILS / "sala-protokoll.docx")
    m = result.meeting
    assert (m.chair, m.secretary, m.adjusters) == ("Gustav Ek", "Karl Munk", ["Hanna Lo"])


@pytest.mark.parametrize("closing, chair, secretary", [
    ("Vid anteckningarna\nSofia Berg\n", None, "Sofia Berg"),
    ("Välkomna!\n\nPeter Ahl\nOrdförande\n", "Peter Ahl", None),
])
def test_closing_lines_are_signatures(empty_store: Path, tmp_path: Path, closing: str, chair: str | None,
                                      secretary: str | None) -> None:
    note = ("Minnesanteckningar\nDatum: 2024-03-07\nDeltagare:\nKarin Holm\nSofia Berg\n\n1. Lägesbild\nText.\n\n"
            + closing)
    result = import_one(empty_store, write_note(tmp_path, note))
    assert (result.meeting.chair, result.meeting.secretary) == (chair, secretary)
    assert result.meeting.items[0].notes == "Text.\n" and result.unplaced == []


def test_check_flags_tabs_and_role_words_in_names(bra, empty_store: Path) -> None:
    folder = empty_store / "meetings"
    folder.mkdir()
    (folder / "2024-05-22.toml").write_text(
        'format = 2\ndate = 2024-05-22\nchair = "Gustav Ek"\n'
        'adjusters = ["Hanna Lo", "ordförande\\t\\tHanna Lo", "justerare"]\n', encoding="utf-8")
    done = bra("--store", empty_store, "check")
    assert "namnet 'ordförande␉␉Hanna Lo' i adjusters innehåller en tabb" in done.out + done.err
    assert "namnet 'justerare' i adjusters innehåller rollordet 'justerare'" in done.out + done.err
    assert "'Hanna Lo' i" not in done.out + done.err and "Gustav Ek" not in done.out + done.err
    assert "\t" not in done.out + done.err


def test_punkt_numbering_and_ej_narvarande_in_windows_1252(empty_store: Path) -> None:
    """'Punkt 1.' items, 'Ej närvarande: A, Org; B, Org' absent people, a numbered 'Punkt 4. Övriga frågor'."""
    result = import_one(empty_store, COUNCILS / "tierp-cp1252.txt")
    m = result.meeting
    assert [(i.number, i.title) for i in m.items] == [("Punkt 1.", "Föregående minnesanteckningar"),
                                                      ("Punkt 2.", "Aktuellt från polisen"),
                                                      ("Punkt 3.", "Trygghetsmätning 2024")]
    assert [(a.name, a.org) for a in m.absentees()] == [("Rolf Sjö", "Räddningstjänsten"), ("Nina Ek", "Fritid")]
    assert [(o.title, o.presenters) for o in m.other] == [("Halloween – fältarna är ute 31/10", ["Zoë Lindén"])]
    assert [(e.date.isoformat(), e.place) for e in m.schedule] == [
        ("2024-12-05", "kommunhuset"), ("2025-02-06", None), ("2025-04-03", None), ("2025-06-05", None)]
    assert result.unplaced == []


def test_an_assignment_with_till_and_a_date_is_proposed_with_its_due_date(empty_store: Path) -> None:
    [proposal] = import_one(empty_store, COUNCILS / "tierp-cp1252.txt").proposals
    assert (proposal.title, proposal.owners, proposal.due) == (
        "Ta fram förslag på bättre lås i förråden", ["Björn Ågren"], dt.date(2024, 11, 15))


@pytest.mark.parametrize("name", ["ludvika-minnes.md", "minnesanteckningar-punktlistor.txt"])
def test_markdown_and_bulleted_notes(empty_store: Path, name: str) -> None:
    """'# heading', '**Datum:**', '## Deltagare' over a '- ' list, '## 1. Title', '### Beslut': the same meeting
    as the plain text with '- ' bullets."""
    result = import_one(empty_store, COUNCILS / name)
    m = result.meeting
    assert (m.date, m.start, m.end, m.place, m.document) == (
        dt.date(2024, 3, 7), dt.time(13), dt.time(15, 30), "Folkets hus, lokal Bergslagen", "minnesanteckningar")
    assert [a.name for a in m.present()] == ["Karin Holm", "Ahmed Hassan", "Birgitta Ström",
                                             "Lars-Göran Pettersson", "Nils Åkesson", "Sofia Berg"]
    assert [a.name for a in m.absentees()] == ["Jan Eriksson", "Maja Lindqvist"]
    assert [(i.number, i.title) for i in m.items] == [("1.", "Välkommen och genomgång av dagordningen"),
                                                      ("2.", "Polisens lägesbild"), ("3.", "Fältgruppen informerar")]
    assert [d.text for d in m.items[2].decisions] == ["Fältgruppen utökar med en kväll i veckan under april–maj.",
                                                      "Ahmed Hassan ansvarar för schemat."]
    assert [(o.title, o.presenters) for o in m.other] == [  # the person before the colon presents, never the title
        ("Skolan önskar besök av polisen i åk 8", ["Birgitta Ström"]),
        ("Lars-Göran frågade om belysningen vid Gonäsvägen", [])]
    assert [(e.date.isoformat(), e.start, e.place) for e in m.schedule] == [
        ("2024-05-16", dt.time(13), "Stadshuset sal A")]
    assert m.secretary == "Sofia Berg"
    assert result.unplaced == [] and [d.split("” ", 1)[1] for d in result.unsure] == [
        "föreslås som uppföljning: Ansvara för schemat – Ahmed Hassan"]


def test_markdown_tables_and_emphasis(empty_store: Path, tmp_path: Path) -> None:
    note = ("# Protokoll Lokala Brå\n\n*Sammanträdesdatum:* 2024-09-04\n\n## Närvarande\n\n"
            "| Namn | Funktion | Organisation |\n|---|---|---|\n| Anna Ek | ordförande | Kommunen |\n"
            "| Bo Ström | [kommunpolis](https://polisen.se) | Polisen |\n\n"
            "## § 1 Lägesbild\n\n**Polisen** informerar.\n")
    result = import_one(empty_store, write_note(tmp_path, note, "protokoll.md"))
    m = result.meeting
    assert (m.date, m.document) == (dt.date(2024, 9, 4), "protokoll")
    assert [(a.name, a.title, a.org, a.role) for a in m.attendees] == [
        ("Anna Ek", None, "Kommunen", "ordförande"), ("Bo Ström", "kommunpolis", "Polisen", None)]
    assert [(i.number, i.title, i.notes) for i in m.items] == [("§ 1", "Lägesbild", "Polisen informerar.\n")]


def test_word_heading_styles_separate_parts(empty_store: Path, tmp_path: Path) -> None:
    """A heading style ends the paragraph before it, as a blank line does in text: 'Ärenden' in Heading 1
    right under a list of people is no person, each Heading 2 an item of its own."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Anteckningar")
    document.add_paragraph("Tid: 2024-03-07 kl 13.00-15.00")
    document.add_paragraph("Närvarande:")
    document.add_paragraph("Anna Ek, ordförande")
    document.add_heading("Ärenden", level=1)
    document.add_paragraph("Lägesbild", style="Heading 2")
    document.add_paragraph("Polisen informerar om läget i centrum.")
    document.add_paragraph("Budget", style="Heading 2")
    document.add_paragraph("Rådet har pengar kvar.")
    path = tmp_path / "rubriker.docx"
    document.save(str(path))
    result = import_one(empty_store, path)
    assert [a.name for a in result.meeting.attendees] == ["Anna Ek"]
    assert [(i.title, i.notes) for i in result.meeting.items] == [
        ("Lägesbild", "Polisen informerar om läget i centrum.\n"), ("Budget", "Rådet har pengar kvar.\n")]


@pytest.mark.parametrize("name, missing", [
    ("ludvika-minnes.md", None),  # start and end read from 'Datum: torsdag 7 mars 2024, kl 13:00–15:30'
    ("protokoll-sidhuvuden.txt", None),
    ("hallsta-kallelse.docx", "  Saknas i anteckningarna: Kallade."),  # a notice: no one is present yet
])
def test_missing_names_only_what_every_minutes_hold_and_the_meeting_lacks(empty_store: Path, name: str,
                                                                         missing: str | None) -> None:
    summary = import_one(empty_store, COUNCILS / name).summary()
    assert [line for line in summary if line.startswith("  Saknas")] == ([missing] if missing else [])


def test_a_notice_from_word_with_its_agenda_and_closing(empty_store: Path) -> None:
    """A kallelse in Word: heading styles, Word's numbered list as the agenda with presenters in parentheses, a
    deadline for apologies that is no meeting nor a note of the last item but set aside, 'Välkomna!' and the
    chair's name over 'Ordförande'."""
    result = import_one(empty_store, COUNCILS / "hallsta-kallelse.docx")
    m = result.meeting
    assert (m.document, m.date, m.issued, m.start, m.end) == (
        "kallelse", dt.date(2024, 4, 17), dt.date(2024, 4, 2), dt.time(8, 30), dt.time(10, 30))
    assert [(i.number, i.title, i.presenters) for i in m.items[2:4]] == [
        ("3.", "Lägesbild – Polisen", ["Erik Sand"]), ("4.", "Rapport från SSPF-gruppen", ["Linnea Hed"])]
    assert m.schedule == [] and m.chair == "Peter Ahl"
    assert "senast 12 april" not in m.items[-1].notes
    assert ("Förhinder anmäls till Linnea Hed, linnea.hed@hallstahammar.se, senast 12 april.",
            "anvisning till de kallade") in result.set_aside
    assert result.unplaced == ["Härmed kallas ledamöterna i Lokala Brå till sammanträde."]
