"""A new form opens without complaints: a field's reason shows only after the user has left the field or tried to
save, in every form of Redigera (Närvarande, Ärenden, Uppföljning, Tidplan)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Label

from brå_tui.tui.editing.fields import Field
from brå_tui.tui.editing.forms import FormScreen
from tests.editing.harness import editing


def reasons(screen: FormScreen) -> list[str]:
    """The reasons shown under the form's fields."""
    return [str(label.render()) for label in screen.query(".field-reason.invalid").results(Label)]


@pytest.mark.parametrize("tab", ["2", "3", "5", "6"])
async def test_an_empty_form_says_nothing_until_a_field_is_left_or_saved(seed_store: Path, tab: str) -> None:
    async with editing(seed_store) as (app, pilot, _screen):
        await pilot.press(tab, "down", "a")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, FormScreen)
        assert reasons(form) == [], "nothing typed yet, nothing wrong yet"
        first = form.query(Field).first()
        required = first.error is not None
        await pilot.press("tab")  # leave the first field
        await pilot.pause()
        if required:
            assert reasons(form) == [f"✗ {first.error}"], "the field left empty says why"
        await pilot.press("ctrl+s")  # trying to save shows every reason
        await pilot.pause()
        assert app.screen is form
        wrong = [f for f in form.query(Field) if f.error]
        assert wrong and len(reasons(form)) == len(wrong)
