"""What stands around the minutes' text: the time in the Tid field in every form, Word's list numbers as Word shows
them, Word's page headers and footers, and the page furniture of a text export (running headers, rulers)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brå_tui.importer.review_values import place_of
from tests.importexport.notes import COUNCILS, import_one, write_note


@pytest.mark.parametrize("tid", ["9-11", "9–11", "09-11", "9 - 11", "9—11", "9 till 11", "kl 9-11",
                                 "2025-02-06 9-11", "2025-02-06, 09–11"])
def test_a_span_of_whole_hours_is_the_meetings_time(empty_store: Path, tmp_path: Path, tid: str) -> None:
    note = (f"Minnesanteckningar\nDatum: 2025-02-06\nTid: {tid}\nPlats: Rum 1-2\nNärvarande: Per Ek\n\n"
            "1. Lägesbild\nText.\n")
    m = import_one(empty_store, write_note(tmp_path, note)).meeting
    assert (m.date, m.start, m.end, m.place) == (dt.date(2025, 2, 6), dt.time(9), dt.time(11), "Rum 1-2")


def test_a_room_number_is_no_time(empty_store: Path, tmp_path: Path) -> None:
    """'Plats: Rum 1-2' gives no hours: a span of whole hours is a time only in the time's own field."""
    note = "Minnesanteckningar\nDatum: 2025-02-06\nPlats: Rum 1-2\nNärvarande: Per Ek\n\n1. Lägesbild\nText.\n"
    m = import_one(empty_store, write_note(tmp_path, note)).meeting
    assert (m.start, m.end, m.place) == (None, None, "Rum 1-2")


docx = pytest.importorskip("docx")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _word_list(tmp_path: Path, levels: list[tuple[int, str, str]], paragraphs: list[tuple[int | None, str]],
               start_override: int | None = None, style: str | None = None, linked: bool = False) -> Path:
    """A Word document with one list of its own (levels: (start, numFmt, lvlText) per level; start_override: the
    list restarts its first level there, as Word's "Starta om numreringen" writes it) and paragraphs, each
    (the list level, or None outside the list, and its text) in style; above them a heading and the fields.
    linked: the list is a numbering style's ('Lista 1 / 1.1'), its definition only a link to that style's, as Word
    writes a multilevel list style."""
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("Protokoll", style="Title")
    document.add_paragraph("Datum: 2025-06-03")
    document.add_paragraph("Närvarande: Kerstin Bodin (S), ordförande")
    numbering = document.part.numbering_part.element
    lvls = "".join(f'<w:lvl w:ilvl="{n}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
                   f'<w:lvlText w:val="{text}"/></w:lvl>' for n, (start, fmt, text) in enumerate(levels))
    numbering.insert(0, parse_xml(f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="77">{lvls}</w:abstractNum>'))
    abstract = 77
    if linked:
        numbering.insert(0, parse_xml(f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="78">'
                                      '<w:numStyleLink w:val="Protokollista"/></w:abstractNum>'))
        numbering.append(parse_xml(f'<w:num xmlns:w="{W}" w:numId="76"><w:abstractNumId w:val="77"/></w:num>'))
        document.styles.element.append(parse_xml(
            f'<w:style xmlns:w="{W}" w:type="numbering" w:styleId="Protokollista"><w:name w:val="Protokollista"/>'
            '<w:pPr><w:numPr><w:numId w:val="76"/></w:numPr></w:pPr></w:style>'))
        abstract = 78
    override = (f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start_override}"/></w:lvlOverride>'
                if start_override is not None else "")
    numbering.append(parse_xml(f'<w:num xmlns:w="{W}" w:numId="77"><w:abstractNumId w:val="{abstract}"/>'
                               f'{override}</w:num>'))
    for level, text in paragraphs:
        paragraph = document.add_paragraph(text, style=style if level is not None and level == 0 else None)
        if level is not None:
            paragraph._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{level}"/><w:numId w:val="77"/></w:numPr>'))
    path = tmp_path / "lista.docx"
    document.save(str(path))
    return path


_ITEMS = [(0, "Val av justerare"), (None, "Kerstin Bodin utses."), (0, "Lägesbild"), (None, "Lugnt i Kungsör."),
          (0, "Skolavslutningen"), (None, "Planering inför den 13 juni.")]


@pytest.mark.parametrize("level, override, numbers", [
    ((23, "decimal", "§ %1"), None, ["§ 23", "§ 24", "§ 25"]),
    ((1, "decimal", "§ %1"), 40, ["§ 40", "§ 41", "§ 42"]),
    ((1, "decimal", "%1)"), None, ["1)", "2)", "3)"]),
    ((7, "decimal", "%1."), None, ["7.", "8.", "9."]),
    ((1, "decimal", "Punkt %1"), 5, ["Punkt 5", "Punkt 6", "Punkt 7"]),
])
def test_word_list_numbers_are_written_as_word_shows_them(empty_store: Path, tmp_path: Path, level: tuple,
                                                            override: int | None, numbers: list[str]) -> None:
    """The level's lvlText ('§ %1', '%1)'), its w:start and the list's startOverride give the items' numbers."""
    path = _word_list(tmp_path, [level], _ITEMS, override, style="Heading 2")
    result = import_one(empty_store, path)
    assert [(i.number, i.title) for i in result.meeting.items] == [
        (n, t) for n, (_, t) in zip(numbers, _ITEMS[::2], strict=True)]
    assert result.unplaced == []


def test_a_list_of_a_numbering_style_counts_as_the_style_says(empty_store: Path, tmp_path: Path) -> None:
    """A list whose definition links to a numbering style (w:numStyleLink) is numbered by that style's levels."""
    path = _word_list(tmp_path, [(23, "decimal", "§ %1")], _ITEMS, style="Heading 2", linked=True)
    assert [i.number for i in import_one(empty_store, path).meeting.items] == ["§ 23", "§ 24", "§ 25"]


@pytest.mark.parametrize("sub, marks", [
    ((1, "decimal", "%1.%2"), ["2.1 ", "2.2 "]),
    ((1, "lowerLetter", "%2)"), ["a) ", "b) "]),
    ((1, "bullet", "\uf0b7"), ["· ", "· "]),
])
def test_a_sub_level_is_a_list_entry_and_never_part_of_a_decision(empty_store: Path, tmp_path: Path,
                                                                   sub: tuple, marks: list[str]) -> None:
    """Decisions in a sub-level of the items' list ('2.1', 'a)', a bullet): each line is read with its number as
    Word shows it, and each decision's text is the decision alone."""
    paragraphs = [(0, "Lägesbild"), (None, "Lugnt under vintern."), (0, "Trygghetsvandring"),
                  (1, "Rådet beslutar att vandringen genomförs den 8 april."),
                  (1, "Rådet beslutar att bjuda in Ombergsbostäder."), (0, "Nästa möte"), (None, "Inget bestämt.")]
    result = import_one(empty_store, _word_list(tmp_path, [(1, "decimal", "%1."), sub], paragraphs))
    m = result.meeting
    assert [i.number for i in m.items] == ["1.", "2.", "3."]
    assert [d.text for d in m.items[1].decisions] == ["Rådet beslutar att vandringen genomförs den 8 april.",
                                                      "Rådet beslutar att bjuda in Ombergsbostäder."]
    lines = [line for line in result.ledger.lines if "Rådet beslutar" in line]
    assert [line[:len(mark)] for line, mark in zip(lines, marks, strict=True)] == marks
    assert result.unplaced == []


@pytest.mark.parametrize("sub, marks", [((1, "decimal", "%2."), ["1.", "2.", "3."]),
                                        ((1, "decimal", "%2)"), ["1)", "2)", "3)"])])
def test_a_sub_list_numbered_like_the_items_is_never_an_item(empty_store: Path, tmp_path: Path, sub: tuple,
                                                             marks: list[str]) -> None:
    """A second level counting 1., 2., 3. under item 2: its '3.' is no item 3, whatever its number."""
    entries = ["Vandringen genomförs den 8 april.", "Ombergsbostäder bjuds in.", "Kommunen står för fikat."]
    paragraphs = [(0, "Lägesbild"), (None, "Lugnt."), (0, "Trygghetsvandring"), *((1, e) for e in entries),
                  (0, "Nästa möte"), (None, "Inget bestämt.")]
    result = import_one(empty_store, _word_list(tmp_path, [(1, "decimal", "%1."), sub], paragraphs))
    assert [(i.number, i.title) for i in result.meeting.items] == [
        ("1.", "Lägesbild"), ("2.", "Trygghetsvandring"), ("3.", "Nästa möte")]
    assert result.meeting.items[1].notes == "".join(f"{m} {e}\n" for m, e in zip(marks, entries, strict=True))
    assert result.unsure == [] and result.unplaced == []


def test_a_nested_markdown_list_is_never_an_item(empty_store: Path, tmp_path: Path) -> None:
    note = ("# Protokoll\n\nDatum: 2025-05-20\n\nNärvarande: Rasmus Ek (S)\n\n1. Lägesbild\n\n   Lugnt.\n\n"
            "2. Trygghetsvandring\n\n   1. Vandringen genomförs den 8 april.\n   2. Ombergsbostäder bjuds in.\n"
            "   3. Kommunen står för fikat.\n\n3. Nästa möte\n\n   Inget bestämt.\n")
    result = import_one(empty_store, write_note(tmp_path, note, "protokoll.md"))
    assert [i.title for i in result.meeting.items] == ["Lägesbild", "Trygghetsvandring", "Nästa möte"]
    assert "Kommunen står för fikat." in result.meeting.items[1].notes and result.unsure == []


@pytest.mark.parametrize("marker", ["- ", "· ", "• ", "2.1 ", "2.2) ", "b) "])
def test_a_decision_in_a_text_list_has_no_marker(empty_store: Path, tmp_path: Path, marker: str) -> None:
    note = ("Minnesanteckningar\nDatum: 2025-03-04\nNärvarande: Per Ek\n\n1. Lägesbild\nText.\n\n2. Trygghetsvandring\n"
            f"{marker}Rådet beslutar att vandringen genomförs den 8 april.\n\n3. Avslut\nSlut.\n")
    m = import_one(empty_store, write_note(tmp_path, note)).meeting
    assert [d.text for d in m.items[1].decisions] == ["Rådet beslutar att vandringen genomförs den 8 april."]


def _with_page_header(tmp_path: Path, cells: list[list[str]], footer: str, sections: int = 1) -> Path:
    """Minutes whose date and kind stand only in Word's page header, a table of cells, with a footer line; the body
    in sections parts (each new part's header its own copy of the first's, as Word writes 'Ny sida' sections)."""
    from docx.enum.section import WD_SECTION

    document = docx.Document()
    document.add_paragraph("Tid: 18.00–20.00")
    document.add_paragraph("Närvarande: Annelie Ström (S), ordförande")
    document.add_paragraph("1. Lägesbild")
    document.add_paragraph("Lugnt under vintern.")
    for n in range(1, sections):
        document.add_section(WD_SECTION.NEW_PAGE)
        document.add_paragraph(f"{n + 1}. Ärende {n + 1}")
        document.add_paragraph("Text om ärendet.")
    for section in document.sections:
        header = section.header
        header.is_linked_to_previous = False
        table = header.add_table(rows=len(cells), cols=len(cells[0]), width=section.page_width)
        for row, texts in zip(table.rows, cells, strict=True):
            for cell, text in zip(row.cells, texts, strict=True):
                cell.text = text
        section.footer.is_linked_to_previous = False
        section.footer.paragraphs[0].text = footer
    path = tmp_path / "sidhuvud.docx"
    document.save(str(path))
    return path


@pytest.mark.parametrize("sections", [1, 3])
def test_a_word_page_header_gives_the_date_and_kind_and_is_set_aside_once(empty_store: Path, tmp_path: Path,
                                                                          sections: int) -> None:
    cells = [["BOXHOLMS KOMMUN", "MINNESANTECKNINGAR", "Sida 1(2)"], ["Lokala Brå", "Sammanträdesdatum", "2025-03-04"]]
    path = _with_page_header(tmp_path, cells, "Boxholms kommun, Box 78, 590 10 Boxholm", sections)
    result = import_one(empty_store, path)
    m = result.meeting
    assert (m.date, m.start, m.document) == (dt.date(2025, 3, 4), dt.time(18), "minnesanteckningar")
    assert [text for text, why in result.set_aside if why == "sidhuvud eller sidfot"] == [
        "BOXHOLMS KOMMUN\tMINNESANTECKNINGAR\tSida 1(2)", "Lokala Brå\tSammanträdesdatum\t2025-03-04",
        "Boxholms kommun, Box 78, 590 10 Boxholm"]
    assert len(m.items) == sections and result.unplaced == []
    assert "Boxholm" not in " ".join(i.notes for i in m.items)
    assert result.ledger.origins[:2] == ["sidhuvud, tabell 1, rad 1", "sidhuvud, tabell 1, rad 2"]
    assert result.ledger.origins[-1] == "sidfot"


def test_the_text_wins_over_the_page_header(empty_store: Path, tmp_path: Path) -> None:
    """A date and kind in the text are the meeting's; the page header's printing date is no rival."""
    path = _with_page_header(tmp_path, [["Protokoll", "Utskrivet 2025-03-20"]], "Sida 1")
    document = docx.Document(str(path))
    document.paragraphs[0].insert_paragraph_before("Minnesanteckningar")
    document.paragraphs[1].insert_paragraph_before("Datum: 2025-03-04")
    document.save(str(path))
    m = import_one(empty_store, path).meeting
    assert (m.date, m.document) == (dt.date(2025, 3, 4), "minnesanteckningar")


@pytest.mark.parametrize("ruler", ["-----", "=====", "———", "  ~~~~~~~~  ", "*****"])
def test_a_ruler_and_a_repeated_header_above_the_page_number_are_page_furniture(empty_store: Path, tmp_path: Path,
                                                                                ruler: str) -> None:
    """'Sävsjö kommun      PROTOKOLL' above '…      Sida 2 av 2' on every page, and ruler lines, are set aside: never
    an item's text, and the report does not say all text was placed where it was not."""
    head = "Sävsjö kommun                                    PROTOKOLL"
    note = (f"{head}\nLokalt brottsförebyggande råd                    Sida 1 av 2\nDiarienr: KS 2025/207\n\n"
            "Datum: 2025-04-08\nNärvarande: Per Ek (KD), ordförande\n\n§ 10 Lägesbild\nLugnt i centrum.\n\n"
            f"{ruler}\n{head}\nLokalt brottsförebyggande råd                    Sida 2 av 2\n\n"
            f"§ 11 Avslutning\nMötet avslutades.\n{ruler}\n")
    result = import_one(empty_store, write_note(tmp_path, note))
    m = result.meeting
    assert m.document == "protokoll"
    assert [i.notes for i in m.items] == ["Lugnt i centrum.\n", "Mötet avslutades.\n"]
    aside = result.set_aside
    assert [t for t, why in aside if why == "sidhuvud eller sidfot"] == [
        "Lokalt brottsförebyggande råd                    Sida 1 av 2", head,
        "Lokalt brottsförebyggande råd                    Sida 2 av 2"]
    assert [t.strip() for t, why in aside if why == "linje"] == [ruler.strip()] * 2
    assert m.case_number == "KS 2025/207" and not [t for t, _ in aside if "Diarienr" in t]  # the document's
    assert result.unplaced == []


def _word_minutes(tmp_path: Path, body: list[tuple[str | None, str]]) -> Path:
    """Minutes as Word writes them: the fields, then body's paragraphs, each (its style or None, its text)."""
    document = docx.Document()
    document.add_paragraph("Protokoll", style="Title")
    document.add_paragraph("Datum: 2025-05-20")
    document.add_paragraph("Närvarande: Rasmus Ek (S)")
    for style, text in body:
        document.add_paragraph(text, style=style)
    path = tmp_path / "protokoll.docx"
    document.save(str(path))
    return path


_SKOLAN = [("Heading 2", "Information från skolan"), (None, "Rektorn berättade om läsåret och tryggheten på rasterna.")]


@pytest.mark.parametrize("other", [
    [("List Number", "Lägesbild"), (None, "Lugnt."), ("List Number", "Övriga frågor"),
     ("List Bullet", "Rasmus Ek frågade om kameror.")],
    [("Heading 2", "Lägesbild"), (None, "Lugnt."), ("Heading 2", "Övriga frågor"),
     ("List Bullet", "Rasmus Ek frågade om kameror.")],
    [("Heading 2", "Lägesbild"), (None, "Lugnt."), ("Heading 2", "Övriga frågor"),
     ("Heading 3", "Kameror"), (None, "Rasmus Ek frågade om kameror.")],
])
def test_a_heading_at_the_other_questions_level_ends_them(empty_store: Path, tmp_path: Path, other: list) -> None:
    """A heading as high as the 'Övriga frågor' title (any heading, under a numbered list item) opens an item of
    its own; a heading below it (Rubrik 3 under Rubrik 2) is a question."""
    m = import_one(empty_store, _word_minutes(tmp_path, [*other, *_SKOLAN])).meeting
    assert [o.notes.strip() for o in m.other] == ["Rasmus Ek frågade om kameror."]
    assert [(i.title, i.notes.strip()) for i in m.items][-1] == (
        "Information från skolan", "Rektorn berättade om läsåret och tryggheten på rasterna.")


def test_a_markdown_heading_ends_the_other_questions(empty_store: Path, tmp_path: Path) -> None:
    note = ("# Protokoll\n\nDatum: 2025-05-20\n\nNärvarande: Rasmus Ek (S)\n\n## Lägesbild\n\nLugnt.\n\n"
            "## Övriga frågor\n\n- Rasmus Ek frågade om kameror.\n\n## Information från skolan\n\n"
            "Rektorn berättade om läsåret och tryggheten på rasterna.\n")
    m = import_one(empty_store, write_note(tmp_path, note, "protokoll.md")).meeting
    assert [o.notes.strip() for o in m.other] == ["Rasmus Ek frågade om kameror."]
    assert [i.title for i in m.items] == ["Lägesbild", "Information från skolan"]


@pytest.mark.parametrize("field, party, org", [
    ("Ordförande: Helena Åkesson (M)", "M", None), ("Ordförande\tHelena Åkesson (M)", "M", None),
    ("Ordförande: Helena Åkesson, Kommunstyrelsen", None, "Kommunstyrelsen")])
def test_the_party_in_a_role_field_is_kept(empty_store: Path, tmp_path: Path, field: str, party: str | None,
                                           org: str | None) -> None:
    """'Ordförande: Helena Åkesson (M)' above a list that names her without her party: she is (M)."""
    note = (f"Protokoll\nDatum: 2025-05-20\n{field}\nNärvarande:\nHelena Åkesson, ordförande\nRasmus Ek\n\n"
            "1. Lägesbild\nLugnt.\n")
    m = import_one(empty_store, write_note(tmp_path, note)).meeting
    [helena] = [a for a in m.attendees if a.name == "Helena Åkesson"]
    assert (helena.party, helena.org, helena.role) == (party, org, "ordförande")


_NO_DATE = ("Minnesanteckningar\nTid: 18.00–20.00\nPlats: Boxholms bibliotek\n"
            "Närvarande: Annelie Ström (S), ordförande\n\n"
            "1. Lägesbild\nLugnt under vintern. Protokollet justeras 2025-03-11.\n")


def test_a_document_without_a_date_is_imported_and_says_so(empty_store: Path, tmp_path: Path) -> None:
    """No date anywhere: the meeting is read all the same, for the review, and the report says the date is missing;
    nothing can be saved until it is given."""
    from brå_tui.importer.errors import ImportFailure
    from brå_tui.importer.save import prepare

    result = import_one(empty_store, write_note(tmp_path, _NO_DATE))
    assert result.date_missing is not None and "Tid: 18.00–20.00" in result.date_missing
    assert [i.title for i in result.meeting.items] == ["Lägesbild"] and result.meeting.start == dt.time(18)
    summary = "\n".join(result.summary())
    assert "→ möte utan datum:" in summary and "Mötets datum saknas" in summary
    with pytest.raises(ImportFailure, match="har inget datum"):
        prepare(empty_store, result, force=False, dry_run=True)


def test_the_command_line_says_how_to_give_a_missing_date(bra, empty_store: Path, tmp_path: Path) -> None:
    note = write_note(tmp_path, _NO_DATE)
    dry = bra("--store", empty_store, "import", "--dry-run", note)
    assert dry.status == 1 and dry.out == ""
    assert "Mötets datum saknas" in dry.err and "Ange datumet med --date ÅÅÅÅ-MM-DD" in dry.err
    given = bra("--store", empty_store, "import", "--date", "2025-03-04", note)
    assert given.status == 0, given.err
    assert (empty_store / "meetings" / "2025-03-04.toml").exists()
    assert bra("--store", empty_store, "import", "--date", "2025-03-04", note, note).status == 2
    assert bra("--store", empty_store, "import", "--date", "4 mars", note).status == 2


def test_the_review_sets_a_missing_date_from_a_line(empty_store: Path, tmp_path: Path) -> None:
    """d on the line with the date in it gives the meeting its date; then it is saved under it."""
    import os
    import subprocess
    import sys

    note = write_note(tmp_path, _NO_DATE)
    env = {k: v for k, v in os.environ.items() if k != "BRA_STORE"} | {"COLUMNS": "80", "NO_COLOR": "1"}
    run = [sys.executable, "-m", "brå_tui", "--store", str(empty_store), "import", "--review", str(note)]
    refused = subprocess.run(run, input="\n", capture_output=True, text=True, env=env, timeout=120)
    assert refused.returncode == 1 and "ingenting sparades" in refused.stderr
    assert "möte utan datum" in refused.stdout and not list((empty_store / "meetings").glob("*.toml"))
    done = subprocess.run(run, input="7 d\n\n", capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert (empty_store / "meetings" / "2025-03-11.toml").exists()


@pytest.mark.parametrize("end, after, notes", [
    ("känner sig trygga", "utomhus på kvällstid.", "68 % känner sig trygga\nutomhus på kvällstid.\n"),
    ("känner sig trygga.", "Utomhus på kvällstid är det sämre.",
     "68 % känner sig trygga.\n\nUtomhus på kvällstid är det sämre.\n"),
])
def test_a_sentence_runs_on_over_a_page_break(empty_store: Path, tmp_path: Path, end: str, after: str,
                                              notes: str) -> None:
    """The page's footer (address, ruler) and the next page's header between the two halves of a sentence: one
    paragraph; a sentence that ended keeps its paragraph. An address in a labelled field is no footer."""
    note = ("Protokoll\nDatum: 2025-04-08\nPlats: Stadshuset, Box 502, 576 25 Sävsjö\nNärvarande: Per Ek\n\n"
            f"§ 10 Lägesbild\n68 % {end}\n\n-----\nSävsjö kommun | Box 502 | 576 25 Sävsjö | www.savsjo.se\n"
            f"Sävsjö kommun     PROTOKOLL     Sida 2 av 2\n\n{after}\n")
    result = import_one(empty_store, write_note(tmp_path, note))
    assert result.meeting.items[0].notes == notes
    assert result.meeting.place == "Stadshuset, Box 502, 576 25 Sävsjö"
    assert [t for t, why in result.set_aside if why == "sidhuvud eller sidfot"] == [
        "Sävsjö kommun | Box 502 | 576 25 Sävsjö | www.savsjo.se", "Sävsjö kommun     PROTOKOLL     Sida 2 av 2"]


_NO_DATE_YEARLESS = ("Minnesanteckningar\nTid: 18.00–20.00\nPlats: Boxholms bibliotek\n"
                     "Närvarande: Annelie Ström (S), ordförande; Bo Berg, polisen\n\n"
                     "1. Lägesbild\nLugnt under vintern. Mötet hölls 2025-03-11.\n"
                     "Bo Berg tar fram statistik till 15 mars.\n\nNästa möte: 9 september kl. 18.00.\n")


def test_dates_without_a_year_follow_the_date_the_review_gives(empty_store: Path, tmp_path: Path) -> None:
    """A document without a date: '15 mars' and '9 september' are the days after the date d gives, not after the
    stand-in date of the import, and a line moved before the date was given is moved again on the new reading."""
    import os
    import subprocess
    import sys

    from brå_tui.store.load import load

    note = write_note(tmp_path, _NO_DATE_YEARLESS)
    env = {k: v for k, v in os.environ.items() if k != "BRA_STORE"} | {"COLUMNS": "80", "NO_COLOR": "1"}
    run = [sys.executable, "-m", "brå_tui", "--store", str(empty_store), "import", "--review", str(note)]
    done = subprocess.run(run, input="8 u\n7 d\n\n", capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    meeting = load(empty_store).meeting("2025-03-11")
    assert meeting is not None
    assert [e.date for e in meeting.schedule] == [dt.date(2025, 9, 9)]
    assert [(f.owners, f.due) for f in meeting.followups] == [(["Bo Berg"], dt.date(2025, 3, 15))]


def test_dates_without_a_year_follow_the_date_given_on_the_command_line(bra, empty_store: Path,
                                                                       tmp_path: Path) -> None:
    from brå_tui.store.load import load

    note = write_note(tmp_path, _NO_DATE_YEARLESS)
    done = bra("--store", empty_store, "import", "--proposals", "--date", "2025-03-04", note)
    assert done.status == 0, done.err
    meeting = load(empty_store).meeting("2025-03-04")
    assert meeting is not None
    assert [e.date for e in meeting.schedule] == [dt.date(2025, 9, 9)]
    assert [f.due for f in meeting.followups] == [dt.date(2025, 3, 15)]


@pytest.mark.parametrize("line", ["Dnr: KS 2024/12", "Diarienummer KS 2024/12", "KS 2024/12", "Dnr\tKS 2024/12"])
def test_the_documents_case_number_near_the_top_is_the_meetings(empty_store: Path, tmp_path: Path, line: str) -> None:
    """'Dnr: KS 2024/12' among a notice's fields is the document's case number; a second, different one is set
    aside; the items keep their own."""
    note = (f"KALLELSE\nLokala Brå\n{line}\nSammanträdesdag: 2026-04-22\nTid: 13.00–15.00\nPlats: Rådhuset\n"
            "Dnr: KS 2024/99\n\nKallade ledamöter: Kerstin Alm (S)\n\n1. Lägesbild\nDnr KS 2026/7\n2. Budget\n")
    result = import_one(empty_store, write_note(tmp_path, note))
    m = result.meeting
    assert m.case_number == "KS 2024/12"
    assert [(i.title, i.case_number) for i in m.items] == [("Lägesbild", "KS 2026/7"), ("Budget", None)]
    assert [t for t, _ in result.set_aside] == ["Dnr: KS 2024/99"]
    assert result.unplaced == []


def test_a_second_column_beside_a_head_field_is_listed_never_in_the_field(empty_store: Path, tmp_path: Path) -> None:
    """A PDF's two-column head: 'Plats: Forum, Munkedal      Annika Holm (M)' gives the place without the right
    column's text; under a 'Närvarande:' in that column the text is its list of people, without one it is listed as
    uncertain (no tab reaches a one-line field); review p reads the place alike."""
    text = ("Protokoll\nDatum: 2026-03-12                            Närvarande:\n"
            "Tid: 15:00 - 17:15                          Karl Svensson (S), ordf\n"
            "Plats: Forum, Munkedal                      Annika Holm (M)\n"
            "Sekreterare: Moa Dahl                       Moa Dahl, sekreterare\n\n1. Lägesbild\nText.\n")
    for heading in ("Närvarande:", ""):
        result = import_one(empty_store, write_note(tmp_path, text.replace("Närvarande:", heading)))
        m = result.meeting
        assert (m.place, m.secretary, m.start) == ("Forum, Munkedal", "Moa Dahl", dt.time(15))
        doubts = " ".join(result.ledger.doubts.values())
        names = [(a.name, a.role) for a in m.attendees]
        for beside in ("Karl Svensson (S), ordf", "Annika Holm (M)", "Moa Dahl, sekreterare"):
            assert (f"”{beside}”" in doubts) == (not heading)
        assert names == ([("Karl Svensson", "ordförande"), ("Annika Holm", None), ("Moa Dahl", "sekreterare")]
                         if heading else [("Moa Dahl", "sekreterare")])  # the secretary is there, listed or not
    assert place_of("Plats: Forum, Munkedal                      Annika Holm (M)") == "Forum, Munkedal"


def test_nobody_present_is_missing_even_with_absentees(empty_store: Path, tmp_path: Path) -> None:
    """A head that names only who was away ('Frånvarande: Ulla Ek (V)') leaves Närvarande missing in the report."""
    text = "Protokoll\nDatum: 2026-03-12\nTid: 15.00\nPlats: Forum\nFrånvarande: Ulla Ek (V)\n\n1. Lägesbild\nText.\n"
    result = import_one(empty_store, write_note(tmp_path, text))
    assert [a.name for a in result.meeting.absentees()] == ["Ulla Ek"]
    assert result.missing() == ["Närvarande"]


def test_a_page_header_of_three_lines_is_set_aside_whole(empty_store: Path) -> None:
    """'SVEGS KOMMUN<TAB>SAMMANTRÄDESPROTOKOLL<TAB>Sida 2(3)' / 'Brottsförebyggande rådet<TAB>Sammanträdesdatum' /
    '<TAB>2025-10-14' on every page: on page 2 and 3 all three lines are page furniture, the date never unplaced nor
    in the notes of the paragraph before; on page 1 it is the document's heading and gives the date."""
    result = import_one(empty_store, COUNCILS / "sveg-sidhuvud-tre-rader-crlf.txt")
    m = result.meeting
    assert m.date == dt.date(2025, 10, 14)
    assert all("2025-10-14" not in i.notes for i in [*m.items, *m.other])
    assert [i.notes for i in m.items if i.number == "§ 47"] == [""]  # its one line says whom it is sent to
    assert ("Beslutet skickas till socialnämnden.", "expediering") in result.set_aside
    assert [reason for line, reason in result.set_aside if "2025-10-14" in line] == ["sidhuvud eller sidfot"] * 2
    assert result.unplaced == []


def test_a_chair_the_list_and_the_signature_disagree_on_is_unsure(empty_store: Path, tmp_path: Path) -> None:
    """'Karin Ålund (C), ordförande' in the list and 'Ordförande: Per Ek' after the items: the file keeps the
    field's chair, and the attendee's line says the sources disagree, never silently."""
    result = import_one(empty_store, write_note(tmp_path, "Protokoll 2026-03-17\n\nNärvarande\tKarin Ålund (C), "
                                                          "ordförande\n\tHelena Moberg, sekreterare\n\tPer Ek (S)\n\n"
                                                          "§ 1\tLägesbild\n\nText om läget.\n\nOrdförande: Per Ek\n"))
    assert result.meeting.chair == "Per Ek"
    assert [doubt for doubt in result.unsure if "Karin Ålund är ordförande enligt listan, men Per Ek" in doubt]
