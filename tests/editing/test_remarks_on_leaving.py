"""What is wrong with a field (an area the council does not list, an end before the start, a name nobody has) is
said once the user leaves the field, never while it is being typed: a half-typed name or time is not yet wrong."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Label, Static

from brå_tui.tui.editing.fields import Field
from brå_tui.tui.editing.forms import FormScreen
from brå_tui.tui.editing.screen import EditMeetingScreen
from tests.editing.harness import editing, new_entry
from tests.editing.keys import type_text


def under(field: Field) -> str:
    """What the line under a field says."""
    label = field.query_one(".field-reason", Label)
    return str(label.render()) if label.has_class("shown") else ""


def status(screen: EditMeetingScreen) -> str:
    return str(screen.query_one("#edit-status", Static).render())


async def test_an_unknown_area_is_said_when_the_field_is_left(seed_store: Path) -> None:
    async with editing(seed_store) as (_app, pilot, _screen):
        form = await new_entry(pilot, "3", FormScreen)
        areas = form.field("f-areas")
        areas.focus()
        await type_text(pilot, "Bro")
        await pilot.pause()
        assert "Okänt område" not in under(areas), "still being typed"
        await pilot.press("tab")
        await pilot.pause()
        assert under(areas) == "Okänt område (inte i council.toml): Bro."
        areas.focus()
        await type_text(pilot, "ttslighet")
        await pilot.pause()
        assert "Okänt område" not in under(areas), "typed again: judged again when left"


async def test_an_end_before_the_start_is_said_when_the_start_is_left(seed_store: Path) -> None:
    async with editing(seed_store) as (app, pilot, _screen):
        await pilot.press("6", "down", "enter")  # the first planned meeting: 09:00–11:30
        await pilot.pause()
        form = app.screen
        assert isinstance(form, FormScreen)
        start, end = form.field("f-start"), form.field("f-end")
        start.focus()
        await pilot.press("ctrl+u")
        await type_text(pilot, "12:00")
        await pilot.pause()
        assert under(end) == "" and not end.has_class("invalid"), "the start is still being typed"
        await pilot.press("tab")
        await pilot.pause()
        assert under(end) == "✗ Sluttiden 11:30 är före starttiden 12:00."


async def test_the_meetings_end_before_its_start_is_said_when_the_start_is_left(seed_store: Path) -> None:
    async with editing(seed_store) as (app, pilot, screen):
        await pilot.press("down", "tab")  # Tid: Datum, then Start
        await pilot.pause()
        start, end = screen.query_one("#m-start", Field), screen.query_one("#m-end", Field)
        assert app.focused is start.input
        await pilot.press("ctrl+u")
        await type_text(pilot, "23:00")
        await pilot.pause()
        assert under(end) == "" and "fel" not in status(screen), "the start is still being typed"
        await pilot.press("tab")
        await pilot.pause()
        assert under(end).startswith("✗ Sluttiden") and "✗ 1 fel" in status(screen)


async def test_an_unknown_name_is_said_when_the_field_is_left(seed_store: Path) -> None:
    async with editing(seed_store) as (_app, pilot, screen):
        chair = screen.query_one("#m-chair", Field)
        screen.action_tab("tid")
        chair.focus()
        await pilot.press("ctrl+u")
        await type_text(pilot, "Mikael J, Okä")
        await pilot.pause()
        assert under(chair) == "Mikael J → Mikael Jansson.", "a name found is told at once, a half-typed one not"
        await pilot.press("tab")
        await pilot.pause()
        assert under(chair) == "Mikael J → Mikael Jansson; Okä: okänd person (sparas som skrivet)."
