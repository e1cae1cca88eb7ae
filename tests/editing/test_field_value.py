"""A field whose text the app replaces (an id made from the title, an area added with ctrl+o) has its cursor after
the new text, so ctrl+u empties it as after typing."""

from __future__ import annotations

from textual.app import App, ComposeResult

from brå_tui.tui.editing.fields import Field


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
