"""A short form of a known person's name, typed in any field of people's names (föredragande, ansvariga,
ordförande, sekreterare, justerare), is saved as that person's whole name, as the note under the field says
('Thomas → Thomas Nordström'); an unknown name is saved as typed."""

from __future__ import annotations

import tomllib
from pathlib import Path

from brå_tui.tui.editing.fields import Field
from brå_tui.tui.editing.forms import FollowUpForm, ItemForm
from tests.editing.harness import add_entry, editing
from tests.editing.keys import save


async def test_short_names_are_saved_and_written_whole(seed_store: Path) -> None:
    async with editing(seed_store) as (_app, pilot, screen):
        screen.query_one("#m-chair", Field).value = "Blerta"
        screen.query_one("#m-secretary", Field).value = "Cornelia G"
        screen.query_one("#m-adjusters", Field).value = "Jimmy St, Nosuch Person"
        await add_entry(pilot, "3", ItemForm, f_title="Trygghetsvandring i Krylbo", f_presenters="Thomas")
        await add_entry(pilot, "5", FollowUpForm, f_title="Trygghetsvandring återkoppling",
                        f_owners="Jimmy St, Nosuch Person")
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
