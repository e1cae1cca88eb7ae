"""What a version of a meeting changed, field by field: the editor's Swedish names for every table of the meeting, the
values as the app shows them, and a sign on every line so that no colour is needed (the conflict dialog, Historik and
bra history --diff show these lines)."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

from brå_tui.model import Attendee, Decision, FollowUp, Item, Meeting, RiskPicture, ScheduleEntry
from brå_tui.store.merge import ENTRY_FIELD_NAMES
from brå_tui.store.read import read_meeting
from brå_tui.views.fieldchanges import changes_text, file_changes, meeting_changes

STORE = Path(__file__).parents[1] / "store"


def _base() -> Meeting:
    return Meeting(
        date=dt.date(2025, 2, 14), start=dt.time(9), end=dt.time(11, 30), place="Visenten, Stadshuset",
        attendees=[Attendee("Anna Berg", role="ledamot"), Attendee("Bo Ek")],
        items=[Item("Budget", number="3", notes="Rad ett\nRad två", decisions=[Decision("Rådet beviljar", 5000)])],
        risk=RiskPicture(period="2025-01", areas={"ANDT": "green"}),
        followups=[FollowUp("vastar", "Västar", owners=["Bo Ek"])],
        schedule=[ScheduleEntry(dt.date(2025, 5, 16), dt.time(9), dt.time(11, 30), "Visenten")],
        chair="Anna Berg")


def test_every_table_of_the_meeting_in_the_editors_words() -> None:
    before = _base()
    after = copy.deepcopy(before)
    after.end = dt.time(12)
    after.place = "Sessionssalen"
    after.chair = "Bo Ek"
    after.adjusters = ["Anna Berg", "Bo Ek"]
    after.attendees[0].role = "ordförande"
    after.attendees[1].absent = True
    after.attendees.append(Attendee("Cecilia Lund"))
    after.items[0].start = dt.time(10)
    after.items[0].confidential = True
    after.items[0].notes = "Rad ett\nRad tre"
    after.items[0].decisions[0].amount_sek = 10000
    after.items[0].decisions.append(Decision("Rådet noterar"))
    after.risk = RiskPicture(period="2025-01", areas={"ANDT": "red", "Hot och våld": "yellow"})
    after.followups[0].state = "done"
    after.followups[0].due = dt.date(2025, 5, 16)
    after.schedule[0].place = "Lilla salen"
    after.other.append(Item("Klotter"))
    assert [str(c) for c in meeting_changes(before, after)] == [
        "~ Slut: 11.30 → 12.00",
        "~ Plats: Visenten, Stadshuset → Sessionssalen",
        "~ Ordförande: Anna Berg → Bo Ek",
        "~ Justerare: (tomt) → Anna Berg, Bo Ek",
        "~ Närvarande › Anna Berg › Roll: ledamot → ordförande",
        "~ Närvarande › Bo Ek › Närvaro: närvarande → anmält förhinder/frånvarande",
        "+ Närvarande: Cecilia Lund",
        "~ Ärenden › 3 Budget › Tid från: (tomt) → 10.00",
        "~ Ärenden › 3 Budget › Sekretess: nej → ja",
        "~ Ärenden › 3 Budget › Anteckningar:\n    - Rad två\n    + Rad tre",
        "~ Ärenden › 3 Budget › Beslut › Rådet beviljar › Belopp: 5 000 kr → 10 000 kr",
        "+ Ärenden › 3 Budget › Beslut: Rådet noterar",
        "~ Lägesbild › ANDT: grön → omfattande",
        "~ Lägesbild › Hot och våld: (tomt) → återkommande",
        "~ Uppföljning › Västar › Senast: (tomt) → 2025-05-16",
        "~ Uppföljning › Västar › Läge: öppen → klar",
        "~ Tidplan › 2025-05-16 › Plats: Visenten → Lilla salen",
        "+ Övrigt: Klotter",
    ]


def test_every_field_of_every_table_has_a_swedish_name() -> None:
    from dataclasses import fields

    from brå_tui.store.merge import FIELD_NAMES

    for kind in (Attendee, Item, Decision, FollowUp, ScheduleEntry, RiskPicture):
        assert {f.name for f in fields(kind)} <= set(ENTRY_FIELD_NAMES[kind]), kind
    assert {f.name for f in fields(Meeting) if f.compare} <= set(FIELD_NAMES)


def test_a_long_title_on_the_way_to_a_field_is_cut_between_words() -> None:
    before = _base()
    before.items[0].decisions[0].text = "Rådet beslutar att en stående punkt till dagordningen ska vara uppföljning"
    after = copy.deepcopy(before)
    after.items[0].decisions[0].account = "ID110 16"
    assert [str(c) for c in meeting_changes(before, after)] == [
        "~ Ärenden › 3 Budget › Beslut › Rådet beslutar att en stående punkt … › Konto: (tomt) → ID110 16"]


def test_removed_and_renamed_entries() -> None:
    before = _base()
    after = copy.deepcopy(before)
    after.attendees.pop(1)
    after.items[0].title = "Budget 2025"  # matched by its place: a changed title, not one removed and one added
    assert [str(c) for c in meeting_changes(before, after)] == [
        "- Närvarande: Bo Ek", "~ Ärenden › 3 Budget › Rubrik: Budget → Budget 2025"]


def test_a_file_that_is_no_meeting_shows_its_changed_lines_without_controls() -> None:
    path = STORE / "meetings" / "2024-11-15.toml"
    shown = file_changes(path, b'place = "A"\n', b'place = "B\x1b[2J"\n')
    assert '-place = "A"' in shown and "\x1b" not in shown


def test_a_broken_file_shows_its_control_characters_as_symbols_not_dropped() -> None:
    """ESC and the other controls of a file that is no meeting show as ␛ and their pictures, as everywhere else."""
    path = STORE / "meetings" / "2024-11-15.toml"
    shown = file_changes(path, b'title = "A"\n', b'title = \x1b[31mR\xc3\x96D\x1b[0m\x07\n')
    assert "+title = ␛[31mRÖD␛[0m␇" in shown, shown
    drawn = changes_text(shown).plain
    assert "␛[31mRÖD␛[0m␇" in drawn and "\x1b" not in drawn


def test_a_real_meeting_file_changed_by_hand() -> None:
    path = STORE / "meetings" / "2024-11-15.toml"
    data = path.read_bytes()
    changed = data.replace(b'place = "Visenten, Stadshuset"', b'place = "Sal B"').replace(b"end = 11:20:00",
                                                                                          b"end = 12:00:00")
    assert changed != data and read_meeting(path)[0] is not None
    assert file_changes(path, data, changed).splitlines() == ["~ Slut: 11.20 → 12.00",
                                                             "~ Plats: Visenten, Stadshuset → Sal B"]
    assert file_changes(path, data, data) == ""
