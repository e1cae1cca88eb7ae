"""A field whose text the app replaces (an id made from the title, an area added with ctrl+o) has its cursor after
the new text, so ctrl+u empties it as after typing."""

from __future__ import annotations

from pathlib import Path

from textual.app import App, ComposeResult

from brå_tui.tui.editing.dialogs import PickDialog
from brå_tui.tui.editing.fields import Field, split_list
from brå_tui.tui.editing.forms import ItemForm
from tests.editing.keys import type_text, until
from tests.tui.helpers import press, running


class _One(App[None]):
    def compose(self) -> ComposeResult:
        yield Field("Titel", "kort", id="f")


async def test_replacing_the_text_puts_the_cursor_after_it() -> None:
    app = _One()
    async with app.run_test(size=(80, 24)) as pilot:
        field = app.query_one(Field)
        field.input.focus()
        field.input.cursor_position = 2
        field.value = "en mycket längre text"
        await pilot.pause()
        assert field.input.cursor_position == len("en mycket längre text")
        await pilot.press("ctrl+u")
        assert field.value == ""


async def test_an_area_chosen_with_ctrl_o_is_followed_by_a_comma_for_the_next(seed_store: Path) -> None:
    """ctrl+o in Områden adds the chosen area and a comma after it: what is typed next is a second area, never
    run on into the first ('… otrygghetAnna')."""
    async with running(seed_store, "e", "3", "down", "a") as (app, pilot):
        assert isinstance(app.screen, ItemForm)
        areas = app.screen.query_one("#f-areas", Field)
        areas.focus()
        await press(pilot, "ctrl+o")
        await until(pilot, lambda: isinstance(app.screen, PickDialog))
        await press(pilot, "enter")
        await until(pilot, lambda: isinstance(app.screen, ItemForm) and bool(areas.value))
        first = areas.value.rstrip(", ")
        await type_text(pilot, "Ungdomar")
        assert split_list(areas.value) == [first, "Ungdomar"], areas.value
