"""ask(): a yes/no question whose follow-up runs on yes only (j or the Ja button), never on n or Escape."""

from __future__ import annotations

import pytest
from textual.app import App

from brå_tui.tui.screens.confirm import ConfirmScreen, ask


@pytest.mark.parametrize(("key", "runs"), [("j", True), ("n", False), ("escape", False), ("enter", False)])
async def test_the_follow_up_runs_on_yes_only(key: str, runs: bool) -> None:
    done: list[str] = []
    app: App[None] = App()
    async with app.run_test(size=(80, 24)) as pilot:
        ask(app, "Släng utkastet? j/n", lambda: done.append("gjort"))
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press(key)  # Enter answers the focused button, Nej at first
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmScreen)
    assert done == (["gjort"] if runs else [])
