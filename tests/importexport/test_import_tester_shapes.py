"""Shapes of minutes met when councils tried the import on their own files: titles that start with a quote mark,
numbers that skip, times written next to street numbers, two-column signatures, Word headings, stray bytes.
Each test fails when the import puts the text in the wrong place or hides it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from brå_tui.importer.header import parse_span
from tests.importexport.notes import COUNCILS, import_one, write_note

QUOTED = ("Minnesanteckningar\nMöte 2025-01-22 kl 14.00 - 16.00\nLokal: Biblioteket\n\n"
          "Deltagare: Åsa Öberg (S), Britt-Marie Ståhl (M)\n\n1. Inledning\nOrdförande hälsar välkommen.\n"
          "2. \"Trygg\" enkätresultat\nÅsa Öberg redovisar.\nBeslut: Enkäten skickas till nämnden.\n"
          "3. Klotter\nMycket klotter.\n4. Övriga frågor\n- Belysningen vid stationen.\n")


def test_a_title_that_starts_with_a_quote_mark_opens_an_item(empty_store: Path, tmp_path: Path) -> None:
    """'2. "Trygg" enkätresultat': the item is read as one, and what follows stays in its own items."""
    m = import_one(empty_store, write_note(tmp_path, QUOTED)).meeting
    assert [(i.number, i.title) for i in m.items] == [
        ("1.", "Inledning"), ("2.", "\"Trygg\" enkätresultat"), ("3.", "Klotter")]
    assert [d.text for d in m.items[1].decisions] == ["Enkäten skickas till nämnden."]
    assert m.items[0].decisions == [] and m.items[0].notes == "Ordförande hälsar välkommen.\n"
    assert [o.title for o in m.other] == ["Belysningen vid stationen"]


def test_typographic_quotes_and_punctuation_open_an_item_too(empty_store: Path) -> None:
    """'2. ”Trygg i Gnesta” – enkätresultat' in a Windows-1252 file; '(Utgår)' and '«Nattvandring»' likewise."""
    result = import_one(empty_store, COUNCILS / "gnesta-citattecken-cp1252.txt")
    assert [i.title for i in result.meeting.items] == ["Inledning – mötet öppnas", "”Trygg i Gnesta” – enkätresultat"]
    assert [d.text for d in result.meeting.items[1].decisions] == ["Enkäten skickas till nämnden."]
    assert [o.title for o in result.meeting.other] == ["Belysningen vid stationen – Britt-Marie tar upp"]


def test_other_leading_punctuation(empty_store: Path, tmp_path: Path) -> None:
    text = QUOTED.replace('"Trygg" enkätresultat', "«Nattvandring» i centrum").replace("3. Klotter", "3. (Utgår)")
    m = import_one(empty_store, write_note(tmp_path, text)).meeting
    assert [i.title for i in m.items] == ["Inledning", "«Nattvandring» i centrum", "(Utgår)"]


def test_a_numbering_that_skips_is_reported_as_unsure(empty_store: Path, tmp_path: Path) -> None:
    """'1. Inledning' then '3. Klotter' (after a Beslut line): the number out of order is not read as an item, and
    the report says where it stands, never that all text was placed."""
    text = QUOTED.replace('2. "Trygg" enkätresultat', '2. "Trygg" enkätresultat').replace(
        "1. Inledning\nOrdförande hälsar välkommen.\n", "")
    text = text.replace('2. "Trygg"', '1. "Trygg"')
    result = import_one(empty_store, write_note(tmp_path, text))
    assert [i.number for i in result.meeting.items] == ["1."]
    assert any("”3. Klotter” står i ärende 1." in doubt for doubt in result.unsure)
    assert "All text kunde placeras" not in "\n".join(result.summary())


def test_a_street_number_is_no_time(empty_store: Path, tmp_path: Path) -> None:
    """'Plats och tid: Rådhuset, Stora Södergatan 2, kl. 08.30-10.00': the span after 'kl.' is the time, the street
    number never; a number needs a time's shape."""
    text = ("PROTOKOLL\nSammanträdesdag: onsdagen den 5 februari 2025\n"
            "Plats och tid: Rådhuset, Stora Södergatan 2, kl. 08.30-10.00\n\n"
            "Ledamöter:\nErik Sandberg (S), ordförande\n"
            "\n§ 1 Val av justerare\nLisa Grön utses.\n")
    m = import_one(empty_store, write_note(tmp_path, text)).meeting
    assert (m.date, m.start, m.end) == (dt.date(2025, 2, 5), dt.time(8, 30), dt.time(10))
    assert m.place == "Rådhuset, Stora Södergatan 2"


def test_a_time_needs_a_time_shape() -> None:

    assert parse_span("Lokal 4, Storgatan 7, 13.15") == (dt.time(13, 15), None)
    assert parse_span("Stadshuset sal 2") == (None, None)
    assert parse_span("sal 3, kl 14") == (dt.time(14), None)
    assert parse_span("Tid: 13-15") == (dt.time(13), dt.time(15))


def test_a_case_number_between_the_paragraph_and_its_title(empty_store: Path, tmp_path: Path) -> None:
    """'§ 14' / 'Dnr BRÅ 2025/011' / 'Godkännande av dagordning' on three lines: the case number and the title."""
    text = ("PROTOKOLL\nSammanträdesdatum\t2025-03-12\nTid\t13:15–15:40\n\n"
            "§ 14\nDnr BRÅ 2025/011\nGodkännande av dagordning\nDagordningen godkänns.\n\n"
            "§ 15\nBRÅ 2025/004\n\nLägesbild\nMaria Ek redovisar.\n\n§ 16\nDnr BRÅ 2025/005\nÖvriga frågor\n"
            "Klotter vid skolan tas upp.\n")
    m = import_one(empty_store, write_note(tmp_path, text)).meeting
    assert [(i.number, i.case_number, i.title) for i in m.items] == [
        ("§ 14", "BRÅ 2025/011", "Godkännande av dagordning"), ("§ 15", "BRÅ 2025/004", "Lägesbild")]
    assert m.items[0].notes == "Dagordningen godkänns.\n"
    assert [o.title for o in m.other] == ["Klotter vid skolan tas upp"]


def test_a_stray_escape_or_c1_byte_does_not_refuse_a_windows_file(empty_store: Path, tmp_path: Path) -> None:
    """A Windows-1252 file with an ESC and a byte that is nothing in Windows-1252 (0x81) is read, not called
    'ingen textfil'; only a NUL byte or a file of control bytes is no text."""
    note = tmp_path / "esc.txt"
    note.write_bytes("Tid: 2025-08-20 kl 10.00-11.00\nPlats: Rum \x1b[31mröd\nNärvarande: Anna Ek, polisen\n\n"
                     "1. Klotter\nMycket klotter på skolan.\n".encode("cp1252") + b"2. Belysning \x81\n")
    result = import_one(empty_store, note)
    m = result.meeting
    assert m.place == "Rum röd" and [i.title for i in m.items] == ["Klotter", "Belysning \ufffd"]
    assert "styrtecken" in result.ledger.doubts[1]  # the escape sequence is removed whole, and the line flagged


def test_a_utf8_file_with_a_few_windows_bytes_keeps_its_utf8(empty_store: Path) -> None:
    """UTF-8 with a few lines in Windows-1252 (another editor added to it): every line reads right, and the report
    names the lines read as Windows-1252."""
    result = import_one(empty_store, COUNCILS / "gnesta-utf8-med-cp1252.txt")
    m = result.meeting
    assert [a.name for a in m.attendees if not a.absent] == [
        "Ola Persson", "Åsa Öberg", "Britt-Marie Ståhl", "Jörgen Ärlig"]  # the nickname in quotes dropped
    assert any("Ola “Olle” Persson" in line for line in result.ledger.lines)  # its quotes read right
    assert [a.name for a in m.attendees if a.absent] == ["Göran Näslund"]
    assert m.items[1].title == "„Trygg i Gnesta“ – enkätresultat"
    assert "Ã" not in (result.meeting.place or "") and not result.unplaced
    assert any("rad 5, 10, 12, 13, 16" in r for r in result.remarks)


def test_labels_in_two_languages(empty_store: Path) -> None:
    """'**Time / Tid:** 10:00–12:00', 'Venue / Plats', 'Present / Närvarande' with a Markdown list under it,
    'Decision / Beslut:', 'AOB / Övriga frågor', 'Next meeting / Nästa möte:': the Swedish half is the label."""
    result = import_one(empty_store, COUNCILS / "haparanda-tvasprakig.md")
    m = result.meeting
    assert (m.start, m.end, m.place) == (dt.time(10), dt.time(12), "Rajalla På Gränsen, conference room 2")
    assert [(a.name, a.absent) for a in m.attendees] == [
        ("Mikko Virtanen", False), ("Lena Strand", False), ("John Smith", False), ("Aino Korhonen", True)]
    assert m.items[1].decisions[0].text == "Joint patrols in May."
    assert [(e.date, e.start, e.place) for e in m.schedule] == [
        (dt.date(2025, 6, 11), dt.time(10), "Tornio city hall")]
    assert m.other == [] and not result.unplaced


def test_a_markdown_label_keeps_its_list(empty_store: Path, tmp_path: Path) -> None:
    text = ("# Minnesanteckningar\n\n**Datum:** 2025-04-09\n\n**Närvarande:**\n- Mikko Virtanen, polisen\n"
            "- Lena Strand, kommunen\n\n## 1. Öppnande\nText.\n")
    result = import_one(empty_store, write_note(tmp_path, text, "note.md"))
    assert [a.name for a in result.meeting.attendees] == ["Mikko Virtanen", "Lena Strand"] and not result.unplaced


def test_a_two_column_signature_block_and_an_address_footer(empty_store: Path) -> None:
    """'Per Jansson   Maja Lind' over 'ordförande   justerare': each name the role in its column, both lines set
    aside; the council's address at the foot is page furniture, no other question; the heading line
    '2025-06-02 kl. 15.00–17.00, Folkets hus' gives the place."""
    result = import_one(empty_store, COUNCILS / "vansbro-justeras.txt")
    m = result.meeting
    assert (m.chair, m.secretary, m.adjusters) == ("Per Jansson", "Ida Nord", ["Maja Lind"])
    assert (m.start, m.end, m.place) == (dt.time(15), dt.time(17), "Folkets hus")
    assert m.other == [] and not result.unplaced
    assert ("ordförande                    justerare", "underskrifter") in result.set_aside
    assert any(text.startswith("Vansbro kommun · Box 1") for text, _ in result.set_aside)


def test_a_substitute_stands_in_for_whom_the_table_says(empty_store: Path) -> None:
    """'Peter Nyström (L)<TAB>för Karin Holm (C)' under Tjänstgörande ersättare; 'Övriga deltagande' is a group."""
    result = import_one(empty_store, COUNCILS / "malmo-dnr-under-paragraf.txt")
    people = {a.name: a for a in result.meeting.attendees}
    assert (people["Peter Nyström"].title, people["Peter Nyström"].org) == ("ersättare för Karin Holm (C)", None)
    assert (people["Maria Ek"].group, people["Maria Ek"].title) == ("other", "kommunpolis")
    assert not result.unplaced


def test_two_decisions_on_two_lines_and_an_opening_over_a_list(empty_store: Path) -> None:
    """Two 'Rådet beslutar att …' lines are two decisions; 'Rådet beslutar att' over '- …' bullets opens each."""
    m = import_one(empty_store, COUNCILS / "malmo-dnr-under-paragraf.txt").meeting
    assert [d.text for d in m.items[2].decisions] == [
        "Rådet beslutar att genomföra trygghetsvandring i Rosengård den 14 april.",
        "Rådet beslutar att uppdra åt Sven Åkesson att sammanställa resultatet till 2025-05-01."]
    m = import_one(empty_store, COUNCILS / "lund-plats-och-tid.txt").meeting
    budget = next(i for i in m.items if i.title == "Budget 2025")
    assert [d.text for d in budget.decisions] == [
        "Rådet beslutar att fastställa budget 2025 om 450 000 kr",  # the comma only joined the list
        "Rådet beslutar att uppdra åt samordnaren att återrapportera i juni."]


def test_the_adjusting_after_the_items_and_a_person_both_present_and_absent(empty_store: Path) -> None:
    """'Justeringens plats och tid: Rådhuset 2025-02-10' after the items is the adjusting, no other question; a
    person listed present and under Frånvarande is reported as unsure."""
    result = import_one(empty_store, COUNCILS / "lund-plats-och-tid.txt")
    m = result.meeting
    assert (m.adjusting_date, m.adjusting_place) == (dt.date(2025, 2, 10), "Rådhuset")
    assert not any("Justeringens" in o.title for o in m.other)
    assert any("Olof Palmgren" in doubt and "frånvarande" in doubt for doubt in result.unsure)


def test_a_presenter_with_a_title(empty_store: Path, tmp_path: Path) -> None:
    """'Föredragande: Lars Olsson, kommunpolis': one presenter, the title kept in the notes."""
    text = ("KALLELSE\nTid: 2025-03-20 kl. 09.00-11.00\nPlats: Kommunhuset\n\n1. Polisens lägesbild\n"
            "   Föredragande: Lars Olsson, kommunpolis\n2. Skolan\n   Föredragande: Eva Sjöberg och Per Ek\n")
    m = import_one(empty_store, write_note(tmp_path, text)).meeting
    assert [i.presenters for i in m.items] == [["Lars Olsson"], ["Eva Sjöberg", "Per Ek"]]
    assert "kommunpolis" in m.items[0].notes


def test_a_word_heading_per_topic_opens_an_item(empty_store: Path) -> None:
    """A Word document with a Heading 2 per topic and no numbers: each heading is an item with what stands under
    it; a Heading 2 that names a part (Nästa möte) is that part."""
    result = import_one(empty_store, COUNCILS / "samverkan-rubrik2.docx")
    m = result.meeting
    assert [i.title for i in m.items] == ["Nattlivet på Stortorget", "Skadegörelse i parkeringshuset"]
    assert [d.text for d in m.items[0].decisions] == [
        "Extra ordningsvakter fredagar i juni.", "Karin Ljung får i uppdrag att kontakta krögarna till 2025-05-30."]
    assert [d.text for d in m.items[1].decisions] == ["Kameraövervakning utreds."]
    assert [e.date for e in m.schedule] == [dt.date(2025, 9, 3)] and not result.unplaced


def test_a_markdown_heading_per_topic_opens_an_item(empty_store: Path, tmp_path: Path) -> None:
    """'## Nattlivet' without a number is an item, as a Word Heading 2 is; '## Nästa möte' is that part."""
    text = ("# Minnesanteckningar\n\n**Datum:** 2025-04-09\n\n**Närvarande:**\n- Mikko Virtanen, polisen\n\n"
            "## Nattlivet\nStörningar.\n\n**Beslut:** Fler vakter.\n\n## Klotter\nMycket klotter.\n\n"
            "## Nästa möte\n2025-06-11 kl. 10.00\n")
    result = import_one(empty_store, write_note(tmp_path, text, "note.md"))
    m = result.meeting
    assert [(i.title, [d.text for d in i.decisions]) for i in m.items] == [
        ("Nattlivet", ["Fler vakter."]), ("Klotter", [])]
    assert [e.date for e in m.schedule] == [dt.date(2025, 6, 11)] and not result.unplaced
