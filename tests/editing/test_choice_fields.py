"""Fields with a fixed set of choices (Dokument, Slag, Sekretess, …): ↑ ↓ move past them like past any field,
Enter or Space opens their list, and the open list has a frame of its own."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Select
from textual.widgets._select import SelectOverlay

from tests.editing.harness import editing


async def test_arrows_move_past_a_choice_and_enter_opens_it(seed_store: Path) -> None:
    async with editing(seed_store) as (app, pilot, screen):
        choice = screen.query_one("#m-document", Select)
        choice.focus()
        await pilot.pause()
        await pilot.press("down")
        await pilot.pause()
        assert not choice.expanded, "↓ does not open the list"
        assert isinstance(app.focused, Input) and any(a.id == "m-issued" for a in app.focused.ancestors)
        await pilot.press("up")
        await pilot.pause()
        assert app.focused is choice and not choice.expanded
        await pilot.press("up")
        await pilot.pause()
        assert any(a.id == "m-place" for a in app.focused.ancestors), "↑ goes on up past it"
        choice.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert choice.expanded, "Enter opens the list"
        overlay = choice.query_one(SelectOverlay)
        assert overlay.styles.border_top[0] != "" and overlay.styles.border_bottom[0] != "", "a framed list"
        await pilot.press("escape")
        await pilot.pause()
        assert not choice.expanded
        await pilot.press("space")
        await pilot.pause()
        assert choice.expanded, "Space opens it too"
