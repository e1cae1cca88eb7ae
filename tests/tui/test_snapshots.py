"""SVG snapshots of every screen at 80×24 (one at 120×40), in colour and with NO_COLOR."""

from __future__ import annotations

from pathlib import Path
from typing import Awaitable, Callable

import pytest
from textual.pilot import Pilot

from brå_tui.tui.app import BraApp

from .helpers import settle

Snap = Callable[..., bool]


def _after(*keys: str) -> Callable[[Pilot[None]], Awaitable[None]]:
    """Wait for the store, press the keys (waiting after each), wait again."""

    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot.app, pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot.app, pilot)

    return run_before


def _typed(first: str, text: str) -> tuple[str, ...]:
    """A key that opens a screen, then text typed into its field."""
    return (first, *["space" if c == " " else c for c in text])


SCREENS: dict[str, tuple[str, ...]] = {
    "meetings": (),
    "meetings_items_tab": ("3",),
    "meetings_planned": ("down", "down"),
    "risk": ("r",),
    "log": ("l",),
    "log_history": ("l", "down", "enter"),
    "owner_nobody": ("o",),
    "owner_mikael_j": _typed("o", "Mikael J"),
    "owner_ambiguous": _typed("o", "mikael"),
    "search": _typed("slash", "grannsamverkan"),
    "help": ("question_mark",),
    "export": ("x",),
}


@pytest.mark.parametrize("name", list(SCREENS))
def test_screen_80x24(name: str, snap_compare: Snap, seed_store: Path) -> None:
    assert snap_compare(BraApp(seed_store), terminal_size=(80, 24), run_before=_after(*SCREENS[name]))


@pytest.mark.parametrize("name", ["meetings", "risk", "log"])
def test_screen_120x40(name: str, snap_compare: Snap, seed_store: Path) -> None:
    assert snap_compare(BraApp(seed_store), terminal_size=(120, 40), run_before=_after(*SCREENS[name]))


@pytest.mark.parametrize("name", ["meetings", "risk", "log", "owner_mikael_j"])
def test_screen_no_color(name: str, snap_compare: Snap, seed_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    assert snap_compare(BraApp(seed_store), terminal_size=(80, 24), run_before=_after(*SCREENS[name]))


def test_broken_file(snap_compare: Snap, broken_store: Path) -> None:
    assert snap_compare(BraApp(broken_store), terminal_size=(80, 24), run_before=_after("down"))


def test_empty_store(snap_compare: Snap, empty_store: Path) -> None:
    assert snap_compare(BraApp(empty_store), terminal_size=(80, 24), run_before=_after())
