"""Tab through every screen and form with fields: each stop is a widget on the screen, and focusing it changes what
the screen shows (a cursor, a highlight), so there is no Tab stop where the focus cannot be seen."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input, TextArea

from brå_tui.tui.app import BraApp

from .helpers import running

# Ways from Möten to each screen and form with fields (Redigera's Översikt and Lägesbild, the form of each list,
# a decision's form inside an item's, Sök, Ansvarig, Åtgärdslogg, Exportera).
PATHS = [("e", "down"), ("e", "4", "down"), ("e", "2", "down", "enter"), ("e", "2", "down", "a"),
         ("e", "3", "down", "enter"), ("e", "3", "down", "enter", "shift+tab", "a"), ("e", "5", "down", "enter"),
         ("e", "6", "down", "a"), ("e", "7", "down", "enter"), ("slash",), ("o",), ("l",), ("x",)]


def screen_image(app: object) -> str:
    """The whole screen as drawn (an SVG), the cursors not blinking."""
    assert isinstance(app, BraApp)
    for widget in app.screen.query("Input, TextArea"):
        assert isinstance(widget, Input | TextArea)
        widget.cursor_blink = False
    return app.export_screenshot()


async def stop_is_seen(pilot: Pilot[None], widget: Widget) -> str | None:
    """Why the focus on widget cannot be seen; None when it can."""
    app = pilot.app
    name = f"{type(widget).__name__}#{widget.id}"
    if not widget.display or widget.region.area == 0 or not app.screen.region.contains_region(widget.region):
        return f"{name} is not on the screen ({widget.region})"
    focused = screen_image(app)
    app.screen.set_focus(None)
    await pilot.pause()
    blurred = screen_image(app)
    app.screen.set_focus(widget)
    await pilot.pause()
    return None if focused != blurred else f"{name} looks the same focused and not"


@pytest.mark.parametrize("path", PATHS, ids=" ".join)
async def test_every_tab_stop_is_seen(seed_store: Path, path: tuple[str, ...]) -> None:
    async with running(seed_store, *path) as (app, pilot):
        screen = app.screen
        start = screen.focused
        assert start is not None, path
        problems, stops = [], 0
        for _ in range(40):
            widget = screen.focused
            assert widget is not None
            await pilot.pause()
            problem = await stop_is_seen(pilot, widget)
            if problem:
                problems.append(problem)
            stops += 1
            await pilot.press("tab")
            await pilot.pause()
            if screen.focused is start or app.screen is not screen:
                break
        assert app.screen is screen and screen.focused is start, "Tab comes round to where it started"
        assert stops > 1 and not problems, problems
