"""Shapes of items, decisions and assignments that councils write and the import must not put in the wrong field:
notes that name their item after an agenda, a number alone over a pause, what stands beside a decision, who is
responsible for what was decided, and a next meeting in a sentence (the corpus holds whole documents of them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from brå_tui.importer.review import move, rows
from tests.importexport.notes import CORPUS, import_one, write_note

HEAD = "Anteckningar\nDatum: 2026-03-03\nNärvarande: Ann Ek (S), Bo Nyström (M), Lisa Berg (polisen)\n\n"


def test_notes_name_their_item_after_the_agenda(empty_store: Path) -> None:
    """'Till punkt 3: …' below an agenda that listed the items is item 3's text, whatever order the notes are in."""
    result = import_one(empty_store, CORPUS / "anteckningar-till-punkt.txt")
    items = {i.number: i for i in result.meeting.items}
    assert items["2."].notes.startswith("Lena Ros redogjorde") and items["2."].presenters == ["Lena Ros"]
    assert [d.text for d in items["3."].decisions] == [
        "Rådet beslutade att genomföra en trygghetsvandring runt Guldkroksbadet i maj."]
    assert "Till punkt" not in " ".join(i.notes for i in result.meeting.items)
    assert [(p.title, p.owners, str(p.due)) for p in result.proposals] == [
        ("Återkomma med besöksstatistik från fritidsgården", ["Omar Dahl"], "2026-06-09"),
        ("Genomföra en trygghetsvandring runt Guldkroksbadet i maj", ["Omar Dahl"], "2026-05-20")]


def test_a_note_for_an_item_the_agenda_does_not_have_is_unsure(empty_store: Path, tmp_path: Path) -> None:
    text = HEAD + "Dagordning\n1. Lägesbild\n2. Övrigt\n\nTill punkt 7: Ann Ek tog upp belysningen.\n"
    result = import_one(empty_store, write_note(tmp_path, text))
    assert any("punkt 7 finns inte bland ärendena" in doubt for doubt in result.unsure)
    assert "  All text kunde placeras." not in result.summary()


def test_a_pause_under_a_bare_number_is_that_item(empty_store: Path, tmp_path: Path) -> None:
    """'§ 2' alone over 'Ajournering' or 'Kaffe': one item with the number, the pause's kind and its time."""
    for word, kind in (("Ajournering", "adjournment"), ("Kaffe", "pause")):
        text = HEAD + (f"§ 1 Lägesbild\nText.\n\n§ 2\n{word}\nSammanträdet ajourneras kl. 14.45–15.00.\n\n"
                       "§ 3 Klotter\nText.\n")
        result = import_one(empty_store, write_note(tmp_path, text))
        assert [(i.number, i.title, i.kind) for i in result.meeting.items] == [
            ("§ 1", "Lägesbild", None), ("§ 2", word, kind), ("§ 3", "Klotter", None)]
        assert str(result.meeting.items[1].start) == "14:45:00"


def test_a_dash_after_the_number_is_no_part_of_the_title(empty_store: Path, tmp_path: Path) -> None:
    """'Punkt 1 – Läget i centrum': the title without the dash; under 'Punkt 2 – Nästa möte' the date is a planned
    meeting, 'samma lokal' this meeting's place."""
    text = "Plats: Rådhuset\n" + HEAD + ("Punkt 1 – Läget i centrum\nText.\n\nPunkt 2 – Nästa möte\n"
                                         "Tisdag 7 april 08.15 samma lokal.\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    assert [i.title for i in result.meeting.items] == ["Läget i centrum", "Nästa möte"]
    assert [(str(e.date), str(e.start), e.place) for e in result.meeting.schedule] == [
        ("2026-04-07", "08:15:00", "Rådhuset")]


def test_what_stands_beside_a_decision_is_no_decision_and_no_presenter(empty_store: Path, tmp_path: Path) -> None:
    text = HEAD + ("1. Budget\nBo Nyström deltog inte i beslutet.\nBeslut\nRådet beslutar att anta budgeten.\n"
                   "Reservation: Ann Ek (S) reserverar sig mot beslutet.\nProtokollsanteckning: Lisa Berg vill se "
                   "en uppföljning.\n\n2. Lägesbild\nLisa Berg redovisar.\nBeslut: Rådet noterar informationen\n"
                   "Ann Ek (S) reserverar sig.\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    budget, picture = result.meeting.items
    assert [d.text for d in budget.decisions] == ["Rådet beslutar att anta budgeten."]
    assert budget.presenters == [] and "Reservation: Ann Ek" in budget.notes and "Protokollsanteckning" in budget.notes
    assert [d.text for d in picture.decisions] == ["Rådet noterar informationen"]
    assert "reserverar sig" in picture.notes


def test_the_responsible_named_under_a_decision_is_proposed_with_an_unread_date(empty_store: Path,
                                                                               tmp_path: Path) -> None:
    """'Ansvarig: X, klart senast v. 15' under the decisions is no decision: a proposed follow-up for the decision,
    its date that cannot be read said in the report."""
    text = HEAD + ("1. Medborgardialog\nBeslut\nRådet beslutar\natt genomföra medborgardialog i Kosta,\n"
                   "att avsätta 15 000 kronor.\nAnsvarig: Lisa Berg, klart senast v. 15\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    [item] = result.meeting.items
    assert len(item.decisions) == 2 and "Ansvarig" in item.notes
    [proposal] = result.proposals
    assert proposal.title == "Genomföra medborgardialog i Kosta" and proposal.owners == ["Lisa Berg"]
    assert any("datumet ”v. 15” kunde inte läsas" in doubt for doubt in result.unsure)


def test_the_review_reads_the_responsible_of_a_line(empty_store: Path, tmp_path: Path) -> None:
    """`u` on 'Rådet beslutade att ta fram en handlingsplan. Ansvarig: X, klart senast v. 17.': the task, X, and
    that the date could not be read."""
    text = HEAD + ("1. Trygghetsmätning\nResultatet visar att fler känner sig trygga. Rådet beslutade att ta fram en "
                   "handlingsplan. Ansvarig: Lisa Berg, klart senast v. 17.\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    row = next(r for r in rows(result) if "Ansvarig" in r.text)
    said = move(result, row, "uppföljning", [])
    assert said == ("uppföljning: Ta fram en handlingsplan – Lisa Berg (datumet ”v. 17” kunde inte läsas; skriv in "
                    "det i uppföljningen) (ur rad 6.2, 6.3; rad 6.1 står kvar där raden stod)")
    assert result.meeting.items[0].notes == "Resultatet visar att fler känner sig trygga.\n"  # never dropped


def test_assignments_in_a_protocol_are_proposed_without_their_date_words(empty_store: Path) -> None:
    """'Beslutades att X ansöker …' is a decision and X's task; 'X skickar … senast den 20 mars' and 'X tar fram …,
    klart senast 15/5' are tasks with their dates, the words of the date left out of the title."""
    result = import_one(empty_store, CORPUS / "protokoll-paragrafformer.txt")
    assert [(p.title, p.owners, str(p.due)) for p in result.proposals] == [
        ("Ansöka om medel ur länsstyrelsens fond", ["Eva Strand"], "None"),
        ("Ta fram en karta över platser med skadegörelse", ["Anders Holm"], "2026-05-15"),
        ("Skicka inbjudan till föreningarna", ["Eva Strand"], "2026-03-20")]
    assert [e.place for e in result.meeting.schedule] == [None]


def test_headings_as_a_pdf_writes_them(empty_store: Path, tmp_path: Path) -> None:
    """Text copied from a PDF: the title with the text run on after it, a title wrapped onto the next line, and a
    sentence that adjourns the meeting between the items (its time read, the sentence kept as its text)."""
    text = HEAD + ("§ 7 Klotter vid stationen. Lisa Berg redovisar att anmälningarna\nhar ökat sedan januari.\n"
                   "§ 8 Fritidsgårdens öppettider under\nsommarlovet. Bo Nyström informerar om schemat.\n"
                   "Mötet ajourneras 19.15-19.30.\n§ 9 Samverkan med\nbostadsbolaget\nAnn Ek berättar om avtalet.\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    items = result.meeting.items
    assert [(i.number, i.title, i.kind) for i in items] == [
        ("§ 7", "Klotter vid stationen", None), ("§ 8", "Fritidsgårdens öppettider under sommarlovet", None),
        (None, "Ajournering", "adjournment"), ("§ 9", "Samverkan med bostadsbolaget", None)]
    assert items[0].notes == "Lisa Berg redovisar att anmälningarna\nhar ökat sedan januari.\n"
    assert items[0].presenters == ["Lisa Berg"] and items[1].presenters == ["Bo Nyström"]
    assert items[1].notes == "Bo Nyström informerar om schemat.\n"
    assert (str(items[2].start), str(items[2].end)) == ("19:15:00", "19:30:00")
    assert items[2].notes == "Mötet ajourneras 19.15-19.30.\n"
    assert result.unplaced == [] and result.unsure == []


def _table(document: object, rows: list[tuple[str, ...]]) -> None:
    table = document.add_table(rows=0, cols=len(rows[0]))  # type: ignore[attr-defined]
    for cells in rows:
        for cell, text in zip(table.add_row().cells, cells, strict=True):
            cell.text = text


def test_an_agenda_table_without_numbers_gives_the_items_their_times(empty_store: Path, tmp_path: Path) -> None:
    """A Word agenda table 'Tid | Ärende | Ansvarig' without numbers over the numbered notes that repeat its titles:
    the table is the agenda (set aside), each row's time and presenter the item's; 'Anteckningar' over the items
    is their heading. Nothing is left unplaced."""
    import docx

    document = docx.Document()
    document.add_paragraph("Minnesanteckningar")
    document.add_paragraph("Datum: 2026-03-03")
    document.add_paragraph("Närvarande: Ann Ek (S), Bo Nyström (M), Lisa Berg (polisen)")
    document.add_paragraph("Dagordning")
    _table(document, [("Tid", "Ärende", "Ansvarig"), ("10.00", "Mötets öppnande", "Ann Ek"),
                      ("10.10", "Lägesbild / Polisen", "Lisa Berg"), ("10.40", "Klotter", "")])
    document.add_paragraph("Anteckningar")
    for line in ("1. Mötets öppnande", "Ann Ek hälsade välkomna.", "2. Lägesbild", "Lugnt i centrum.",
                 "3. Klotter", "Fler anmälningar vid skolan."):
        document.add_paragraph(line)
    path = tmp_path / "dagordningstabell.docx"
    document.save(str(path))
    result = import_one(empty_store, path)
    assert [(i.title, str(i.start), i.presenters) for i in result.meeting.items] == [
        ("Mötets öppnande", "10:00:00", ["Ann Ek"]), ("Lägesbild", "10:10:00", ["Lisa Berg"]),
        ("Klotter", "10:40:00", [])]
    assert result.unplaced == [] and result.unsure == []


def test_a_notice_in_word_dates_itself_in_its_page_header(empty_store: Path, tmp_path: Path) -> None:
    """'KALLELSE | Datum<line break>2026-02-24' in the page header: the day the notice was issued, listed as one
    line; a single time in parentheses after an item's title is its start."""
    import docx

    document = docx.Document()
    header = document.sections[0].header.add_table(rows=1, cols=3, width=docx.shared.Cm(16))
    for cell, text in zip(header.rows[0].cells, ("Tidaholms kommun", "KALLELSE", "Datum\n2026-02-24"), strict=True):
        cell.paragraphs[0].add_run(text.split("\n")[0])
        if "\n" in text:
            cell.paragraphs[0].add_run().add_break()
            cell.paragraphs[0].add_run(text.split("\n")[1])
    document.add_paragraph("Kallelse till Lokala Brå")
    document.add_paragraph("Tid: måndagen den 16 mars 2026 kl. 9.00–11.00")
    document.add_paragraph("Plats: Rådhuset")
    document.add_paragraph("Ärenden")
    for title in ("Upprop och val av justerare (9.00)", "Lägesbild (kl. 9.10)", "Budget 2.0"):
        document.add_paragraph(title, style="List Number")
    path = tmp_path / "kallelse.docx"
    document.save(str(path))
    result = import_one(empty_store, path)
    m = result.meeting
    assert str(m.issued) == "2026-02-24" and m.document == "kallelse"
    assert [(i.title, str(i.start)) for i in m.items] == [("Upprop och val av justerare", "09:00:00"),
                                                          ("Lägesbild", "09:10:00"), ("Budget 2.0", "None")]
    assert all("\n" not in line for line in result.summary())
    assert any("Datum 2026-02-24" in text for text, _ in result.set_aside)


def test_a_reservation_under_an_unnumbered_items_decisions_is_its_text(empty_store: Path, tmp_path: Path) -> None:
    text = ("Anteckningar\nDatum: 2026-03-03\nPlats: Rådhuset\nNärvarande: Ann Ek (S), Bo Nyström (M)\n\n"
            "Budget\nBo Nyström redovisade förslaget till budget för året.\nBeslut:\nRådet beslutar att anta budgeten\n"
            "Jäv: Ann Ek deltar inte i beslutet.\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    [item] = result.meeting.items
    assert [d.text for d in item.decisions] == ["Rådet beslutar att anta budgeten"]
    assert "Jäv: Ann Ek deltar inte i beslutet." in item.notes and item.presenters == ["Bo Nyström"]


@pytest.mark.parametrize("line", ["Jonas Berg deltar inte i handläggningen av ärendet.",
                                  "Jonas Berg anmäler jäv och lämnar sammanträdet under ärendet.",
                                  "Jonas Berg lämnar sammanträdet under ärendet på grund av jäv.",
                                  "Jonas Berg deltar inte i behandlingen av ärendet."])
def test_a_conflict_of_interest_after_att_clauses_is_the_items_text(empty_store: Path, tmp_path: Path,
                                                                     line: str) -> None:
    text = ("Protokoll\nDatum: 2026-03-12\nNärvarande: Sara Ek, Jonas Berg\n\n§ 42 Trygghetsvandring\n"
            "Sara Ek informerar om planerad trygghetsvandring.\nBeslut\nRådet beslutar\n"
            "att genomföra trygghetsvandringen den 14 april 2026,\n"
            "att uppdra åt Sara Ek att bjuda in fastighetsägarna.\n"
            f"{line}\n")
    [item] = import_one(empty_store, write_note(tmp_path, text)).meeting.items
    assert len(item.decisions) == 2
    assert line in item.notes
