"""Keeping one's own edits as a draft after a conflict: the notice names the meeting in Swedish (no file name), and a
new meeting that someone else made first meanwhile is kept as a draft of that meeting, never as a second new one."""

from __future__ import annotations

import asyncio
from pathlib import Path

from brå_tui.drafts import list_drafts
from brå_tui.store.atomic import locked
from brå_tui.tui.editing.dialogs import ConflictDialog
from brå_tui.tui.editing.screen import EditMeetingScreen
from tests.editing.harness import EditHarness, drafts_offered, editing
from tests.editing.keys import replace, save, until
from tests.editing.test_conflict import other_process_saves


def _kept_notice(app: EditHarness) -> str:
    [notice] = [n.message for n in app._notifications if "utkast" in n.message]
    return notice


async def test_the_notice_names_the_meeting_whose_draft_was_kept(seed_store: Path, state_home: Path) -> None:
    path = seed_store / "meetings" / "2024-11-15.toml"
    async with editing(seed_store) as (app, pilot, _):
        await pilot.press("down", "tab", "tab", "tab")  # into the tab, → Plats
        await replace(pilot, "Sessionssalen")
        other_process_saves(path, "Stora salen")
        await save(pilot)
        assert isinstance(app.screen, ConflictDialog)
        await pilot.press("u")
        await pilot.pause()
        notice = _kept_notice(app)
    assert notice == "Dina ändringar av mötet 2024-11-15 finns kvar som utkast; de erbjuds nästa gång bra startar."
    [draft] = list_drafts(seed_store)
    assert draft.file.name not in notice and ".toml" not in notice


async def test_a_new_meeting_made_meanwhile_keeps_the_draft_under_that_meeting(seed_store: Path,
                                                                               state_home: Path) -> None:
    """Nytt möte is saved while someone else makes the same meeting (their save holds the store's lock): the save
    stops as a conflict, and u keeps the edits as a draft of the meeting that now exists, which the screen then
    shows as its file holds it; at the next start the draft is offered as that meeting's and restores onto it."""
    app = EditHarness(seed_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, EditMeetingScreen) and screen.new
        key = screen.meeting.date.isoformat()
        target = seed_store / "meetings" / f"{key}.toml"
        await pilot.press("down", "tab", "tab", "tab")  # → Plats
        await replace(pilot, "Sessionssalen")
        theirs = (seed_store / "meetings" / "2024-11-15.toml").read_text(encoding="utf-8")
        theirs = theirs.replace("2024-11-15", key).replace("Visenten, Stadshuset", "Deras sal")
        with locked(target.parent):  # another process saving: ours waits for the lock
            await pilot.press("ctrl+s")
            await asyncio.sleep(0.3)
            target.write_text(theirs, encoding="utf-8")
        await until(pilot, lambda: isinstance(app.screen, ConflictDialog))
        await pilot.press("u")
        await until(pilot, lambda: app.screen is screen and not screen.has_unsaved())
        assert screen.meeting.place == "Deras sal" and screen.path == target
        assert screen.heading == f"Redigera {key}"
        await until(pilot, lambda: any("utkast" in n.message for n in app._notifications))
        notice = _kept_notice(app)
    assert notice == f"Dina ändringar av mötet {key} finns kvar som utkast; de erbjuds nästa gång bra startar."
    [draft] = list_drafts(seed_store)
    assert "-ny." not in draft.file.name and f"-{key}." in draft.file.name
    assert not draft.new and draft.key == key and draft.meeting_path == target
    assert target.read_text(encoding="utf-8") == theirs, "their meeting is as they saved it"
    async with drafts_offered(seed_store) as (app, pilot, dialog):
        assert f"mötet {key}" in dialog.found[0].label()
        await pilot.press("enter")
        await pilot.pause()
        restored = app.screen
        assert isinstance(restored, EditMeetingScreen) and not restored.new and restored.path == target
        assert restored.meeting.place == "Sessionssalen" and restored.has_unsaved()
