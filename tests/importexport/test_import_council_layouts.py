"""Layouts of other councils' minutes that once lost text or put it in the wrong field without a word: tables
nested in a Word table's cells, Göteborg's 'Paragraf N' / 'Ärende:', page footers, När/Var labels, e-mail
headers, Markdown front matter, control characters, agenda tables with decision and proposal columns, tables
typed with '|', and a file with nothing like minutes. Each test fails when the import hides text or misplaces it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.importexport.notes import COUNCILS, import_one, write_note

docx = pytest.importorskip("docx")


def test_every_line_of_tables_nested_however_deep_is_read(empty_store: Path, tmp_path: Path) -> None:
    """A table in a cell of a table, 60 deep: each level's line is among the lines read, each with its place,
    and the ledger gives each one a fate (import_one checks that none is lost)."""
    document = docx.Document()
    document.add_paragraph("Datum: 2026-03-05")
    document.add_paragraph("Närvarande: Anna Ek, Bo Ny")
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    for level in range(60):
        cell.paragraphs[0].text = f"Nivå {level}"
        cell = cell.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].text = "Djupaste raden"
    document.add_paragraph("1. Lägesbild")
    document.add_paragraph("Anna Ek redovisade.")
    path = tmp_path / "nastlad.docx"
    document.save(str(path))
    result = import_one(empty_store, path)
    lines = result.ledger.lines
    assert [line for line in lines if line.startswith("Nivå")] == [f"Nivå {n}" for n in range(60)]
    assert "Djupaste raden" in lines
    assert "All text kunde placeras" not in "\n".join(result.summary())


def test_paragraphs_written_out_with_labelled_titles(empty_store: Path) -> None:
    """Göteborg's form: 'Paragraf 2' over 'Ärende: Lägesbild …', 'Diarienummer:', 'Föredragande:': an item each,
    the label no part of the title, the case number and presenter the item's own; 'Sammanträde 2026-02-18, kl.
    13.00–15.30' gives the day and times; the chair named in the list of members is one of them."""
    result = import_one(empty_store, COUNCILS / "goteborg-paragraf-arende.txt")
    m = result.meeting
    assert (m.date, m.start, m.end) == (dt.date(2026, 2, 18), dt.time(13), dt.time(15, 30))
    assert [(i.number, i.title, i.case_number, i.presenters) for i in m.items] == [
        ("§ 1", "Mötets öppnande och val av justerare", None, []),
        ("§ 2", "Lägesbild Nordost, första kvartalet", "N140-0123/26", ["Per-Olof Gran"]),
        ("§ 3", "Medborgardialog om trygghet i Gårdsten", "N140-0140/26", ["Ewa Fors"]),
        ("§ 5", "Nästa sammanträde", None, [])]
    assert [d.text for d in m.items[1].decisions] == ["Rådet beslutar att lägga informationen till handlingarna."]
    assert [o.number for o in m.other] == ["§ 4"]
    assert m.chair == "Jessica Andersson"
    chair = next(a for a in m.attendees if a.name == "Jessica Andersson")
    assert (chair.party, chair.role, chair.group) == ("S", "ordförande", "member")
    assert not any("Paragraf" in line for line in result.unplaced)
    # the column of roles before the names: 'Vice ordförande Kjell Lundgren (M)', 'Ledamot<spaces>Nadia Haddad (V)'
    assert [(a.name, a.party, a.role, a.group) for a in m.attendees[1:4]] == [
        ("Kjell Lundgren", "M", "vice ordförande", "member"), ("Nadia Haddad", "V", None, "member"),
        ("Tomas Wiklund", "L", None, "member")]
    assert result.unplaced == [] and all("föreslås som uppföljning" in doubt for doubt in result.unsure)


def test_a_short_signature_box_on_every_page_is_set_aside(empty_store: Path) -> None:
    """'Justerandes sign' over a line to sign on, at the foot of each page of a protocol: page furniture, never
    a decision or the item's text."""
    result = import_one(empty_store, COUNCILS / "malmo-justerandes-sign.txt")
    texts = [(d.text, i.notes) for i in result.meeting.items for d in i.decisions] + [
        ("", i.notes) for i in result.meeting.items]
    assert not any("sign" in text or "sign" in notes for text, notes in texts)
    assert [text for text, _ in result.set_aside].count("Justerandes sign") == 3
    assert [d.text for d in result.meeting.items[0].decisions] == [
        "Trygghetsutskottet beslutar att notera informationen."]


def test_a_line_repeated_at_the_top_or_foot_of_every_page_is_page_furniture(empty_store: Path, tmp_path: Path
                                                                            ) -> None:
    """A text parted into pages by form feeds (a PDF's text): a line that stands at the foot or top of every
    page, whatever it says, is set aside as a page header or footer; the first page's top is the heading."""
    text = (COUNCILS / "malmo-justerandes-sign.txt").read_text(encoding="utf-8")
    block = " " * 51 + "Justerandes sign\n" + " " * 51 + "________________\n"
    pages = text.split(block)
    paged = pages[0] + "".join(f"Malmö stad, Trygghetsutskottet\n\fMALMÖ STAD   Trygghetsutskottet\n{page}"
                               for page in pages[1:])
    result = import_one(empty_store, write_note(tmp_path, paged))
    aside = [text for text, reason in result.set_aside if reason == "sidhuvud eller sidfot"]
    assert aside == ["Malmö stad, Trygghetsutskottet", "MALMÖ STAD   Trygghetsutskottet"] * 3
    assert [i.number for i in result.meeting.items] == ["§ 14", "§ 15", "§ 16", "§ 17"]
    assert not any("Malmö stad" in line for line in result.unplaced)
    assert not any("MALMÖ" in (i.notes or "") for i in result.meeting.items)


def test_when_and_where_labels_of_plain_notes(empty_store: Path) -> None:
    """'När: Onsdag 4 februari 2026, 8.15–9.45' over 'Var: Teams': the day, the times and the place, as Tid and
    Plats give them."""
    m = import_one(empty_store, COUNCILS / "falun-sspf-nar-var.txt").meeting
    assert (m.date, m.start, m.end, m.place) == (dt.date(2026, 2, 4), dt.time(8, 15), dt.time(9, 45), "Teams")


@pytest.mark.parametrize("label", ["Var och när", "Mötesplats och tid"])
def test_other_place_and_time_labels(empty_store: Path, tmp_path: Path, label: str) -> None:
    text = f"Minnesanteckningar\n{label}: Rådhuset, 2026-03-04 kl. 9.00–11.00\n\nNärvarande: Anna Ek, Bo Ny\n\n" \
           "1. Lägesbild\nAnna Ek redovisade.\n"
    m = import_one(empty_store, write_note(tmp_path, text)).meeting
    assert (m.date, m.start, m.end, m.place) == (dt.date(2026, 3, 4), dt.time(9), dt.time(11), "Rådhuset")


def test_a_walks_gathering_gives_its_start_end_and_place(empty_store: Path) -> None:
    """'Samling: kl. 18.00 vid Domkyrkan, avslut kl. 20.15 på Kalmar Teater': the walk starts at 18.00 where
    they gather and ends at 20.15; the line is read, never a heading."""
    result = import_one(empty_store, COUNCILS / "kalmar-trygghetsvandring.txt")
    m = result.meeting
    assert (m.date, m.start, m.end, m.place) == (dt.date(2026, 3, 17), dt.time(18), dt.time(20, 15), "Domkyrkan")
    fate = result.ledger.fates[next(n for n, line in enumerate(result.ledger.lines) if line.startswith("Samling"))]
    assert fate.what == "field"


def test_an_e_mails_header_is_set_aside_and_its_date_is_not_the_meetings(empty_store: Path) -> None:
    """Notes sent as a mail: 'Från:', 'Skickat: den 12 mars 2026 16:42', 'Till:', 'Ämne:' are the mail's header,
    set aside; the day it was sent is never taken for the meeting's: it only stands in, while the date is missing,
    for reading the dates written without a year."""
    result = import_one(empty_store, COUNCILS / "ljusdal-mejl.txt")
    assert [reason for _, reason in result.set_aside][:4] == ["e-posthuvud"] * 4
    assert result.date_missing
    assert result.sent == dt.date(2026, 3, 12)


def test_a_forwarded_mail_header_above_minutes_with_their_own_date(empty_store: Path, tmp_path: Path) -> None:
    text = ("-----Ursprungligt meddelande-----\nFrån: Bo Ny <bo@kommun.se>\nDatum: den 2 april 2026 08:15\n"
            "Till: Rådet\nÄmne: Protokoll\n\nProtokoll\nDatum: 2026-03-24\nTid: 13.00–15.00\n\n"
            "Närvarande: Anna Ek, Bo Ny\n\n1. Lägesbild\nAnna Ek redovisade.\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    assert result.meeting.date == dt.date(2026, 3, 24)
    assert [reason for _, reason in result.set_aside] == ["e-posthuvud"] * 5


def test_markdown_front_matter_a_struck_name_and_numbered_other_questions(empty_store: Path) -> None:
    """A Markdown file with front matter (--- title/date ---) reads as one without: the heading, the sentence in
    a blockquote and the attendance table all read; '~~Magnus Ek~~' is the name without its strikethrough; a
    numbered list under 'Övriga frågor' is one question per entry."""
    result = import_one(empty_store, COUNCILS / "vimmerby-front-matter.md")
    m = result.meeting
    assert (m.date, m.start, m.end, m.place) == (dt.date(2026, 2, 24), dt.time(15), dt.time(16, 30),
                                                 "Stadshuset, Vimmerby")
    assert [a.name for a in m.attendees] == ["Ellen Kvist", "Jonas Ring", "Sofia Berglund", "Magnus Ek"]
    assert [o.title for o in m.other] == ["Sofia Berglund tog upp problem med mopedåkning i centrum",
                                          "Ellen Kvist informerade om Astrid Lindgrens Värld-säsongen"]
    assert result.unplaced == []


def test_front_matter_keys_are_the_heads_fields_and_an_unknown_key_is_reported(empty_store: Path,
                                                                               tmp_path: Path) -> None:
    text = ("---\ntitle: \"Brå-möte\"\ndate: 2026-05-05\ntid: 9.00-11.00\nplats: Rådhuset\nattendees:\n"
            "  - Anna Ek\n  - Bo Ny\ntags: [möte, brå]\n---\n\n## 1. Lägesbild\nAnna Ek redovisade.\n")
    result = import_one(empty_store, write_note(tmp_path, text, "fm.md"))
    m = result.meeting
    assert (m.date, m.start, m.end, m.place) == (dt.date(2026, 5, 5), dt.time(9), dt.time(11), "Rådhuset")
    assert [a.name for a in m.attendees] == ["Anna Ek", "Bo Ny"]
    assert [i.title for i in m.items] == ["Lägesbild"]
    assert any("tags" in line for line in result.unplaced)


def test_control_characters_are_removed_and_flagged_wherever_the_line_goes(empty_store: Path, tmp_path: Path
                                                                          ) -> None:
    """An escape sequence in an item's title, its text or a field is removed whole (not only its ESC byte), and
    each such line is listed as unsure, whatever it became."""
    text = ("Datum: 2026-03-04\nTid: 9-11\nPlats: R\x1b]0;HACKED\x07ådhuset\x1b[2J\nNärvarande: Anna Ek, Bo Ny\n\n"
            "1. Lägesbild\x1b[?1049h\nPer \u202eVik redovisade.\n\x1b]8;;http://evil\x07klick\x1b]8;;\x07\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    m = result.meeting
    assert m.place == "Rådhuset"
    assert [i.title for i in m.items] == ["Lägesbild"]
    assert m.items[0].notes == "Per Vik redovisade.\nklick\n"
    doubted = [doubt for doubt in result.unsure if "styrtecken" in doubt]
    assert len(doubted) == 4
    assert "All text kunde placeras" not in "\n".join(result.summary())


def test_an_agenda_tables_decision_column_gives_each_item_its_decision(empty_store: Path) -> None:
    """'Nr<TAB>Ärende<TAB>Föredragande<TAB>Beslut' (CRLF): the Beslut cell is the item's decision, never part of its
    title."""
    m = import_one(empty_store, COUNCILS / "ockelbo-beslutskolumn-crlf.txt").meeting
    assert [(i.number, i.title, i.presenters) for i in m.items] == [
        ("1", "Lägesbild", ["Kim Frost"]), ("2", "Budget 2026", ["Anna Sjölin"]), ("3", "Övriga frågor", [])]
    assert [[d.text for d in i.decisions] for i in m.items] == [
        ["Informationen noteras"], ["Rådet beslutar att anta budgeten"], []]


def test_a_notices_agenda_table_with_papers_and_proposals(empty_store: Path) -> None:
    """A Word föredragningslista '§ | Ärende | Handling | Föredragande | Förslag till beslut': an item per row, the
    proposal and the papers the item's text (a proposal is no decision), a case number among the papers the item's
    case number; 'Kallade tjänstepersoner:' below the table are people."""
    result = import_one(empty_store, COUNCILS / "skelleftea-foredragningslista.docx")
    m = result.meeting
    assert [i.title for i in m.items] == ["Upprop och val av justerare", "Lägesbild Skellefteå centrum",
                                         "Ansökan om medel för Trygg sommar",
                                         "Revidering av samverkansöverenskommelsen", "Övriga frågor"]
    assert all(i.decisions == [] for i in m.items)
    assert m.items[2].case_number == "KS 2026/144"
    assert "Förslag till beslut: Rådet beslutar att ansöka" in (m.items[2].notes or "")
    assert [(a.name, a.group) for a in m.attendees][-2:] == [("Peter Lundmark", "invited"),
                                                           ("Malin Öhman", "invited")]  # called: invited
    assert m.other == [] and result.unplaced == [] and result.unsure == []


def test_an_agenda_table_headed_nr(empty_store: Path) -> None:
    m = import_one(empty_store, COUNCILS / "skelleftea-nr-kolumn.docx").meeting
    assert [(i.number, i.title) for i in m.items] == [("1", "Upprop"), ("2", "Lägesbild"), ("3", "Trygg sommar")]


def test_a_proposal_for_a_decision_is_the_items_text(empty_store: Path, tmp_path: Path) -> None:
    text = ("Kallelse\nDatum: 2026-03-03\nTid: 9-11\nNärvarande: Anna Ek, Bo Ny, Cia Lo\n\n1. Trygg sommar\n"
            "Förslag till beslut: Rådet beslutar att ansöka\n\n2. Budget\nFörslag till beslut\n"
            "Rådet beslutar att anta budgeten.\n\n3. Klotter\nBeslut: Rådet beslutar att sanera.\n")
    m = import_one(empty_store, write_note(tmp_path, text)).meeting
    assert [[d.text for d in i.decisions] for i in m.items] == [[], [], ["Rådet beslutar att sanera."]]
    assert "Rådet beslutar att anta budgeten." in (m.items[1].notes or "")


def test_a_pipe_typed_action_table_and_the_signer_under_the_date(empty_store: Path) -> None:
    """'Åtgärd | Ansvarig | Senast' over its rows in a text file is an action list, a follow-up per row; the name
    under 'Kalmar 2026-03-20' at the end is the signature, never an item."""
    result = import_one(empty_store, COUNCILS / "kalmar-trygghetsvandring.txt")
    m = result.meeting
    assert [(f.title, f.owners, f.due) for f in m.followups] == [
        ("Byta armaturer på Larmgatan", ["Serviceförvaltningen"], dt.date(2026, 4, 30)),
        ("Röja buskage i Gröndalsparken", ["Göran Fält"], None),
        ("Sanera klotter på elskåp", ["Kalmar Energi"], dt.date(2026, 4, 15))]
    assert any("”maj” kunde inte läsas" in doubt for doubt in result.unsure)
    assert "Lotta Fransson" not in [i.title for i in m.items]
    assert ("Lotta Fransson", "underskrifter") in result.set_aside
    assert m.issued == dt.date(2026, 3, 20)


def test_a_pipe_table_with_outer_bars_and_a_rule(empty_store: Path, tmp_path: Path) -> None:
    text = ("Minnesanteckningar\nDatum: 2026-03-03\nTid: 9-11\n\n| Namn | Organisation |\n|------|------|\n"
            "| Anna Ek | Polisen |\n| Bo Ny | Socialtjänsten |\n\n1. Lägesbild\nAnna Ek redovisade. Kort | lång.\n")
    m = import_one(empty_store, write_note(tmp_path, text)).meeting
    assert [(a.name, a.org) for a in m.attendees] == [("Anna Ek", "Polisen"), ("Bo Ny", "Socialtjänsten")]
    assert m.items[0].notes == "Anna Ek redovisade. Kort | lång.\n"


def test_a_file_in_which_nothing_reads_as_minutes_is_not_echoed(bra, empty_store: Path, tmp_path: Path) -> None:
    """A link to a file of accounts (as /etc/shadow is) is followed, as every tool follows the user's own link,
    but no line of a file in which nothing reads as minutes is printed: the report counts them and points to the
    review; nothing is saved."""
    secret = tmp_path / "konton"
    secret.write_text("root:$y$j9T$hemligt:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n", encoding="utf-8")
    link = tmp_path / "anteckningar.txt"
    link.symlink_to(secret)
    run = bra("--store", empty_store, "import", link)
    assert run.status != 0
    assert "hemligt" not in run.out + run.err and "daemon" not in run.out + run.err
    assert "Kunde inte placeras: alla 2 rader" in run.out + run.err
    assert not (empty_store / "meetings").exists() or not list((empty_store / "meetings").iterdir())


def test_the_first_items_title_made_a_decision_is_refused_not_moved_to_the_last_item(empty_store: Path) -> None:
    """'b' on the title row of the first item: there is no item before it, so the review says so and the meeting
    keeps the item, instead of hanging the line on the last item."""
    from brå_tui.importer.review import ReviewRefused, move, rows
    from brå_tui.store.load import load

    store = load(empty_store)
    result = import_one(empty_store, COUNCILS / "ockelbo-beslutskolumn-crlf.txt")
    row = next(r for r in rows(result) if r.text.startswith("1\tLägesbild"))
    for target in ("beslut", "anteckning"):
        with pytest.raises(ReviewRefused, match="första ärendet"):
            move(result, row, target, store.people)
    assert [i.title for i in result.meeting.items] == ["Lägesbild", "Budget 2026", "Övriga frågor"]
    assert [d.text for d in result.meeting.items[2].decisions] == []


def test_a_row_of_an_attendance_table_read_as_a_line(empty_store: Path) -> None:
    """'Namn<TAB>Parti/Org<TAB>Närvaro' over 'Anna Sjölin<TAB>(S)<TAB>Ja', 'Rolf Berg<TAB>(M)<TAB>Nej': a table of
    people with the party in brackets and Ja/Nej; the same row given to the review's n or f reads the same."""
    from brå_tui.importer.attendees import parse_people

    m = import_one(empty_store, COUNCILS / "ockelbo-beslutskolumn-crlf.txt").meeting
    assert [(a.name, a.party, a.org, a.absent, a.partial) for a in m.attendees] == [
        ("Anna Sjölin", "S", None, False, None), ("Rolf Berg", "M", None, True, None),
        ("Kim Frost", None, "Polisen", False, "§§ 1-2"), ("Greta Alm", None, "Socialtjänsten", False, None)]
    [rolf] = parse_people("Rolf Berg\t(M)\tNej", [])
    assert (rolf.party, rolf.org, rolf.title, rolf.absent) == ("M", None, None, True)


def test_a_guest_with_the_part_of_the_meeting_in_the_same_brackets(empty_store: Path) -> None:
    """'Erik Nord, Helsingborgshem (gäst, punkt 3)': the organisation without a stray bracket, a guest (invited),
    there for item 3."""
    m = import_one(empty_store, COUNCILS / "hudiksvall-gast-forhinder.txt").meeting
    erik = next(a for a in m.attendees if a.name == "Erik Nord")
    assert (erik.org, erik.group, erik.partial) == ("Helsingborgshem", "invited", "punkt 3")
