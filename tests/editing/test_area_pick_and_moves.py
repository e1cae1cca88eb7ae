"""ctrl+o in Områden puts the chosen area in place of the name being typed; an entry moved up or down is told as
a move, in the notice, in what a draft changes and in the meeting's history, never as removed and added."""

from __future__ import annotations

import copy
from pathlib import Path

from textual.widgets import OptionList

from brå_tui.tui.editing.dialogs import PickDialog
from brå_tui.tui.editing.entrylist import EntryList
from brå_tui.tui.editing.forms import FormScreen
from brå_tui.views.changes import meeting_changes
from brå_tui.views.fieldchanges import file_changes
from tests.editing.harness import editing, new_entry
from tests.editing.keys import save, type_text


async def test_a_chosen_area_takes_the_place_of_the_one_being_typed(seed_store: Path) -> None:
    async with editing(seed_store) as (app, pilot, _screen):
        form = await new_entry(pilot, "3", FormScreen)
        areas = form.field("f-areas")
        areas.focus()
        await type_text(pilot, "ANDT, Ung")
        await pilot.press("ctrl+o")
        await pilot.pause()
        pick = app.screen
        assert isinstance(pick, PickDialog)
        highlighted = pick.query_one(OptionList).highlighted
        assert highlighted is not None and pick.choices[highlighted][1] == "Ungdomar/skolor", "opens on it"
        await pilot.press("enter")
        await pilot.pause()
        assert areas.value == "ANDT, Ungdomar/skolor, "
        await pilot.press("ctrl+o", "enter")  # after a comma nothing is being typed: the area is added
        await pilot.pause()
        assert areas.value == "ANDT, Ungdomar/skolor, Hot och våld, "


async def test_a_move_is_told_as_a_move(seed_store: Path) -> None:
    path = seed_store / "meetings" / "2024-11-15.toml"
    before = path.read_bytes()
    async with editing(seed_store) as (app, pilot, screen):
        baseline = copy.deepcopy(screen.meeting)
        await pilot.press("3", "down")
        await pilot.pause()
        items = app.focused
        assert isinstance(items, EntryList)
        await pilot.press("down", "u")  # SSPF up, before Lägesbild sociala risker
        await pilot.pause()
        assert [i.title for i in screen.meeting.items][:2] == ["SSPF", "Lägesbild sociala risker"]
        assert app._notifications and list(app._notifications)[-1].message == \
            f"”{items.describe(screen.meeting.items[0])}” flyttad upp, till plats 1 av 3."
        # its decision goes along with it: not a move of its own
        assert meeting_changes(baseline, screen.meeting) == ["flyttar 1\N{NO-BREAK SPACE}ärende"]
        await save(pilot)
    history = file_changes(path, before, path.read_bytes())
    assert history == "~ Ärenden › SSPF: flyttad från plats 2 till plats 1", history
