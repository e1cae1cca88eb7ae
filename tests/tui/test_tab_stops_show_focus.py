"""Tab through every screen and form with fields: each stop is a widget on the screen, and focusing it changes what
the screen shows (a cursor, a highlight), so there is no Tab stop where the focus cannot be seen."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widget import Widget

from .helpers import focused_and_not, running, tab_round

# Ways from Möten to each screen and form with fields (Redigera's Översikt and Lägesbild, the form of each list,
# a decision's form inside an item's, Sök, Ansvarig, Åtgärdslogg, Exportera).
PATHS = [("e", "down"), ("e", "4", "down"), ("e", "2", "down", "enter"), ("e", "2", "down", "a"),
         ("e", "3", "down", "enter"), ("e", "3", "down", "enter", "shift+tab", "a"), ("e", "5", "down", "enter"),
         ("e", "6", "down", "a"), ("e", "7", "down", "enter"), ("slash",), ("o",), ("l",), ("x",)]


async def stop_is_seen(pilot: Pilot[None], widget: Widget) -> str | None:
    """Why the focus on widget cannot be seen; None when it can."""
    app = pilot.app
    name = f"{type(widget).__name__}#{widget.id}"
    if not widget.display or widget.region.area == 0 or not app.screen.region.contains_region(widget.region):
        return f"{name} is not on the screen ({widget.region})"
    focused, blurred = await focused_and_not(pilot, widget, app.export_screenshot)  # the SVG
    return None if focused != blurred else f"{name} looks the same focused and not"


@pytest.mark.parametrize("path", PATHS, ids=" ".join)
async def test_every_tab_stop_is_seen(seed_store: Path, path: tuple[str, ...]) -> None:
    async with running(seed_store, *path) as (_, pilot):
        problems, stops = await tab_round(pilot, lambda widget: stop_is_seen(pilot, widget))
        assert stops > 1 and not problems, problems
