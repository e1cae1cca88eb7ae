"""Redigera and Nytt möte open on the row of tabs, not in a text field: the digits that change tab on
Möten change tab here too and type nothing into Datum; ↓ goes into the tab."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, TabbedContent, Tabs

from brå_tui.tui.editing.fields import Field
from tests.editing.harness import EditHarness


@pytest.mark.parametrize("key", ["2024-11-15", None], ids=["redigera", "nytt"])
async def test_digits_change_tab_and_type_nothing(seed_store: Path, key: str | None) -> None:
    async def run() -> None:
        app = EditHarness(seed_store, key)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            screen = app.screen
            date_before = screen.query_one("#m-date", Field).value
            assert isinstance(app.focused, Tabs), "the row of tabs has the focus, not a text field"
            await pilot.press("4")
            await pilot.pause()
            assert screen.query_one(TabbedContent).active == "lagesbild"
            await pilot.press("1")
            await pilot.pause()
            assert screen.query_one(TabbedContent).active == "tid"
            assert screen.query_one("#m-date", Field).value == date_before
            await pilot.press("down")
            await pilot.pause()
            assert isinstance(app.focused, Input) and app.focused in screen.query_one("#m-date", Field).query(Input)
    await run()


@pytest.mark.long
async def test_after_a_digit_the_next_digit_still_changes_tab(seed_store: Path) -> None:
    """From a list in any tab, each digit shows its tab and leaves the focus on a list or the row of tabs, so a
    second digit changes tab too and nothing is typed into a field (Lägesbild's Period was the trap)."""
    from brå_tui.tui.editing.screen import TABS

    app = EditHarness(seed_store, "2024-11-15")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        tabbed = screen.query_one(TabbedContent)
        before = {f.id: f.value for f in screen.query(Field)}
        for first in range(1, len(TABS) + 1):
            for second in (first % len(TABS) + 1, 4):  # the next tab, and Lägesbild with its Period field
                await pilot.press("3", "down")  # Ärenden: into its list
                await pilot.pause()
                assert not isinstance(app.focused, Input)
                await pilot.press(str(first))
                await pilot.pause()
                assert tabbed.active == TABS[first - 1] and not isinstance(app.focused, Input), (first, app.focused)
                await pilot.press(str(second))
                await pilot.pause()
                assert tabbed.active == TABS[second - 1], (first, second)
                assert not isinstance(app.focused, Input), (first, second, app.focused)
        assert {f.id: f.value for f in screen.query(Field)} == before, "no digit was typed into a field"
