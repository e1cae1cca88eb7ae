"""Without colour (NO_COLOR) a completion the field proposes is told from what is typed by more than its dim italic
letters: a line under the field says it in words, "Förslag (→): …", until → takes it, the text changes or the field
is left. With colour the dim proposal after the text says it and no line is added."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App

from brå_tui.tui.editing.forms import AttendeeForm
from tests.editing.harness import editing
from tests.editing.keys import type_text, until

HINT = "Förslag (→): Blerta Krenzi"


def screen_lines(app: App[None]) -> list[str]:
    """The screen's lines as the terminal shows them."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


@pytest.mark.parametrize("colour", [False, True], ids=["NO_COLOR", "colour"])
async def test_a_proposed_name_is_said_in_words_without_colour(seed_store: Path, monkeypatch: pytest.MonkeyPatch,
                                                               colour: bool) -> None:
    if not colour:
        monkeypatch.setenv("NO_COLOR", "1")
    async with editing(seed_store) as (app, pilot, screen):
        screen.action_tab("narvarande")
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, AttendeeForm))
        await pilot.pause()
        form = app.screen
        assert isinstance(form, AttendeeForm)
        await type_text(pilot, "Blert")
        shown = await until(pilot, lambda: any(HINT in line for line in screen_lines(app)), 3)
        assert shown is not colour, screen_lines(app)
        assert any("Blerta Krenzi" in line for line in screen_lines(app)), "the proposal after the text as well"
        if colour:
            return
        await type_text(pilot, "x")  # a text nobody's name begins with: nothing proposed
        assert await until(pilot, lambda: not any("Förslag" in line for line in screen_lines(app)), 3)
        await pilot.press("backspace")
        assert await until(pilot, lambda: any(HINT in line for line in screen_lines(app)), 3)
        await pilot.press("right")  # takes it
        assert await until(pilot, lambda: not any("Förslag" in line for line in screen_lines(app)), 3)
        assert form.field("f-name").value == "Blerta Krenzi"
