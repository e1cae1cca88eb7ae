"""Store format 2: attendance, the meeting's roles, item numbers and kinds, the document; format 1 read as before,
`bra check --upgrade` writing format 2 with every comment and layout kept."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path

from brå_tui.export.layout import meeting_lines, to_text
from brå_tui.export.markdown import to_markdown
from brå_tui.model import Attendee
from brå_tui.store.load import load
from brå_tui.store.read import read_meeting
from brå_tui.store.save import MeetingDocument, save_meeting

FORMAT_2 = '''format = 2
date = 2025-03-12
start = 09:00:00
end = 11:55:00
place = "Sessionssalen"
document = "protokoll"   # ett justerat protokoll
issued = 2025-03-19
case_number = "KS 2025/41"   # kommunstyrelsens diarium
chair = "Blerta Krenzi"
secretary = "Cornelia Gustafsson"
adjusters = ["Johan Thomasson", "Gunilla Berglund"]
adjusting_date = 2025-03-19
adjusting_place = "Kommunledningskontoret"

[[attendee]]
name = "Blerta Krenzi"
party = "S"
group = "member"

[[attendee]]
name = "Johan Thomasson"
party = "M"
group = "member"
partial = "t.o.m. § 14"

[[attendee]]
name = "Gunilla Berglund"
party = "C"
group = "substitute"

[[attendee]]
name = "Patrik Sundin"   # sjuk
party = "S"
group = "member"
absent = true

[[attendee]]
name = "Lars Ilmoni"
org = "ICA"
group = "invited"

[[item]]
number = "§ 12"
title = "Val av justerare"
kind = "decision"

[[item]]
number = "§ 13"
title = "Trygghetsmätning"
kind = "information"
case_number = "KS-2025/45.181"
start = 09:30:00
end = 10:00:00

[[item]]
title = "Kaffe"
kind = "pause"
start = 10:00:00
end = 10:15:00
'''


def _write(root: Path, text: str, name: str = "2025-03-12.toml") -> Path:
    path = root / "meetings" / name
    path.write_text(text, encoding="utf-8")
    return path


def test_format_2_reads_every_new_key(seed_store: Path) -> None:
    """Each key of format 2 lands in its field; the absent member is listed apart from those present."""
    meeting, findings = read_meeting(_write(seed_store, FORMAT_2))
    assert meeting is not None and not findings
    assert (meeting.document, meeting.issued) == ("protokoll", dt.date(2025, 3, 19))
    assert meeting.case_number == "KS 2025/41"
    assert (meeting.chair, meeting.secretary) == ("Blerta Krenzi", "Cornelia Gustafsson")
    assert meeting.adjusters == ["Johan Thomasson", "Gunilla Berglund"]
    assert (meeting.adjusting_date, meeting.adjusting_place) == (dt.date(2025, 3, 19), "Kommunledningskontoret")
    assert [a.name for a in meeting.present()] == ["Blerta Krenzi", "Johan Thomasson", "Gunilla Berglund",
                                                   "Lars Ilmoni"]
    assert [a.name for a in meeting.absentees()] == ["Patrik Sundin"]
    assert [a.group for a in meeting.attendees] == ["member", "member", "substitute", "member", "invited"]
    assert meeting.attendees[1].partial == "t.o.m. § 14"
    assert [(i.number, i.kind) for i in meeting.items] == [("§ 12", "decision"), ("§ 13", "information"),
                                                           (None, "pause")]
    assert meeting.chair_names() == ["Blerta Krenzi"]


def test_format_2_file_saved_unchanged_is_the_same_bytes(seed_store: Path) -> None:
    """A format 2 file read and saved without a change keeps every byte, its comments included."""
    path = _write(seed_store, FORMAT_2)
    before = path.read_bytes()
    meeting, _ = read_meeting(path)
    assert meeting is not None
    assert save_meeting(meeting, path) is False
    assert path.read_bytes() == before


def test_format_1_is_read_as_before_and_stays_format_1(seed_store: Path) -> None:
    """The seed store (format 1): the chair comes from the attendee's role, and an edit that needs
    nothing new keeps `format = 1`."""
    path = seed_store / "meetings" / "2024-11-15.toml"
    meeting, findings = read_meeting(path)
    assert meeting is not None and not [f for f in findings if f.severity == "error"]
    assert meeting.chair is None and meeting.chair_names() == ["Blerta Krenzi"]
    assert meeting.secretary_names() == ["Cornelia Gustafsson"]
    assert all(not a.absent and a.group is None for a in meeting.attendees)
    meeting.place = "Stadshuset"
    save_meeting(meeting, path)
    assert path.read_text(encoding="utf-8").startswith("format = 1\n")


def test_format_1_file_becomes_format_2_when_it_gets_a_format_2_key(seed_store: Path) -> None:
    """Marking someone absent in a format 1 file writes `absent = true` and `format = 2`, nothing else."""
    path = seed_store / "meetings" / "2024-11-15.toml"
    before = path.read_text(encoding="utf-8")
    meeting, _ = read_meeting(path)
    assert meeting is not None
    meeting.attendees[3].absent = True
    save_meeting(meeting, path)
    after = path.read_text(encoding="utf-8")
    assert after.startswith("format = 2\n")
    assert after.replace("format = 2\n", "format = 1\n", 1).replace("absent = true\n", "", 1) == before
    again, findings = read_meeting(path)
    assert again is not None and [a.name for a in again.absentees()] == ["Mikael Westberg"]
    assert not findings


def test_upgrade_writes_format_2_keeping_comments(seed_store: Path,
                                                  bra: Callable[..., tuple[int, str, str]]) -> None:
    """`bra check --upgrade`: format 2 everywhere, the chair and secretary moved from roles to the meeting,
    every comment and every other line as it was; a second run changes nothing."""
    path = seed_store / "meetings" / "2024-02-09.toml"
    before = path.read_text(encoding="utf-8")
    assert "# " in before  # the seed files carry comments
    old, _ = read_meeting(path)
    status, _, err = bra("check", "--upgrade")
    assert status == 0, err
    assert "Uppgraderade" in err and "2024-02-09.toml" in err
    after = path.read_text(encoding="utf-8")
    removed = [line for line in before.splitlines() if line not in after.splitlines()]
    added = [line for line in after.splitlines() if line not in before.splitlines()]
    assert removed == ["format = 1", 'role = "ordförande"', 'role = "sekreterare"']
    assert added == ["format = 2", 'chair = "Blerta Krenzi"', 'secretary = "Cornelia Gustafsson"']
    for name in ("council.toml", "people.toml"):
        assert (seed_store / name).read_text(encoding="utf-8").startswith("format = 2\n")
    new, findings = read_meeting(path)
    assert new is not None and old is not None and not findings
    assert new.chair_names() == old.chair_names() and new.secretary_names() == old.secretary_names()
    assert [a.name for a in new.attendees] == [a.name for a in old.attendees]
    assert new.items == old.items and new.followups == old.followups and new.risk == old.risk
    snapshot = {p: p.read_bytes() for p in seed_store.rglob("*.toml")}
    status, _, err = bra("check", "--upgrade")
    assert status == 0 and "redan format 2" in err
    assert {p: p.read_bytes() for p in seed_store.rglob("*.toml")} == snapshot


def test_upgrade_leaves_a_broken_file_alone(seed_store: Path, bra: Callable[..., tuple[int, str, str]]) -> None:
    """A file that does not parse is named and never written over; the others are upgraded."""
    broken = _write(seed_store, 'format = 1\ndate = 2025-03-12\nplace = "A\n', "2025-03-12.toml")
    data = broken.read_bytes()
    status, _, err = bra("check", "--upgrade")
    assert status == 1
    assert "2025-03-12.toml" in err and "rättas först" in err
    assert broken.read_bytes() == data
    assert (seed_store / "meetings" / "2024-11-15.toml").read_text(encoding="utf-8").startswith("format = 2\n")


def test_show_lists_absent_apart_at_80_columns(seed_store: Path, bra: Callable[..., tuple[int, str, str]]) -> None:
    """`bra show`: roles, adjusting, the document, present and absent in separate tables, item numbers."""
    _write(seed_store, FORMAT_2)
    status, out, _ = bra("show", "2025-03-12")
    assert status == 0
    assert all(len(line) <= 80 for line in out.splitlines())
    flat = re.sub(" +", " ", out)
    assert "Protokoll 12 mars 2025" in out
    assert "Justerare Johan Thomasson, Gunilla Berglund" in flat
    assert "Justering 19 mars 2025, Kommunledningskontoret" in flat
    assert "Undertecknat 19 mars 2025" in flat and "Diarienummer KS 2025/41" in flat
    assert "Närvarande 4" in flat and "Frånvarande 1" in flat
    present_part, absent_part = out.split("Anmält förhinder/frånvarande")
    assert "Patrik Sundin" in absent_part.split("Ärenden")[0] and "Patrik Sundin" not in present_part
    assert "ersättare" in present_part and "t.o.m. § 14" in present_part and "inbjuden" in present_part
    assert "§ 12 Val av justerare" in out and "§ 13 Trygghetsmätning" in out and "Kaffe (paus)" in out
    assert "Informationsärende" in out


def test_json_holds_the_new_fields(seed_store: Path, bra: Callable[..., tuple[int, str, str]]) -> None:
    """`bra show --json`: every format 2 field under its key."""
    _write(seed_store, FORMAT_2)
    status, out, _ = bra("show", "2025-03-12", "--json")
    assert status == 0
    data = json.loads(out)
    assert data["chair"] == "Blerta Krenzi" and data["adjusters"] == ["Johan Thomasson", "Gunilla Berglund"]
    assert data["document"] == "protokoll" and data["issued"] == "2025-03-19" and data["case_number"] == "KS 2025/41"
    assert data["attendees"][3]["absent"] is True and data["attendees"][2]["group"] == "substitute"
    assert data["items"][0]["number"] == "§ 12" and data["items"][2]["kind"] == "pause"


def test_exports_show_roles_and_absent(seed_store: Path) -> None:
    """Text and Markdown: the document's name, those present and those with apologies apart, the roles."""
    _write(seed_store, FORMAT_2)
    store = load(seed_store)
    meeting = store.meeting("2025-03-12")
    assert meeting is not None
    text = to_text(meeting_lines(meeting, store.council))
    assert text.startswith("Protokoll\n")
    present, absent = text.split("Anmält förhinder:")
    assert "Patrik Sundin" in absent.split("\n\n")[0] and "Patrik Sundin" not in present
    assert "Johan Thomasson (M), ledamot, t.o.m. § 14" in present
    assert "Justerare:\tJohan Thomasson och Gunilla Berglund (justering 19 mars 2025, Kommunledningskontoret)" in text
    assert "§ 13 Trygghetsmätning" in text
    markdown = to_markdown(meeting, store.council)
    assert markdown.startswith("# Protokoll")
    assert "**Anmält förhinder:**" in markdown and "**Ordförande:** Blerta Krenzi" in markdown
    assert "Diarienummer:\tKS 2025/41" in text and "**Diarienummer:** KS 2025/41" in markdown


def test_the_documents_case_number_is_written_in_place(seed_store: Path) -> None:
    """A case number given to a format 1 meeting is written among the meeting's keys, as format 2, and nothing else
    changes; changed again, only its value changes and its comment stays."""
    path = seed_store / "meetings" / "2024-11-15.toml"
    before = path.read_text(encoding="utf-8")
    meeting, _ = read_meeting(path)
    assert meeting is not None
    meeting.case_number = "KS 2024/12"
    save_meeting(meeting, path)
    after = path.read_text(encoding="utf-8")
    assert after.replace("format = 2\n", "format = 1\n", 1).replace('case_number = "KS 2024/12"\n', "", 1) == before
    assert after.index("case_number") < after.index("[[attendee]]")
    path.write_text(after.replace('case_number = "KS 2024/12"', 'case_number = "KS 2024/12"  # diariet'), "utf-8")
    again, findings = read_meeting(path)
    assert again is not None and again.case_number == "KS 2024/12" and not findings
    again.case_number = "KS 2024/13"
    save_meeting(again, path)
    assert 'case_number = "KS 2024/13"  # diariet\n' in path.read_text(encoding="utf-8")


def test_new_meeting_carries_everyone_as_present(seed_store: Path) -> None:
    """A new meeting lists last meeting's absent people again, present, in their group; chair carried over."""
    from brå_tui.questions.newmeeting import next_meeting

    _write(seed_store, FORMAT_2)
    store = load(seed_store)
    meeting = next_meeting(store, date=dt.date(2025, 5, 16), today=dt.date(2025, 4, 1))
    assert [a.name for a in meeting.attendees if a.absent or a.partial] == []
    assert Attendee("Patrik Sundin", "S", group="member") in meeting.attendees
    assert meeting.chair == "Blerta Krenzi"


def test_document_writes_format_2_in_a_new_file(tmp_path: Path) -> None:
    """A new meeting that uses format 2 is written as format 2 from the start."""
    from brå_tui.model import Meeting

    path = tmp_path / "2025-01-01.toml"
    document = MeetingDocument.open(path)
    document.apply(Meeting(date=dt.date(2025, 1, 1), attendees=[Attendee("A", absent=True)]))
    text = document.render().decode("utf-8")
    assert text.startswith("format = 2\n") and "absent = true" in text


def test_upgrade_keeps_the_comment_of_a_role_it_moves(seed_store: Path,
                                                      bra: Callable[..., tuple[int, str, str]]) -> None:
    """'role = "sekreterare"  # tillfällig': the comment goes with the value to the line that replaces it."""
    path = _write(seed_store, 'format = 1\ndate = 2025-03-12\n\n[[attendee]]\nname = "Eva Ek"\n'
                              '# vald vid mötet\nrole = "ordförande"\n\n'
                              '[[attendee]]\nname = "Bo Berg"\nrole = "sekreterare"  # tillfällig\n', "2025-03-12.toml")
    status, _, err = bra("check", "--upgrade")
    assert status == 0, err
    text = path.read_text(encoding="utf-8")
    assert 'chair = "Eva Ek" # vald vid mötet' in text and 'secretary = "Bo Berg" # tillfällig' in text
    assert "role" not in text
    meeting, findings = read_meeting(path)
    assert meeting is not None and not findings and (meeting.chair, meeting.secretary) == ("Eva Ek", "Bo Berg")
