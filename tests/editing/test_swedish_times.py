"""Times and dates typed as Swedes write them (10.00, 1000, 10; 20250516, 16/5 2025) are taken in every field of
Redigera and written as the file keeps them (10:00, 2025-05-16) when the field is left."""

from __future__ import annotations

from pathlib import Path

from brå_tui.tui.editing.fields import Field
from brå_tui.tui.editing.forms import FormScreen
from tests.editing.harness import editing, new_entry


async def type_into(pilot, form: FormScreen, field_id: str, text: str) -> Field:  # type: ignore[no-untyped-def]
    field = form.query_one(f"#{field_id}", Field)
    field.focus()
    await pilot.press("ctrl+u", *text, "tab")
    await pilot.pause()
    return field


async def test_an_items_times_and_a_follow_ups_due_day(seed_store: Path) -> None:
    async with editing(seed_store) as (app, pilot, _screen):
        form = await new_entry(pilot, "3", FormScreen)
        start = await type_into(pilot, form, "f-start", "10.00")
        end = await type_into(pilot, form, "f-end", "1130")
        assert (start.value, end.value) == ("10:00", "11:30")
        assert not start.has_class("invalid") and not end.has_class("invalid")
        start = await type_into(pilot, form, "f-start", "9")
        assert start.value == "09:00"
        await pilot.press("escape", "j", "5", "down", "a")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, FormScreen)
        due = await type_into(pilot, form, "f-due", "20250516")
        assert due.value == "2025-05-16" and due.error is None
        due = await type_into(pilot, form, "f-due", "16/5 2025")
        assert due.value == "2025-05-16"


async def test_the_meetings_own_date_and_times(seed_store: Path) -> None:
    async with editing(seed_store) as (_app, pilot, screen):
        await pilot.press("down")
        await pilot.pause()
        date, start = screen.query_one("#m-date", Field), screen.query_one("#m-start", Field)
        await pilot.press(*"20241115", "tab", "ctrl+u", *"0900", "tab")
        await pilot.pause()
        assert (date.value, start.value) == ("2024-11-15", "09:00")
        assert "fel" not in str(screen.query_one("#edit-status").render())
