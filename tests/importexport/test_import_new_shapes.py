"""Shapes of council documents the first corpus lacked (each also in the corpus with its expected meeting): what
their summaries say, the proposals their prose makes, and the rules that made them import right."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from brå_tui.importer.proposals import PROPOSAL_STATUS
from brå_tui.store.load import load
from tests.importexport.notes import CORPUS, import_one, write_note


def test_assignments_in_prose_are_proposed_with_owner_and_due_date(bra, empty_store: Path) -> None:
    """'X får i uppdrag att … senast DATE', 'X återkommer med …', 'Rådet ger X i uppdrag att …', '… skickas till X
    senast den 30 april': each proposed, each line marked unsure with its proposal; only --proposals adds them."""
    note = CORPUS / "anteckningar-uppdrag.txt"
    result = import_one(empty_store, note)
    assert [(p.title, p.owners, p.due) for p in result.proposals] == [
        ("Sammanställa en åtgärdsplan för Alunda", ["Lena Berg"], dt.date(2026, 4, 15)),
        ("Återkomma med statistik över anmälda brott i Alunda", ["Omar Ali"], dt.date(2026, 5, 26)),
        ("Kontakta fastighetsägarna om belysning", ["Pia Sund"], None),
        ("Ett förslag till kameraövervakning", ["Jonas Ek"], dt.date(2026, 4, 30))]
    assert [doubt.split(":", 1)[0] for doubt in result.unsure] == ["rad 21", "rad 22", "rad 25", "rad 26"]
    assert result.meeting.followups == []
    done = bra("--store", empty_store, "import", "--proposals", note)
    assert done.status == 0, done.err
    assert [(f.owners, f.due, f.status) for f in load(empty_store).meetings[0].followups] == [
        (["Lena Berg"], dt.date(2026, 4, 15), PROPOSAL_STATUS), (["Omar Ali"], dt.date(2026, 5, 26), PROPOSAL_STATUS),
        (["Pia Sund"], None, PROPOSAL_STATUS), (["Jonas Ek"], dt.date(2026, 4, 30), PROPOSAL_STATUS)]


def test_a_notice_asking_for_apologies_gives_nobody_a_task(empty_store: Path) -> None:
    """'Anmäl förhinder till Nils Holm senast den 12 februari.' is the reader's deadline, no follow-up for Nils."""
    result = import_one(empty_store, CORPUS / "kallelse-dagordning-sidfot.txt")
    assert result.proposals == [] and result.unsure == [] and result.unplaced == []
    assert [text for text, why in result.set_aside if why == "sidhuvud eller sidfot"] == [
        "Gnosjö kommun • Kallelse Lokala Brå • Sida 1 av 2", "Gnosjö kommun • Kallelse Lokala Brå • Sida 2 av 2"]


def test_a_heading_that_names_the_meeting_among_the_fields_is_a_heading(empty_store: Path, tmp_path: Path) -> None:
    """'Sammanträde med Lokala Brå' below 'Datum:' is the notice's heading, not text that fits nowhere; a sentence
    there still is."""
    text = ("KALLELSE\nDatum: 2026-02-02\n\nSammanträde med Lokala Brå\nTid: 16 februari 2026 kl 14-16\n"
            "Ledamöter\nÅsa Berg (KD)\n\nVi bjuder på kaffe.\n\n1. Lägesbild\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    assert result.unplaced == ["Vi bjuder på kaffe."]


def test_a_protocols_decision_list_under_who_decides(empty_store: Path, tmp_path: Path) -> None:
    """'Rådet beslutar' over 'att …,' / 'att … samt' / 'att ….': each decision whole, without the word that joined
    the list."""
    text = ("Protokoll\nSammanträdesdatum 2026-03-11\nNärvarande: Per Wall\n\n§ 1 Medel\n\nBeslut\nRådet beslutar\n"
            "att bevilja 5 000 kronor,\natt redovisa i juni samt\natt avsluta ärendet.\n")
    [item] = import_one(empty_store, write_note(tmp_path, text)).meeting.items
    assert [d.text for d in item.decisions] == ["Rådet beslutar att bevilja 5 000 kronor",
                                                "Rådet beslutar att redovisa i juni",
                                                "Rådet beslutar att avsluta ärendet."]


def test_an_adjournment_keeps_its_time_slot(empty_store: Path) -> None:
    item = next(i for i in import_one(empty_store, CORPUS / "protokoll-ajournering.txt").meeting.items
                if i.kind == "adjournment")
    assert (item.number, item.start, item.end) == ("§ 34", dt.time(14, 10), dt.time(14, 25))


def test_adjusters_chosen_in_the_text(empty_store: Path, tmp_path: Path) -> None:
    """'Pia Sund valdes att justera', 'Till justerare utsågs A och B': only people the meeting lists."""
    base = "Anteckningar\nTid: 2026-03-24 kl 9-11\nNärvarande: Pia Sund\nBo Berg\nEva Ek\n\n1. Inledning\n"
    one = import_one(empty_store, write_note(tmp_path, base + "Pia Sund valdes att justera anteckningarna.\n"))
    assert one.meeting.adjusters == ["Pia Sund"]
    two = import_one(empty_store, write_note(tmp_path, base + "Till justerare utsågs Bo Berg och Eva Ek.\n"))
    assert two.meeting.adjusters == ["Bo Berg", "Eva Ek"]
    nobody = import_one(empty_store, write_note(tmp_path, base + "Kalle Anka valdes att justera.\n"))
    assert nobody.meeting.adjusters == []


def test_the_summary_names_chair_and_secretary_from_the_attendance(empty_store: Path) -> None:
    """'Ulrika Nord<TAB>Höganäs kommun<TAB>ordförande' in the attendance table: the summary's roles say so, as the
    meeting's views do."""
    summary = import_one(empty_store, CORPUS / "minnesanteckningar-deltagartabell.txt").summary()
    assert "  Roller: ordförande Ulrika Nord; sekreterare Tove Blom." in summary


def test_a_text_file_in_windows_1252_is_read_with_a_note(empty_store: Path) -> None:
    result = import_one(empty_store, CORPUS / "minnesanteckningar-cp1252.txt")
    assert result.remarks == ["Filen var inte UTF-8 utan Windows-1252 (det Words ”Spara som text” ger); den lästes "
                              "som Windows-1252 – kontrollera å, ä och ö."]
    notes = result.meeting.items[1].notes
    assert "• inbrott i förråd i Rydsnäs • två bilstölder i Österbymo – båda uppklarade." in notes


def test_a_word_label_table_whose_list_goes_on_in_rows_with_an_empty_first_cell(empty_store: Path,
                                                                                 tmp_path: Path) -> None:
    """'Närvarande:' | 'A' over '' | 'B' over '' | 'C': every row is one of the people under the label, each row
    known by its place in the document."""
    import docx

    document = docx.Document()
    document.add_paragraph("Minnesanteckningar 2026-03-05")
    table = document.add_table(rows=0, cols=2)
    for label, name in [("Närvarande:", "Anna Ek, Polisen"), ("", "Bo Berg, rektor"), ("", "Carl Ceder"),
                        ("Frånvarande:", "Dan Dahl"), ("", "Eva Ek")]:
        row = table.add_row().cells
        row[0].text, row[1].text = label, name
    document.add_paragraph("1. Lägesbild")
    path = tmp_path / "etikett.docx"
    document.save(str(path))
    result = import_one(empty_store, path)
    m = result.meeting
    assert [a.name for a in m.present()] == ["Anna Ek", "Bo Berg", "Carl Ceder"]
    assert [a.name for a in m.absentees()] == ["Dan Dahl", "Eva Ek"]
    assert [result.ledger.origins[line.no] for line in result.ledger.lines if line.strip().startswith("Bo Berg")] == [
        "tabell 1, rad 2"]


def test_a_single_time_in_an_agenda_table_is_the_items_start(empty_store: Path, tmp_path: Path) -> None:
    """A Word agenda table's Tid cell 'kl. 9.30' (one time, no slot) is the item's start, as in a row with tabs;
    the presenter's cell below it is still read."""
    import docx

    document = docx.Document()
    document.add_paragraph("Kallelse 2026-04-23")
    table = document.add_table(rows=0, cols=4)
    for cells in [("Nr", "Ärende", "Tid", "Föredragande"), ("1", "Lägesbild", "kl. 9.30", "Tor Hed"),
                  ("2", "Klotter", "09.45–10.15", "Eva Ek")]:
        row = table.add_row().cells
        for cell, text in zip(row, cells, strict=True):
            cell.text = text
    path = tmp_path / "dagordning.docx"
    document.save(str(path))
    result = import_one(empty_store, path)
    assert [(i.title, i.start, i.end, i.presenters, i.notes) for i in result.meeting.items] == [
        ("Lägesbild", dt.time(9, 30), None, ["Tor Hed"], ""),
        ("Klotter", dt.time(9, 45), dt.time(10, 15), ["Eva Ek"], "")]
    assert result.unplaced == [] and result.unsure == []


def test_a_word_agenda_table_gives_the_items_with_times_and_presenters(empty_store: Path) -> None:
    """'Nr | Ärende | Tid | Föredragande' in Word: one item per row, its time and presenter from their cells, the
    other questions' empty row an item with its number and time; 'Kallade' over an attendance table lists the
    people called."""
    result = import_one(empty_store, CORPUS / "kallelse-dagordningstabell.docx")
    m = result.meeting
    assert [(i.number, i.title, i.start, i.presenters) for i in m.items] == [
        ("1", "Mötets öppnande", dt.time(13), ["Eva Rolfs"]), ("2", "Lägesbild", dt.time(13, 5), ["Tor Hed"]),
        ("3", "Skolans trygghetsarbete", dt.time(13, 45), ["Ingrid Moen"]),
        ("4", "Övriga frågor", dt.time(14, 30), [])]
    assert [a.name for a in m.attendees] == ["Eva Rolfs", "Tor Hed", "Ingrid Moen"]
    fates = {line.strip(): (result.ledger.origins[line.no], result.ledger.fates[line.no].why)
             for line in result.ledger.lines if line.strip()}
    assert fates["Nr\tÄrende\tTid\tFöredragande"] == ("tabell 3, rad 1", "rubrikrad i en dagordningstabell")
    assert fates["14.30–15.00"][0] == "tabell 3, rad 5, cell 3"
    assert result.ledger.fates[next(line.no for line in result.ledger.lines if line.strip() == "14.30–15.00")].what \
        == "time"
    assert fates["Föredragande: Tor Hed"][0] == "tabell 3, rad 3, cell 4"


def test_time_slots_in_titles_in_parentheses_or_before_a_presenter(empty_store: Path) -> None:
    """'Välkomna (9.00–9.10)', 'Polisens lägesbild (9.10–9.40), Kim Lund' (a person the notice lists presents),
    'Klotter i centrum, kl. 9.40–10.10', 'Paus 10.10–10.25'."""
    m = import_one(empty_store, CORPUS / "kallelse-tider-i-rubriken.txt").meeting
    assert [(i.title, i.start, i.end, i.presenters) for i in m.items[:4]] == [
        ("Välkomna", dt.time(9), dt.time(9, 10), []),
        ("Polisens lägesbild", dt.time(9, 10), dt.time(9, 40), ["Kim Lund"]),
        ("Klotter i centrum", dt.time(9, 40), dt.time(10, 10), []),
        ("Paus", dt.time(10, 10), dt.time(10, 25), [])]


def test_a_name_after_a_comma_in_a_title_is_a_presenter_only_when_the_meeting_lists_them(
        empty_store: Path, tmp_path: Path) -> None:
    text = ("Minnesanteckningar 2026-05-19\nNärvarande: Kim Lund\n\n1. Trygghetsvandring, Norra Stan\n"
            "2. Lägesbild, Kim Lund\n")
    m = import_one(empty_store, write_note(tmp_path, text)).meeting
    assert [(i.title, i.presenters) for i in m.items] == [("Trygghetsvandring, Norra Stan", []),
                                                          ("Lägesbild", ["Kim Lund"])]


def test_a_tab_separated_agenda_table_in_text(empty_store: Path) -> None:
    """'Nr<TAB>Ärende<TAB>Tid<TAB>Föredragande' over '1<TAB>Mötets öppnande<TAB>13.00–13.05<TAB>Eva Rolfs': the
    header row a heading, each row an item with its time and presenter, the other questions' empty row too."""
    result = import_one(empty_store, CORPUS / "kallelse-dagordning-tabb.txt")
    assert [(i.number, i.title, i.start, i.presenters) for i in result.meeting.items] == [
        ("1", "Mötets öppnande", dt.time(13), ["Eva Rolfs"]), ("2", "Lägesbild", dt.time(13, 5), ["Tor Hed"]),
        ("3", "Skolans trygghetsarbete", dt.time(13, 45), ["Ingrid Moen"]), ("4", "Övriga frågor", dt.time(14, 30), [])]
    assert result.meeting.other == [] and result.unplaced == []


def test_the_adjusters_are_the_names_under_their_label_and_never_the_chair(empty_store: Path) -> None:
    """'Justerare<TAB>Erik Grahn' over 'Paragrafer<TAB>1–3': the paragraphs line is a field of its own, not an
    adjuster; 'Justeras' over 'Hanna Ros<TAB>Erik Grahn' at the end: the chair signs as chair."""
    result = import_one(empty_store, CORPUS / "protokoll-expedieras.txt")
    m = result.meeting
    assert (m.chair_names(), m.secretary, m.adjusters) == (["Hanna Ros"], "Malin Berg", ["Erik Grahn"])
    paragraphs = next(line for line in result.ledger.lines if line.startswith("Paragrafer"))
    assert result.ledger.fates[paragraphs.no].why == "paragrafer"


def test_items_without_numbers_or_heading_after_the_fields(empty_store: Path, tmp_path: Path) -> None:
    """'Lägesbild' over prose right after the fields opens the items without an 'Ärenden' heading; in Word, where
    no blank line ends the list of people, too; a person's name over prose stays a person."""
    result = import_one(empty_store, CORPUS / "minnesanteckningar-utan-nummer.txt")
    assert [i.title for i in result.meeting.items] == ["Lägesbild", "Samverkan med skolan"]
    assert [(p.title, p.owners, p.due) for p in result.proposals] == [
        ("Kontakta fastighetsägaren om belysning", ["Oskar Lind"], dt.date(2026, 3, 20))]
    import docx

    document = docx.Document()
    for text in ["Minnesanteckningar 2026-02-25", "Närvarande:", "Nina Falk, Polisen", "Karl Öst",
                 "Lägesbild", "Nina Falk redovisade lägesbilden, med en ökning av bilinbrott."]:
        document.add_paragraph(text)
    path = tmp_path / "utan-tomrad.docx"
    document.save(str(path))
    m = import_one(empty_store, path).meeting
    assert [a.name for a in m.attendees] == ["Nina Falk", "Karl Öst"] and [i.title for i in m.items] == ["Lägesbild"]


def test_a_comma_list_of_people_with_their_titles(empty_store: Path, tmp_path: Path) -> None:
    """'Ann Ek, ordförande, Bo Ny, Polisen, Cia Alm, sekreterare' is three people; 'Mona Sjö, Gnosjö Energi' one
    person and her organisation; after a title, a bare name that could be an organisation is reported as unsure."""
    text = ("Minnesanteckningar 2026-03-02\nNärvarande: Ann Ek, ordförande, Bo Ny, Polisen, Cia Alm, sekreterare\n"
            "Mona Sjö, Gnosjö Energi\nPer Holm, rektor, Sunne Kraft\n\n1. Lägesbild\nText.\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    assert [(a.name, a.org, a.role) for a in result.meeting.attendees] == [
        ("Ann Ek", None, "ordförande"), ("Bo Ny", "Polisen", None), ("Cia Alm", None, "sekreterare"),
        ("Mona Sjö", "Gnosjö Energi", None), ("Per Holm", None, None), ("Sunne Kraft", None, None)]
    assert [d.split(":", 1)[0] for d in result.unsure] == ["rad 4"]
    assert "”Sunne Kraft” kan vara en organisation" in result.unsure[0]


def test_an_action_list_gives_follow_ups_with_owner_and_due_date(empty_store: Path) -> None:
    """'Åtgärd<TAB>Ansvarig<TAB>Klart till' over one row per action, in text and as a Word table: follow-ups (not
    proposals: the minutes list them as actions), the header row a heading."""
    for name in ("minnesanteckningar-atgardslista.txt", "minnesanteckningar-atgardstabell.docx"):
        result = import_one(empty_store, CORPUS / name)
        assert [(f.title, f.owners, f.due) for f in result.meeting.followups] == [
            ("Trygghetsvandring i Östra", ["Ann Ek"], dt.date(2026, 4, 30)),
            ("Ny belysning vid busstationen", ["Bo Ny"], dt.date(2026, 5, 15) if name.endswith(".txt") else None)]
        header = next(line for line in result.ledger.lines if line.startswith("Åtgärd\t"))
        assert result.ledger.fates[header.no].why == "rubrikrad i en åtgärdslista"
        assert result.unplaced == [] and result.proposals == []


def test_a_label_naming_the_chair_as_adjuster_is_kept(empty_store: Path, tmp_path: Path) -> None:
    text = ("Protokoll\nSammanträdesdatum 2026-01-28\nBeslutande\nHanna Ros (S), ordförande\nErik Grahn (M)\n\n"
            "Justerare\tHanna Ros\n\n§ 1 Lägesbild\nText.\n")
    assert import_one(empty_store, write_note(tmp_path, text)).meeting.adjusters == ["Hanna Ros"]


def test_a_word_signature_table_with_the_roles_above_the_lines(empty_store: Path) -> None:
    """'Ordförande | Justerare' over the dotted lines and the printed names: set aside as the signatures, each name
    given the role of its column; never a note of the last item."""
    result = import_one(empty_store, CORPUS / "protokoll-underskriftstabell.docx")
    m = result.meeting
    assert (m.chair, m.secretary, m.adjusters) == ("Lena Sand", "Rune Vik", ["Björn Eng"])
    assert m.items[-1].notes == "" and ("Ordförande\tJusterare", "underskrifter") in result.set_aside
