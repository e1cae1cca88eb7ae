"""A new form opens without complaints: a field's reason shows only after the user has left the field or tried to
save, in every form of Redigera (Närvarande, Ärenden, Uppföljning, Tidplan)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Label, Static

from brå_tui.tui.editing.fields import Field
from brå_tui.tui.editing.forms import FormScreen
from brå_tui.tui.editing.screen import EditMeetingScreen
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


def status(screen: EditMeetingScreen) -> str:
    """The editor's status line."""
    return str(screen.query_one("#edit-status", Static).render())


async def test_a_field_that_opened_with_a_value_says_nothing_while_it_is_retyped(seed_store: Path) -> None:
    """Datum opens with the meeting's date; typing a new one over it complains only when the field is left, like
    every other field, and the status line counts the error only then."""
    async with editing(seed_store) as (app, pilot, screen):
        await pilot.press("down")  # into Tid, its first field: Datum, the date selected
        await pilot.pause()
        date = screen.query_one("#m-date", Field)
        assert app.focused is date.input
        await pilot.press(*"2025")
        await pilot.pause()
        assert date.value == "2025"
        assert not date.has_class("invalid") and "fel" not in status(screen), "still being typed"
        await pilot.press("tab")
        await pilot.pause()
        assert date.has_class("invalid") and "✗ 1 fel" in status(screen), "left half-typed: wrong"
        date.focus()
        await pilot.press(*"-05-16")
        await pilot.pause()
        assert not date.has_class("invalid") and "fel" not in status(screen)


async def test_a_forms_filled_field_says_nothing_while_it_is_retyped(seed_store: Path) -> None:
    async with editing(seed_store) as (app, pilot, _screen):
        await pilot.press("6", "down", "enter")  # an entry of the Tidplan, its time filled in
        await pilot.pause()
        form = app.screen
        assert isinstance(form, FormScreen)
        field = next(f for f in form.query(Field) if f.value and f.check and f.error is None and f.check("99"))
        field.focus()
        await pilot.press("ctrl+u", "9", "9")
        await pilot.pause()
        assert reasons(form) == [], "still being typed"
        await pilot.press("tab")
        await pilot.pause()
        assert reasons(form) == [f"✗ {field.error}"]
