"""The head of other councils' minutes in shapes that once landed in the wrong field without a word: two labels on
one line, attendance by paragraph in a table's Närvaro column, a 'Delvis närvarande' label, details after a name
(when someone came, their role in brackets), the Närvaro heading over a table, control characters in names, the
Sammanträde and Kallade labels and a role after an en dash. Each test fails when a value lands in the wrong field
or a line that cannot be read with confidence is not listed as uncertain."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brå_tui.text import UNSAFE
from tests.importexport.notes import import_one, write_note

ITEM = "\n§ 1 Lägesbild\nText.\n"


@pytest.mark.parametrize("gap", ["    ", "\t"])
@pytest.mark.parametrize("label", ["Justeringsdag", "Justeringsdatum", "Justering"])
def test_a_second_label_on_the_adjusters_line(empty_store: Path, tmp_path: Path, gap: str, label: str) -> None:
    """'Justerare: Bo Ny    Justeringsdag: 2026-03-09' (a form's or a PDF's columns): the date is the adjusting's,
    the label never its place."""
    text = f"Protokoll 2026-03-03\n\nJusterare: Bo Nyström{gap}{label}: 2026-03-09\n{ITEM}"
    m = import_one(empty_store, write_note(tmp_path, text)).meeting
    assert (m.adjusters, m.adjusting_date, m.adjusting_place) == (["Bo Nyström"], dt.date(2026, 3, 9), None)


def test_each_label_of_a_line_fills_its_own_field(empty_store: Path, tmp_path: Path) -> None:
    text = ("Protokoll\n\nDatum: 2026-03-03\tTid: 13.00–15.00\nOrdförande: Ann Ek\tSekreterare: Bo Nyström\n"
            "Justerare: Cia Ur\tJusteringens plats och tid: Rådhuset 2026-03-10\n" + ITEM)
    m = import_one(empty_store, write_note(tmp_path, text)).meeting
    assert (m.date, m.start, m.end) == (dt.date(2026, 3, 3), dt.time(13), dt.time(15))
    assert (m.chair, m.secretary, m.adjusters) == ("Ann Ek", "Bo Nyström", ["Cia Ur"])
    assert (m.adjusting_date, m.adjusting_place) == (dt.date(2026, 3, 10), "Rådhuset")


@pytest.mark.parametrize("cell, absent, partial", [
    ("§§ 1–3", False, "§§ 1–3"),
    ("t.o.m. § 5", False, "t.o.m. § 5"),
    ("Ja, från kl. 10.00", False, "från kl. 10.00"),
    ("Ja", False, None),
    ("Nej", True, None),
    ("Nej, anmält förhinder", True, None),
])
@pytest.mark.parametrize("heading", ["Närvarande", "Närvaro", "Närvarolista"])
def test_a_tables_narvaro_column(empty_store: Path, tmp_path: Path, heading: str, cell: str, absent: bool,
                                 partial: str | None) -> None:
    """A Närvaro cell with paragraphs or a time is attendance in part, never absence; the heading over the table may
    be 'Närvaro' as well as 'Närvarande'."""
    text = (f"Protokoll 2026-03-03\n\n{heading}\nNamn\tFunktion\tOrganisation\tNärvaro\n"
            f"Rasmus Kjell\tSäkerhetssamordnare\tVänersborgsbostäder AB\t{cell}\n{ITEM}")
    result = import_one(empty_store, write_note(tmp_path, text))
    [a] = result.meeting.attendees
    assert (a.name, a.org, a.absent, a.partial) == ("Rasmus Kjell", "Vänersborgsbostäder AB", absent, partial)
    assert result.ledger.doubts == {}


def test_a_narvaro_cell_that_says_nothing_sure_is_uncertain(empty_store: Path, tmp_path: Path) -> None:
    text = ("Protokoll 2026-03-03\n\nNärvaro\nNamn\tOrganisation\tNärvaro\nRasmus Kjell\tPolisen\tdelvis\n" + ITEM)
    result = import_one(empty_store, write_note(tmp_path, text))
    [doubt] = result.ledger.doubts.values()
    assert "delvis" in doubt


@pytest.mark.parametrize("above", ["", "Förhinder: Bo Ny (M)\n"])
@pytest.mark.parametrize("line, partial", [
    ("Delvis närvarande: Ulf Högberg kl. 08.15–09.00", "kl. 08.15–09.00"),
    ("Delvis närvarande: Ulf Högberg", "del av mötet"),
    ("Närvarande del av mötet: Ulf Högberg (C), t.o.m. § 4", "t.o.m. § 4"),
])
def test_present_in_part_under_a_label(empty_store: Path, tmp_path: Path, above: str, line: str,
                                       partial: str) -> None:
    """'Delvis närvarande:' is a label of people who were there for part of the meeting: never absent, never a
    part of their name, even under a Förhinder line."""
    text = f"Protokoll 2026-03-03\n\nNärvarande: Ann Ek (S)\n{above}{line}\n{ITEM}"
    result = import_one(empty_store, write_note(tmp_path, text))
    ulf = next(a for a in result.meeting.attendees if a.name.endswith("Högberg"))
    assert (ulf.name, ulf.absent, ulf.partial) == ("Ulf Högberg", False, partial)


@pytest.mark.parametrize("line, partial", [
    ("Anna-Karin Lööf (S), kom först kl. 15.40", "kom först kl. 15.40"),
    ("Anna-Karin Lööf (S), gick redan kl. 11", "gick redan kl. 11"),
    ("Anna-Karin Lööf (S) – närvarande §§ 12–15", "närvarande §§ 12–15"),
    ("Anna-Karin Lööf (S) — t.o.m. § 4", "t.o.m. § 4"),
    ("Anna-Karin Lööf (S), kl. 13.00–14.30", "kl. 13.00–14.30"),
])
def test_when_someone_was_there_is_no_title(empty_store: Path, tmp_path: Path, line: str, partial: str) -> None:
    m = import_one(empty_store, write_note(tmp_path, f"Protokoll 2026-03-03\n\nNärvarande:\n{line}\n{ITEM}")).meeting
    [a] = m.attendees
    assert (a.name, a.party, a.title, a.org, a.partial) == ("Anna-Karin Lööf", "S", None, None, partial)


@pytest.mark.parametrize("line, org, role", [
    ("Kristina Uusitalo, Haparanda kommun (chair)", "Haparanda kommun", "ordförande"),
    ("Kristina Uusitalo (sekr)", None, "sekreterare"),
    ("Kristina Uusitalo, sekr.", None, "sekreterare"),
    ("Kristina Uusitalo, Polisen, ordf.", "Polisen", "ordförande"),
    ("Kristina Uusitalo, v. ordf.", None, "vice ordförande"),
    ("Kristina Uusitalo, Haparanda kommun, secretary", "Haparanda kommun", "sekreterare"),
])
def test_a_roles_abbreviation_or_english_word(empty_store: Path, tmp_path: Path, line: str, org: str | None,
                                              role: str) -> None:
    m = import_one(empty_store, write_note(tmp_path, f"Protokoll 2026-03-03\n\nNärvarande:\n{line}\n{ITEM}")).meeting
    [a] = m.attendees
    assert (a.name, a.title, a.org, a.role) == ("Kristina Uusitalo", None, org, role)


@pytest.mark.parametrize("line", [
    "Ann \x1b[31mRöd\x1b[0m Ek, polisen", "Bo \x1b]0;HACKED\x07Ny (S)", "Eva\u202eSträm\u202c Lind",
    "Kurt\b\b\bXX Bo", "Ordförande: Kurt\x07 Bo", "Justerare: Kurt\x1b Bo",
])
def test_control_characters_never_reach_a_name(empty_store: Path, tmp_path: Path, line: str) -> None:
    """A control character (text.UNSAFE) in a head line is taken out of what the line gives, and the line is listed
    as uncertain for the user to check."""
    text = f"Protokoll 2026-03-03\n\nNärvarande: Ann Ek (S)\n{line}\n{ITEM}"
    result = import_one(empty_store, write_note(tmp_path, text))
    m = result.meeting
    names = [a.name for a in m.attendees] + [m.chair or "", m.secretary or ""] + m.adjusters
    assert not any(UNSAFE.search(name) for name in names)
    assert "styrtecken" in result.ledger.doubts[3]


@pytest.mark.parametrize("label", ["Sammanträde", "Mötet", "Möte"])
@pytest.mark.parametrize("when", ["Torsdag 16 april 2026, kl. 08.30 – 11.30", "2026-04-16 kl. 8.30–11.30",
                                  "16/4 2026, 08.30–11.30"])
def test_the_meeting_label_gives_its_day_and_time(empty_store: Path, tmp_path: Path, label: str, when: str) -> None:
    text = f"KALLELSE\n\nLokal: Orsa kommunhus\n{label}: {when}\n{ITEM}"
    result = import_one(empty_store, write_note(tmp_path, text))
    m = result.meeting
    assert (m.date, m.start, m.end) == (dt.date(2026, 4, 16), dt.time(8, 30), dt.time(11, 30))
    assert m.place == "Orsa kommunhus"
    assert m.attendees == [] and result.ledger.doubts == {}


def test_a_meeting_label_without_a_date_is_no_date(empty_store: Path, tmp_path: Path) -> None:
    result = import_one(empty_store, write_note(tmp_path, f"Protokoll 2026-04-16\n\nMöte: Lokala Brå\n{ITEM}"))
    assert result.meeting.date == dt.date(2026, 4, 16)
    assert result.ledger.fates[2].why != "sammanträdesdag"


@pytest.mark.parametrize("line", ["Kallade: Ledamöter och ersättare i samverkansgruppen", "Kallade: Samtliga ledamöter",
                                  "Inbjudna: Alla i rådet"])
def test_a_people_label_over_a_group_names_nobody(empty_store: Path, tmp_path: Path, line: str) -> None:
    """'Kallade: Ledamöter och ersättare i …' says who is called without a name: no person, and no doubt."""
    result = import_one(empty_store, write_note(tmp_path, f"KALLELSE 2026-04-16\n\n{line}\n{ITEM}"))
    assert result.meeting.attendees == [] and result.ledger.doubts == {}
    assert result.ledger.fates[2].why == "anger en grupp, inga namn"


@pytest.mark.parametrize("line, party, org, role", [
    ("Eva Lindqvist – ordf., kommunstyrelsen (L)", "L", "kommunstyrelsen", "ordförande"),
    ("Eva Lindqvist - sekreterare", None, None, "sekreterare"),
    ("Eva Lindqvist — Polisen", None, "Polisen", None),
    ("Eva Lindqvist (L) – ordförande", "L", None, "ordförande"),
])
def test_what_follows_a_dash_after_a_name(empty_store: Path, tmp_path: Path, line: str, party: str | None,
                                          org: str | None, role: str | None) -> None:
    """A dash after a name opens what is said of the person, as a comma does; the name is the name alone."""
    result = import_one(empty_store, write_note(tmp_path, f"Protokoll 2026-03-03\n\nNärvarande:\n{line}\n{ITEM}"))
    [a] = result.meeting.attendees
    assert (a.name, a.party, a.title, a.org, a.role) == ("Eva Lindqvist", party, None, org, role)
    assert result.ledger.doubts == {}


def test_a_dash_in_a_roles_field(empty_store: Path, tmp_path: Path) -> None:
    text = "Protokoll 2026-03-03\n\nOrdförande: Eva Lindqvist – kommunstyrelsen (L)\nNärvarande: Eva Lindqvist (L)\n"
    assert import_one(empty_store, write_note(tmp_path, text + ITEM)).meeting.chair == "Eva Lindqvist"


@pytest.mark.parametrize("last, secretary", [
    ("/Anna-Karin Lööf, sekr.", "Anna-Karin Lööf"), ("/Anna-Karin Lööf (sekreterare)", "Anna-Karin Lööf"),
    ("/ Anna-Karin Lööf", None),
])
def test_the_writers_name_after_a_slash_at_the_end(empty_store: Path, tmp_path: Path, last: str,
                                                   secretary: str | None) -> None:
    """'/Anna-Karin Lööf, sekr.' at the end of notes is their signature: set aside, the role it gives taken, never a
    note of the last item."""
    text = f"Minnesanteckningar 2026-02-17\n\nNärvarande: Eva Lindqvist (L)\n{ITEM}\n{last}\n"
    result = import_one(empty_store, write_note(tmp_path, text))
    assert result.meeting.secretary == secretary
    assert result.meeting.items[0].notes.strip() == "Text."
    assert result.ledger.fates[7].why == "underskrifter"


@pytest.mark.parametrize("line", ["Anna-Karin Lööf (S), anlände strax efter kl. 15", "Anna-Karin Lööf, halva § 4",
                                  "Anna-Karin Lööf, polisen, ca 15.40"])
def test_a_time_after_a_name_that_is_not_read_is_uncertain(empty_store: Path, tmp_path: Path, line: str) -> None:
    """A clock time or a paragraph in what became a title or organisation may say when the person was there: the
    line is listed as uncertain, never silently a title."""
    result = import_one(empty_store, write_note(tmp_path, f"Protokoll 2026-03-03\n\nNärvarande:\n{line}\n{ITEM}"))
    assert "kan säga när personen var med" in result.ledger.doubts[3]
