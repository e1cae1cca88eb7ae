"""Two processes on one store: edits of different fields are saved together; edits of the same field stop
the save, the dialog shows what the other changed, and each of the three choices does what it says."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.app import App

from brå_tui.drafts import list_drafts
from brå_tui.store.read import read_meeting
from brå_tui.tui.editing.dialogs import ConflictDialog
from brå_tui.tui.editing.fields import Field
from tests.editing.harness import editing
from tests.editing.keys import replace, save, until
from tests.terminal.harness import TmuxSession

# The other user: a separate process that opens the same meeting and saves a change through MeetingDocument.
OTHER_SAVE = """
import sys
from pathlib import Path
from brå_tui.store.read import read_meeting
from brå_tui.store.save import MeetingDocument
path = Path(sys.argv[1])
document = MeetingDocument.open(path)
meeting, _ = read_meeting(path)
meeting.followups[0].status = "Klart enligt Mikael"
if len(sys.argv) > 2:
    meeting.place = sys.argv[2]
document.apply(meeting)
assert document.save()
"""


def other_process_saves(path: Path, place: str | None = None) -> None:
    """Run the second process to completion: it changes the first follow-up's status, and the place if given."""
    subprocess.run([sys.executable, "-c", OTHER_SAVE, str(path), *([place] if place else [])], check=True,
                   cwd=Path(__file__).parents[2])


@pytest.mark.parametrize("choice", ["reload", "overwrite", "draft", "cancel"])
async def test_conflict_choices(seed_store: Path, state_home: Path, choice: str) -> None:
    await _conflict(seed_store, choice)


def assert_conflict_shown(app: App[None], path: Path, theirs: bytes) -> None:
    """The save over the colleague's Plats (other_process_saves) is stopped: the conflict dialog shows what they
    changed field by field, with the editor's names and the values as the app shows them (no TOML key or line), and
    names the field both changed; the file still holds their bytes."""
    assert isinstance(app.screen, ConflictDialog), "the save is stopped and the user is asked"
    assert path.read_bytes() == theirs, "nothing is written before the user chooses"
    shown = str(app.screen.query_one("#conflict-diff Static").render())
    assert shown.splitlines() == [
        "~ Plats: Visenten, Stadshuset → Stora salen",
        "~ Uppföljning › Kartläggning av kunskapsläget för … › Status: "
        "Återkommer på kommande Lokala Brå → Klart enligt Mikael"], shown  # a long title cut between words
    assert "Ni har båda ändrat: Plats." in " ".join(str(label.render()) for label in app.screen.query("Label"))


async def _conflict(store: Path, choice: str) -> None:
    path = store / "meetings" / "2024-11-15.toml"
    async with editing(store) as (app, pilot, screen):
        await pilot.press("down", "tab", "tab", "tab")  # into the tab, → Plats
        await replace(pilot, "Sessionssalen")
        other_process_saves(path, "Stora salen")
        theirs = path.read_bytes()
        await save(pilot)
        assert_conflict_shown(app, path, theirs)
        await pilot.press({"reload": "l", "overwrite": "s", "draft": "u", "cancel": "escape"}[choice])
        await pilot.pause()
        assert app.screen is screen
        meeting, _ = read_meeting(path)
        assert meeting is not None
        drafts = list_drafts(store)
        if choice == "reload":
            assert path.read_bytes() == theirs
            assert screen.meeting.place == "Stora salen"
            assert screen.meeting.followups[0].status == "Klart enligt Mikael"
            assert not screen.has_unsaved() and drafts == []
        elif choice == "overwrite":
            assert meeting.place == "Sessionssalen"
            assert meeting.followups[0].status == "Klart enligt Mikael", "their change where mine is none stays"
            assert not screen.has_unsaved() and drafts == []
        elif choice == "draft":
            assert path.read_bytes() == theirs
            assert [d.meeting.place for d in drafts] == ["Sessionssalen"]
            assert drafts[0].meeting.followups[0].status == "Återkommer på kommande Lokala Brå"
            assert screen.meeting.place == "Stora salen" and not screen.has_unsaved()
        else:
            assert path.read_bytes() == theirs
            assert screen.meeting.place == "Sessionssalen" and screen.has_unsaved()
            # An autosave may have caught the place half typed; the next one (AUTOSAVE_SECONDS later) has it whole.
            await until(pilot, lambda: all(d.meeting.place == "Sessionssalen" for d in list_drafts(store)))
            drafts = list_drafts(store)
            assert all(d.meeting.place == "Sessionssalen" for d in drafts), "at most the autosaved edits"
            assert len(drafts) <= 1, "at most this session's autosaved edits"


async def test_edits_of_different_fields_are_saved_together(seed_store: Path, state_home: Path) -> None:
    await _together(seed_store)


async def _together(store: Path) -> None:
    path = store / "meetings" / "2024-11-15.toml"
    before = path.read_text(encoding="utf-8")
    async with editing(store) as (app, pilot, screen):
        await pilot.press("down", "tab", "tab", "tab")  # into the tab, → Plats
        await replace(pilot, "Sessionssalen")
        other_process_saves(path)  # the follow-up's status only
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is screen, "no question: the two edits do not meet"
        assert not screen.has_unsaved()
        assert screen.meeting.followups[0].status == "Klart enligt Mikael", "their edit is shown here too"
        assert screen.query_one("#m-place", Field).value == "Sessionssalen"
        assert any("Uppföljning" in n.message and "tillsammans" in n.message for n in app._notifications)
    meeting, _ = read_meeting(path)
    assert meeting is not None
    assert meeting.place == "Sessionssalen" and meeting.followups[0].status == "Klart enligt Mikael"
    after = path.read_text(encoding="utf-8")
    comments = [line for line in before.splitlines() if "#" in line]
    assert comments and all(line in after.splitlines() for line in comments), "the file keeps its comments"
    assert list_drafts(store) == []


def test_merge_by_field() -> None:
    import copy
    import datetime as dt

    from brå_tui.model import Meeting
    from brå_tui.store.merge import file_changes, merge_meetings

    base = Meeting(date=dt.date(2025, 2, 14), place="Visenten")
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    mine.place = "Sessionssalen"
    theirs.start = dt.time(9, 0)
    merged, clashes = merge_meetings(base, mine, theirs)
    assert clashes == [] and merged is not None
    assert (merged.place, merged.start) == ("Sessionssalen", dt.time(9, 0))
    theirs.place = "Stora salen"
    assert merge_meetings(base, mine, theirs) == (None, ["place"])
    theirs.place = "Sessionssalen"  # the same change on both sides is no clash
    assert merge_meetings(base, mine, theirs)[1] == []
    assert file_changes(b'place = "A"\n', b'place = "B"\n', "m.toml").splitlines()[2:] == [
        "@@ -1 +1 @@", '-place = "A"', '+place = "B"']


async def test_keeping_mine_as_a_draft_after_a_save_says_nothing_was_saved(
        seed_store: Path, state_home: Path, start_bra: Callable[..., TmuxSession]) -> None:
    """…and that draft stays as it is when the same user, in another terminal, edits the meeting and hangs up."""
    store = seed_store
    await _draft_after_save(store)
    kept = {d.file: d.file.read_bytes() for d in list_drafts(store)}
    pane = start_bra()
    pane.wait_for("Stora salen")  # (the draft kept with u belongs to a run still living: this test's process)
    pane.send_keys("e")
    pane.wait_for("Redigera 2024-11-15")
    pane.send_keys("Down", "Tab", "Tab", "Tab", "C-e", "C-u")
    pane.type("Rådhuset, sal 2")
    pane.wait_for(lambda shown: "Plats:          Rådhuset, sal 2" in shown and "● Osparade ändringar" in shown)
    os.kill(pane.pid, signal.SIGHUP)
    pane.wait_dead()
    after = list_drafts(store)
    assert sorted(d.meeting.place or "" for d in after) == ["Rådhuset, sal 2", "Sessionssalen"]
    assert all(file.read_bytes() == data for file, data in kept.items()), "the first draft is never written over"


async def _draft_after_save(store: Path) -> None:
    from textual.widgets import Static
    from textual.widgets._toast import Toast

    path = store / "meetings" / "2024-11-15.toml"
    async with editing(store, notifications=True) as (app, pilot, screen):
        await pilot.press("down", "tab", "tab", "tab")
        await replace(pilot, "Rådhuset")
        await save(pilot)
        assert "Sparat" in str(screen.query_one("#edit-status", Static).render())
        await replace(pilot, "Sessionssalen")
        other_process_saves(path, "Stora salen")
        screen.check_disk()  # the look every two seconds: warns with a notice, the edits are kept
        await pilot.pause(0.3)
        assert screen.disk_changed and list(app.screen.query(Toast)), "the change on disk is told"
        await save(pilot)
        assert isinstance(app.screen, ConflictDialog)
        await pilot.pause(0.3)
        assert not list(app.screen.query(Toast)), "no notice covers the dialog's choices"
        await pilot.press("u")
        await pilot.pause()
        status = str(screen.query_one("#edit-status", Static).render())
        assert "Sparat" not in status and "Inläst från disken" in status, status
        assert [d.meeting.place for d in list_drafts(store)] == ["Sessionssalen"]
