"""Who was there and who was away, read as the minutes write it in the shapes other councils use: a sentence over
several lines in a mail with two people away, someone there for part of the meeting said in words, a label that
opens with 'Frånvarande', a person listed twice, a substitute and the member they stand in for, short names, the
one who took the notes; a notice's called members are no attendance, and organisations are no person."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brå_tui.importer.report import ImportResult
from brå_tui.importer.review import Row, move, rows
from brå_tui.model import Attendee
from brå_tui.store.load import load
from tests.importexport.notes import COUNCILS, import_one, write_note

MAIL = COUNCILS / "storvik-mejl-tva-aterbud.txt"  # '… Vi var' / 'Karin Lööf, …' / '… Ingela Bäck hade lämnat …'
PRESENT = ["Karin Lööf", "Peter Näslund", "Oskar Vik", "Lena Åberg"]


def _row(result: ImportResult, start: str) -> Row:
    return next(r for r in rows(result) if r.text.startswith(start))


def _who(attendees: list[Attendee]) -> list[tuple[str, bool]]:
    return [(a.name, a.absent) for a in attendees]


@pytest.mark.parametrize(("start", "key"), [("socialtjänsten.", "frånvarande"), ("socialtjänsten.", "närvarande"),
                                            ("Karin Lööf,", "närvarande"), ("Karin Lööf,", "frånvarande")])
def test_a_mails_sentences_over_lines_are_read_as_they_say_whatever_the_key(empty_store: Path, start: str,
                                                                            key: str) -> None:
    """f on the line that names who was away makes only those absent, each of them ('Ingela Bäck hade lämnat återbud
    och Tomas Frid kunde inte komma'), and the people 'Vi var' names stay present; n and f on any of the lines
    read the sentences alike."""
    result = import_one(empty_store, MAIL)
    result.meeting.date = dt.date(2026, 11, 3)
    said = move(result, _row(result, start), key, load(empty_store).people)
    assert "frånvarande: Ingela Bäck, Tomas Frid" in said, said
    people = [a for a in result.meeting.attendees if a.name != "Amir Haddad"]
    assert _who(people) == [(name, False) for name in PRESENT] + [("Ingela Bäck", True), ("Tomas Frid", True)]
    assert not any(r.text.startswith("socialtjänsten.") for r in rows(result) if r.kind == "unplaced")


@pytest.mark.parametrize("sentence", ["Ingela Bäck hade lämnat återbud och Tomas Frid kunde inte komma.",
                                      "Ingela Bäck var sjuk, Tomas Frid hade förhinder.",
                                      "Ingela Bäck hade anmält förhinder samt Tomas Frid kunde inte delta."])
def test_several_people_away_in_one_sentence_are_each_absent(empty_store: Path, tmp_path: Path,
                                                              sentence: str) -> None:
    note = write_note(tmp_path, f"Minnesanteckningar 2026-11-03\nNärvarande: Karin Lööf, Oskar Vik\n{sentence}\n"
                                "\n1. Läget\nLugnt i centrum.\n")
    result = import_one(empty_store, note)
    assert _who(result.meeting.attendees) == [("Karin Lööf", False), ("Oskar Vik", False), ("Ingela Bäck", True),
                                              ("Tomas Frid", True)]


def test_someone_there_for_part_of_the_meeting_in_words_has_it_as_partial(empty_store: Path) -> None:
    """'Amir Haddad från fältgruppen var med den första halvtimmen.': his organisation and the part he was at."""
    result = import_one(empty_store, MAIL)
    [amir] = [a for a in result.meeting.attendees if a.name == "Amir Haddad"]
    assert (amir.org, amir.partial, amir.title, amir.absent) == ("fältgruppen", "den första halvtimmen", None, False)


def _seen(attendees: list[Attendee]) -> list[tuple[str, str | None, str | None, str | None, str | None, bool]]:
    return [(a.name, a.party, a.title, a.org, a.group, a.absent) for a in attendees]


def test_the_lists_of_a_notes_head_give_each_person_as_written(empty_store: Path) -> None:
    """'Frånvarande utan anmälan: Mikael Strand' is absent; 'Petra Nyman, ersättare för Lars Gren (C)' is a
    substitute whose title keeps the party of the member she stands in for; 'Lars Gren (C), Susanne Ek' under
    'Anmält förhinder' is two people away."""
    result = import_one(empty_store, COUNCILS / "gislaved-narvaro.txt")
    assert _seen(result.meeting.attendees)[5:] == [
        ("Petra Nyman", None, "ersättare för Lars Gren (C)", None, "substitute", False),
        ("Lars Gren", "C", None, None, None, True), ("Susanne Ek", None, None, None, None, True),
        ("Roger Holm", None, None, "räddningstjänsten", None, True), ("Mikael Strand", None, None, None, None, True)]
    assert len(result.meeting.present()) == 6
    assert any("”Frånvarande utan anmälan”" in d and "lästes som frånvarande" in d for d in result.unsure)


@pytest.mark.parametrize(("line", "party", "title"), [
    ("Petra Nyman, ersättare för Lars Gren (C)", None, "ersättare för Lars Gren (C)"),
    ("Petra Nyman, tjänstgörande för Lars Gren (C)", None, "ersättare för Lars Gren (C)"),
    ("Petra Nyman\tför Lars Gren (C)", None, "ersättare för Lars Gren (C)"),
    ("Petra Nyman (KD), ersättare för Lars Gren (C)", "KD", "ersättare för Lars Gren (C)")])
def test_the_party_after_the_member_stood_in_for_is_the_members(empty_store: Path, tmp_path: Path, line: str,
                                                                party: str | None, title: str) -> None:
    note = write_note(tmp_path, f"Minnesanteckningar 2026-10-22\nNärvarande:\n{line}\nAnna Berg (S)\n"
                                "\n1. Läget\nLugnt.\n")
    petra = import_one(empty_store, note).meeting.attendees[0]
    assert (petra.name, petra.party, petra.title, petra.group) == ("Petra Nyman", party, title, "substitute")


@pytest.mark.parametrize("said", ["Frånvarande utan anmälan", "Ej närvarande utan förfall", "Frånvarande ej anmälda"])
def test_a_label_that_opens_with_absence_gives_absent_people(empty_store: Path, tmp_path: Path, said: str) -> None:
    note = write_note(tmp_path, f"Minnesanteckningar 2026-10-22\nNärvarande: Anna Berg (S)\n{said}: Mikael Strand, "
                                "Bo Ny (M)\n\n1. Läget\nLugnt.\n")
    result = import_one(empty_store, note)
    assert _who(result.meeting.attendees) == [("Anna Berg", False), ("Mikael Strand", True), ("Bo Ny", True)]


@pytest.mark.parametrize("said", ["fältsekreterare (antecknade)", "fältsekreterare (förde anteckningar)",
                                  "fältsekreterare, vid pennan"])
def test_the_one_who_wrote_the_notes_beside_their_name_is_the_secretary(empty_store: Path, tmp_path: Path,
                                                                       said: str) -> None:
    note = write_note(tmp_path, f"Minnesanteckningar 2026-10-22\nNärvarande: Anna Berg (S), ordförande\n"
                                f"Rebecka Alm, {said}\n\n1. Läget\nLugnt.\n")
    result = import_one(empty_store, note)
    rebecka = result.meeting.attendees[1]
    assert (rebecka.name, rebecka.title, rebecka.role) == ("Rebecka Alm", "fältsekreterare", "sekreterare")
    assert result.meeting.secretary_names() == ["Rebecka Alm"]


def test_a_word_bullet_list_names_the_secretary_in_brackets(empty_store: Path) -> None:
    result = import_one(empty_store, COUNCILS / "tranas-punktlista.docx")
    assert result.meeting.secretary_names() == ["Rebecka Alm"]
    assert [a.title for a in result.meeting.attendees if a.name == "Rebecka Alm"] == ["fältsekreterare"]


def test_a_person_listed_again_for_part_of_the_meeting_is_one_attendee(empty_store: Path) -> None:
    """'Ledamöter: … Sven Dahl (SD)' and later 'Delvis närvarande: Sven Dahl (SD) till kl. 09.15': one member who
    was there until 09.15, counted once."""
    result = import_one(empty_store, COUNCILS / "saffle-pdf-delvis.txt")
    sven = [a for a in result.meeting.attendees if a.name == "Sven Dahl"]
    assert [(a.party, a.group, a.partial, a.absent) for a in sven] == [("SD", "member", "till kl. 09.15", False)]
    assert len(result.meeting.present()) == 7
    assert "7\xa0närvarande" in result.summary()[0]


def test_two_mentions_that_disagree_are_one_attendee_and_unsure(empty_store: Path, tmp_path: Path) -> None:
    note = write_note(tmp_path, "Minnesanteckningar 2026-09-03\nLedamöter: Sven Dahl (SD), Anna Ek (S)\n"
                                "Delvis närvarande: Sven Dahl (M) t.o.m. punkt 2\n\n1. Läget\nLugnt.\n")
    result = import_one(empty_store, note)
    assert [(a.name, a.party, a.partial) for a in result.meeting.attendees] == [
        ("Sven Dahl", "SD", "t.o.m. punkt 2"), ("Anna Ek", "S", None)]
    assert any("”Sven Dahl” står redan i listan" in d and "parti ”SD” eller ”M”" in d for d in result.unsure)


def test_the_review_adds_no_one_twice_and_keeps_who_another_line_names(empty_store: Path, tmp_path: Path) -> None:
    """n on a sentence naming someone listed above gives one attendee with what both say; the one listed above
    stays with their party."""
    note = write_note(tmp_path, "Minnesanteckningar 2026-09-03\nNärvarande: Sven Dahl (SD), Anna Ek\n"
                                "Sven Dahl var med till kl. 9.15.\n\n1. Läget\nLugnt.\n")
    result = import_one(empty_store, note)
    move(result, _row(result, "Sven Dahl var med"), "närvarande", load(empty_store).people)
    assert [(a.name, a.party, a.absent) for a in result.meeting.attendees] == [("Sven Dahl", "SD", False),
                                                                               ("Anna Ek", None, False)]
    assert result.meeting.attendees[0].partial and "9.15" in result.meeting.attendees[0].partial


SHORT_PEOPLE = """format = 1

[[person]]
name = "Anna Lindberg"
org = "Kommunen"

[[person]]
name = "Anna Holm"
org = "Polisen"

[[person]]
name = "Erik Sand"
aliases = ["Sanden"]

[[person]]
name = "Maria Ek"
"""


def test_short_names_in_a_comma_list_are_each_a_person_by_people_toml(empty_store: Path) -> None:
    """'Närvarande: Anna L, Erik, Sanden, Maria': a person each, written in full as people.toml gives them (first
    name and initial, alias, first name); a name read from a first name alone is listed as unsure, and Erik and
    Sanden, the same person, are one attendee."""
    (empty_store / "people.toml").write_text(SHORT_PEOPLE, encoding="utf-8")
    result = import_one(empty_store, COUNCILS / "kort-namn.txt")
    assert _seen(result.meeting.attendees) == [("Anna Lindberg", None, None, None, None, False),
                                               ("Erik Sand", None, None, None, None, False),
                                               ("Maria Ek", None, None, None, None, False),
                                               ("Anna Holm", None, None, None, None, True)]
    [doubt] = [d for d in result.unsure if "Närvarande: Anna L" in d]
    assert "”Erik” lästes som Erik Sand" in doubt and "”Maria” lästes som Maria Ek" in doubt


def test_the_review_reads_short_names_as_the_import_does(empty_store: Path) -> None:
    (empty_store / "people.toml").write_text(SHORT_PEOPLE, encoding="utf-8")
    result = import_one(empty_store, COUNCILS / "kort-namn.txt")
    said = move(result, _row(result, "Närvarande: Anna L"), "närvarande", load(empty_store).people)
    assert said.startswith("närvarande: Anna Lindberg, Erik Sand, Maria Ek"), said
    assert [a.name for a in result.meeting.present()] == ["Anna Lindberg", "Erik Sand", "Maria Ek"]


@pytest.mark.parametrize(("line", "names"), [
    ("Närvarande: Anna L, Bo, Per", ["Anna L", "Bo", "Per"]),  # no people.toml entry: kept as written, unsure
    ("Närvarande: Anna Berg, Johan", ["Anna Berg", "Johan"])])
def test_short_names_nobody_has_are_kept_as_written_and_unsure(empty_store: Path, tmp_path: Path, line: str,
                                                                names: list[str]) -> None:
    (empty_store / "people.toml").write_text("format = 1\n", encoding="utf-8")
    note = write_note(tmp_path, f"Minnesanteckningar 2026-11-30\n{line}\n\n1. Läget\nLugnt.\n")
    result = import_one(empty_store, note)
    assert [a.name for a in result.meeting.attendees] == names
    assert any("inget helt namn" in d for d in result.unsure)


def test_a_list_of_organisations_is_no_person_and_is_reported(empty_store: Path) -> None:
    """'Deltagare: Polisen, Socialtjänsten, Räddningstjänsten, …' names no person: no attendee is made of it (never
    one 'Polisen' with the others as title, organisation and role); the lines are reported as not placed and their
    text kept under Övriga frågor."""
    result = import_one(empty_store, COUNCILS / "samverkan-organisationer.txt")
    assert result.meeting.attendees == []
    assert [line.split(":")[0] for line in result.unplaced] == ["Deltagare", "Förhinder"]
    assert "  All text kunde placeras." not in result.summary()


@pytest.mark.parametrize("line", ["Närvarande: Anna Ek, Polisen", "Närvarande: Anna Ek (S), Bo Ny, Polisen"])
def test_a_person_with_an_organisation_is_still_a_person(empty_store: Path, tmp_path: Path, line: str) -> None:
    note = write_note(tmp_path, f"Minnesanteckningar 2026-11-24\n{line}\n\n1. Läget\nLugnt.\n")
    assert "Anna Ek" in [a.name for a in import_one(empty_store, note).meeting.attendees]


def test_a_notices_called_people_are_invited_never_present(empty_store: Path) -> None:
    """A kallelse says who is called to a meeting not yet held: the called members keep their group, the others are
    invited (never 'övriga närvarande'), and the summary counts them as called, not present, and says so."""
    result = import_one(empty_store, COUNCILS / "tierp-kallelse.docx")
    m = result.meeting
    assert m.document == "kallelse"
    assert [(a.name, a.group, a.absent) for a in m.attendees] == [
        ("Mona Jansson", "member", False), ("Per Ahlin", "member", False), ("Eva Rudberg", "member", False),
        ("Stina Ek", "invited", False), ("Kalle Roos", "invited", False)]
    summary = "\n".join(result.summary())
    assert "5\xa0kallade" in summary and "närvarande," not in summary.splitlines()[0]
    assert "En kallelse säger vem som är kallad, inte vem som kom" in summary


def test_a_notice_that_calls_a_group_misses_no_attendance(empty_store: Path) -> None:
    """'Kallade: Ledamöter och ersättare i rådet' names no one: the notice lacks the people called, and a meeting not
    yet held lacks no 'Närvarande'."""
    result = import_one(empty_store, COUNCILS / "hultsfred-kallelse-grupp.txt")
    assert result.meeting.document == "kallelse" and result.meeting.attendees == []
    assert "Närvarande" not in result.missing() and "Kallade" in result.missing()
    assert "0\xa0kallade" in result.summary()[0]
