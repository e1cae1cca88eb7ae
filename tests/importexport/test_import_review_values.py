"""The review's keys read the value out of the line: a name for ordförande, sekreterare and justerare, the place
without the date and times, the people a list or a sentence names (those after 'Frånvarande:' absent), a
follow-up's task and owner; a line that does not give the value is refused with a Swedish sentence, never stored
whole. Tabs and control characters never reach a field."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from brå_tui.importer.ledger import PLACED
from brå_tui.importer.report import ImportResult
from brå_tui.importer.review import ReviewRefused, Row, move, rows
from brå_tui.model import Person
from brå_tui.store.load import load
from tests.importexport.notes import CORPUS, COUNCILS, import_one, write_note

PROSE = COUNCILS / "prosa-narvaro.txt"
TABS = COUNCILS / "cp1252-tabb.txt"  # Windows-1252, items and fields parted by tabs


def _row(result: ImportResult, start: str) -> Row:
    return next(r for r in rows(result) if r.text.startswith(start))


def test_roles_come_from_the_clause_that_names_them(empty_store: Path) -> None:
    result = import_one(empty_store, PROSE)
    people = load(empty_store).people
    line = "Mona Sjö var ordförande"
    assert move(result, _row(result, line), "ordförande", people) == "ordförande: Mona Sjö"
    assert move(result, _row(result, line), "sekreterare", people) == "sekreterare: Hanna Wirén"
    with pytest.raises(ReviewRefused, match="ingen som justerare"):
        move(result, _row(result, line), "justerare", people)
    assert result.meeting.adjusters == []


@pytest.mark.parametrize(("line", "role", "names"), [
    ("Ordförande Ann Ek, sekreterare Bo Ny.", "sekreterare", ["Bo Ny"]),
    ("Ordförande var Ann Ek och sekreterare Bo Ny", "ordförande", ["Ann Ek"]),
    ("Cia Lo och Dan Ås justerar.", "justerare", ["Cia Lo", "Dan Ås"]),
    ("Justerare: Cia Lo och Dan Ås", "justerare", ["Cia Lo", "Dan Ås"]),
    ("Bo Ny förde anteckningarna.", "sekreterare", ["Bo Ny"]),
])
def test_a_name_for_each_role_key(empty_store: Path, tmp_path: Path, line: str, role: str, names: list[str]) -> None:
    note = write_note(tmp_path, f"Minnesanteckningar 2026-03-02\nNärvarande: Ann Ek, Bo Ny\n\n1. Möte\n{line}\n")
    result = import_one(empty_store, note)
    move(result, _row(result, line[:12]), role, [])
    m = result.meeting
    assert {"ordförande": [m.chair], "sekreterare": [m.secretary], "justerare": m.adjusters}[role] == names


@pytest.mark.parametrize(("line", "key", "why"), [
    ("Per Hedlund hälsade alla välkomna.", "ordförande", "Raden är en mening"),
    ("Plats: Stadshuset, sal 2", "sekreterare", "Raden anger plats, inget namn."),
    ("Mötet hölls på kvällen.", "plats", "Raden anger ingen plats"),
    ("Justerare: Cia Lo", "plats", "Raden anger justerare, ingen plats."),
    ("Rådet diskuterade belysningen i parken och vid skolan.", "närvarande", "ser inte ut som ett namn"),
])
def test_a_line_without_the_value_is_refused_and_changes_nothing(empty_store: Path, tmp_path: Path, line: str,
                                                                 key: str, why: str) -> None:
    note = write_note(tmp_path, f"Minnesanteckningar 2026-03-02\nNärvarande: Ann Ek, Bo Ny\n\n1. Möte\n{line}\n")
    result = import_one(empty_store, note)
    before = (result.meeting.chair, result.meeting.secretary, result.meeting.place, len(result.meeting.attendees))
    with pytest.raises(ReviewRefused, match=why):
        move(result, _row(result, line[:12]), key, [])
    m = result.meeting
    assert (m.chair, m.secretary, m.place, len(m.attendees)) == before
    assert ":" in line or line in m.items[0].notes


@pytest.mark.parametrize(("line", "place"), [
    ("Mötet hölls tisdagen den 24 februari 2026 klockan 9.30–11.00 i Rådhuset, Vadstena.", "Rådhuset, Vadstena"),
    ("kl. 18–20, Kisa bibliotek", "Kisa bibliotek"),
    ("Plats och tid: Stadshuset, sal 2, 2026-03-02 kl 13.00", "Stadshuset, sal 2"),
    ("Lokal:\tSödra Sandby bibliotek", "Södra Sandby bibliotek"),
])
def test_the_place_is_what_is_left_without_the_date_and_times(empty_store: Path, tmp_path: Path, line: str,
                                                              place: str) -> None:
    note = write_note(tmp_path, f"Minnesanteckningar 2026-03-02\nNärvarande: Ann Ek, Bo Ny\n\n1. Möte\n{line}\n")
    result = import_one(empty_store, note)
    assert move(result, _row(result, line[:8]), "plats", []) == f"plats: {place}"


def test_people_in_a_sentence_each_with_absentees_apart(empty_store: Path) -> None:
    """'Närvarande var A (S), B och C från polisen samt D. Frånvarande: E (KD).' by n: four present, one absent,
    the line placed; B and C both from polisen, as the import reads the same sentence
    (test_import_head_prose.test_attendance_in_a_sentence)."""
    result = import_one(empty_store, PROSE)
    row = _row(result, "Närvarande var")
    said = move(result, row, "närvarande", [])
    assert said == "närvarande: Per Hedlund, Mona Sjö, Oskar Dahl, Hanna Wirén; frånvarande: Gunnar Loo"
    got = [(a.name, a.party, a.org, a.absent) for a in result.meeting.attendees]
    assert got == [("Per Hedlund", "S", None, False), ("Mona Sjö", None, "polisen", False),
                   ("Oskar Dahl", None, "polisen", False), ("Hanna Wirén", None, None, False),
                   ("Gunnar Loo", "KD", None, True)]
    assert result.ledger.kind(row.number - 1) == PLACED and row.text not in result.unplaced


def test_the_time_and_date_keys_read_a_sentence(empty_store: Path) -> None:
    result = import_one(empty_store, PROSE)
    row = _row(result, "Mötet hölls")
    assert move(result, row, "tid", []) == "tid: 09:30–11:00"
    assert move(result, row, "datum", []) == "datum: 2026-02-24"
    assert move(result, row, "plats", []) == "plats: Rådhuset, Vadstena"


@pytest.mark.parametrize(("line", "times"), [
    ("Samling: kl. 18.00 vid Domkyrkan, avslut kl. 20.15 på Kalmar Teater", "18:00–20:15"),
    ("Samling: kl. 18.00 vid Domkyrkan, till kl. 20.15", "18:00–20:15"),
    ("Tid: kl 18 till kl 20.15", "18:00–20:15"),
    ("Samling 18.00 vid Domkyrkan, avslut 20.15", "18:00–20:15"),
    ("Start kl 9, slutar ca kl 11.30", "09:00–11:30"),
])
def test_the_time_key_reads_an_end_time_written_apart(empty_store: Path, tmp_path: Path, line: str,
                                                     times: str) -> None:
    """k on a line whose end time stands apart from its start, after 'avslut', 'slut' or 'till kl.': both times."""
    note = write_note(tmp_path, f"Minnesanteckningar 2026-03-02\nNärvarande: Ann Ek, Bo Ny\n\n1. Möte\n{line}\n")
    result = import_one(empty_store, note)
    row = next(r for r in rows(result) if r.text == line)
    assert move(result, row, "tid", []) == f"tid: {times}"


def test_a_follow_up_by_key_is_read_as_the_importer_reads_tasks(empty_store: Path) -> None:
    """u on 'Beslut: Eva Ström skriver till tekniska förvaltningen.' gives the task with its owner, who was there;
    u on '2.<TAB>Belysning i parken' gives the title without its number and tab."""
    result = import_one(empty_store, TABS)
    said = move(result, _row(result, "Beslut: Eva Ström"), "uppföljning", [])
    assert said == "uppföljning: Skriva till tekniska förvaltningen – Eva Ström"
    said = move(result, _row(result, "2.\tBelysning"), "uppföljning", [])
    assert said == "uppföljning: Belysning i parken"
    assert [(f.title, f.owners) for f in result.meeting.followups] == [
        ("Skriva till tekniska förvaltningen", ["Eva Ström"]), ("Belysning i parken", [])]


ACTIONS = COUNCILS / "boden-atgarder-i-text.txt"  # action rows typed with '|' and tabs, tasks in sentences


@pytest.mark.parametrize(("start", "title", "owners", "due", "doubt"), [
    ("Byta armaturer", "Byta armaturer på Larmgatan", ["Serviceförvaltningen"], dt.date(2026, 4, 30), ""),
    ("Röja buskage", "Röja buskage i Gröndalsparken", ["Peter Näslund"], dt.date(2026, 5, 15), ""),
    ("Laga staketet", "Laga staketet vid skolan", ["Peter Näslund"], dt.date(2026, 4, 30), ""),
    ("Måla om", "Måla om gångtunneln", ["Fältgruppen"], None, "datumet ”maj” kunde inte läsas"),
    ("Vi bestämde att Hanna", "Skriva ansökan till länsstyrelsen", ["Hanna Sund"], dt.date(2026, 4, 1), ""),
    ("Vi bestämde att Kim", "Ringa fastighetsägaren", ["Kim"], dt.date(2026, 5, 3),
     "”Kim” är ingen av mötets deltagare"),
    ("Vi bestämde att Anna", "Boka lokal för uppföljningsmötet", ["Anna"], dt.date(2026, 4, 20),
     "”Anna” kan vara Anna Ek eller Anna Berg"),
    ("Sanera klotter", "Sanera klotter på elskåpen", [], dt.date(2026, 4, 15), ""),
])
def test_a_follow_up_by_key_gets_its_title_owners_and_due_date(empty_store: Path, start: str, title: str,
                                                               owners: list[str], due: dt.date | None,
                                                               doubt: str) -> None:
    """u on an action row ('Byta armaturer på Larmgatan | Serviceförvaltningen | 30 april', tab-separated, or under
    a header 'Åtgärd | Klart till | Ansvarig' in its own order) or on a sentence ('att Hanna skriver ansökan till
    länsstyrelsen senast 1 april.'): the task as title without its due date, the owner (a first name only one
    attendee has as that attendee's full name; one nobody or several have as written, and flagged), the due date
    (a day without a year the next after the meeting)."""
    result = import_one(empty_store, ACTIONS)
    row = _row(result, start)
    said = move(result, row, "uppföljning", [])
    followup = result.meeting.followups[-1]
    assert (followup.title, followup.owners, followup.due) == (title, owners, due)
    assert said.startswith(f"uppföljning: {title}")
    assert (doubt in said and doubt in result.ledger.doubts[row.number - 1]) if doubt else "(" not in said
    assert len([f for f in result.meeting.followups if f.title == title]) == 1


def test_an_action_lists_first_name_is_the_one_attendee_of_that_name(empty_store: Path) -> None:
    """The import reads an action list's owner as u does: 'Peter' is Peter Näslund, who was there; 'Fältgruppen'
    is an organisation and stays as written."""
    result = import_one(empty_store, ACTIONS)
    assert [(f.title, f.owners) for f in result.meeting.followups] == [
        ("Laga staketet vid skolan", ["Peter Näslund"]), ("Måla om gångtunneln", ["Fältgruppen"])]


def test_u_refuses_the_header_row_of_an_action_list(empty_store: Path) -> None:
    result = import_one(empty_store, ACTIONS)
    with pytest.raises(ReviewRefused, match="rubrikraden i en åtgärdslista"):
        move(result, _row(result, "Åtgärd\t"), "uppföljning", [])


UNREAD_TABLE = COUNCILS / "lycksele-okand-tabell.docx"  # a 5×5 agenda table whose header names no known column


def test_a_word_table_no_part_reads_is_a_line_a_row(empty_store: Path) -> None:
    """Each row of a Word table that is no known agenda, people list or Logg is one line of the review, its cells
    parted by tabs as a text's table is; a row's own keys then work on the whole row."""
    result = import_one(empty_store, UNREAD_TABLE)
    origins = [r.origin for r in rows(result) if r.origin.startswith("tabell 1")]
    assert origins == [f"tabell 1, rad {n}" for n in range(1, 6)]
    assert next(r.text for r in rows(result) if r.origin == "tabell 1, rad 4") == \
        "3\tMedel till nattvandring\tJonas Lind\tKS 2026/77\tUnderlag bifogas"


def test_the_keys_read_the_cells_of_a_table_row(empty_store: Path) -> None:
    """a on a row of that table gives the item its number, title, presenter (Kommunpolis Sara Holm is Sara Holm,
    Ordföranden the chair) and case number from the row's other cells; n on 'Sara Holm<TAB>Polisen' gives Sara
    Holm of Polisen."""
    result = import_one(empty_store, UNREAD_TABLE)
    people: list[Person] = []
    move(result, _row(result, "Sara Holm\tPolisen"), "närvarande", people)
    assert ("Sara Holm", "Polisen") in [(a.name, a.org) for a in result.meeting.attendees]
    move(result, _row(result, "Kallade: Eva Strand"), "ordförande", people)
    for start, number, title, presenters, case in [
            ("3\tMedel", "3", "Medel till nattvandring – Underlag bifogas", ["Jonas Lind"], "KS 2026/77"),
            ("2\tLägesbild", "2", "Lägesbild centrum – Muntlig", ["Sara Holm"], None),
            ("1\tUpprop", "1", "Upprop och val av justerare", ["Eva Strand"], None)]:
        row = _row(result, start)
        try:
            move(result, row, "ärende", people)
        except ReviewRefused as refused:  # read so by the import already: a reads it again, in place
            assert "redan rubriken" in str(refused)
        item = next(i for i in result.meeting.items if i.number == number)
        assert (item.title, item.presenters, item.case_number) == (title, presenters, case)


@pytest.mark.parametrize("key", ["övrig fråga", "uppföljning", "ärende"])
def test_no_tab_reaches_a_title(empty_store: Path, key: str) -> None:
    result = import_one(empty_store, TABS)
    move(result, _row(result, "Nästa möte:\t17"), key, [])
    m = result.meeting
    titles = [i.title for i in [*m.items, *m.other]] + [f.title for f in m.followups]
    assert not any("\t" in t for t in titles)
    assert any(t.startswith("Nästa möte: 17 mars") for t in titles)


def test_the_command_line_review_sets_the_fields_from_sentences(empty_store: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "BRA_STORE"}
    env.update(COLUMNS="80", NO_COLOR="1")
    done = subprocess.run([sys.executable, "-m", "brå_tui", "--store", str(empty_store), "import", "--review",
                           "--dry-run", str(PROSE)], input="3 d\n7 o\n7 s\n3 p\n5 n\n\n", capture_output=True,
                          text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Rad 7 ”Mona Sjö var ordförande och Hanna Wirén förde anteckningarna.”: ordförande: Mona Sjö" in \
        " ".join(done.stderr.split())
    out = done.stdout
    assert 'chair = "Mona Sjö"' in out and 'secretary = "Hanna Wirén"' in out
    assert 'place = "Rådhuset, Vadstena"' in out and "Gunnar Loo" in out
    assert dt.date(2026, 2, 24).isoformat() in out


def test_n_never_parts_people_at_a_comma_within_brackets(empty_store: Path) -> None:
    """'Rune Fält (räddningstjänsten, via Teams)' by n is one person, via Teams his partial attendance, and the
    people on either side of him stay people of their own, as the import reads the line."""
    result = import_one(empty_store, CORPUS / "anteckningar-komma-inom-parentes.txt")
    said = move(result, _row(result, "Närvarande:"), "närvarande", [])
    assert said == "närvarande: Ylva Brink, Tomas Hägg, Rune Fält, Malin Åkerlund, Sofie Lind"
    got = [(a.name, a.org, a.partial) for a in result.meeting.attendees if not a.absent]
    assert got == [("Ylva Brink", None, None), ("Tomas Hägg", "polisen", None),
                   ("Rune Fält", "räddningstjänsten", "via Teams"),
                   ("Malin Åkerlund", "socialtjänsten", "t.o.m. punkt 2"), ("Sofie Lind", None, None)]


def test_a_titles_an_item_written_topic_colon_text_by_its_topic(empty_store: Path) -> None:
    """'Skolan: Rektorerna vill ha …' made an item by a: titled 'Skolan', never the sentence cut short with '…', and
    the sentence its notes, as the import reads '1) Polisen: Anders berättade …'."""
    result = import_one(empty_store, CORPUS / "anteckningar-amne-kolon-text.txt")
    move(result, _row(result, "Skolan:"), "ärende", [])
    item = next(i for i in result.meeting.items if i.title == "Skolan")
    assert item.notes == "Rektorerna vill ha en gemensam rutin för anmälningar om skadegörelse under våren.\n"
    assert all("…" not in i.title for i in result.meeting.items)
