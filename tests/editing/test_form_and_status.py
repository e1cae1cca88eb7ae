"""Editing without surprises: the status line says Sparat only after a save, ctrl+u empties a field
wherever the cursor is, a filled form is not thrown away by Escape without a question, and after saving
a new meeting Escape lands on Möten at that meeting."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from brå_tui.tui.editing.forms import FormScreen
from brå_tui.tui.editing.screen import EditMeetingScreen
from brå_tui.tui.screens.confirm import ConfirmScreen
from brå_tui.tui.screens.meetings import MeetingsScreen
from tests.editing.harness import editing, new_entry
from tests.editing.keys import type_text
from tests.tui.helpers import Waiter, running


def status(screen: EditMeetingScreen) -> str:
    return str(screen.query_one("#edit-status").render())


async def test_status_says_sparat_only_after_a_save(seed_store: Path, wait_for_workers: Waiter) -> None:
    async def run() -> None:
        async with running(seed_store) as (app, pilot):
            await pilot.press("e")
            await wait_for_workers(pilot)
            screen = app.screen
            assert isinstance(screen, EditMeetingScreen)
            assert "Sparat" not in status(screen) and "Inga ändringar" in status(screen)
            await pilot.press("escape")
            await wait_for_workers(pilot)
            await pilot.press("n")
            await wait_for_workers(pilot)
            screen = app.screen
            assert isinstance(screen, EditMeetingScreen)
            assert "Sparat" not in status(screen)
            await pilot.press("ctrl+s")
            await wait_for_workers(pilot)
            assert "Sparat" in status(screen)
    await run()


async def test_ctrl_u_empties_the_field_wherever_the_cursor_is(seed_store: Path) -> None:
    async def run() -> None:
        async with editing(seed_store) as (app, pilot, _screen):
            await pilot.press("down", "tab", "tab", "tab")  # into the tab, → Plats
            assert isinstance(app.focused, Input) and app.focused.value == "Visenten, Stadshuset"
            await pilot.press("home", "right", "right")
            await pilot.press("ctrl+u")
            assert app.focused.value == ""
            await pilot.press(*"Rådhuset")
            assert app.focused.value == "Rådhuset"
    await run()


async def test_escape_asks_before_throwing_a_filled_form_away(seed_store: Path) -> None:
    async def run() -> None:
        async with editing(seed_store) as (app, pilot, screen):
            await pilot.press("2", "down")  # Närvarande, into the list
            count = len(screen.meeting.attendees)
            await pilot.press("a")
            await pilot.pause()
            assert isinstance(app.screen, FormScreen)
            await pilot.press("escape")  # nothing typed: closes at once
            await pilot.pause()
            assert app.screen is screen
            await pilot.press("a")
            await pilot.pause()
            await pilot.press(*"Anna Andersson")
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, ConfirmScreen)
            await pilot.press("n")
            await pilot.pause()
            assert isinstance(app.screen, FormScreen), "n keeps the form and what was typed"
            await pilot.press("escape")
            await pilot.pause()
            await pilot.press("j")
            await pilot.pause()
            assert app.screen is screen and len(screen.meeting.attendees) == count
    await run()


@pytest.mark.usefixtures("seed_day")
async def test_after_saving_a_new_meeting_escape_shows_it_on_moten(seed_store: Path, wait_for_workers: Waiter) -> None:
    async def run() -> None:
        async with running(seed_store) as (app, pilot):
            await pilot.press("n")
            await wait_for_workers(pilot)
            await pilot.press("ctrl+s")
            await wait_for_workers(pilot)
            await pilot.press("escape")
            await wait_for_workers(pilot)
            assert isinstance(app.screen, MeetingsScreen)
            assert app.screen.selected_meeting == "2025-02-14"
    await run()


async def test_followup_list_shows_each_status(seed_store: Path) -> None:
    async def run() -> None:
        async with editing(seed_store) as (_app, pilot, screen):
            await pilot.press("5")
            await pilot.pause()
            listing = screen.query_one("#list-followups")
            shown = [str(option.prompt) for option in listing.options]
            for followup in screen.meeting.followups:
                line = next(s for s in shown if followup.title in s)
                assert (followup.status or "(ingen status)") in line, followup.title
    await run()


async def test_a_new_followup_form_does_not_contradict_itself(seed_store: Path) -> None:
    async def run() -> None:
        async with editing(seed_store) as (app, pilot, screen):
            form = await new_entry(pilot, "5", FormScreen)
            reasons = " ".join(str(label.render()) for label in form.query(".field-reason"))
            assert "Id får inte vara" not in reasons, "an empty id is made from the title, as the field says"
            form.field("f-title").focus()
            await pilot.pause()
            await type_text(pilot, "Trygghetsvandring i Krylbo")
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert app.screen is screen
            added = next(f for f in screen.meeting.followups if f.title == "Trygghetsvandring i Krylbo")
            assert added.id == "trygghetsvandring-i-krylbo"
    await run()
