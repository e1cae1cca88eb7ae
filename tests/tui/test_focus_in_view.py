"""At 60×20 the widget with focus is always on screen: Tab through every form of Redigera and the focused field or
list is shown whole, scrolled into view, never below the form's edge while the footer shows its keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.geometry import Region
from textual.widget import Widget

from brå_tui.tui.app import BraApp
from brå_tui.tui.editing.forms import FormScreen

from .helpers import settle

# From Möten: the keys that open each form of Redigera (a tab, then a new entry or the selected one).
FORMS: dict[str, tuple[str, ...]] = {
    "närvarande": ("e", "2", "down", "enter"),
    "ärende": ("e", "3", "down", "enter"),
    "ärende ny": ("e", "3", "down", "a"),
    "uppföljning": ("e", "5", "down", "enter"),
    "tidplan": ("e", "6", "down", "a"),
}


def _shown_whole(app: BraApp, widget: Widget) -> bool:
    geometry = app.screen.find_widget(widget)
    screen = Region(0, 0, *app.size)
    return screen.contains_region(geometry.region) and geometry.clip.contains_region(geometry.region)


@pytest.mark.parametrize("keys", list(FORMS.values()), ids=list(FORMS))
async def test_the_focused_widget_is_on_screen_in_every_form_at_60x20(seed_store: Path,
                                                                     keys: tuple[str, ...]) -> None:
    app = BraApp(seed_store)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        assert isinstance(app.screen, FormScreen), app.screen
        seen: list[Widget] = []
        for _ in range(30):
            focused = app.focused
            assert focused is not None
            if focused in seen:
                break
            seen.append(focused)
            await pilot.pause(0.05)
            assert _shown_whole(app, focused), (focused, app.screen.find_widget(focused))
            await pilot.press("tab")
            await settle(pilot)
        assert len(seen) > 3
