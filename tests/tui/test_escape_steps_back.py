"""Escape in a filter or search field, or in a list of hits, goes back to where the screen rests (the table, the
field) and keeps what was typed; only Escape from there leaves the screen; the footer says which of the two Escape
does now. Checked on every screen with a field."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Select

from brå_tui.tui.app import BraApp
from brå_tui.tui.screens.meetings import MeetingsScreen

from .helpers import settle
from .test_footer_fits import footer_keys, whole


def escape_says(app: BraApp) -> str:
    """What the footer calls Escape now."""
    return next(label for label in whole(*footer_keys(app)) if label.startswith("Esc "))

# screen key, keys that leave the resting place for another widget, where the screen rests, the field typed in,
# what the footer calls Escape away from the resting place
WAYS = [
    ("l", ("f", *"Mikael"), "#log-table", "#log-owner", "Till tabellen"),  # the owner filter
    ("l", ("tab", "tab"), "#log-table", None, "Till tabellen"),  # the area choice
    ("slash", (*"kamera", "enter"), "#search-text", "#search-text", "Till fältet"),  # into the hits
    ("o", (*"Mikael J", "enter"), "#owner-name", "#owner-name", "Till fältet"),  # into the answer
]


@pytest.mark.parametrize(("screen_key", "keys", "rest", "field", "away"), WAYS)
async def test_escape_goes_back_to_the_screens_resting_place_before_it_leaves(
        seed_store: Path, screen_key: str, keys: tuple[str, ...], rest: str, field: str | None, away: str) -> None:
    app = BraApp(seed_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press(screen_key)
        await settle(pilot)
        screen = app.screen
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        resting = screen.query_one(rest)
        assert app.focused is not None and resting not in app.focused.ancestors_with_self, app.focused
        typed = screen.query_one(field, Input).value if field else None
        assert escape_says(app) == f"Esc {away}"
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen, "the first Escape stays on the screen"
        assert app.focused is not None and resting in app.focused.ancestors_with_self, app.focused
        if field:
            assert screen.query_one(field, Input).value == typed, "what was typed is kept"
        assert escape_says(app) == "Esc Tillbaka"
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, MeetingsScreen)


def test_every_view_screen_with_a_field_rests_somewhere() -> None:
    from brå_tui.tui.screens import log, notice, owner, risk, search  # noqa: F401  (every view screen)
    from brå_tui.tui.screens.base import ViewScreen

    for cls in ViewScreen.__subclasses__():
        source = Path(__import__(cls.__module__, fromlist=["_"]).__file__ or "").read_text(encoding="utf-8")
        if any(f"{kind.__name__}(" in source for kind in (Input, Select)):
            assert cls.REST is not None, cls
