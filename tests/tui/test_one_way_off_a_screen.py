"""Every way of changing screen (a command of the palette, a screen key, Escape) goes the same way: from Redigera with
unsaved changes, or from a dialog, the user is asked "Lämna utan att spara?" first and nothing happens on a no;
while a save runs, the user is told to wait and stays."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from textual.command import CommandPalette
from textual.pilot import Pilot

from brå_tui.tui.app import BraApp
from brå_tui.tui.editing.guard import LEAVE_QUESTION, WAIT_FOR_SAVE
from brå_tui.tui.editing.screen import EditMeetingScreen
from brå_tui.tui.screens.confirm import ConfirmScreen
from brå_tui.tui.screens.export import ExportScreen
from brå_tui.tui.screens.meetings import MeetingsScreen
from brå_tui.tui.screens.owner import OwnerScreen
from brå_tui.tui.screens.risk import RiskScreen
from tests.editing.keys import replace

from .helpers import settle


async def _palette(pilot: Pilot[None], query: str) -> None:
    """ctrl+p, type query, take the first hit."""
    await pilot.press("ctrl+p")
    await pilot.pause()
    assert isinstance(pilot.app.screen, CommandPalette)
    await pilot.press(*query)
    await pilot.pause(0.5)
    await pilot.press("down", "enter")
    await settle(pilot)


async def _edit_with_a_change(app: BraApp, pilot: Pilot[None]) -> EditMeetingScreen:
    """Redigera on the selected meeting, its place changed and not saved."""
    await pilot.press("e")
    await settle(pilot)
    editor = app.screen
    assert isinstance(editor, EditMeetingScreen)
    await pilot.press("down", "tab", "tab", "tab")  # into Tid → Plats
    await replace(pilot, "Sessionssalen")
    assert editor.has_unsaved()
    return editor


def _question(app: BraApp) -> str:
    screen = app.screen
    return screen.question if isinstance(screen, ConfirmScreen) else ""


async def test_the_palette_asks_before_it_leaves_unsaved_edits(seed_store: Path) -> None:
    app = BraApp(seed_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        editor = await _edit_with_a_change(app, pilot)
        await _palette(pilot, "Person Mikael")
        assert _question(app) == LEAVE_QUESTION, app.screen
        await pilot.press("n")
        await settle(pilot)
        assert app.screen is editor and editor.has_unsaved(), "no: the edits stay, and so does the screen"
        await _palette(pilot, "Person Mikael")
        assert _question(app) == LEAVE_QUESTION
        await pilot.press("j")
        await settle(pilot)
        assert isinstance(app.screen, OwnerScreen)
        assert editor not in app.screen_stack, "the edit screen is left, not kept under the new one"
        assert [type(s) for s in app.screen_stack[:-1]] == [MeetingsScreen]


async def test_the_palette_goes_at_once_from_an_unchanged_edit(seed_store: Path) -> None:
    app = BraApp(seed_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        editor = app.screen
        assert isinstance(editor, EditMeetingScreen)
        await _palette(pilot, "2024-02-09")
        assert isinstance(app.screen, MeetingsScreen), "nothing to lose: no question"
        assert app.screen.selected_meeting == "2024-02-09"
        assert editor not in app.screen_stack


async def test_the_palette_asks_before_it_closes_a_dialog(seed_store: Path) -> None:
    app = BraApp(seed_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        await _palette(pilot, "Person Mikael")
        assert _question(app) == LEAVE_QUESTION, "the owner screen is not opened over the dialog"
        await pilot.press("n")
        await settle(pilot)
        assert app.screen is dialog
        await _palette(pilot, "Person Mikael")
        await pilot.press("j")
        await settle(pilot)
        assert isinstance(app.screen, OwnerScreen) and dialog not in app.screen_stack


async def test_escape_and_the_screen_keys_go_the_same_way(seed_store: Path) -> None:
    app = BraApp(seed_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        editor = await _edit_with_a_change(app, pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert _question(app) == LEAVE_QUESTION
        await pilot.press("n")
        await settle(pilot)
        assert app.screen is editor
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        assert isinstance(app.screen, MeetingsScreen)
        await pilot.press("r")  # a view screen holds nothing unsaved: the screen key goes at once
        await settle(pilot)
        assert isinstance(app.screen, RiskScreen)
        await pilot.press("l")
        await settle(pilot)
        assert [type(s).__name__ for s in app.screen_stack] == ["MeetingsScreen", "LogScreen"]


async def test_nothing_is_left_while_a_save_runs(seed_store: Path) -> None:
    app = BraApp(seed_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        editor = await _edit_with_a_change(app, pilot)
        # Another bra saving in the same folder holds its lock: this save waits for it.
        folder = os.open(seed_store / "meetings", os.O_RDONLY)
        fcntl.flock(folder, fcntl.LOCK_EX)
        try:
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert editor.saving
            await pilot.press("ctrl+p")
            await pilot.pause()
            await pilot.press(*"Person Mikael")
            await pilot.pause(0.5)
            await pilot.press("down", "enter")
            await pilot.pause()
            assert app.screen is editor, "not left during the save"
            assert any(n.message == WAIT_FOR_SAVE for n in app._notifications)
            editor.focus_tab("tid")
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen is editor and not isinstance(app.screen, ConfirmScreen)
        finally:
            fcntl.flock(folder, fcntl.LOCK_UN)
            os.close(folder)
        await settle(pilot)
        assert not editor.saving and not editor.has_unsaved()
