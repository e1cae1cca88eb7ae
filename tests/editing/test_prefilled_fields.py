"""A field bra filled in (from people.toml, from the file) is selected when entered, so the first key typed replaces
it, and the selection shows without colour (reversed); → or End keeps the text; text the user typed is never
selected, so a key typed after coming back adds to it."""

from __future__ import annotations

from pathlib import Path

from brå_tui.tui.editing.fields import FieldInput
from tests.editing.harness import editing
from tests.editing.keys import type_text
from tests.editing.test_attendee_people import add_attendee, new_meeting


async def test_typing_into_a_party_filled_from_people_toml_replaces_it(seed_store: Path) -> None:
    async with new_meeting(seed_store) as (_app, pilot, _screen):
        await pilot.press("2", "down")
        form = await add_attendee(pilot, "Blerta Krenzi", "tab")  # the name is left for Parti
        party = form.field("f-party").input
        assert party.has_focus and party.value == "S"
        assert party.selected_text == "S", "bra's text is selected: typing replaces it"
        await pilot.press("V")
        assert party.value == "V"
        await pilot.press("shift+tab", "tab")  # away and back: what the user typed is not selected
        await pilot.pause()
        assert party.selection.is_empty and party.cursor_position == 1
        await pilot.press("X")
        assert party.value == "VX"


async def test_every_field_read_from_the_file_is_selected_when_entered_and_end_keeps_it(seed_store: Path) -> None:
    async with editing(seed_store) as (_app, pilot, screen):
        filled = [f for f in screen.query(FieldInput) if f.value]
        assert len(filled) > 3
        for field in filled:
            field.focus()
            await pilot.pause()
            assert field.selected_text == field.value, field.id
        place = screen.query_one("#m-place FieldInput", FieldInput)
        place.focus()
        await pilot.pause()
        await pilot.pause()
        line = place.render_line(0)
        assert any(s.style is not None and s.style.reverse for s in line if s.text.strip()), \
            "the selection shows without colour"
        before = place.value
        await pilot.press("end")
        await type_text(pilot, " 2")
        assert place.value == before + " 2"
