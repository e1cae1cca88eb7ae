"""SVG snapshots of every screen at 80×24 (one at 120×40), in colour and with NO_COLOR."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from brå_tui.tui.app import BraApp

from .helpers import after

Snap = Callable[..., bool]


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
    assert snap_compare(BraApp(seed_store), terminal_size=(80, 24), run_before=after(*SCREENS[name]))


@pytest.mark.parametrize("name", ["meetings", "risk", "log"])
def test_screen_120x40(name: str, snap_compare: Snap, seed_store: Path) -> None:
    assert snap_compare(BraApp(seed_store), terminal_size=(120, 40), run_before=after(*SCREENS[name]))


@pytest.mark.parametrize("name", ["meetings", "risk", "log", "owner_mikael_j"])
def test_screen_no_color(name: str, snap_compare: Snap, seed_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    assert snap_compare(BraApp(seed_store), terminal_size=(80, 24), run_before=after(*SCREENS[name]))


def test_broken_file(snap_compare: Snap, broken_store: Path) -> None:
    assert snap_compare(BraApp(broken_store), terminal_size=(80, 24), run_before=after("down"))


def test_empty_store(snap_compare: Snap, empty_store: Path) -> None:
    assert snap_compare(BraApp(empty_store), terminal_size=(80, 24), run_before=after())
