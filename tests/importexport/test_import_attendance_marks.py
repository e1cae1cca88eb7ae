"""Attendance as councils mark it in their own minutes: a Närvaro column of 'X' and empty cells under a group's
label, the ticks of Teams and Loop, a role's label after a list of absentees, a secretary the list of people leaves
out or a role nobody holds. Each test fails when someone is saved in the wrong place or twice."""

from __future__ import annotations

from pathlib import Path

from brå_tui.model import Attendee
from tests.importexport.notes import import_one, write_note


def _who(attendees: list[Attendee]) -> list[tuple[str, bool]]:
    return [(a.name, a.absent) for a in attendees]


MARKED = [("Ledamöter", "Parti", "Närvaro"), ("Annika Wester, ordförande", "S", "X"), ("Björn Kask", "M", "X"),
          ("Cecilia Ulv", "SD", ""), ("Ersättare", "", ""), ("David Mört", "S", "X, tjg för Cecilia Ulv"),
          ("Emma Lax", "M", "")]
HEAD = "PROTOKOLL\nSammanträdesdatum 2026-10-07\nPlats och tid\tKommunhuset, kl. 14.00–16.00\n\n"
ITEMS = "\n§ 1\tLägesbild\nPolisen redogör.\n"


def _marked_ok(attendees: list[Attendee]) -> None:
    assert _who(attendees) == [("Annika Wester", False), ("Björn Kask", False), ("Cecilia Ulv", True),
                               ("David Mört", False), ("Emma Lax", True)]
    assert [a.group for a in attendees] == ["member", "member", "member", "substitute", "substitute"]
    assert attendees[3].title == "ersättare för Cecilia Ulv" and attendees[3].org is None
    assert attendees[0].role == "ordförande" and attendees[2].party == "SD"


def test_an_x_column_under_a_groups_label_in_word(empty_store: Path, tmp_path: Path) -> None:
    """'Ledamöter | Parti | Närvaro' over rows with 'X' or an empty cell: the header row is no person, an empty cell
    is absent where other rows are ticked, 'X, tjg för Cecilia Ulv' is there in her place, and the row 'Ersättare'
    names the group of the rows below it."""
    import docx

    document = docx.Document()
    for line in HEAD.strip().split("\n"):
        document.add_paragraph(line)
    table = document.add_table(rows=0, cols=3)
    for cells in MARKED:
        for cell, text in zip(table.add_row().cells, cells, strict=True):
            cell.text = text
    document.add_paragraph("§ 1\tLägesbild")
    document.add_paragraph("Polisen redogör.")
    document.save(tmp_path / "hofors.docx")
    result = import_one(empty_store, tmp_path / "hofors.docx")
    _marked_ok(result.meeting.attendees)
    assert not any("Parti" in doubt for doubt in result.unsure)


def test_the_same_table_as_text(empty_store: Path, tmp_path: Path) -> None:
    """The same table saved as text, the empty cells at the ends of rows cut off or kept."""
    for keep in (True, False):
        rows = "\n".join("\t".join(cells) if keep else "\t".join(cells).rstrip("\t") for cells in MARKED)
        m = import_one(empty_store, write_note(tmp_path, HEAD + rows + "\n" + ITEMS)).meeting
        _marked_ok(m.attendees)


def test_an_x_column_nobody_is_ticked_in_says_nothing(empty_store: Path, tmp_path: Path) -> None:
    """A Närvaro column left empty in every row (a list printed before the meeting): nobody is read as absent."""
    rows = "Ledamöter\tParti\tNärvaro\nAnnika Wester\tS\t\nBjörn Kask\tM\t\n"
    m = import_one(empty_store, write_note(tmp_path, HEAD + rows + ITEMS)).meeting
    assert _who(m.attendees) == [("Annika Wester", False), ("Björn Kask", False)]


TEAMS = ("# Trygghetsråd Söder – möte 2026-05-20\n\n**Tid:** 15:00–16:30  \n**Plats:** Microsoft Teams  \n"
         "**Mötesledare:** Fredrik Alm  \n**Anteckningar:** @Josefin Kron  \n\n## Deltagare\n"
         "| Namn | Organisation | Närvaro |\n|---|---|---|\n| Fredrik Alm | Stadsdelsförvaltningen | ✅ |\n"
         "| Josefin Kron | Stadsdelsförvaltningen | ✔ |\n| Omar Said | Polisen | ☑ |\n"
         "| Petra Lund | Familjebostäder | ❌ anmält förhinder |\n| Gustav Öhman | Skolan | Ja |\n\n"
         "## Agenda\n1. **Läget i området** – Omar: två skottlossningar.\n\n## Att göra\n"
         "- [ ] @Omar Said: skicka statistik till Josefin – senast 2026-06-01\n"
         "- [x] @Petra Lund: boka lokal för medborgardialog\n")


def test_teams_notes_tick_mark_the_chair_and_name_the_secretary(empty_store: Path, tmp_path: Path) -> None:
    """Teams and Loop: ✅, ✔, ☑ and 'Ja' say present and ❌ absent; 'Mötesledare' is the chair, listed once;
    'Anteckningar: @Josefin Kron' names the secretary without the '@'; the checklist is proposed as follow-ups with
    owner and due date, the ticked entry done."""
    result = import_one(empty_store, write_note(tmp_path, TEAMS, "teams.md"))
    m = result.meeting
    assert _who(m.attendees) == [("Fredrik Alm", False), ("Josefin Kron", False), ("Omar Said", False),
                                 ("Petra Lund", True), ("Gustav Öhman", False)]
    assert (m.chair, m.secretary) == ("Fredrik Alm", "Josefin Kron")
    assert [(f.title, f.owners, str(f.due), f.state) for f in result.proposals] == [
        ("Skicka statistik till Josefin", ["Omar Said"], "2026-06-01", "open"),
        ("Boka lokal för medborgardialog", ["Petra Lund"], "None", "done")]


PROTOKOLL = ("PROTOKOLL\nSammanträdesdatum\t2026-03-11\n\nBeslutande\tKarin Olofsson (S), ordförande\n"
             "\tLeila Amini (V)\nAdjungerade\tSofia Berg, Bostäder AB\nAnmält förhinder\tEva Strand (SD)\n"
             "\tJohan Kvist, rektor Kopparbergsskolan\n{label}\t{name}\nUtses att justera\tLeila Amini\n\n"
             "§ 1\tLägesbild\nPolisen redogör.\n")


def test_a_roles_label_ends_the_list_above_it(empty_store: Path, tmp_path: Path) -> None:
    """'Sekreterare<TAB>Lisa Norén' (or 'Ordförande …') on the row after an 'Anmält förhinder' or 'Adjungerade'
    block ends it: the secretary is present, never absent or adjunct."""
    for label in ("Sekreterare", "Ordförande"):
        for block in ("Anmält förhinder\tEva Strand (SD)\n\tJohan Kvist, rektor Kopparbergsskolan\n",
                      "Adjungerade\tSofia Berg, Bostäder AB\n"):
            text = PROTOKOLL.replace("Anmält förhinder\tEva Strand (SD)\n\tJohan Kvist, rektor Kopparbergsskolan\n",
                                     "").replace("Adjungerade\tSofia Berg, Bostäder AB\n", block)
            m = import_one(empty_store, write_note(tmp_path, text.format(label=label, name="Lisa Norén"))).meeting
            lisa = [a for a in m.attendees if a.name == "Lisa Norén"]
            assert not any(a.absent or a.group == "adjunct" for a in lisa), (label, block)
            assert [m.chair, m.secretary].count("Lisa Norén") == 1
            if label == "Sekreterare":
                assert len(lisa) == 1


def test_the_secretary_is_present_whether_listed_or_not(empty_store: Path, tmp_path: Path) -> None:
    """'Sekreterare: Pia Ström' after a list that leaves her out: she wrote the minutes, so she is among those
    present, as when the list names her (and a follow-up she owns names someone at the meeting)."""
    text = ("Minnesanteckningar 2026-05-06\n\nNärvarande: Tomas Berg (S), ordförande, Stina Ahl (M)\n"
            "Sekreterare: Pia Ström\n\n1. Lägesbild\nPolisen redogör.\n")
    m = import_one(empty_store, write_note(tmp_path, text)).meeting
    assert [(a.name, a.absent, a.role) for a in m.attendees] == [
        ("Tomas Berg", False, "ordförande"), ("Stina Ahl", False, None), ("Pia Ström", False, "sekreterare")]
    listed = text.replace("Stina Ahl (M)", "Stina Ahl (M), Pia Ström")
    m = import_one(empty_store, write_note(tmp_path, listed)).meeting
    assert [a.name for a in m.attendees if a.name == "Pia Ström"] == ["Pia Ström"]


def test_a_role_nobody_holds_names_nobody(empty_store: Path, tmp_path: Path) -> None:
    """'Sekreterare: vakant', '–', 'ej utsedd': no secretary, and no attendee of that name."""
    for nobody in ("vakant", "–", "ej utsedd", "Vakant."):
        text = ("Minnesanteckningar 2026-05-06\n\nNärvarande: Tomas Berg (S), Stina Ahl (M)\n"
                f"Sekreterare: {nobody}\nOrdförande: {nobody}\n\n1. Lägesbild\nPolisen redogör.\n")
        m = import_one(empty_store, write_note(tmp_path, text)).meeting
        assert (m.chair, m.secretary) == (None, None), nobody
        assert [a.name for a in m.attendees] == ["Tomas Berg", "Stina Ahl"]


LATE = ("Minnesanteckningar 2026-11-24\n\nNärvarande ledamöter: Bo Andersson (S) ordf, Elin Grahn (M), "
        "Tarik Aziz (V)\n{absent}\n\n1. Lägesbild\nPolisen redogör.\n")


def test_someone_listed_absent_who_came_late_is_present_once(empty_store: Path, tmp_path: Path) -> None:
    """'Frånvaro: Elin Grahn kom kl. 13.40, Per Hed (KD) anmält förhinder': Elin came late, one attendee, present,
    with 'kom kl. 13.40' as her partial attendance and the line marked unsure; Per Hed is absent."""
    for words in ("kom kl. 13.40", "deltog från kl. 13.40", "gick kl. 15.00"):
        absent = f"Frånvaro: Elin Grahn {words}, Per Hed (KD) anmält förhinder"
        result = import_one(empty_store, write_note(tmp_path, LATE.format(absent=absent)))
        m = result.meeting
        assert [(a.name, a.absent, a.partial) for a in m.attendees] == [
            ("Bo Andersson", False, None), ("Elin Grahn", False, words), ("Tarik Aziz", False, None),
            ("Per Hed", True, None)], words
        assert any("Elin Grahn står bland de frånvarande" in doubt for doubt in result.unsure)
    ill = import_one(empty_store, write_note(tmp_path, LATE.format(absent="Frånvaro: Per Hed (KD), sjuk"))).meeting
    assert [(a.name, a.absent) for a in ill.attendees if a.name == "Per Hed"] == [("Per Hed", True)]


def test_the_review_keeps_what_a_line_says_of_each_of_its_people(empty_store: Path, tmp_path: Path) -> None:
    """n or f on a line of several people decides for those the line says nothing of; 'kom kl. 13.40' keeps Elin
    there and 'anmält förhinder' keeps Per Hed away, so the row can be set right by key."""
    from brå_tui.importer.review import move, rows
    from brå_tui.store.load import load

    absent = "Frånvaro: Elin Grahn kom kl. 13.40, Per Hed (KD) anmält förhinder, Ulla Ny (L)"
    result = import_one(empty_store, write_note(tmp_path, LATE.format(absent=absent)))
    for key, ulla_away in (("närvarande", False), ("frånvarande", True)):
        row = next(r for r in rows(result) if r.text.startswith("Frånvaro"))
        move(result, row, key, load(empty_store).people)
        assert sorted((a.name, a.absent) for a in result.meeting.attendees if a.name != "Bo Andersson" and
                      a.name != "Tarik Aziz") == [("Elin Grahn", False), ("Per Hed", True), ("Ulla Ny", ulla_away)]


def test_attendance_grouped_by_organisation_keeps_it_on_each_person(empty_store: Path, tmp_path: Path) -> None:
    """'Polisen: Daniel Berg, Linn Svärd' gives each the organisation; 'Fritid: –' names nobody; 'Förhinder:
    Fritidsgården (Ali Rahimi)' is Ali Rahimi of Fritidsgården, absent; 'Observatörer: …' stays a group."""
    text = ("Minnesanteckningar 2026-06-16\n\nNärvarande:\nPolisen: Daniel Berg, Linn Svärd\n"
            "Socialtjänsten: Malin Ek (sammankallande), Sami Haddad\nRäddningstjänsten: Olof Kam\nFritid: –\n"
            "Förhinder: Fritidsgården (Ali Rahimi)\nObservatörer: Olle Ost\n\n1. Lägesbild\nPolisen redogör.\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    assert [(a.name, a.org, a.title, a.absent) for a in result.meeting.attendees] == [
        ("Daniel Berg", "Polisen", None, False), ("Linn Svärd", "Polisen", None, False),
        ("Malin Ek", "Socialtjänsten", "sammankallande", False), ("Sami Haddad", "Socialtjänsten", None, False),
        ("Olof Kam", "Räddningstjänsten", None, False), ("Ali Rahimi", "Fritidsgården", None, True),
        ("Olle Ost", None, None, False)]
    assert result.unplaced == []


def test_a_sub_label_of_attendance_from_elsewhere_and_two_absentees(empty_store: Path, tmp_path: Path) -> None:
    """'Närvarande via Teams:' is a label, the people under it there via Teams; 'Ej närvarande: Sven Tor, Kerstin
    Al' is two absent people; '- Anna Berg från polisen' is Anna Berg of polisen."""
    text = ("Minnesanteckningar 2026-10-14\n\nNärvarande:\n- Anna Berg från polisen\n- Jonas Ek, ordförande (S)\n"
            "- Marie Holm, socialtjänsten\nNärvarande via Teams:\n- Lars Fors, Skutskärs IF\n- Eva Rask\n"
            "Deltog digitalt: Per Lund, Bo Ek\nEj närvarande: Sven Tor, Kerstin Al\n\n1. Lägesbild\nLugnt.\n")
    m = import_one(empty_store, write_note(tmp_path, text)).meeting
    assert [(a.name, a.org, a.partial, a.absent) for a in m.attendees] == [
        ("Anna Berg", "polisen", None, False), ("Jonas Ek", None, None, False),
        ("Marie Holm", "socialtjänsten", None, False), ("Lars Fors", "Skutskärs IF", "via Teams", False),
        ("Eva Rask", None, "via Teams", False), ("Per Lund", None, "digitalt", False),
        ("Bo Ek", None, "digitalt", False), ("Sven Tor", None, None, True), ("Kerstin Al", None, None, True)]


def test_a_title_word_before_a_name_is_the_title(empty_store: Path, tmp_path: Path) -> None:
    """'Fältsekreterare Ahmed Noor, närvarande § 41-42': the name Ahmed Noor, the title before it, the part of the
    meeting apart; in a list, a table's name cell and the review alike."""
    from brå_tui.importer.review_values import people_of

    for title in ("Fältsekreterare", "Fritidsledare", "Socialsekreterare"):
        text = (f"Protokoll 2026-08-26\n\nÖvriga:\nKommunpolis Tina Wall\n{title} Ahmed Noor, närvarande § 41-42\n"
                "\n§ 41\tLägesbild\nLugnt.\n")
        m = import_one(empty_store, write_note(tmp_path, text)).meeting
        assert [(a.name, a.title) for a in m.attendees] == [("Tina Wall", "Kommunpolis"), ("Ahmed Noor", title)]
        assert "41-42" in (m.attendees[1].partial or "")
        table = f"Protokoll 2026-08-26\n\nNamn\tOrganisation\n{title} Ahmed Noor\tKommunen\n\n§ 41\tLägesbild\n"
        m = import_one(empty_store, write_note(tmp_path, table)).meeting
        assert [(a.name, a.title, a.org) for a in m.attendees] == [("Ahmed Noor", title, "Kommunen")]
        [ahmed], _ = people_of(f"{title} Ahmed Noor", False, [])
        assert (ahmed.name, ahmed.title) == ("Ahmed Noor", title)
    named = write_note(tmp_path, "Protokoll 2026-08-26\n\nNärvarande: Viktor Ek Sand\n\n§ 1\tA\n")
    assert [a.name for a in import_one(empty_store, named).meeting.attendees] == ["Viktor Ek Sand"]


def test_the_review_reads_a_sentence_of_people_with_what_it_says_of_each(empty_store: Path, tmp_path: Path) -> None:
    """n or f on 'Med på mötet var Karl Ek (ordförande), Siv Hall från polisen, Nora Björk som är rektor på
    Ydreskolan och Lennart Frid från Ydrebostäder.': four people, each with their own title and organisation."""
    from brå_tui.importer.review_values import people_of

    line = ("Med på mötet var Karl Ek (ordförande), Siv Hall från polisen, Nora Björk som är rektor på Ydreskolan "
            "och Lennart Frid från Ydrebostäder.")
    for absent in (False, True):
        found, _ = people_of(line, absent, [])
        assert [(a.name, a.role, a.title, a.org, a.absent) for a in found] == [
            ("Karl Ek", "ordförande", None, None, absent), ("Siv Hall", None, None, "polisen", absent),
            ("Nora Björk", None, "rektor", "Ydreskolan", absent), ("Lennart Frid", None, None, "Ydrebostäder", absent)]
    found, _ = people_of("Med var Eva Ek som arbetar som fältassistent vid kommunen och Bo Ny.", False, [])
    assert [(a.name, a.title, a.org) for a in found] == [("Eva Ek", "fältassistent", "kommunen"), ("Bo Ny", None, None)]
