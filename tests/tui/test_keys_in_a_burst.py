"""Keys that arrive together (a fast typist, a slow ssh link, a paste of keys) do what they do one at a time: a key
waits for the answer the key before asked for (Sök's hits) and for the scroll it set going (Hjälp)."""

from __future__ import annotations

from textual import events
from textual.containers import VerticalScroll
from textual.pilot import Pilot

from brå_tui.tui.app import BraApp
from brå_tui.tui.screens.help import HelpScreen
from brå_tui.tui.screens.meetings import MeetingsScreen
from brå_tui.tui.widgets.meeting_tabs import MeetingTabs

from .helpers import Waiter


async def burst(app: BraApp, pilot: Pilot[None], *keys: str) -> None:
    """The keys as the terminal hands them over when they are read at once (all queued before the first is
    handled); back when every one of them has been handled."""
    for key in keys:
        app.post_message(events.Key(key, key if len(key) == 1 else None))
    await pilot.pause()
    for _ in range(200):
        if not app.typing_ahead:
            break
        await pilot.pause(0.05)
    await pilot.pause(0.1)


async def test_enter_typed_straight_after_a_search_goes_to_the_hits(app: BraApp, pilot: Pilot[None],
                                                                    wait_for_workers: Waiter) -> None:
    await burst(app, pilot, "slash", *"krylbo", "enter", "enter")
    await wait_for_workers(pilot)
    assert isinstance(app.screen, MeetingsScreen)
    assert app.screen.query_one(MeetingTabs).active == "ovriga"


async def test_every_arrow_in_a_burst_scrolls_the_help(app: BraApp, pilot: Pilot[None],
                                                       wait_for_workers: Waiter) -> None:
    for screen in ("", "r", "l"):
        if screen:
            await pilot.press(screen)
            await wait_for_workers(pilot)
        await pilot.press("question_mark", "end")
        await pilot.pause(0.3)
        assert isinstance(app.screen, HelpScreen)
        scroll = app.screen.query_one("#help-scroll", VerticalScroll)
        assert scroll.scroll_y > 10
        await burst(app, pilot, "home", *["down"] * 10)
        assert scroll.scroll_y == 10, screen
        await burst(app, pilot, *["up"] * 4)
        assert scroll.scroll_y == 6, screen
        await pilot.press("escape", "escape")
        await wait_for_workers(pilot)
