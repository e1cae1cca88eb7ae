"""A draft restored after the app ended (a hangup), over a file someone else changed meanwhile, is saved as the edit
it was: edits of different fields are saved together; edits of the same field stop the save, and the dialog shows
what the other changed ("Ni har båda ändrat"); nothing of either is lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from brå_tui.drafts import list_drafts
from brå_tui.store.read import read_meeting
from brå_tui.tui.editing import save_all_drafts
from brå_tui.tui.editing.screen import EditMeetingScreen
from tests.editing.harness import drafts_offered, editing
from tests.editing.keys import replace, save
from tests.editing.test_conflict import assert_conflict_shown, other_process_saves

KEY = "2024-11-15"


async def _edit_and_hang_up(store: Path) -> None:
    """Change Plats in Redigera and end the way a hangup does: the edits kept in a draft, nothing saved."""
    async with editing(store, KEY) as (app, pilot, _):
        await pilot.press("down", "tab", "tab", "tab")  # into the tab, → Plats
        await replace(pilot, "Sessionssalen")
        assert len(save_all_drafts(app)) == 1


@pytest.mark.parametrize("choice", ["draft", "overwrite"])
async def test_a_restored_draft_over_a_changed_file_shows_their_change_and_loses_nothing(
        seed_store: Path, state_home: Path, choice: str) -> None:
    path = seed_store / "meetings" / f"{KEY}.toml"
    await _edit_and_hang_up(seed_store)
    assert [d.meeting.place for d in list_drafts(seed_store)] == ["Sessionssalen"]
    other_process_saves(path, "Stora salen")  # the same field, and a follow-up's status
    theirs = path.read_bytes()
    async with drafts_offered(seed_store) as (app, pilot, _):
        await pilot.press("enter")  # Återställ
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, EditMeetingScreen) and screen.meeting.place == "Sessionssalen"
        assert any("ändrats av någon annan" in n.message for n in app._notifications)
        await save(pilot)
        assert_conflict_shown(app, path, theirs)
        await pilot.press({"draft": "u", "overwrite": "s"}[choice])
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
    meeting, _ = read_meeting(path)
    assert meeting is not None
    if choice == "draft":  # theirs in the file, mine in a draft
        assert path.read_bytes() == theirs
        assert [d.meeting.place for d in list_drafts(seed_store)] == ["Sessionssalen"]
    else:  # the user saw their change and chose to write over it
        assert meeting.place == "Sessionssalen" and list_drafts(seed_store) == []


async def test_a_restored_draft_and_a_change_of_another_field_are_saved_together(
        seed_store: Path, state_home: Path) -> None:
    path = seed_store / "meetings" / f"{KEY}.toml"
    await _edit_and_hang_up(seed_store)
    other_process_saves(path)  # the follow-up's status only
    async with drafts_offered(seed_store) as (app, pilot, _):
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, EditMeetingScreen)
        await save(pilot)
        assert app.screen is screen, "no question: the two edits do not meet"
        assert not screen.has_unsaved()
        assert any("tillsammans" in n.message for n in app._notifications)
    meeting, _ = read_meeting(path)
    assert meeting is not None
    assert meeting.place == "Sessionssalen" and meeting.followups[0].status == "Klart enligt Mikael"
    assert list_drafts(seed_store) == []
