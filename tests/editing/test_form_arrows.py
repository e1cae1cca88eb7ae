"""↑ ↓ move between a form's one-line fields, as they do in the tabs of Redigera: what is typed after ↑ lands in
the field before, in every form (Närvarande, Ärenden, Beslut, Uppföljning, Tidplan)."""

from __future__ import annotations

from pathlib import Path

import pytest

from brå_tui.tui.editing.fields import Field
from brå_tui.tui.editing.forms import FormScreen
from tests.editing.harness import editing


@pytest.mark.parametrize("keys", [("2", "down", "a"), ("3", "down", "a"), ("3", "down", "enter", "tab", "tab"),
                                  ("5", "down", "a"), ("6", "down", "a")],
                         ids=["närvarande", "ärende", "beslut", "uppföljning", "tidplan"])
async def test_up_and_down_move_between_a_forms_fields(seed_store: Path, keys: tuple[str, ...]) -> None:
    async with editing(seed_store) as (app, pilot, _screen):
        await pilot.press(*keys)
        await pilot.pause()
        if keys[2] == "enter":  # the item form: from its Beslut list, a new decision
            await pilot.press("a")
            await pilot.pause()
        form = app.screen
        assert isinstance(form, FormScreen)
        fields = [f for f in form.query(Field) if f.input.focusable]
        assert len(fields) >= 2
        first = fields[0]
        first.focus()
        await pilot.pause()
        await pilot.press("ctrl+u", *"ABC", "tab")
        await pilot.pause()
        after = app.focused
        assert after is not first.input
        await pilot.press("up")
        await pilot.pause()
        assert app.focused is first.input, "↑ goes back to the field before, as shift+Tab does"
        await pilot.press("down")
        await pilot.pause()
        assert app.focused is after, "↓ goes to the next field, as Tab does"
        await pilot.press("up", "Z")
        assert first.value == "ABCZ", "what is typed after ↑ lands in the field before"
