"""n on a planned meeting in Möten writes that meeting: its date, and the time and place the schedule gives it."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList

from brå_tui.questions.newmeeting import planned
from brå_tui.store.load import load
from brå_tui.tui.app import BraApp
from brå_tui.tui.editing.fields import Field
from brå_tui.tui.editing.screen import EditMeetingScreen
from brå_tui.tui.screens.confirm import ConfirmScreen

from .helpers import Waiter


async def _new_meeting(pilot: Pilot[None], wait_for_workers: Waiter) -> EditMeetingScreen:
    """n in Möten: the new meeting's Redigera."""
    await pilot.press("n")
    await wait_for_workers(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, EditMeetingScreen)
    return screen


async def _saved_on_a_busy_day(pilot: Pilot[None], wait_for_workers: Waiter) -> EditMeetingScreen:
    """A new meeting moved to 2024-11-15, a day that has its notes already, and ctrl+s; its Redigera."""
    screen = await _new_meeting(pilot, wait_for_workers)
    screen.query_one("#m-date", Field).value = "2024-11-15"
    await pilot.press("ctrl+s")
    await wait_for_workers(pilot)
    return screen


@pytest.mark.long
async def test_n_on_each_planned_meeting_opens_that_meeting(app: BraApp, pilot: Pilot[None],
                                                            wait_for_workers: Waiter) -> None:
    assert app.store is not None
    entries = planned(load(app.store.root))
    assert len(entries) > 1
    for entry in entries:
        listing = app.screen.query_one("#meeting-list", OptionList)
        listing.highlighted = listing.get_option_index(f"p:{entry.date.isoformat()}")
        await pilot.pause()
        screen = await _new_meeting(pilot, wait_for_workers)
        assert screen.meeting.date == entry.date
        assert screen.meeting.place == entry.place
        assert (screen.meeting.start, screen.meeting.end) == (entry.start, entry.end)
        assert entry.date.isoformat() in str(screen.sub_title)
        await pilot.press("escape")  # a new meeting is not left without asking
        await wait_for_workers(pilot)
        if isinstance(app.screen, ConfirmScreen):
            await pilot.press("j")
            await wait_for_workers(pilot)


@pytest.mark.usefixtures("seed_day")
async def test_n_on_a_held_meeting_opens_the_next_in_the_schedule(app: BraApp, pilot: Pilot[None],
                                                                  wait_for_workers: Waiter) -> None:
    assert app.store is not None
    screen = await _new_meeting(pilot, wait_for_workers)
    assert screen.meeting.date == planned(load(app.store.root))[0].date


async def test_a_new_meeting_on_a_date_that_has_one_asks_before_it_becomes_the_days_second(
        app: BraApp, pilot: Pilot[None], wait_for_workers: Waiter) -> None:
    """A new meeting moved to 2024-11-15, which has its notes: saving asks (n keeps the editor open, nothing is
    written); j writes 2024-11-15-2.toml beside the first, which stays as it was."""
    assert app.store is not None
    first = app.store.root / "meetings" / "2024-11-15.toml"
    before = first.read_bytes()
    screen = await _saved_on_a_busy_day(pilot, wait_for_workers)
    assert isinstance(app.screen, ConfirmScreen) and "dagens andra möte (2024-11-15-2)" in app.screen.question
    await pilot.press("n")
    await wait_for_workers(pilot)
    assert app.screen is screen and not (first.parent / "2024-11-15-2.toml").exists()
    await pilot.press("ctrl+s")
    await wait_for_workers(pilot)
    await pilot.press("j")
    await wait_for_workers(pilot)
    assert (first.parent / "2024-11-15-2.toml").exists() and first.read_bytes() == before


async def test_a_new_meeting_on_a_busy_day_is_asked_about_by_its_real_number_and_again_if_taken(
        app: BraApp, pilot: Pilot[None], wait_for_workers: Waiter) -> None:
    """With two meetings on 2024-11-15 the question counts both and names the third; when another user saves a
    third meanwhile, j does not save under another name silently: the question comes again for the fourth."""
    assert app.store is not None
    folder = app.store.root / "meetings"
    first = folder / "2024-11-15.toml"
    (folder / "2024-11-15-2.toml").write_bytes(first.read_bytes())
    await _saved_on_a_busy_day(pilot, wait_for_workers)
    assert isinstance(app.screen, ConfirmScreen)
    assert app.screen.question == ("Det finns redan två möten den 2024-11-15. Spara det här som dagens tredje möte "
                                   "(2024-11-15-3)? j/n")
    (folder / "2024-11-15-3.toml").write_bytes(first.read_bytes())  # another user's third, saved meanwhile
    await pilot.press("j")
    await wait_for_workers(pilot)
    assert isinstance(app.screen, ConfirmScreen), "not saved as the fourth without a question"
    assert app.screen.question == ("Det finns redan tre möten den 2024-11-15. Spara det här som dagens fjärde möte "
                                   "(2024-11-15-4)? j/n")
    assert not (folder / "2024-11-15-4.toml").exists()
    await pilot.press("j")
    await wait_for_workers(pilot)
    assert (folder / "2024-11-15-4.toml").exists()
    assert (folder / "2024-11-15-3.toml").read_bytes() == first.read_bytes()
