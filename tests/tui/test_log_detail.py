"""Åtgärdslogg at 80 columns: a cut cell ends in …, and the highlighted entry is shown in full under the
table with its status and first and last meeting, as `bra log` shows them."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.widgets import DataTable

from brå_tui.tui.app import BraApp
from brå_tui.tui.screens.log import LogScreen

from .helpers import Waiter, plain, settle, shown


async def test_cut_cells_end_in_an_ellipsis_and_the_row_is_shown_in_full(app: BraApp, pilot: Pilot[None],
                                                                         wait_for_workers: Waiter) -> None:
    await pilot.press("l")
    await wait_for_workers(pilot)
    assert isinstance(app.screen, LogScreen)
    table = app.screen.query_one(DataTable)
    for row in range(table.row_count):
        entry = app.screen.shown[row]
        title = " ".join(plain(table.get_cell_at((row, 0))).split())  # on one line or wrapped onto two
        whole = " ".join(entry.title.split())
        assert title == whole or (title.endswith(" …") and whole.startswith(title[:-2])), title
    seen_last = seen_due = False
    for row in range(table.row_count):
        entry = app.screen.shown[row]
        detail = " ".join(shown(app, "#log-detail").split())
        assert " ".join(entry.title.split()) in detail
        assert " ".join((entry.status or "(ingen status)").split()) in detail
        assert f"första möte {entry.first_key}" in detail
        if entry.last_key != entry.first_key:
            assert f"senaste möte {entry.last_key}" in detail
            seen_last = True
        if entry.due is not None and entry.is_open:  # the due date, which "senast" means in bra log
            assert f"senast {entry.due.isoformat()}" in detail
            seen_due = True
        else:
            assert "senast " not in detail.replace("senaste möte", ""), "only a due date is called senast"
        await pilot.press("down")
        await pilot.pause()
    assert seen_last and seen_due


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_whole_detail_can_be_read(seed_store: Path, size: tuple[int, int]) -> None:
    """Every line of the highlighted entry's detail is on the screen or can be scrolled to from the keyboard (Tab to
    the panel, arrows): never cut off unseen. The first-meeting column says so in full."""
    app = BraApp(seed_store)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("l", "a")  # every entry, open or not
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        if size[0] >= 100:  # at 80 columns the column gives way to whole words of the titles
            assert "Första möte" in [plain(c.label).strip() for c in table.columns.values()]
        panel = app.screen.query_one("#log-detail-scroll", VerticalScroll)
        for _ in range(table.row_count):
            detail = app.screen.query_one("#log-detail")
            lines = detail.get_content_height(app.size, app.size, detail.content_region.width)
            assert detail.content_region.height >= lines, "the text is laid out whole"
            if panel.max_scroll_y:
                assert panel.focusable, "a taller detail is scrolled from the keyboard"
            else:
                assert panel.content_region.height >= lines
            await pilot.press("down")
            await pilot.pause()
