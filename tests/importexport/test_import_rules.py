"""The general rules behind the import, each on its own: owners, amounts, accounts, marks, ids, titles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brå_tui.importer.attendees import parse_attendee
from brå_tui.importer.decisions import account_of, amount_of, is_decision, make_decisions
from brå_tui.importer.followups import IdMatcher, Row, area_keywords, areas_of, similarity, split_owners
from brå_tui.importer.presenters import presenters_in, split_title, topic_title
from brå_tui.importer.risk import marks_in, period_in
from brå_tui.model import Attendee, FollowUp, Person
from brå_tui.text import state_of

AREAS = ["ANDT", "Hot och våld", "Extremism och kriminella nätverk", "Ordningsstörningar och otrygghet",
         "Ungdomar/skolor"]


@pytest.mark.parametrize("text, owners", [
    ("Thomas N och Mikael J", ["Thomas N", "Mikael J"]),
    ("Tobias Å, Blerta K och Mikael J", ["Tobias Å", "Blerta K", "Mikael J"]),
    ("Mikael J", ["Mikael J"]),
    ("", []),
])
def test_owners(text: str, owners: list[str]) -> None:
    assert split_owners(text) == owners


@pytest.mark.parametrize("status, state", [
    ("Utkast klart, ute på remiss", "open"), ("Klart, redovisat.", "done"), ("Avslutad", "done"),
    ("Utgår, ersätts av SSPF", "dropped"), ("", "open"),
])
def test_state_from_status(status: str, state: str) -> None:
    assert state_of(status) == state


@pytest.mark.parametrize(("text", "kronor"), [
    ("Rådet beslutar att bevilja 15.000 kr till nattvandrarna.", 15000),  # a dot between thousands
    ("bevilja 25 tkr", 25000), ("avsätta 0,5 mkr", 500000), ("avsätta 2 mnkr", 2000000),
    ("avsätta 1,5 miljoner kronor", 1500000), ("bevilja SEK 15 000", 15000), ("bevilja 15 000 SEK", 15000),
    ("bevilja 15 000:-", 15000),
    ("bevilja 12 000 kr till kameror och 3 000 kr till skyltar", 15000),  # each amount granted, summed
    ("bevilja 12 000 kr och 3 000 kr, totalt 15 000 kr", 15000),  # the total written, not counted twice
    ("bevilja 20 000 kr av sökta 40 000 kr", 20000),  # what was applied for is not what is spent
    ("Rådet beslutar att avslå ansökan om 40 000 kr.", None),  # a rejection spends nothing
    ("Rådet beslutar att inte bevilja 10 000 kr till fika.", None),
    ("enligt version 2.5 kr", None),
])
def test_amounts_as_minutes_write_them(text: str, kronor: int | None) -> None:
    """What a decision spends, as `bra decisions` and the year's report add it up."""
    assert amount_of(text) == kronor


def test_amounts_and_accounts() -> None:
    assert amount_of("bidrar med 10 000 kronor till skyltar") == 10000
    assert amount_of("ett bidrag om 5000 kr") == 5000
    assert amount_of("för åren 2024 och 2025") is None
    assert account_of("finansieras genom ID110 16.") == "ID110 16"
    assert account_of("belastar konto 4010") == "4010"
    assert account_of("finansieras genom statsbidrag") is None


def test_the_amount_stays_with_the_decision_that_books_it() -> None:
    decisions = make_decisions(["Kommunen bidrar med 10 000 kronor.", "Kostnaden om 10 000 kronor finansieras "
                                "genom ID110 16.", "Rådet avsätter 2 000 kronor till fika."])
    assert [(d.amount_sek, d.account) for d in decisions] == [(None, None), (10000, "ID110 16"), (2000, None)]


@pytest.mark.parametrize("paragraph, decided", [
    ("Rådet beslutar att ge uppdraget till kommundirektören.", True),
    ("Lokala BRÅ överens om att skriva under.", True),
    ("Uppföljning av SSPF blir en stående punkt på dagordningen.", True),
    ("Diskussion förs om hur beslut ska fattas framöver.", False),
    ("Thomas informerar att utkastet skickats ut inför beslut.", False),
])
def test_decision_paragraphs(paragraph: str, decided: bool) -> None:
    assert is_decision(paragraph) is decided


def test_marks_in_the_prose() -> None:
    february = ("Lägesbilden markeras med rött, gult eller grönt. För december har rapport på område ANDT "
                "(alkohol, narkotika, dopning och tobak) röd markering. Området ordningsstörningar och otrygghet, "
                "samt område ungdomar/skolor är gul markerade")
    assert marks_in(february, AREAS) == {"ANDT": "red", "Ordningsstörningar och otrygghet": "yellow",
                                         "Ungdomar/skolor": "yellow"}
    november = ("Två områden är rödmarkerade, det gäller området hot och våld, samt området extremism och "
                "kriminella nätverk.")
    assert marks_in(november, AREAS) == {"Hot och våld": "red", "Extremism och kriminella nätverk": "red"}
    mixed = "Hot och våld är rödmarkerat medan ANDT har grön markering."
    assert marks_in(mixed, AREAS) == {"Hot och våld": "red", "ANDT": "green"}
    assert marks_in("Rådet diskuterar hot och våld i skolan.", AREAS) == {}


def test_period_of_the_picture() -> None:
    assert period_in("Lägesbilden för december gällande …", dt.date(2024, 2, 9)) == "2023-12"
    assert period_in("Lägesbilden för januari 2025.", dt.date(2025, 2, 14)) == "2025-01"
    assert period_in("Lägesbilden för februari.", dt.date(2025, 2, 14)) == "2025-02"
    assert period_in("Mötet i december var bra.", dt.date(2025, 2, 14)) is None


def test_titles_are_matched_loosely_and_by_the_words_that_matter() -> None:
    assert similarity("Uppföljning samverkansöverenskommelse",
                      "Samverkansöverenskommelsen -ramavtal för brottförebyggande och trygghetsskapande arbete.") == 1
    assert similarity("Kameraövervakning ", "KAMERAÖVERVAKNING") == 1
    assert similarity("Handlingsplan omsorg/bildning", "Lokalstrategin för narkotikabekämpning") == 0
    earlier = [FollowUp(id="kamera", title="Kameraövervakning"),
               FollowUp(id="samverkan", title="Samverkansöverenskommelsen -ramavtal för brottförebyggande arbete.")]
    built = IdMatcher(earlier).build([Row("Uppföljning samverkansöverenskommelse"), Row("kameraövervakning."),
                                      Row("Handlingsplan omsorg/bildning"), Row("Handlingsplan omsorg/bildning")], {})
    assert [f.id for f in built] == ["samverkan", "kamera", "handlingsplan-omsorg-bildning",
                                     "handlingsplan-omsorg-bildning-2"]


def test_areas_of_a_followup_from_how_the_notes_spell_an_area_out() -> None:
    keywords = area_keywords(AREAS, ["rapport på område ANDT (alkohol, narkotika, dopning och tobak) röd"])
    assert areas_of("Kartläggning av kunskapsläget för narkotikaprevention.", keywords) == ["ANDT"]
    assert areas_of("Handlingsplan mot hot och våld", keywords) == ["Hot och våld"]
    assert areas_of("Kameraövervakning", keywords) == []


def test_attendees_title_or_organisation() -> None:
    people = [Person("Thomas Nordström", title="polis", org="Polisen")]
    assert parse_attendee("Thomas Nordström, polis", people) == Attendee("Thomas Nordström", title="polis")
    assert parse_attendee("Thomas Nordström, Polisen", people) == Attendee("Thomas Nordström", org="Polisen")
    assert parse_attendee("Jimmy Stenberg, omsorgsförvaltningen", []) == Attendee("Jimmy Stenberg",
                                                                                   org="omsorgsförvaltningen")
    assert parse_attendee("Lars Ilmoni, ICA", []) == Attendee("Lars Ilmoni", org="ICA")
    assert parse_attendee("Tobias Åsell, kommundirektör", []) == Attendee("Tobias Åsell", title="kommundirektör")
    assert parse_attendee("Blerta Krenzi (S) ordförande", []) == Attendee("Blerta Krenzi", party="S",
                                                                          role="ordförande")
    assert parse_attendee("Anna Berg (V), vice ordförande", []) == Attendee("Anna Berg", party="V",
                                                                            role="vice ordförande")
    assert parse_attendee("Eva Ek, enhetschef, Region Dalarna", []) == Attendee("Eva Ek", title="enhetschef",
                                                                                org="Region Dalarna")


def test_presenters_and_titles() -> None:
    people = [Attendee("Thomas Nordström"), Attendee("Sven-Olof Kvist"), Attendee("Lars Ilmoni"),
              Attendee("Mikael Jansson")]
    assert presenters_in("Thomas Nordström, polis, redogör för arbetet.", people) == ["Thomas Nordström"]
    assert presenters_in("Lars Ilmoni från ICA deltar och informerar om …", people) == ["Lars Ilmoni"]
    assert presenters_in("Mikael J och Thomas Nordström informerar.", people) == ["Mikael J", "Thomas Nordström"]
    assert presenters_in("Polisen informerar. Thomas Nordström var sjuk.", people) == []
    assert split_title("Insatser Gamla Byn AB. Sven-Olof Kvist, Bosamordnare/Bovärd, informerar", people) == (
        "Insatser Gamla Byn AB", ["Sven-Olof Kvist"])
    assert split_title("Stöd till Grannsamverkan 2024–2025", people) == ("Stöd till Grannsamverkan 2024–2025", [])
    assert topic_title("Björn Hansson informerar om arbetet med kameraövervakning på kommunens skolor. Mer.") == (
        "Kameraövervakning på kommunens skolor")


def test_no_other_questions_makes_no_item() -> None:
    from brå_tui.importer.items import parse_items

    assert parse_items(["", "Inga övriga frågor.", ""], [], untitled_ok=True) == ([], [])
    items, unplaced = parse_items(["Björn Hansson informerar om skolans kameror."], [Attendee("Björn Hansson")],
                                  untitled_ok=True)
    assert [(i.title, i.presenters) for i in items] == [("Skolans kameror", ["Björn Hansson"])] and unplaced == []


@pytest.mark.parametrize("nothing", ["Inga fler frågor", "Inga övriga frågor.", "Inget att rapportera.",
                                     "Inga frågor anmäldes.", "- Inga övriga frågor anmäldes",
                                     "Det fanns inga övriga frågor.", "Inget övrigt.", "Ingenting att ta upp.", "Inga.",
                                     "Nothing to report."])
def test_a_line_saying_there_is_nothing_is_never_a_question(nothing: str, empty_store: Path, tmp_path: Path) -> None:
    """Under Övriga frågor, alone or after a question, a line saying there were no (more) questions is none."""
    from brå_tui.importer.notes import import_notes
    from brå_tui.store.load import load

    head = "Minnesanteckningar 2026-04-14\n\nNärvarande: Lisa Berg (S), ordförande\n\nLägesbild\nLugnt i centrum.\n\n"
    for other in (f"Övriga frågor\n{nothing}\n", f"Övriga frågor\n- Belysningen vid busstationen\n{nothing}\n",
                  f"Övriga frågor\nLisa Berg tog upp belysningen vid busstationen.\n{nothing}\n",
                  f"4. Övrigt\n{nothing}\n"):
        note = tmp_path / "anteckningar.txt"
        note.write_text(head + other, encoding="utf-8")
        [result] = import_notes([note], load(empty_store))
        assert all(nothing.strip("-. ").lower() not in (i.title + i.notes).lower() for i in result.meeting.other), other
        assert len(result.meeting.other) == (0 if other.count("\n") == 2 else 1), other
        assert result.unplaced == []


@pytest.mark.parametrize("line, title, org", [
    ("Karin Öberg (KD), tjänstgörande ersättare för Ulf Berg (SD)", "tjänstgörande ersättare för Ulf Berg (SD)", None),
    ("Per Lund, ersätter Eva Ek", "ersätter Eva Ek", None),
    ("Jan Eriksson, räddningstjänsten Dala Mitt", None, "räddningstjänsten Dala Mitt"),
    ("Anna Ek, polisen Ludvika", None, "polisen Ludvika"),
    ("Bo Berg, enhetschef för Socialtjänsten", "enhetschef", "Socialtjänsten"),
    ("Maja Mark, rektor Domarhagsskolan", "rektor", "Domarhagsskolan"),
])
def test_whom_a_substitute_stands_in_for_and_an_organisation_with_its_name(line: str, title: str | None,
                                                                           org: str | None) -> None:
    attendee = parse_attendee(line, [])
    assert attendee is not None and (attendee.title, attendee.org) == (title, org)


MEETING_DAY = dt.date(2026, 4, 15)


@pytest.mark.parametrize("written, due, planned", [
    ("15 april", "2026-04-15", "2027-04-15"),  # the meeting's own day: a due date, never a next meeting
    ("16 april", "2026-04-16", "2026-04-16"),
    ("14 april", "2027-04-14", "2027-04-14"),
    ("3 januari", "2027-01-03", "2027-01-03"),
    ("29 februari", "2028-02-29", "2028-02-29"),  # the next year that has the day
])
def test_a_day_without_a_year_is_its_next_occurrence_from_the_meeting_day(written: str, due: str, planned: str) -> None:
    """One rule for due dates and planned meetings (header.day_without_year): on or after the meeting's day, except
    that a next meeting cannot be on the meeting's own day."""
    from brå_tui.importer.header import due_day
    from brå_tui.importer.schedule import parse_line

    assert due_day(written, MEETING_DAY) == dt.date.fromisoformat(due)
    entry = parse_line(written, None, MEETING_DAY)
    assert entry is not None and entry.date == dt.date.fromisoformat(planned)


def test_a_day_no_year_has_is_no_date() -> None:
    from brå_tui.importer.header import due_day
    from brå_tui.importer.schedule import parse_line

    assert due_day("31/4", MEETING_DAY) is None and parse_line("31 april", None, MEETING_DAY) is None


@pytest.mark.parametrize("written", ["2026-05-20", "20 maj", "20 maj 2026", "den 20:e maj", "20 maj.", "20/5",
                                     "20/5 2026", "20/5-26", "20/5/2026"])
def test_a_proposal_takes_off_every_due_date_form_it_reads(written: str) -> None:
    """The due date at the end of an assignment's text is left out of its title in every form due_day reads, and
    read as its due date: the forms are defined once (header.DUE_DAY_FORMS)."""
    from brå_tui.importer.proposals import proposal_in
    from brå_tui.model import Meeting

    meeting = Meeting(date=MEETING_DAY, attendees=[Attendee("Anna Ek")])
    found = proposal_in(f"Anna Ek får i uppdrag att kontakta skolan senast {written}", meeting, [], set())
    assert found is not None and found.title == "Kontakta skolan" and found.due == dt.date(2026, 5, 20)
