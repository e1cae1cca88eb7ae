"""SVG snapshots of the editing screens at 80×24, in colour and with NO_COLOR."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from brå_tui.tui.app import BraApp
from tests.tui.helpers import after

Snap = Callable[..., bool]


@pytest.fixture(autouse=True)
def editor_vi(monkeypatch: pytest.MonkeyPatch) -> None:
    """The notes name the editor ctrl+e opens: the same one on every machine."""
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", "vi")


NEXT = "ctrl+n"
SCREENS: dict[str, tuple[str, ...]] = {
    "edit_time_place": ("e",),
    "edit_invalid_time": ("e", "down", "tab", "ctrl+u", "2", "5", "tab"),  # judged once the field is left
    "edit_attendees": ("e", NEXT),
    "edit_item_form": ("e", NEXT, NEXT, "down", "down", "enter"),
    "edit_risk": ("e", NEXT, NEXT, NEXT),
    "edit_followups": ("e", NEXT, NEXT, NEXT, NEXT),
    "edit_followup_form": ("e", NEXT, NEXT, NEXT, NEXT, "down", "enter"),
    "edit_remove_question": ("e", "ctrl+o", "ctrl+o", "down", "d"),
    "new_meeting": ("n",),
}


@pytest.mark.parametrize("name", list(SCREENS))
def test_editing_80x24(name: str, snap_compare: Snap, seed_store: Path, state_home: Path,
                       request: pytest.FixtureRequest) -> None:
    if name == "new_meeting":  # on the seed's first planned date: the clock on a day when it is still ahead
        request.getfixturevalue("seed_day")
    assert snap_compare(BraApp(seed_store), terminal_size=(80, 24), run_before=after(*SCREENS[name]))


@pytest.mark.parametrize("name", ["edit_invalid_time", "edit_risk", "edit_followups"])
def test_editing_no_color(name: str, snap_compare: Snap, seed_store: Path, state_home: Path,
                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    assert snap_compare(BraApp(seed_store), terminal_size=(80, 24), run_before=after(*SCREENS[name]))
