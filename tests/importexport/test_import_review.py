"""Review before saving: `bra import --review` shows every source line beside what it became at 80 columns and
moves lines by typed keys; nothing is saved until the review ends, and q saves nothing."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from brå_tui.importer.notes import import_notes
from brå_tui.importer.review import ReviewRefused, move, rows
from brå_tui.store.load import load

CORPUS = Path(__file__).resolve().parent / "corpus"


def _bra(*args: object, keys: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("BRA_STORE",)}
    env.update(COLUMNS="80", NO_COLOR="1")
    return subprocess.run([sys.executable, "-m", "brå_tui", *map(str, args)], input=keys, capture_output=True,
                          text=True, env=env, timeout=120)


def test_every_line_is_shown_beside_what_it_became(empty_store: Path) -> None:
    [result] = import_notes([CORPUS / "kallelse.txt"], load(empty_store))
    found = {row.number: row.became for row in rows(result)}
    assert found[12] == "kallade: Lars Larsson (inbjuden)"  # a kallelse: called, not present
    assert found[19] == "tid i 1 Lägesbild från polisen"
    assert found[23] == "tid i 2 Trygghetsvandring i Vikmanshyttan"
    assert found[32] == "diarienummer i 4 Budget 2019 för Brå"
    assert found[28] == "åt sidan: sidhuvud eller sidfot"
    assert found[37] == "tidplan: tiden för datumen nedan"
    assert found[38] == "tidplan: 2019-02-13 15:30–17:30"  # the time of the dates below 'Onsdagar kl.15:30-17:30'


def test_moving_lines_changes_the_meeting(empty_store: Path) -> None:
    """A person moved to absent, a notes line to a decision, a line to an item of its own, a line ignored."""
    store = load(empty_store)
    [result] = import_notes([CORPUS / "minnesanteckningar-numrerade.txt"], store)
    by_number = {row.number: row for row in rows(result)}
    assert move(result, by_number[10], "frånvarande", store.people) == "frånvarande: Per Persson"
    assert move(result, by_number[22], "beslut", store.people).startswith("beslut i 2. Föregående")
    assert move(result, by_number[29], "ignorera", store.people) == "åt sidan: ignorerad vid granskningen"
    assert move(result, by_number[25], "uppföljning", store.people).startswith("uppföljning: Per Persson informerar")
    m = result.meeting
    assert sorted(a.name for a in m.absentees()) == ["Gunnar Gran", "Per Persson"]
    assert [d.text for d in m.items[1].decisions] == ["Minnesanteckningarna från förra mötet läggs till handlingarna."]
    assert m.items[1].notes == ""
    assert m.items[3].notes == ""
    assert "klotter" not in m.items[2].notes and m.followups[0].title.startswith("Per Persson informerar")


def test_review_on_the_command_line_moves_then_saves(empty_store: Path) -> None:
    note = CORPUS / "minnesanteckningar-numrerade.txt"
    done = _bra("--store", empty_store, "import", "--review", note, keys="13 f\nx\n99 f\nl\n\n")
    assert done.returncode == 0, done.stderr
    table = done.stdout.splitlines()
    assert all(len(line) <= 80 for line in table)
    maja = [line for line in table if line.startswith("  13 Maja Mark, rektor Domarhagsskolan")]
    assert len(maja) == 2, "l shows the table again"
    assert "närvarande: Maja Mark" in maja[0] and "frånvarande: Maja Mark" in maja[1], "as it is after the move"
    assert "Rad 13 ”Maja Mark, rektor Domarhagsskolan”: frånvarande: Maja Mark" in done.stderr
    assert "Skriv ett radnummer och en av bokstäverna" in done.stderr and "Rad 99 finns inte" in done.stderr
    meeting = load(empty_store).meeting("2016-03-22")
    assert meeting is not None
    assert sorted(a.name for a in meeting.absentees()) == ["Gunnar Gran", "Maja Mark"]


def test_review_given_up_saves_nothing(empty_store: Path) -> None:
    done = _bra("--store", empty_store, "import", "--review", CORPUS / "kallelse.txt", keys="12 f\nq\n")
    assert done.returncode == 1
    assert "Avbrutet: ingenting sparades." in done.stderr and "Traceback" not in done.stderr
    assert not (empty_store / "meetings").exists() or not list((empty_store / "meetings").iterdir())


def _note(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "note.txt"
    path.write_text(text, encoding="utf-8")
    return path


TWINS = ("Anteckningar\nTid: 2024-03-07 kl 13.00-15.00\nNärvarande: Anna Ek, ordförande\n\n"
         "1. Lägesbild\nSamma rad.\nBara här.\n\n2. Budget\nSamma rad.\n")


def test_identical_lines_are_each_found_in_their_own_place(empty_store: Path, tmp_path: Path) -> None:
    """Two identical lines in two items: the second one moved leaves the first where it is."""
    store = load(empty_store)
    [result] = import_notes([_note(tmp_path, TWINS)], store)
    found = {row.number: row for row in rows(result)}
    assert found[6].became == "anteckning i 1. Lägesbild" and found[10].became == "anteckning i 2. Budget"
    assert move(result, found[10], "beslut", store.people) == "beslut i 2. Budget"
    first, second = result.meeting.items
    assert first.notes == "Samma rad.\nBara här.\n" and second.notes == ""
    assert [d.text for d in second.decisions] == ["Samma rad."] and first.decisions == []


def test_the_meeting_fields_are_set_from_lines(empty_store: Path) -> None:
    """Chair, secretary, adjusters, date, time, place and the next meeting by key; an item to the other
    questions with what stands under it."""
    store = load(empty_store)
    [result] = import_notes([CORPUS / "minnesanteckningar-numrerade.txt"], store)
    by_number = {row.number: row for row in rows(result)}
    assert move(result, by_number[9], "ordförande", store.people) == "ordförande: Anna Andersson"
    assert move(result, by_number[11], "sekreterare", store.people) == "sekreterare: Lisa Lind"
    assert move(result, by_number[12], "justerare", store.people) == "justerare: Eva Ek"
    assert move(result, by_number[32], "datum", store.people) == "datum: 2016-05-24"
    assert move(result, by_number[5], "tid", store.people) == "tid: 13:00–15:30"
    assert move(result, by_number[6], "plats", store.people) == "plats: Stadshuset, rum 3"
    m = result.meeting
    assert (m.chair, m.secretary, m.adjusters, m.date.isoformat()) == (
        "Anna Andersson", "Lisa Lind", ["Eva Ek"], "2016-05-24")
    assert any(a.name == "Anna Andersson" for a in m.present())  # the chair still attended
    rows_now = {row.number: row for row in rows(result)}
    assert move(result, rows_now[24], "övrig fråga", store.people) == "övrig fråga 3. Lägesbild i centrum"
    assert [i.title for i in m.items] == ["Mötets öppnande", "Föregående minnesanteckningar", "Övriga frågor",
                                          "Nästa möte"]
    assert m.other[0].title == "Lägesbild i centrum" and "klotter" in m.other[0].notes


def test_a_line_without_what_its_key_needs_changes_nothing(empty_store: Path) -> None:
    from brå_tui.importer.review import ReviewRefused

    store = load(empty_store)
    [result] = import_notes([CORPUS / "minnesanteckningar-numrerade.txt"], store)
    row = {row.number: row for row in rows(result)}[13]
    for target in ("datum", "tid", "nästa möte"):
        try:
            move(result, row, target, store.people)
        except ReviewRefused as err:
            assert str(err).startswith("Raden anger")
        else:
            raise AssertionError(target)
    assert result.meeting.date.isoformat() == "2016-03-22" and result.meeting.schedule[0].date.year == 2016


def test_the_next_meeting_by_key(empty_store: Path, tmp_path: Path) -> None:
    text = TWINS + "\nVi ses igen den 16 maj kl. 13.00 i Stadshuset.\n"
    store = load(empty_store)
    [result] = import_notes([_note(tmp_path, text)], store)
    row = {row.number: row for row in rows(result)}[12]
    assert move(result, row, "nästa möte", store.people) == "tidplan: 2024-05-16 13:00, Stadshuset"
    [entry] = result.meeting.schedule
    assert (entry.start, entry.place) == (dt.time(13), "Stadshuset")
    assert "Vi ses" not in result.meeting.items[1].notes


def test_review_asks_before_it_starts_when_the_meeting_exists(empty_store: Path) -> None:
    note = CORPUS / "kallelse.txt"
    assert _bra("--store", empty_store, "import", note, keys="").returncode == 0
    refused = _bra("--store", empty_store, "import", "--review", note, keys="n\n")
    assert refused.returncode == 1 and "finns redan" in refused.stdout + refused.stderr
    assert "Skriva över det? j/n" in refused.stdout + refused.stderr and "Granska" not in refused.stdout
    assert "Avbrutet: ingenting sparades." in refused.stderr
    done = _bra("--store", empty_store, "import", "--review", note, keys="j\n12 f\n\n")
    assert done.returncode == 0, done.stderr
    assert "Granska" in done.stdout and "--force" not in done.stderr
    assert [a.name for a in load(empty_store).meetings[0].absentees()] == ["Lars Larsson"]


def test_review_says_the_line_and_keeps_an_assignments_owner_and_due_date(empty_store: Path) -> None:
    """'i' and 'u' say which line they took; 'u' on 'Uppdrag: X tar fram … till DATE' keeps owner and date."""
    note = CORPUS / "councils" / "tierp-cp1252.txt"
    done = _bra("--store", empty_store, "import", "--review", note, keys="22 u\n25 i\n\n")
    assert done.returncode == 0, done.stderr
    assert ("Rad 22 ”Uppdrag: Björn Ågren tar fram förslag på bättre lås i förråden till 2024-11-15.”: "
            "uppföljning: Ta fram förslag på bättre lås i förråden – Björn Ågren, senast 2024-11-15") in \
        " ".join(done.stderr.split("\n"))
    assert "Rad 25 ”Resultatet presenterades." in done.stderr
    [followup] = load(empty_store).meetings[0].followups
    assert (followup.title, followup.owners, followup.due) == (
        "Ta fram förslag på bättre lås i förråden", ["Björn Ågren"], dt.date(2024, 11, 15))


def test_the_review_help_wraps_between_words_at_80_columns(empty_store: Path) -> None:
    from brå_tui.importer.review import TARGETS

    done = _bra("--store", empty_store, "import", "--review", CORPUS / "kallelse.txt", keys="\n")
    lines = done.stderr.split("\n")
    assert all(len(line) <= 80 for line in lines if "/" not in line)  # a long path is never broken
    joined = " ".join(lines)  # a word broken in two would not be found whole
    assert ", ".join(f"{key} {name}" for key, name in TARGETS.items()) in joined
    assert "q: avbryt utan att spara." in joined


def test_a_signature_line_gives_each_role_its_own_name(empty_store: Path) -> None:
    """'Gustav Ek, ordförande<TAB><TAB>Hanna Lo, justerare': j takes the adjuster, o the chair."""
    store = load(empty_store)
    [result] = import_notes([CORPUS / "councils" / "sala-protokoll.docx"], store)
    m = result.meeting
    m.chair, m.adjusters = None, []
    row = next(r for r in rows(result) if r.text.startswith("Gustav Ek, ordförande"))
    assert move(result, row, "justerare", store.people) == "justerare: Hanna Lo"
    assert move(result, row, "ordförande", store.people) == "ordförande: Gustav Ek"


def test_page_one_header_is_the_heading_and_later_pages_are_furniture(empty_store: Path) -> None:
    """The same header line on page 1 (the document's heading) and on pages 2 and 3 (page furniture): each row
    says what its own line became."""
    [result] = import_notes([CORPUS / "protokoll-sidhuvuden.txt"], load(empty_store))
    found = {row.number: row.became for row in rows(result)}
    assert found[1] == "rubrik" and found[2] == "rubrik"
    headers = [line.no + 1 for line in result.ledger.lines if line.startswith("Lokala brottsförebyggande")]
    assert [found[n] for n in headers] == ["rubrik", "åt sidan: sidhuvud eller sidfot",
                                           "åt sidan: sidhuvud eller sidfot"]


def test_a_line_made_an_item_splits_the_item_it_stood_in(empty_store: Path, tmp_path: Path) -> None:
    """'5. Belysning i Skönvik' out of order stays in the item above; 'a' makes it an item right after that one,
    with the number read from it and the lines below it taken along, not an empty item at the end."""
    text = (CORPUS / "anteckningar-dagordning.txt").read_text(encoding="utf-8")
    note = tmp_path / "fel-nummer.txt"
    note.write_text(text.replace("3. Belysning i Skönvik\nPia", "5. Belysning i Skönvik\nPia"), encoding="utf-8")
    store = load(empty_store)
    [result] = import_notes([note], store)
    m = result.meeting
    before = [(i.number, i.title) for i in m.items]
    row = next(r for r in rows(result) if r.text == "5. Belysning i Skönvik")
    under = row.under
    assert under is not None and "Pia" in under.notes
    assert move(result, row, "ärende", store.people) == "ärende 5. Belysning i Skönvik"
    n = next(k for k, i in enumerate(m.items) if i is under)
    new = m.items[n + 1]
    assert (new.number, new.title) == ("5.", "Belysning i Skönvik") and len(m.items) == len(before) + 1
    assert new.notes.startswith("Pia") and "Pia" not in under.notes and "Belysning i Skönvik" not in under.notes


def test_ignoring_an_item_heading_written_alone_drops_the_item(empty_store: Path, tmp_path: Path) -> None:
    """'§ 14' alone on its line, the case number and the title below: the row is the item, and 'i' takes it out."""
    note = tmp_path / "p.txt"
    note.write_text("PROTOKOLL\nSammanträdesdatum\t2025-03-12\n\n§ 14\nDnr BRÅ 2025/011\nGodkännande av dagordning\n"
                    "Dagordningen godkänns.\n\n§ 15\nDnr BRÅ 2025/004\nLägesbild\nMaria Ek redovisar.\n",
                    encoding="utf-8")
    store = load(empty_store)
    [result] = import_notes([note], store)
    found = {r.text: r for r in rows(result)}
    assert found["§ 14"].became == "ärende § 14 Godkännande av dagordning"
    assert found["Dnr BRÅ 2025/011"].became == "diarienummer i § 14 Godkännande av dagordning"
    move(result, found["§ 15"], "ignorera", store.people)
    assert [i.number for i in result.meeting.items] == ["§ 14"]
    # What stood under § 15 joins § 14; its title and case number are nowhere now, so they are unplaced, not lost.
    now = {r.text: r.became for r in rows(result)}
    assert now["Maria Ek redovisar."] == "anteckning i § 14 Godkännande av dagordning"
    assert now["Lägesbild"] == now["Dnr BRÅ 2025/004"] == "INTE PLACERAD (övriga frågor)"
    assert result.meeting.other[-1].notes == "Dnr BRÅ 2025/004\nLägesbild\n"


def test_review_keys_take_bullets_labels_and_english_assignments(empty_store: Path) -> None:
    """'b' on '· Beslut: …' saves the decision without bullet or label; 'p' on 'Venue / Plats: …' the place
    without its label; 'u' on 'Action: John Smith to draft … by 2025-04-30' the owner and the date, and the
    proposal is no longer offered; 'uppdra åt X att … till DATE' is offered as a proposal."""
    store = load(empty_store)
    [result] = import_notes([CORPUS / "councils" / "haparanda-tvasprakig.md"], store)
    found = {r.text: r for r in rows(result)}
    assert [(p.owners, p.due) for p in result.proposals] == [(["John Smith"], dt.date(2025, 4, 30))]
    move(result, found["· Action: John Smith to draft a patrol plan by 2025-04-30."], "uppföljning", store.people)
    [followup] = result.meeting.followups
    assert (followup.owners, followup.due, followup.title) == (["John Smith"], dt.date(2025, 4, 30),
                                                               "Draft a patrol plan")
    assert result.proposals == [] and "--proposals" not in result.summary()
    move(result, found["Venue / Plats: Rajalla På Gränsen, conference room 2"], "plats", store.people)
    assert result.meeting.place == "Rajalla På Gränsen, conference room 2"
    [malmo] = import_notes([CORPUS / "councils" / "malmo-dnr-under-paragraf.txt"], store)
    assert [(p.title, p.owners, p.due) for p in malmo.proposals] == [
        ("Sammanställa resultatet", ["Sven Åkesson"], dt.date(2025, 5, 1))]


def test_a_bulleted_line_made_a_decision_loses_its_bullet(empty_store: Path, tmp_path: Path) -> None:
    note = tmp_path / "b.txt"
    note.write_text("Minnesanteckningar 2025-03-12\nNärvarande: Anna Ek, polisen\n\n1. Klotter\nMycket klotter.\n"
                    "· Kameror sätts upp vid skolan\n", encoding="utf-8")
    store = load(empty_store)
    [result] = import_notes([note], store)
    row = next(r for r in rows(result) if r.text.startswith("· Kameror"))
    assert move(result, row, "beslut", store.people) == "beslut i 1. Klotter"
    assert [d.text for d in result.meeting.items[0].decisions] == ["Kameror sätts upp vid skolan"]


def test_the_review_says_what_was_saved(empty_store: Path) -> None:
    """A line in an item that begins with a present person's name is that item's note, not the person; a
    bulleted name under Närvarande is that attendee; a bulleted other question is that question; a Beslut
    heading says so, never 'ingenting'."""
    [result] = import_notes([CORPUS / "councils" / "citattecken-rubrik.txt"], load(empty_store))
    found = {r.text: r.became for r in rows(result)}
    assert found["Åsa Öberg redovisar."] == 'anteckning i 2. "Trygg" enkätresultat'
    assert found["- Belysningen vid stationen."] == "övrig fråga 4. Belysningen vid stationen"
    assert [o.title for o in result.meeting.other] == ["Belysningen vid stationen"]
    [result] = import_notes([CORPUS / "councils" / "samverkan-rubrik2.docx"], load(empty_store))
    found = {r.text: r.became for r in rows(result)}
    assert found["· Karin Ljung, polisen"] == "närvarande: Karin Ljung"
    assert found["Beslut:"] == "rubrik för beslut" and found["Nästa möte"] == "rubrik för nästa möte"
    assert found["· Kameraövervakning utreds."] == "beslut i Skadegörelse i parkeringshuset"


def test_headings_in_the_review_say_what_they_are(empty_store: Path) -> None:
    """A table's header row, the number of the other questions and 'Inga övriga frågor.' are named, never
    'ingenting (rubrik)'."""
    [result] = import_notes([CORPUS / "councils" / "malmo-dnr-under-paragraf.txt"], load(empty_store))
    found = {r.text: r.became for r in rows(result)}
    assert found["Namn\tFunktion"] == "rubrikrad i en närvarotabell"
    assert found["§ 17"] == "nummer för övriga frågor"
    assert found["Inga övriga frågor."] == "ingenting att ta upp (”inga”)"


def test_an_item_title_among_decisions_ends_them_and_can_be_made_an_item(empty_store: Path, tmp_path: Path) -> None:
    """'5. Klotter' out of order after 'Beslut: …' is text of the item above (reported), not a decision merged
    with the next line; 'a' makes it the item after, with the lines below it."""
    note = tmp_path / "t.txt"
    note.write_text((CORPUS / "councils" / "citattecken-rubrik.txt").read_text(encoding="utf-8").replace(
        "3. Klotter", "5. Klotter"), encoding="utf-8")
    store = load(empty_store)
    [result] = import_notes([note], store)
    m = result.meeting
    assert [d.text for d in m.items[1].decisions] == ["Enkäten skickas till nämnden."]
    assert any("”5. Klotter” står i ärende 2." in doubt for doubt in result.unsure)
    row = next(r for r in rows(result) if r.text == "5. Klotter")
    move(result, row, "ärende", store.people)
    assert [(i.number, i.title) for i in m.items] == [("1.", "Inledning"), ("2.", '"Trygg" enkätresultat'),
                                                      ("5.", "Klotter")]
    assert m.items[1].notes == "Åsa Öberg redovisar.\n" and m.items[2].notes.startswith("Mycket klotter.\n")


def test_an_items_title_made_a_note_joins_the_item_before(empty_store: Path, tmp_path: Path) -> None:
    store = load(empty_store)
    [result] = import_notes([_note(tmp_path, TWINS)], store)
    row = next(r for r in rows(result) if r.text == "2. Budget")
    assert move(result, row, "anteckning", store.people) == "anteckning i 1. Lägesbild"
    [item] = result.meeting.items
    assert item.notes == "Samma rad.\nBara här.\n\nSamma rad.\n2. Budget\n"
    assert {r.text: r.became for r in rows(result)}["2. Budget"] == "anteckning i 1. Lägesbild"


def test_a_listed_decision_moved_by_key_keeps_its_opening_words_and_amount(empty_store: Path,
                                                                          tmp_path: Path) -> None:
    """'- avsätta 40 000 kr.' under 'Rådet beslutar att', read as notes, made a decision at the review: the list's
    opening words before it, the comma that joined the list gone, the amount read (as the parser does)."""
    note = tmp_path / "b.txt"
    note.write_text("Protokoll 2025-11-06\nNärvarande: Eva Ros (S)\n\n§ 4 Kameror\nBakgrund.\n"
                    "Rådet beslutar att\n- ansöka om kamerabevakning,\n- avsätta 40 000 kr.\n", encoding="utf-8")
    store = load(empty_store)
    [result] = import_notes([note], store)
    item = result.meeting.items[0]
    item.decisions.clear()  # as when the parser read the list as notes
    for text in ("- ansöka om kamerabevakning,", "- avsätta 40 000 kr."):
        move(result, next(r for r in rows(result) if r.text == text), "beslut", store.people)
    assert [(d.text, d.amount_sek) for d in item.decisions] == [
        ("Rådet beslutar att ansöka om kamerabevakning", None), ("Rådet beslutar att avsätta 40 000 kr.", 40000)]


def test_people_moved_by_key_keep_the_group_their_label_gives(empty_store: Path, tmp_path: Path) -> None:
    """'Kallade ledamöter: …' and 'Inbjudna: …' moved to present (n) or absent (f): each person keeps the group
    the label names; 'Anmält förhinder: …' made present has no group."""
    note = tmp_path / "n.txt"
    note.write_text("Kallelse till Lokala Brå\n\nDatum: 2026-04-02\n"
                    "Kallade ledamöter: Moa Lindh (S), Erik Sten (M)\nInbjudna: Anders Frisk, Polisen\n"
                    "Anmält förhinder: Lo Ek\n\n1. Lägesbild\nText.\n", encoding="utf-8")
    store = load(empty_store)
    [result] = import_notes([note], store)
    for start, key in (("Kallade", "närvarande"), ("Inbjudna", "frånvarande"), ("Anmält", "närvarande")):
        move(result, next(r for r in rows(result) if r.text.startswith(start)), key, store.people)
    assert sorted((a.name, a.group, a.absent) for a in result.meeting.attendees) == [
        ("Anders Frisk", "invited", True), ("Erik Sten", "member", False), ("Lo Ek", None, False),
        ("Moa Lindh", "member", False)]


def test_the_issue_date_by_key_and_as_the_review_says_it(empty_store: Path, tmp_path: Path) -> None:
    """A notice's Datum beside its Sammanträdesdag is shown as the issue date; e sets the issue date from a line,
    and a line without a date changes nothing."""
    note = tmp_path / "e.txt"
    note.write_text("Kallelse till Lokala Brå\n\nDatum: 2026-04-02\nSammanträdesdag: 2026-04-22\n\n1. Lägesbild\n"
                    "Kallelsen skickades ut 3 april 2026.\n", encoding="utf-8")
    store = load(empty_store)
    [result] = import_notes([note], store)
    found = {row.text: row.became for row in rows(result)}
    assert found["Datum: 2026-04-02"] == "utfärdad: 2026-04-02"
    assert found["Sammanträdesdag: 2026-04-22"] == "sammanträdesdag: 2026-04-22"
    row = next(r for r in rows(result) if r.text.startswith("Kallelsen skickades"))
    assert move(result, row, "utfärdad", store.people) == "utfärdad: 2026-04-03"
    assert result.meeting.issued == dt.date(2026, 4, 3)
    with pytest.raises(ReviewRefused):
        move(result, next(r for r in rows(result) if r.text == "1. Lägesbild"), "utfärdad", store.people)
    assert result.meeting.issued == dt.date(2026, 4, 3)


@pytest.mark.parametrize("target", ["frånvarande", "närvarande"])
def test_a_line_of_several_people_moved_keeps_them_all(empty_store: Path, tmp_path: Path, target: str) -> None:
    """'Närvarande: A (S), ordförande; B, polisen' moved to absent (or present again): both people move, neither is
    lost, as the import read them apart by the semicolon."""
    note = tmp_path / "semikolon.txt"
    note.write_text("Minnesanteckningar 2025-03-11\nNärvarande: Annelie Ström (S), ordförande; Bo Berg, polisen\n\n"
                    "1. Lägesbild\nLugnt under vintern.\n", encoding="utf-8")
    store = load(empty_store)
    [result] = import_notes([note], store)
    by_number = {row.number: row for row in rows(result)}
    move(result, by_number[2], target, store.people)
    assert [(a.name, a.org, a.absent) for a in result.meeting.attendees] == [
        ("Annelie Ström", None, target == "frånvarande"), ("Bo Berg", "polisen", target == "frånvarande")]


@pytest.mark.parametrize("target", ["ärende", "övrig fråga"])
def test_a_sentence_made_an_item_gets_a_short_title_and_keeps_its_words_as_notes(empty_store: Path,
                                                                                  target: str) -> None:
    """'a' and 'v' read a sentence as the import reads a paragraph without a title: its topic (or opening words)
    is the title, the whole sentence the notes (a line that is a title stays the title: the test above)."""
    store = load(empty_store)
    [result] = import_notes([CORPUS / "minnesanteckningar-numrerade.txt"], store)
    by_number = {row.number: row for row in rows(result)}
    long = by_number[26].text
    move(result, by_number[26], target, store.people)
    m = result.meeting
    made = next(i for i in [*m.items, *m.other] if long in i.notes)
    assert len(made.title) <= 62 and made.title.startswith("Per Persson får i uppdrag"), made.title
    assert made.notes.startswith(long)
    move(result, by_number[25], target, store.people)
    made = next(i for i in [*m.items, *m.other] if by_number[25].text in i.notes)
    assert made.title == "Klotter och skadegörelse ökat kring busstationen" and made.presenters == ["Per Persson"]


def test_a_two_column_head_row_gives_its_field_and_its_people(empty_store: Path) -> None:
    """'Plats: Forum, Färgelanda<gap>Annika Holm (M)': p takes the place from the left column alone, n and f the
    people of the right one, and the row keeps the field it gave; nobody of another row is touched."""
    store = load(empty_store)
    [result] = import_notes([CORPUS / "protokoll-tvakolumner-narvarande.txt"], store)
    by_number = {row.number: row for row in rows(result)}
    assert by_number[6].became == "plats: Forum, Färgelanda; närvarande: Annika Holm"
    assert move(result, by_number[6], "plats", store.people) == "plats: Forum, Färgelanda"
    assert move(result, by_number[5], "frånvarande", store.people) == "tid: 15:00–17:15; frånvarande: Karl Svensson"
    assert move(result, by_number[9], "närvarande", store.people) == "justerare: Annika Holm; närvarande: Ulla Ek"
    m = result.meeting
    assert m.place == "Forum, Färgelanda"
    assert [(a.name, a.absent) for a in m.attendees] == [
        ("Annika Holm", False), ("Per Ström", False), ("Moa Dahl", False), ("Karl Svensson", True),
        ("Ulla Ek", False)]


def test_a_second_column_beside_a_field_is_read_by_n(empty_store: Path, tmp_path: Path) -> None:
    """Without a people label over the second column the import only flags it; n reads its people."""
    store = load(empty_store)
    note = tmp_path / "utan-etikett.txt"
    note.write_text((CORPUS / "protokoll-tvakolumner-narvarande.txt").read_text(encoding="utf-8")
                    .replace("Närvarande:", "           "), encoding="utf-8")
    [result] = import_notes([note], store)
    row = next(r for r in rows(result) if r.number == 5)
    assert row.became.startswith("? tid: 15:00–17:15")
    assert move(result, row, "närvarande", store.people) == "tid: 15:00–17:15; närvarande: Karl Svensson"
    assert result.meeting.start is not None and result.meeting.attendees[-1].role == "ordförande"


def test_n_on_attendance_table_rows_reads_remote_and_partial_attendance(empty_store: Path) -> None:
    """'Omar Said<TAB>kommunpolis<TAB>Polisen<TAB>Distans' is present (from elsewhere, kept in partial, no title);
    'Ja, till kl. 10.00' is attendance in part, never a title; 'Märta Åkerlund (C), sjuk' moved with n is present as
    the key says."""
    store = load(empty_store)
    [result] = import_notes([CORPUS / "minnesanteckningar-narvaro-distans.txt"], store)
    by_number = {row.number: row for row in rows(result)}
    for number in (13, 14, 10):
        move(result, by_number[number], "närvarande", store.people)
    got = {a.name: (a.title, a.org, a.partial, a.absent) for a in result.meeting.attendees}
    assert got["Omar Said"] == ("kommunpolis", "Polisen", "Distans", False)
    assert got["Lotta Berg"] == ("enhetschef", "Socialtjänsten", "till kl. 10.00", False)
    assert got["Märta Åkerlund"] == (None, None, None, False)
    assert move(result, by_number[7], "frånvarande", store.people) == "frånvarande: Gustav Lind"
    assert next(a for a in result.meeting.attendees if a.name == "Gustav Lind").partial == \
        "del av mötet, t.o.m. punkt 2"


_ITEMS = ("Minnesanteckningar 2026-11-03\nNärvarande: Karin Lööf, Oskar Vik\n\n"
          "1) Polisen\nDet har varit lugnt.\nRådet beslutar att bjuda in polisen igen.\n\n"
          "2) Fältgruppen\nUngdomarna samlas vid busstorget.\n\n"
          "3) Belysning: Oskar Vik tar fram en karta över mörka platser till nästa möte.\n")


@pytest.mark.parametrize("key", ["ärende", "övrig fråga"])
def test_a_key_that_makes_a_heading_what_it_is_changes_nothing(empty_store: Path, tmp_path: Path, key: str) -> None:
    """a on a line that is an item's heading already (v on an other question's) says so and moves nothing: the
    items keep their order, their lines and their decisions (a reads a heading again in place: line_item)."""
    note = tmp_path / "n.txt"
    note.write_text(_ITEMS, encoding="utf-8")
    store = load(empty_store)
    [result] = import_notes([note], store)
    m = result.meeting
    if key == "övrig fråga":  # item 2 made an other question first
        move(result, next(r for r in rows(result) if r.text.startswith("2) Fält")), key, store.people)
    before = [(i.title, i.notes, [d.text for d in i.decisions]) for i in [*m.items, *m.other]]
    heading = next(r for r in rows(result) if r.text.startswith("1) Polisen" if key == "ärende" else "2) Fält"))
    with pytest.raises(ReviewRefused, match="redan rubriken"):
        move(result, heading, key, store.people)
    assert [(i.title, i.notes, [d.text for d in i.decisions]) for i in [*m.items, *m.other]] == before


def test_u_on_a_heading_that_holds_a_task_keeps_the_item(empty_store: Path, tmp_path: Path) -> None:
    """'3) Belysning: Oskar Vik tar fram …' made a follow-up by u: the follow-up is made, item 3 stays whole."""
    note = tmp_path / "n.txt"
    note.write_text(_ITEMS, encoding="utf-8")
    store = load(empty_store)
    [result] = import_notes([note], store)
    m = result.meeting
    titles = [i.title for i in m.items]
    heading = next(r for r in rows(result) if r.text.startswith("3) Belysning"))
    said = move(result, heading, "uppföljning", store.people)
    assert [i.title for i in m.items] == titles and "Belysning" in titles
    assert [f.owners for f in m.followups if "karta" in f.title] == [["Oskar Vik"]]
    assert "står kvar" in said
