"""Åtgärdslogg at 80 columns: a cut cell ends in …, and the highlighted entry is shown in full under the
table with its status and first and last meeting, as `bra log` shows them."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import DataTable

from brå_tui.tui.app import BraApp
from brå_tui.tui.screens.log import LogScreen

from .helpers import Waiter, plain, shown


async def test_cut_cells_end_in_an_ellipsis_and_the_row_is_shown_in_full(app: BraApp, pilot: Pilot[None],
                                                                         wait_for_workers: Waiter) -> None:
    await pilot.press("l")
    await wait_for_workers(pilot)
    assert isinstance(app.screen, LogScreen)
    table = app.screen.query_one(DataTable)
    for row in range(table.row_count):
        entry = app.screen.shown[row]
        title = plain(table.get_cell_at((row, 0))).strip()
        assert title == entry.title or (title.endswith("…") and entry.title.startswith(title[:-1])), title
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
