"""Keys typed in one burst, before the edit screen has appeared, all land where they were meant to go."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.pilot import Pilot

from brå_tui.tui.app import BraApp
from brå_tui.tui.editing.fields import Field
from brå_tui.tui.editing.forms import AttendeeForm
from brå_tui.tui.editing.screen import EditMeetingScreen
from tests.tui.helpers import Waiter

CHARACTERS = {" ": "space", "-": "minus", ",": "comma"}
NAMED = {"tab": "\t", "enter": "\r", "escape": "\x1b"}
TAB_TO_PLACE = ("down", "tab", "tab", "tab", "end", "ctrl+u")  # tabs → Datum → Start → Slut → Plats, emptied


def _key(name: str) -> events.Key:
    """The event a terminal delivers for one key (a character, or a name like "tab" or "ctrl+n")."""
    if len(name) == 1:
        return events.Key(name if name.isalnum() else CHARACTERS[name], name)
    return events.Key(name, NAMED.get(name))


async def _burst(app: BraApp, pilot: Pilot[None], *keys: str | events.Paste) -> None:
    """Post every key (or paste) at once, as a fast typist over ssh delivers them, then wait until all are handled."""
    expected = app.keys_handed_on + len(keys)
    for key in keys:
        app.post_message(key if isinstance(key, events.Paste) else _key(key))
    rounds = 0
    while app.keys_handed_on < expected or app.typing_ahead:
        rounds += 1
        assert rounds < 100_000, "the keys were never all handled"
        await pilot.pause()
    await pilot.pause()


def _text(text: str) -> list[str]:
    """Text as the keys that type it."""
    return list(text)


async def test_keys_typed_right_after_e_reach_the_field(seed_store: Path, state_home: Path,
                                                        wait_for_workers: Waiter) -> None:
    async def run() -> None:
        app = BraApp(seed_store)
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_for_workers(pilot)
            assert app.store is not None
            await _burst(app, pilot, "e", *TAB_TO_PLACE, *_text("Rådhuset, sal 2"))
            screen = app.screen
            assert isinstance(screen, EditMeetingScreen)
            values = {f.id: f.value for f in screen.query("Field") if f.id and f.id.startswith("m-") and f.value}
            assert values == {"m-date": "2024-11-15", "m-start": "09:00", "m-end": "11:20",
                              "m-place": "Rådhuset, sal 2"}
            assert screen.meeting.place == "Rådhuset, sal 2"

    await run()


@pytest.mark.usefixtures("seed_day")
async def test_keys_typed_right_after_n_reach_the_new_meeting(seed_store: Path, state_home: Path,
                                                              wait_for_workers: Waiter) -> None:
    async def run() -> None:
        app = BraApp(seed_store)
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_for_workers(pilot)
            await _burst(app, pilot, "n", *TAB_TO_PLACE, *_text("Sessionssalen"))
            screen = app.screen
            assert isinstance(screen, EditMeetingScreen) and screen.new
            assert screen.query_one("#m-place", Field).value == "Sessionssalen"
            assert screen.query_one("#m-date", Field).value == "2025-02-14"

    await run()


async def test_keys_typed_right_after_a_tab_switch_reach_the_new_tab(seed_store: Path, state_home: Path,
                                                                     wait_for_workers: Waiter) -> None:
    async def run() -> None:
        app = BraApp(seed_store)
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_for_workers(pilot)
            await _burst(app, pilot, "e", "ctrl+n", "ctrl+n", "ctrl+n", *_text("2024-10"))
            screen = app.screen
            assert isinstance(screen, EditMeetingScreen)
            assert screen.query_one("#r-period", Field).value == "2024-10"
            assert screen.query_one("#m-date", Field).value == "2024-11-15"

    await run()


async def test_keys_typed_right_after_a_form_opens_reach_its_first_field(seed_store: Path, state_home: Path,
                                                                         wait_for_workers: Waiter) -> None:
    async def run() -> None:
        app = BraApp(seed_store)
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_for_workers(pilot)
            await _burst(app, pilot, "e", "ctrl+n", "a", *_text("Kalle Anka"))
            form = app.screen
            assert isinstance(form, AttendeeForm)
            assert form.field("f-name").value == "Kalle Anka"

    await run()


async def test_text_pasted_right_after_a_tab_switch_reaches_the_new_tab(seed_store: Path, state_home: Path,
                                                                        wait_for_workers: Waiter) -> None:
    async def run() -> None:
        app = BraApp(seed_store)
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_for_workers(pilot)
            await _burst(app, pilot, "e", "ctrl+n", "ctrl+n", "ctrl+n", "tab", events.Paste("Polisen"))
            screen = app.screen
            assert isinstance(screen, EditMeetingScreen)
            assert screen.query_one("#r-source", Field).value == "Polisen"  # it replaces the file's text, selected
            assert screen.query_one("#r-period", Field).value == ""

    await run()
