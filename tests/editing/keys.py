"""Helpers for driving the editing screens by keys in pilot tests."""

from __future__ import annotations

import time
from collections.abc import Callable

from textual.pilot import Pilot


async def type_text(pilot: Pilot, text: str) -> None:
    """Type text key by key, as a user would."""
    for char in text:
        await pilot.press(char)


async def replace(pilot: Pilot, text: str) -> None:
    """Clear the focused input (end, then ctrl+u) and type text."""
    await pilot.press("end", "ctrl+u")
    await type_text(pilot, text)
    await pilot.pause()


async def save(pilot: Pilot) -> None:
    """ctrl+s, then wait until the save running beside the screen has ended and its result is shown."""
    await pilot.press("ctrl+s")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def until(pilot: Pilot, condition: Callable[[], bool], seconds: float = 60.0) -> bool:
    """Let the app run until condition() holds or seconds pass (the app's own timers do the work, as does a layout
    that follows another, or one of a screen beneath a dialog); whether it holds then."""
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        await pilot.pause(0.05)
    return condition()
