"""Every edit the app can make keeps each hand-written comment with what it describes.

The rule (README, "Kommentarer hör till det de står vid"): a comment block directly above a table
header belongs to that table; a comment at the end of a line to that value; a comment inside an
array to the element before it (a leading one to the element after); a blank line separates tables.
Each test edits the meeting as the app does (the model, then MeetingDocument.apply) and compares
the whole file with the text a person would expect.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Callable
from pathlib import Path

import pytest

from brå_tui.model import Attendee, Decision, FollowUp, Item, Meeting, ScheduleEntry
from brå_tui.store.load import load
from brå_tui.store.read import read_meeting
from brå_tui.store.save import MeetingDocument, save_meeting

ANNOTATED = """\
format = 1
date = 2024-11-15
place = "Visenten, Stadshuset"  # som vanligt

# Närvarande enligt listan
[[attendee]]
name = "Blerta Krenzi"
role = "ordförande"

[[attendee]]
name = "Thomas Nordström"  # kom sent
org = "Polisen"

[[item]]
title = "Lägesbild sociala risker"
presenters = ["Mikael Jansson"]

[[item.decision]]
text = "Lägesbilden läggs till handlingarna."

# Grannsamverkan: ärendet från förra mötet
[[item]]
title = "Stöd till Grannsamverkan"
notes = \"\"\"
Förfrågan om bidrag till skyltar.
\"\"\"

# Logg/Uppföljning av ärenden
[[followup]]
id = "kameror"
title = "Kameraövervakning"
status = "Pågår"
owners = ["Mikael J"]
state = "open"

# B: väntar på polisens svar
[[followup]]
id = "samverkan"
title = "Samverkansöverenskommelse"
status = "Avvaktar"
areas = ["Hot och våld"]

# C: återkommer i vår
[[followup]]
id = "handlingsplan"
title = "Handlingsplan omsorg/bildning"
owners = [
  "Mikael J",  # huvudansvarig
  "Thomas N",  # polisen
]
state = "open"

# Tidplan 2025
[[schedule]]
date = 2025-02-14  # fredag

[[schedule]]
date = 2025-05-16

[[other]]
title = "Krylbo"  # tas upp igen
"""


def _edit(tmp_path: Path, change: Callable[[Meeting], None], text: str = ANNOTATED) -> str:
    """Write text, read the meeting, change it as the app does, save through the app's path; the new text."""
    path = tmp_path / "2024-11-15.toml"
    path.write_text(text, encoding="utf-8")
    meeting, findings = read_meeting(path)
    assert meeting is not None, findings
    change(meeting)
    document = MeetingDocument.open(path)
    document.apply(meeting)
    assert document.save()
    after = path.read_text(encoding="utf-8")
    again, findings = read_meeting(path)
    assert again is not None, findings
    again.path = meeting.path
    assert again == meeting
    return after


def _diff(before: str, after: str) -> list[str]:
    return [d for d in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
            if d[:1] in "+-" and not d.startswith(("+++", "---"))]


def test_decision_added_to_an_item_goes_under_that_item(tmp_path: Path) -> None:
    """A new decision follows the item's last decision; the next item keeps its comment and blank line."""
    after = _edit(tmp_path, lambda m: m.items[0].decisions.append(Decision("Polisen återkommer i mars.")))
    assert after == ANNOTATED.replace(
        'text = "Lägesbilden läggs till handlingarna."\n',
        'text = "Lägesbilden läggs till handlingarna."\n\n[[item.decision]]\ntext = "Polisen återkommer i mars."\n')


def test_decision_added_to_the_last_item_stays_above_the_followups_comment(tmp_path: Path) -> None:
    """The first decision of the last item goes under it, above the comment that heads the follow-ups."""
    after = _edit(tmp_path, lambda m: m.items[1].decisions.append(
        Decision("Rådet bidrar med 10 000 kronor.", amount_sek=10000)))
    assert after == ANNOTATED.replace(
        'Förfrågan om bidrag till skyltar.\n"""\n',
        'Förfrågan om bidrag till skyltar.\n"""\n\n[[item.decision]]\ntext = "Rådet bidrar med 10 000 kronor."\n'
        'amount_sek = 10000\n')


def test_removed_followup_takes_its_comment_and_the_others_keep_theirs(tmp_path: Path) -> None:
    """Removing follow-up B removes B and its comment; C keeps its comment, nothing else changes, no key appears."""
    after = _edit(tmp_path, lambda m: m.followups.pop(1))
    removed = ('# B: väntar på polisens svar\n[[followup]]\nid = "samverkan"\ntitle = "Samverkansöverenskommelse"\n'
               'status = "Avvaktar"\nareas = ["Hot och våld"]\n\n')
    assert after == ANNOTATED.replace(removed, "")
    assert "areas = []" not in after


def test_removed_first_followup_leaves_the_heading_comment_of_the_next(tmp_path: Path) -> None:
    """The comment above the first follow-up goes with it; the next one's own comment stays above it."""
    after = _edit(tmp_path, lambda m: m.followups.pop(0))
    removed = ('# Logg/Uppföljning av ärenden\n[[followup]]\nid = "kameror"\ntitle = "Kameraövervakning"\n'
               'status = "Pågår"\nowners = ["Mikael J"]\nstate = "open"\n\n')
    assert after == ANNOTATED.replace(removed, "")


def test_removed_item_takes_its_decisions_and_comment(tmp_path: Path) -> None:
    """Removing the first item removes it and its decision; the second item keeps its comment."""
    after = _edit(tmp_path, lambda m: m.items.pop(0))
    removed = ('[[item]]\ntitle = "Lägesbild sociala risker"\npresenters = ["Mikael Jansson"]\n\n'
               '[[item.decision]]\ntext = "Lägesbilden läggs till handlingarna."\n\n')
    assert after == ANNOTATED.replace(removed, "")


def test_removed_owner_keeps_the_array_and_the_other_owners_comment(tmp_path: Path) -> None:
    """Removing one owner removes that line only; the array stays one name a line, each with its comment."""
    after = _edit(tmp_path, lambda m: m.followups[2].owners.remove("Mikael J"))
    assert _diff(ANNOTATED, after) == ['-  "Mikael J",  # huvudansvarig']
    after = _edit(tmp_path, lambda m: m.followups[2].owners.remove("Thomas N"))
    assert _diff(ANNOTATED, after) == ['-  "Thomas N",  # polisen']


def test_removed_owner_from_an_array_opened_on_the_first_name(tmp_path: Path) -> None:
    """The array as people write it, first name on the opening line: removing either name keeps the other's comment."""
    text = ANNOTATED.replace('owners = [\n  "Mikael J",  # huvudansvarig\n',
                             'owners = [ "Mikael J",  # huvudansvarig\n')
    after = _edit(tmp_path, lambda m: m.followups[2].owners.remove("Thomas N"), text)
    assert _diff(text, after) == ['-  "Thomas N",  # polisen']
    after = _edit(tmp_path, lambda m: m.followups[2].owners.remove("Mikael J"), text)
    assert _diff(text, after) == ['-owners = [ "Mikael J",  # huvudansvarig', "+owners = ["]
    assert 'owners = [\n  "Thomas N",  # polisen\n]\n' in after


def test_added_owner_gets_a_line_of_its_own(tmp_path: Path) -> None:
    """A name added between two commented names goes on its own line; both comments stay with their names."""
    after = _edit(tmp_path, lambda m: m.followups[2].owners.insert(1, "Tobias Å"))
    assert _diff(ANNOTATED, after) == ['+  "Tobias Å",']
    after = _edit(tmp_path, lambda m: m.followups[2].owners.append("Tobias Å"))
    assert _diff(ANNOTATED, after) == ['+  "Tobias Å",']


def test_moved_entries_take_their_comments_along(tmp_path: Path) -> None:
    """Moving a follow-up up, or a schedule entry down, moves its whole block; the diff is the block, moved."""
    def swap(entries: list) -> None:  # type: ignore[type-arg]
        entries[0], entries[1] = entries[1], entries[0]

    after = _edit(tmp_path, lambda m: swap(m.followups))
    a = ('# Logg/Uppföljning av ärenden\n[[followup]]\nid = "kameror"\ntitle = "Kameraövervakning"\n'
         'status = "Pågår"\nowners = ["Mikael J"]\nstate = "open"\n\n')
    b = ('# B: väntar på polisens svar\n[[followup]]\nid = "samverkan"\ntitle = "Samverkansöverenskommelse"\n'
         'status = "Avvaktar"\nareas = ["Hot och våld"]\n\n')
    assert after == ANNOTATED.replace(a + b, b + a)

    after = _edit(tmp_path, lambda m: swap(m.schedule))
    assert after == ANNOTATED.replace(
        "# Tidplan 2025\n[[schedule]]\ndate = 2025-02-14  # fredag\n\n[[schedule]]\ndate = 2025-05-16\n",
        "[[schedule]]\ndate = 2025-05-16\n\n# Tidplan 2025\n[[schedule]]\ndate = 2025-02-14  # fredag\n")


def test_changed_and_moved_entry_keeps_its_comments(tmp_path: Path) -> None:
    """A follow-up whose status changed and that moved up keeps its comment; only its status line changes."""
    def change(m: Meeting) -> None:
        m.followups[2].status = "Klar i april"
        m.followups[1], m.followups[2] = m.followups[2], m.followups[1]

    after = _edit(tmp_path, change)
    assert after.index("# C: återkommer i vår") < after.index("# B: väntar på polisens svar")
    assert '# C: återkommer i vår\n[[followup]]\nid = "handlingsplan"\ntitle = "Handlingsplan omsorg/bildning"\n' \
           'status = "Klar i april"\nowners = [\n  "Mikael J",  # huvudansvarig\n' in after


def test_renamed_attendee_and_removed_neighbour(tmp_path: Path) -> None:
    """An attendee whose name was corrected keeps its end-of-line comment while the one before it is removed."""
    def change(m: Meeting) -> None:
        m.attendees.pop(0)
        m.attendees[0].name = "Thomas Nordstrøm"

    after = _edit(tmp_path, change)
    assert 'name = "Thomas Nordstrøm"  # kom sent\norg = "Polisen"\n' in after
    assert "# Närvarande enligt listan" not in after
    assert "Blerta" not in after


def test_new_entries_and_unchanged_saves(tmp_path: Path) -> None:
    """New entries of every list get a blank line above and the shape of new files; an unchanged save writes nothing."""
    def add(m: Meeting) -> None:
        m.attendees.append(Attendee("Jimmy Spolander", org="Polisen"))
        m.items.insert(1, Item("BOB", presenters=["Jimmy S"]))
        m.followups.append(FollowUp(id="ny", title="Ny uppföljning"))
        m.schedule.append(ScheduleEntry(dt.date(2025, 9, 12)))
        m.other.insert(0, Item("Trygghetsmätning"))

    after = _edit(tmp_path, add)
    expected = ANNOTATED.replace(
        'org = "Polisen"\n\n', 'org = "Polisen"\n\n[[attendee]]\nname = "Jimmy Spolander"\norg = "Polisen"\n\n', 1,
    ).replace(
        'handlingarna."\n', 'handlingarna."\n\n[[item]]\ntitle = "BOB"\npresenters = ["Jimmy S"]\n',
    ).replace(
        '  "Thomas N",  # polisen\n]\nstate = "open"\n', '  "Thomas N",  # polisen\n]\nstate = "open"\n\n[[followup]]\n'
        'id = "ny"\ntitle = "Ny uppföljning"\nstatus = ""\nowners = []\nstate = "open"\n',
    ).replace(
        "date = 2025-05-16\n\n",
        'date = 2025-05-16\n\n[[schedule]]\ndate = 2025-09-12\n\n[[other]]\ntitle = "Trygghetsmätning"\n\n',
    )
    assert after == expected
    path = tmp_path / "2024-11-15.toml"
    before = path.read_bytes()
    meeting, _ = read_meeting(path)
    assert meeting is not None
    assert save_meeting(meeting, path) is False
    assert path.read_bytes() == before


def test_followup_without_id_is_saved_unchanged(tmp_path: Path) -> None:
    """A follow-up whose id is left out (it is made from the title) gets no id key from a save."""
    text = 'format = 1\ndate = 2024-11-15\n\n[[followup]]\ntitle = "Kameror i centrum"\n'
    path = tmp_path / "2024-11-15.toml"
    path.write_text(text, encoding="utf-8")
    meeting, _ = read_meeting(path)
    assert meeting is not None
    assert save_meeting(meeting, path) is False
    after = _edit(tmp_path, lambda m: setattr(m.followups[0], "status", "Beställt"), text)
    assert after == text + 'status = "Beställt"\n'


def test_structural_edit_keeps_crlf(tmp_path: Path) -> None:
    """Removing and adding entries in a CRLF file keeps every line end CRLF and the comments in place."""
    def change(m: Meeting) -> None:
        m.followups.pop(1)
        m.items[0].decisions.append(Decision("Nytt beslut."))

    crlf = tmp_path / "crlf"
    crlf.mkdir()
    after = _edit(crlf, change, ANNOTATED.replace("\n", "\r\n"))
    data = (crlf / "2024-11-15.toml").read_bytes()
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert after.replace("\r\n", "\n") == _edit(tmp_path, change)


def test_carried_followups_keep_state_and_owners(seed_store: Path) -> None:
    """A new meeting writes carried follow-ups with id, title, status, owners and state: as the source has them."""
    from brå_tui.questions.newmeeting import next_meeting

    def followups(text: str) -> str:
        return text[text.index("[[followup]]"):].split("\n\n[[schedule]]")[0].strip()

    source = (seed_store / "meetings" / "2024-11-15.toml").read_text(encoding="utf-8")
    assert 'owners = []\nstate = "open"' in followups(source)
    path = seed_store / "meetings" / "2025-02-14.toml"
    assert save_meeting(next_meeting(load(seed_store), dt.date(2025, 2, 14)), path)
    assert followups(path.read_text(encoding="utf-8")) == followups(source)


COMMENTS_OF = {"attendees": ["# Närvarande enligt listan", "# kom sent"],
               "items": ["# Grannsamverkan: ärendet från förra mötet"],
               "followups": ["# Logg/Uppföljning av ärenden", "# B: väntar på polisens svar", "# C: återkommer i vår",
                             "# huvudansvarig", "# polisen"],
               "schedule": ["# Tidplan 2025", "# fredag"], "other": ["# tas upp igen"]}


@pytest.mark.parametrize("kind", sorted(COMMENTS_OF))
def test_removing_a_whole_list_takes_only_its_comments(tmp_path: Path, kind: str) -> None:
    """Removing every entry of one list, one save each from the first, takes that list's comments and no other."""
    text = ANNOTATED
    for _ in range(len(getattr(read_meeting_text(tmp_path, text), kind))):
        text = _edit(tmp_path, lambda m: getattr(m, kind).pop(0), text)
    comments = [line[line.index("#"):] for line in ANNOTATED.splitlines() if "#" in line]
    assert [c for c in comments if c in text] == [c for c in comments if c not in COMMENTS_OF[kind]]
    assert "\n\n\n" not in text


def read_meeting_text(folder: Path, text: str) -> Meeting:
    """The meeting a text holds (written to a scratch file beside the test's)."""
    path = folder / "scratch" / "2024-11-15.toml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    meeting, findings = read_meeting(path)
    assert meeting is not None, findings
    return meeting


def test_risk_area_removed_and_added_keeps_the_other_areas_comments(tmp_path: Path) -> None:
    """A risk area taken out of the picture takes the comment line above it; a new one goes at the end."""
    text = ANNOTATED.replace(
        "# Närvarande enligt listan\n",
        '[risk]\nsource = "Länsstyrelsen"\n\n[risk.areas]\n"ANDT" = "red"  # som förra gången\n'
        '# ökar sedan i somras\n"Hot och våld" = "yellow"\n\n# Närvarande enligt listan\n')

    def change(m: Meeting) -> None:
        assert m.risk is not None
        del m.risk.areas["Hot och våld"]
        m.risk.areas["Ungdomar/skolor"] = "green"

    after = _edit(tmp_path, change, text)
    assert _diff(text, after) == ["-# ökar sedan i somras", '-"Hot och våld" = "yellow"',
                                  '+"Ungdomar/skolor" = "green"']
