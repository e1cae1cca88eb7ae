"""Who attended and in what role, in the shapes councils write it: the adjusting's date and place on the Justerare
line, names over their roles in a signature, attendance tables with or without a header row (also tick-box tables
of members and serving substitutes), bracketed organisations, partial attendance by paragraph, and officials under a
heading of their own. Each test fails when a person, a role or a field lands in the wrong place or is lost."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brå_tui.importer.attendees import is_party, parse_attendee, parse_people
from brå_tui.model import Attendee, Meeting
from tests.importexport.notes import COUNCILS, import_one, write_note

ITEM = "\n1. Lägesbild\nText.\n"


@pytest.mark.parametrize("line", [
    "Justerare: Jonas Mäki, 2026-02-12, Kommunhuset",
    "Justerare: Jonas Mäki, Kommunhuset, 2026-02-12",
    "Justerare: Jonas Mäki, Kommunhuset 2026-02-12",
    "Justerare\tJonas Mäki, 12 februari 2026, Kommunhuset",
    "Justerare: Jonas Mäki, justeras 2026-02-12 i Kommunhuset",
    "Justerare: Jonas Mäki\t2026-02-12\tKommunhuset",
    "Utses att justera: Jonas Mäki (S). Justering 2026-02-12 i Kommunhuset",
])
def test_the_adjusting_date_and_place_on_the_adjusters_line(empty_store: Path, tmp_path: Path, line: str) -> None:
    """A date and a place after the adjuster's name are the adjusting's, never adjusters."""
    m = import_one(empty_store, write_note(tmp_path, f"Protokoll 2026-02-05\n\n{line}\n{ITEM}")).meeting
    assert (m.adjusters, m.adjusting_date, m.adjusting_place) == (["Jonas Mäki"], dt.date(2026, 2, 12),
                                                                  "Kommunhuset")


def test_an_initial_in_an_adjusters_name_is_no_sentence(empty_store: Path, tmp_path: Path) -> None:
    text = f"Protokoll 2026-02-05\n\nJusterare: Anna K. Lindqvist, 2026-02-12\n{ITEM}"
    m = import_one(empty_store, write_note(tmp_path, text)).meeting
    assert (m.adjusters, m.adjusting_date, m.adjusting_place) == (["Anna K. Lindqvist"], dt.date(2026, 2, 12), None)


def test_two_adjusters_and_a_date_without_place(empty_store: Path, tmp_path: Path) -> None:
    text = f"Protokoll 2026-02-05\n\nJusterare: Jonas Mäki och Eva Ek, 2026-02-12\n{ITEM}"
    m = import_one(empty_store, write_note(tmp_path, text)).meeting
    assert (m.adjusters, m.adjusting_date, m.adjusting_place) == (["Jonas Mäki", "Eva Ek"], dt.date(2026, 2, 12),
                                                                  None)


@pytest.mark.parametrize("above", ["Justeras\n", "Justeras\n\n", "", "Underskrifter\n"])
@pytest.mark.parametrize("names, roles, chair, secretary, adjusters", [
    ("Anna Wikström\tLena Sjöberg", "ordförande\tjusterare", "Anna Wikström", None, ["Lena Sjöberg"]),
    ("Lena Sjöberg\tAnna Wikström", "Justerare\tOrdförande", "Anna Wikström", None, ["Lena Sjöberg"]),
    ("Ida Grahn\tAnna Wikström\tLena Sjöberg", "sekreterare\tordförande\tjusterare", "Anna Wikström", "Ida Grahn",
     ["Lena Sjöberg"]),
])
def test_names_over_their_roles_in_a_signature(empty_store: Path, tmp_path: Path, above: str, names: str,
                                               roles: str, chair: str, secretary: str | None,
                                               adjusters: list[str]) -> None:
    """Each name gets the role written under it, whether or not 'Justeras' stands above; nobody is left out."""
    text = f"Protokoll 2026-03-12\n\n§ 1\nLägesbild\nText.\n\n{above}{names}\n{roles}\n"
    result = import_one(empty_store, write_note(tmp_path, text))
    m = result.meeting
    assert (m.chair, m.secretary, m.adjusters) == (chair, secretary, adjusters)
    assert result.unplaced == []


def test_a_signature_line_with_its_role_and_name(empty_store: Path, tmp_path: Path) -> None:
    """'Underskrifter<TAB>Sekreterare<TAB>Ida Grahn' above the chair's and adjuster's lines: nobody is lost."""
    text = ("Protokoll 2026-03-12\n\nUtses att justera\tLena Sjöberg\nUnderskrifter\tSekreterare\tIda Grahn\n"
            "\tOrdförande\tAnna Wikström\n\tJusterare\tLena Sjöberg\n\n§ 1\nLägesbild\nText.\n")
    m = import_one(empty_store, write_note(tmp_path, text)).meeting
    assert (m.chair, m.secretary, m.adjusters) == ("Anna Wikström", "Ida Grahn", ["Lena Sjöberg"])


def _attendees(empty_store: Path, tmp_path: Path, people: str) -> list[Attendee]:
    return import_one(empty_store, write_note(tmp_path, f"Protokoll 2026-02-05\n\n{people}\n{ITEM}")).meeting.attendees


def _fields(a: Attendee) -> tuple[str, str | None, str | None, str | None, str | None, str | None]:
    return a.name, a.party, a.title, a.org, a.role, a.group


@pytest.mark.parametrize("header", ["Namn\tFunktion\tOrganisation\n", "Namn\tOrganisation\tFunktion\n", ""])
def test_a_three_column_table_puts_title_and_organisation_in_their_places(empty_store: Path, tmp_path: Path,
                                                                           header: str) -> None:
    """By the header row when there is one, else by what the cells hold (groups, roles, titles, organisations)."""
    rows = [("Johan Rask", "Kommunpolis", "Polisen"), ("Lars Bäck", "Ledamot", "Moderaterna"),
            ("Mona Ek", "Ersättare", "Centerpartiet"), ("Tove Lund", "Sekreterare", "Heby kommun"),
            ("Sara Ljung", "Brottsförebyggande samordnare", "Socialtjänsten")]
    swap = header.startswith("Namn\tOrganisation")
    lines = "".join(f"{n}\t{o}\t{t}\n" if swap else f"{n}\t{t}\t{o}\n" for n, t, o in rows)
    found = [_fields(a) for a in _attendees(empty_store, tmp_path, f"Närvarande\n{header}{lines}")]
    assert found == [("Johan Rask", None, "Kommunpolis", "Polisen", None, None),
                     ("Lars Bäck", "Moderaterna", None, None, None, "member"),
                     ("Mona Ek", "Centerpartiet", None, None, None, "substitute"),
                     ("Tove Lund", None, None, "Heby kommun", "sekreterare", None),
                     ("Sara Ljung", None, "Brottsförebyggande samordnare", "Socialtjänsten", None, None)]


def test_a_party_column_holds_parties_only(empty_store: Path, tmp_path: Path) -> None:
    """'Polisen' under Parti is the organisation; Ledamot and Ersättare under Funktion are groups."""
    table = ("Närvarande\nNamn\tFunktion\tParti\nLars Bäck\tLedamot\tM\nMona Ek\tErsättare\tC\n"
             "Johan Rask\tKommunpolis\tPolisen\n")
    assert [_fields(a) for a in _attendees(empty_store, tmp_path, table)] == [
        ("Lars Bäck", "M", None, None, None, "member"), ("Mona Ek", "C", None, None, None, "substitute"),
        ("Johan Rask", None, "Kommunpolis", "Polisen", None, None)]


def test_a_party_in_brackets_in_a_cell(empty_store: Path, tmp_path: Path) -> None:
    table = "Närvarande\nNamn\tFunktion\tOrganisation\nGunnar Ask\tOrdförande\tKommunstyrelsen (S)\n"
    assert [_fields(a) for a in _attendees(empty_store, tmp_path, table)] == [
        ("Gunnar Ask", "S", None, "Kommunstyrelsen", "ordförande", None)]


def test_a_header_cell_naming_two_fields(empty_store: Path, tmp_path: Path) -> None:
    """'Parti/organisation': a party where it is one, else the organisation; the header row is nobody."""
    table = ("Närvarande\nNamn\tFunktion\tParti/organisation\nÅsa Nordin\tOrdförande\tS\n"
             "Johan Rask\tKommunpolis\tPolisen\n")
    assert [_fields(a) for a in _attendees(empty_store, tmp_path, table)] == [
        ("Åsa Nordin", "S", None, None, "ordförande", None), ("Johan Rask", None, "Kommunpolis", "Polisen", None, None)]


def test_a_header_cell_naming_title_and_organisation(empty_store: Path, tmp_path: Path) -> None:
    table = ("Närvarande\nNamn\tTitel/organisation\nJohan Rask\tKommunpolis\nEva Ek\tSocialtjänsten\n"
             "Ola Ek\tfritidsgården\nAnn Ny\trektor\n")
    assert [_fields(a) for a in _attendees(empty_store, tmp_path, table)] == [
        ("Johan Rask", None, "Kommunpolis", None, None, None), ("Eva Ek", None, None, "Socialtjänsten", None, None),
        ("Ola Ek", None, None, "fritidsgården", None, None), ("Ann Ny", None, "rektor", None, None, None)]


def test_a_tick_box_table_of_members_and_serving_substitutes(empty_store: Path, tmp_path: Path) -> None:
    """'Närvarande ledamöter | Ledamot | Närvarande | Tjänstgörande ersättare': an X is presence, a member without
    one is absent, and the substitute on their row stands in for them."""
    table = ("Närvarande ledamöter\tLedamot\tNärvarande\tTjänstgörande ersättare\n"
             "\tLisa Karlsson (S), ordf\tX\n\tBo Andersson (M)\t\tEva Pihl (M)\n\tNina Rosén (C)\tx\n")
    found = _attendees(empty_store, tmp_path, table)
    assert [(*_fields(a), a.absent) for a in found] == [
        ("Lisa Karlsson", "S", None, None, "ordförande", "member", False),
        ("Bo Andersson", "M", None, None, None, "member", True),
        ("Eva Pihl", "M", "ersättare för Bo Andersson (M)", None, None, "substitute", False),
        ("Nina Rosén", "C", None, None, None, "member", False)]


@pytest.mark.parametrize("line, attendee", [
    ("Olle Ek (Polisen)", Attendee("Olle Ek", org="Polisen")),
    ("Ebba Nord (Räddningstjänsten)", Attendee("Ebba Nord", org="Räddningstjänsten")),
    ("Ebba Nord (Räddningstjänsten Dala Mitt)", Attendee("Ebba Nord", org="Räddningstjänsten Dala Mitt")),
    ("Eva Ek (Socialdemokraterna)", Attendee("Eva Ek", party="Socialdemokraterna")),
    ("Eva Ek (Sjöbopartiet), ledamot", Attendee("Eva Ek", party="Sjöbopartiet", group="member")),
    ("Eva Ek (KD)", Attendee("Eva Ek", party="KD")),
    ("Eva Ek (s)", Attendee("Eva Ek", party="s")),
    ("Eva Ek (TP)", Attendee("Eva Ek", party="TP")),
    ("Lars Ilmoni (ICA)", Attendee("Lars Ilmoni", org="ICA")),
    ("Lars Ilmoni, ICA", Attendee("Lars Ilmoni", org="ICA")),
    ("Bo Berg (kommunpolis)", Attendee("Bo Berg", title="kommunpolis")),
    ("Eva Ek (V), vice ordf.", Attendee("Eva Ek", party="V", role="vice ordförande")),
    ("Eva Ek (V), Ordf", Attendee("Eva Ek", party="V", role="ordförande")),
    ("Johan Rask, Kommunpolis, Polisen", Attendee("Johan Rask", title="Kommunpolis", org="Polisen")),
    ("Johan Rask\tPolisen\tKommunpolis", Attendee("Johan Rask", title="Kommunpolis", org="Polisen")),
])
def test_a_bracket_holds_a_party_only_when_it_names_one(line: str, attendee: Attendee) -> None:
    assert parse_attendee(line, []) == attendee


def test_parties_by_name_and_shape() -> None:
    assert all(is_party(p) for p in ("S", "SD", "MP", "Moderaterna", "Miljöpartiet de gröna", "Vänsterpartiet",
                                     "Sjöbopartiet", "Kommunens väl"))
    assert not any(is_party(p) for p in ("Polisen", "ICA", "Räddningstjänsten", "Heby kommun", "X", "SKR"))
    assert is_party("SKR", written_as_party=True) and not is_party("ICA", written_as_party=True)


def test_bracketed_organisation_present_and_absent(empty_store: Path, tmp_path: Path) -> None:
    found = _attendees(empty_store, tmp_path, "Förhinder: Ebba Nord (Räddningstjänsten)\n"
                                              "Närvarande: Olle Ek (Polisen)\n")
    assert [(a.name, a.party, a.org, a.absent) for a in found] == [("Ebba Nord", None, "Räddningstjänsten", True),
                                                                   ("Olle Ek", None, "Polisen", False)]


@pytest.mark.parametrize("line, org, partial", [
    ("Kim Dahl, Tierpsbyggen (§ 1–3)", "Tierpsbyggen", "§ 1–3"),
    ("Kim Dahl, Tierpsbyggen, § 1-3", "Tierpsbyggen", "§ 1-3"),
    ("Kim Dahl, Tierpsbyggen (punkt 1–3)", "Tierpsbyggen", "punkt 1–3"),
    ("Kim Dahl, Tierpsbyggen (§§ 4–6)", "Tierpsbyggen", "§§ 4–6"),
    ("Kim Dahl (§ 2), Tierpsbyggen", "Tierpsbyggen", "§ 2"),
    ("Kim Dahl, Tierpsbyggen, t.o.m. § 79", "Tierpsbyggen", "t.o.m. § 79"),
])
def test_partial_attendance_by_paragraph_or_item(line: str, org: str, partial: str) -> None:
    attendee = parse_attendee(line, [])
    assert attendee is not None and (attendee.name, attendee.org, attendee.partial) == ("Kim Dahl", org, partial)


@pytest.mark.parametrize("heading", ["Tjänstemän", "Tjänstepersoner", "Övriga", "Sekretariat", "Övriga tjänstemän",
                                     "Närvarande tjänstemän", "Tjänstemän:"])
def test_officials_under_their_own_heading_are_attendees(empty_store: Path, tmp_path: Path, heading: str) -> None:
    """Officials listed under 'Tjänstemän' attend the meeting, and an assignment to one of them is proposed."""
    text = ("Protokoll 2025-10-08\n\nNärvarande ledamöter\nÅke Jönsson (C), ordförande\n\n"
            f"{heading}\nSara Ljung, brottsförebyggande samordnare\nPer Wästfelt, räddningstjänsten Älmhult\n\n"
            "§ 78\nKameraövervakning\nSara Ljung får i uppdrag att ta fram underlag till 2025-11-30.\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    assert [(a.name, a.title, a.org, a.group) for a in result.meeting.attendees] == [
        ("Åke Jönsson", None, None, "member"), ("Sara Ljung", "brottsförebyggande samordnare", None, "other"),
        ("Per Wästfelt", None, "räddningstjänsten Älmhult", "other")]
    assert result.unplaced == []
    assert [(p.owners, p.due) for p in result.proposals] == [(["Sara Ljung"], dt.date(2025, 11, 30))]


def _people(m: Meeting) -> list[tuple[str, str | None, str | None, str | None, str | None, str | None, bool]]:
    return [(*_fields(a), a.absent) for a in m.attendees]


def test_heby_word_table_with_a_parti_organisation_column(empty_store: Path) -> None:
    """Heby's protocol in Word: a Namn | Funktion | Parti/organisation table; the header row is nobody."""
    pytest.importorskip("docx")
    result = import_one(empty_store, COUNCILS / "heby-narvarotabell.docx")
    m = result.meeting
    assert _people(m) == [("Åsa Nordin", "S", None, None, "ordförande", None, False),
                          ("Lars-Erik Bäck", "M", None, None, None, "member", False),
                          ("Mona Ek", "C", None, None, None, "substitute", False),
                          ("Johan Rask", None, "Kommunpolis", "Polisen", None, None, False),
                          ("Tove Lund", None, None, "Heby kommun", "sekreterare", None, False),
                          ("Bengt Ohlsson", "SD", None, None, None, None, True),
                          ("Eva Hägg", None, "socialchef", None, None, None, True)]
    assert (m.secretary, m.adjusters) == ("Tove Lund", ["Lars-Erik Bäck"])
    # the one line left to check is the assignment proposed as a follow-up
    assert result.unplaced == [] and ["föreslås som uppföljning" in u for u in result.unsure] == [True]


def test_almhult_officials_under_tjansteman(empty_store: Path) -> None:
    """Älmhult's protocol in Windows-1252: members with partial attendance, officials under 'Tjänstemän', the
    adjusting's place and date, names over their roles at the end; the assignment to an official is proposed."""
    result = import_one(empty_store, COUNCILS / "almhult-tjansteman-cp1252.txt")
    m = result.meeting
    assert [(*_fields(a), a.partial) for a in m.attendees] == [
        ("Åke Jönsson", "C", None, None, "ordförande", "member", None),
        ("Birgitta Öhrn", "S", None, None, None, "member", None),
        ("Göran Ström", "M", None, None, None, "member", "t.o.m. § 79"),
        ("Maj-Britt Åberg", "KD", None, None, None, "member", "från § 78"),
        ("Sara Ljung", None, "brottsförebyggande samordnare", None, "sekreterare", "other", None),
        ("Per Wästfelt", None, None, "räddningstjänsten Älmhult", None, "other", None)]
    assert (m.chair, m.adjusters, m.adjusting_date, m.adjusting_place) == (
        "Åke Jönsson", ["Birgitta Öhrn"], dt.date(2025, 10, 15), "Kommunledningskontoret")
    assert (m.date, m.start, m.end, m.place) == (dt.date(2025, 10, 8), dt.time(18), dt.time(20, 45),
                                                 "Folkets hus, Älmhult")
    assert [(p.owners, p.due) for p in result.proposals] == [(["Sara Ljung"], dt.date(2025, 11, 30))]
    # the one line left to check is the assignment proposed as a follow-up
    assert result.unplaced == [] and ["föreslås som uppföljning" in u for u in result.unsure] == [True]


def test_tranas_tick_box_table(empty_store: Path) -> None:
    """Tranås: the members' table with a column of ticks and one of serving substitutes."""
    result = import_one(empty_store, COUNCILS / "tranas-kryssrutor.txt")
    m = result.meeting
    assert _people(m) == [("Lisa Karlsson", "S", None, None, "ordförande", "member", False),
                          ("Bo Andersson", "M", None, None, None, "member", True),
                          ("Eva Pihl", "M", "ersättare för Bo Andersson (M)", None, None, "substitute", False),
                          ("Nina Rosén", "C", None, None, None, "member", False),
                          ("Jan Holm", None, None, None, "sekreterare", "other", False)]  # she wrote them: there
    assert (m.secretary, m.place, m.start, m.end) == ("Jan Holm", "Stadshuset, Tranås", dt.time(13, 15),
                                                      dt.time(15, 40))
    assert result.unplaced == [] and result.unsure == []


@pytest.mark.parametrize("field, place", [
    ("Plats och tid\tStadshuset, Tranås 13:15-15:40", "Stadshuset, Tranås"),
    ("Plats och tid\tStadshuset 13.15-15.40", "Stadshuset"),
    ("Plats och tid: 13.15–15.40 Stadshuset", "Stadshuset"),
    ("Plats och tid: Lokal 4, Storgatan 7, 13.15", "Lokal 4, Storgatan 7"),
    ("Plats och tid: Den gamla skolan, kl. 13.15", "Den gamla skolan"),
])
def test_a_time_without_kl_is_no_part_of_the_place(empty_store: Path, tmp_path: Path, field: str,
                                                   place: str) -> None:
    m = import_one(empty_store, write_note(tmp_path, f"Protokoll 2026-03-10\n{field}\n{ITEM}")).meeting
    assert (m.place, m.start) == (place, dt.time(13, 15))


def test_word_tables_keep_their_columns(empty_store: Path, tmp_path: Path) -> None:
    """In Word, a tick-box table whose first cell is the list's label, and a table under nothing but its own header
    row: an empty cell keeps its column, so a tick or an organisation is never read as another column's."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Protokoll")
    document.add_paragraph("Sammanträdesdag: tisdag 10 mars 2026")
    for rows in [[("Närvarande ledamöter", "Ledamot", "Närvarande", "Tjänstgörande ersättare"),
                  ("", "Lisa Karlsson (S), ordf", "X", ""), ("", "Bo Andersson (M)", "", "Eva Pihl (M)")],
                 [("Namn", "Funktion", "Parti/organisation"), ("Johan Rask", "", "Polisen")]]:
        table = document.add_table(rows=0, cols=len(rows[0]))
        for row in rows:
            for cell, text in zip(table.add_row().cells, row, strict=True):
                cell.text = text
        document.add_paragraph("")
    for text in ("§ 22", "Trygghet", "Text."):
        document.add_paragraph(text)
    document.save(str(tmp_path / "tabeller.docx"))
    result = import_one(empty_store, tmp_path / "tabeller.docx")
    assert _people(result.meeting) == [
        ("Lisa Karlsson", "S", None, None, "ordförande", "member", False),
        ("Bo Andersson", "M", None, None, None, "member", True),
        ("Eva Pihl", "M", "ersättare för Bo Andersson (M)", None, None, "substitute", False),
        ("Johan Rask", None, None, "Polisen", None, None, False)]
    assert result.unplaced == [] and result.unsure == []


@pytest.mark.parametrize("line, people", [
    ("Niklas Borg (M) ordförande, Therese Ahl (S), Ali Hussein, kommunpolis, Petra Gran, fältare",
     [("Niklas Borg", "M", "ordförande", None, None), ("Therese Ahl", "S", None, None, None),
      ("Ali Hussein", None, None, "kommunpolis", None), ("Petra Gran", None, None, "fältare", None)]),
    ("Rolf Ek (SD), Jessica Mård, skolchef", [("Rolf Ek", "SD", None, None, None),
                                             ("Jessica Mård", None, None, "skolchef", None)]),
    ("Sten Ahl (S), ordförande, Linn Frej (M), Alva Rask, kommunpolis, Tim Sand, säkerhetssamordnare",
     [("Sten Ahl", "S", "ordförande", None, None), ("Linn Frej", "M", None, None, None),
      ("Alva Rask", None, None, "kommunpolis", None), ("Tim Sand", None, None, "säkerhetssamordnare", None)]),
    ("Ann Ek, Bo Ny, kommunpolis", [("Ann Ek", None, None, None, None), ("Bo Ny", None, None, "kommunpolis", None)]),
    ("Ann Ek, Bo Ny, Kommunpolis", [("Ann Ek", None, None, None, None), ("Bo Ny", None, None, "Kommunpolis", None)]),
    ("Anneli Hult, fritidsgården", [("Anneli Hult", None, None, None, "fritidsgården")]),
    ("Ola Ek, biblioteket", [("Ola Ek", None, None, None, "biblioteket")]),
    ("Ola Ek, fältsekreterare", [("Ola Ek", None, None, "fältsekreterare", None)]),
])
def test_a_comma_list_of_names_with_parties_and_titles(empty_store: Path, tmp_path: Path, line: str,
                                                      people: list[tuple[str, ...]]) -> None:
    """A name after a name with its party, or with a title after it, is the next person, never an organisation;
    a workplace in lower case is the organisation, a title in lower case the title."""
    result = import_one(empty_store, write_note(tmp_path, f"Anteckningar 2025-11-05\n\nNärvarande: {line}\n{ITEM}"))
    assert [(a.name, a.party, a.role, a.title, a.org) for a in result.meeting.attendees] == people
    assert result.unsure == []


def test_a_name_that_may_be_an_organisation_in_a_list_is_unsure(empty_store: Path, tmp_path: Path) -> None:
    """'Cia Ur, Dag Ek' among several people: Dag Ek may be Cia Ur's organisation or the next person; the import
    says so."""
    line = "Ann Ek (S), Bo Ny, kommunpolis, Cia Ur, Dag Ek"
    result = import_one(empty_store, write_note(tmp_path, f"Anteckningar 2025-11-05\n\nNärvarande: {line}\n{ITEM}"))
    assert [a.name for a in result.meeting.attendees][:3] == ["Ann Ek", "Bo Ny", "Cia Ur"]
    assert any("Dag Ek" in doubt for doubt in result.unsure), result.unsure


@pytest.mark.parametrize("gap", ["\t", "      "])
def test_two_columns_of_people_under_a_header_of_two_labels(empty_store: Path, tmp_path: Path, gap: str) -> None:
    """'Ledamöter<gap>Ersättare' over two columns (a tab, or the spaces a copy from a PDF has): each column's people
    get its group; a row with a name in the second column only is that column's; no heading word becomes a person."""
    people = (f"Närvarande ledamöter{gap}Närvarande ersättare\nBritt Nyberg (S), ordförande{gap}Kalle Öberg (S)\n"
              f"Roger Sahlin (M){gap}Lena Bäck (C)\nMervi Laine (V)\n{gap}Ulf Ek (L)\n")
    found = [(a.name, a.group, a.role) for a in _attendees(empty_store, tmp_path, people)]
    assert found == [("Britt Nyberg", "member", "ordförande"), ("Kalle Öberg", "substitute", None),
                     ("Roger Sahlin", "member", None), ("Lena Bäck", "substitute", None),
                     ("Mervi Laine", "member", None), ("Ulf Ek", "substitute", None)]


@pytest.mark.parametrize("line, field, value", [
    ("Justerare: Roger Sahlin", "adjusters", ["Roger Sahlin"]),
    ("Sekreterare: Sanna Berg", "secretary", "Sanna Berg"),
    ("Ordförande: Britt Nyberg", "chair", "Britt Nyberg"),
])
def test_a_role_label_after_the_items_gives_the_role(empty_store: Path, tmp_path: Path, line: str, field: str,
                                                     value: object) -> None:
    """'Justerare: Roger Sahlin' below the last item is the adjuster, never the item's text."""
    text = f"Protokoll 2025-09-24\n\nNärvarande: Sanna Berg, Britt Nyberg, Roger Sahlin\n{ITEM}\n{line}\n"
    result = import_one(empty_store, write_note(tmp_path, text))
    assert getattr(result.meeting, field) == value
    assert line not in result.meeting.items[-1].notes


@pytest.mark.parametrize("line, second", [
    ("Närvarande:\nAnn Ek, Bo Ny\nBo Berg, polisen\n", "Bo Ny"),
    ("Närvarande:\nAnn Ek, Johan Ny\n", "Johan Ny"),
    ("Närvarande: Anna Ek, Bo Ny\n", "Bo Ny"),
])
def test_two_names_parted_by_a_comma_are_two_people(empty_store: Path, tmp_path: Path, line: str,
                                                    second: str) -> None:
    """'Ann Ek, Bo Ny' under a people label: two people, as the review reads the line; the line says the second
    may be the first one's organisation."""
    result = import_one(empty_store, write_note(tmp_path, "Minnesanteckningar\nDatum: 2025-02-11\n" + line + ITEM))
    first = line.split(":")[1].split(",")[0].strip()
    assert [(a.name, a.org) for a in result.meeting.attendees][:2] == [(first, None), (second, None)]
    [doubt] = result.unsure
    assert doubt.endswith(f"”{second}” kan vara en organisation")


def test_a_name_read_as_the_organisation_of_a_role_is_unsure(empty_store: Path, tmp_path: Path) -> None:
    """'Ordförande: Ann Ek, Bo Ny' names one chair: Bo Ny is read as her organisation, and the line says it may
    be a person."""
    line = "Ordförande: Ann Ek, Bo Ny\nNärvarande:\nAnn Ek\nBo Berg, polisen\n"
    result = import_one(empty_store, write_note(tmp_path, "Minnesanteckningar\nDatum: 2025-02-11\n" + line + ITEM))
    assert result.meeting.chair == "Ann Ek"
    assert next(a for a in result.meeting.attendees if a.name == "Ann Ek").org == "Bo Ny"
    assert [d.split("” ", 1)[1] for d in result.unsure] == ["”Bo Ny” lästes som organisation men kan vara en person"]


@pytest.mark.parametrize("line", ["Ann Ek, Hedemora Energi", "Ann Ek, Region Dalarna", "Ann Ek, Polisen",
                                  "Ann Ek, Bo Ny AB"])
def test_an_organisation_after_one_person_is_sure(empty_store: Path, tmp_path: Path, line: str) -> None:
    text = "Minnesanteckningar\nDatum: 2025-02-11\nNärvarande:\n" + line + "\nBo Berg, polisen\n" + ITEM
    result = import_one(empty_store, write_note(tmp_path, text))
    assert result.meeting.attendees[0].org == line.split(", ")[1] and result.unsure == []


@pytest.mark.parametrize("join", ["och", "samt"])
def test_people_with_organisations_joined_by_och_after_a_comma(empty_store: Path, tmp_path: Path, join: str) -> None:
    """'A, Org A, och B, Org B': the join word opens the next person, who keeps their own organisation."""
    line = f"Adjungerade: Nils Roos, Länsstyrelsen Örebro län, {join} Tove Lind, Region Örebro län"
    found = [(a.name, a.title, a.org, a.role) for a in _attendees(empty_store, tmp_path, f"Närvarande\n{line}")]
    assert found == [("Nils Roos", None, "Länsstyrelsen Örebro län", None),
                     ("Tove Lind", None, "Region Örebro län", None)]


@pytest.mark.parametrize(("line", "want"), [
    ("Gustav Lind, Länstrafiken (del av mötet, t.o.m. punkt 2)", ("Länstrafiken", None, "del av mötet, t.o.m. punkt 2",
                                                               False)),
    ("Lotta Berg, Socialtjänsten, Ja, till kl. 14.00", ("Socialtjänsten", None, "till kl. 14.00", False)),
    ("Karin Öst (V) deltog på distans", (None, None, "deltog på distans", False)),
    ("Eva Sund, socialchef, Hallsbergs kommun (via Teams)", ("Hallsbergs kommun", "socialchef", "via Teams", False)),
    ("Omar Said, Polisen, Distans", ("Polisen", None, "Distans", False)),
    ("Ivar Ek, Polisen (t.o.m. punkt 2, via Teams)", ("Polisen", None, "t.o.m. punkt 2, via Teams", False)),
    ("Märta Åkerlund (C), sjuk", (None, None, "sjuk", True)),
    ("Märta Åkerlund (C) var sjuk", (None, None, "var sjuk", True)),
    ("Bo Ek (anmält förhinder)", (None, None, None, True)),
    ("Ola Ek, fältassistent, Distansskolan", ("Distansskolan", "fältassistent", None, False)),
])
def test_attendance_words_are_neither_titles_nor_organisations(line: str, want: tuple[object, ...]) -> None:
    """Attendance in part in brackets is read whole, attendance from elsewhere is attendance (its words kept, as
    written, in partial), and a word saying someone was away makes them absent: none of them is a title or an
    organisation."""
    [attendee] = parse_people(line, [])
    assert (attendee.org, attendee.title, attendee.partial, attendee.absent) == want


@pytest.mark.parametrize("cell", ["X, tjänstgörande för Sara Lindqvist", "Ja, tjänstgör för Sara Lindqvist",
                                  "Tjänstgörande för Sara Lindqvist", "ersättare för Sara Lindqvist"])
def test_a_presence_cell_saying_whom_they_served_for(empty_store: Path, tmp_path: Path, cell: str) -> None:
    """A Närvaro cell 'X, tjänstgörande för Sara Lindqvist': present, a substitute, in her place; never absent, and
    no doubt saying so."""
    text = ("Protokoll\nDatum: 2025-09-23\n\nNamn\tFunktion\tNärvaro\nSara Lindqvist (C)\tledamot\tFörhinder\n"
            f"Johan Mård (S)\tersättare\t{cell}\nFredrik Norén\tkommunpolis\tX\n\n§ 1 Lägesbild\nLugnt.\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    johan = next(a for a in result.meeting.attendees if a.name == "Johan Mård")
    assert (johan.absent, johan.group, johan.title) == (False, "substitute", "ersättare för Sara Lindqvist")
    assert result.unsure == []


def test_serving_for_someone_in_a_people_line(empty_store: Path, tmp_path: Path) -> None:
    """'Johan Mård (S), tjänstgörande för Sara Lindqvist' in a list: whom he served for is no organisation."""
    text = ("Protokoll\nDatum: 2025-09-23\n\nNärvarande:\nJohan Mård (S), tjänstgörande för Sara Lindqvist\n\n"
            "§ 1 Lägesbild\nLugnt.\n")
    [johan] = import_one(empty_store, write_note(tmp_path, text)).meeting.attendees
    assert (johan.group, johan.title, johan.org) == ("substitute", "ersättare för Sara Lindqvist", None)
