"""A short form of a known person's name, typed in any field of people's names (föredragande, ansvariga,
ordförande, sekreterare, justerare), is saved as that person's whole name, as the note under the field says
('Thomas → Thomas Nordström'); an unknown name is saved as typed."""

from __future__ import annotations

import tomllib
from pathlib import Path

from brå_tui.tui.editing.fields import Field
from brå_tui.tui.editing.forms import FollowUpForm, ItemForm
from tests.editing.harness import editing
from tests.editing.keys import replace, save, type_text


async def test_short_names_are_saved_and_written_whole(seed_store: Path) -> None:
    async with editing(seed_store) as (app, pilot, screen):
        screen.query_one("#m-chair", Field).value = "Blerta"
        screen.query_one("#m-secretary", Field).value = "Cornelia G"
        screen.query_one("#m-adjusters", Field).value = "Jimmy St, Nosuch Person"
        await pilot.press("3", "down", "a")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ItemForm)
        form.field("f-title").focus()
        await type_text(pilot, "Trygghetsvandring i Krylbo")
        form.field("f-presenters").focus()
        await replace(pilot, "Thomas")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("5", "down", "a")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, FollowUpForm)
        form.field("f-title").focus()
        await type_text(pilot, "Trygghetsvandring återkoppling")
        form.field("f-owners").focus()
        await replace(pilot, "Jimmy St, Nosuch Person")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is screen
        await save(pilot)
        await pilot.pause()
    data = tomllib.loads((seed_store / "meetings" / "2024-11-15.toml").read_text(encoding="utf-8"))
    item = next(i for i in data["item"] if i["title"] == "Trygghetsvandring i Krylbo")
    assert item["presenters"] == ["Thomas Nordström"]
    followup = next(f for f in data["followup"] if f["title"] == "Trygghetsvandring återkoppling")
    assert followup["owners"] == ["Jimmy Stenberg", "Nosuch Person"]
    assert data["chair"] == "Blerta Krenzi"
    assert data["secretary"] == "Cornelia Gustafsson"
    assert data["adjusters"] == ["Jimmy Stenberg", "Nosuch Person"]
