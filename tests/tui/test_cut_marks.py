"""Text cut at the terminal's edge shows "…": the tab row of Möten and Redigera (at either edge, following the
active tab and a resize), and the one-line status and hint lines; nothing is marked when all of it fits."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Tabs

from brå_tui.tui.app import BraApp

from .helpers import settle


def _line(app: BraApp, y: int) -> str:
    """Line y of the terminal as plain text."""
    strips = app.screen._compositor.render_strips()
    return strips[y].text


def tab_row(app: BraApp) -> tuple[str, int]:
    tabs = app.screen.query(Tabs).first()
    y = tabs.region.y
    return _line(app, y)[tabs.region.x:tabs.region.right].rstrip(), y


@pytest.mark.parametrize("keys", [(), ("e",)], ids=["Möten", "Redigera"])
async def test_a_cut_tab_row_shows_an_ellipsis_where_tabs_are_hidden(seed_store: Path, keys: tuple[str, ...]) -> None:
    app = BraApp(seed_store)
    async with app.run_test(size=(54, 24)) as pilot:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        shown, _ = tab_row(app)
        assert shown.endswith("…") and not shown.lstrip("▕ ").startswith("…"), shown
        for _ in range(6):
            app.screen.query(Tabs).first().action_next_tab()
            await settle(pilot)
        shown, _ = tab_row(app)
        assert shown.lstrip("▕ ").startswith("…") and "Övrigt" in shown, shown
        await pilot.resize_terminal(140, 24)
        await settle(pilot)
        await pilot.pause(0.1)
        shown, _ = tab_row(app)
        assert "…" not in shown and "Översikt" in shown.replace("Tid ", "Översikt ") and "Övrigt" in shown, shown
