"""With NO_COLOR the selection is never shown by a background alone: the table cursor and the active tab are drawn
in reverse video and the list cursor underlined, which reads on any terminal without colour."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widget import Widget
from textual.widgets import DataTable, OptionList, Tabs

from brå_tui.tui.app import BraApp

from .helpers import settle


def _marked_cells(app: BraApp, widget: Widget, y: int, mark: str = "reverse") -> str:
    """The text on screen line y within widget drawn with mark (reverse, underline)."""
    strip = app.screen._compositor.render_strips()[y]
    text, x = "", 0
    for segment in strip:
        if widget.region.x <= x < widget.region.right and segment.style is not None and getattr(segment.style, mark):
            text += segment.text
        x += segment.cell_length
    return text.strip()


@pytest.mark.parametrize("no_color", ["1", None], ids=["NO_COLOR", "colour"])
async def test_the_selection_is_marked_without_colour(seed_store: Path, monkeypatch: pytest.MonkeyPatch,
                                                                no_color: str | None) -> None:
    if no_color is None:
        monkeypatch.delenv("NO_COLOR", raising=False)
    else:
        monkeypatch.setenv("NO_COLOR", no_color)
    app = BraApp(seed_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        listing = app.screen.query_one("#meeting-list", OptionList)
        assert listing.highlighted is not None
        row = listing.region.y + listing.highlighted - round(listing.scroll_y)
        selected = _marked_cells(app, listing, row, "underline")
        tabs = app.screen.query(Tabs).first()
        assert tabs.active_tab is not None
        active = _marked_cells(app, tabs, tabs.region.y)
        if no_color is None:
            assert not selected and not active  # in colour the theme's backgrounds show it
            return
        assert selected, "the meeting list's cursor row"
        assert active == str(tabs.active_tab.label_text)
        await pilot.press("l")
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        assert _marked_cells(app, table, table.region.y + 1 + table.cursor_row), "the table's cursor row"
