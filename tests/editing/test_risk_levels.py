"""Lägesbild in Redigera: each area's level from the council's own words, in its order, by letter or from a
framed list; only the council's areas are offered."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from brå_tui.model import Council
from brå_tui.store.read import read_meeting
from brå_tui.tui.editing.dialogs import PickDialog
from brå_tui.tui.editing.levels import LevelChoice, LevelPicker, level_choices
from tests.editing.harness import editing
from tests.tui.helpers import settle


def test_the_councils_words_in_its_order_each_with_a_letter() -> None:
    assert level_choices({"red": "omfattande", "yellow": "återkommande", "green": ""}) == [
        LevelChoice("o", "red", "omfattande"), LevelChoice("a", "yellow", "återkommande"),
        LevelChoice("g", "green", "grön"), LevelChoice("e", "ej", "ej rapporterad")]
    assert [c.key for c in level_choices({"green": "lugnt", "yellow": "oroande", "red": "allvarligt"})] == \
        ["green", "yellow", "red", "ej"]
    # Two words with the same first letter: the second takes its next free letter.
    assert [c.letter for c in level_choices({"red": "hög", "yellow": "höjd", "green": "låg"})] == ["h", "o", "l", "e"]
    assert [c.key for c in level_choices(Council(name="Rådet").levels)] == ["red", "yellow", "green", "ej"]


async def test_levels_by_letter_and_from_the_framed_list(seed_store: Path) -> None:
    await _levels(seed_store)


async def _levels(store: Path) -> None:
    path = store / "meetings" / "2024-11-15.toml"
    async with editing(store) as (app, pilot, screen):
        screen.action_tab("lagesbild")
        await pilot.pause()
        pickers = list(screen.query(LevelPicker))
        assert [p.area for p in pickers] == list(screen.store.council.areas)
        pickers[0].focus()  # ANDT, not reported
        await pilot.press("a")  # återkommande, by its letter
        await pilot.pause()
        assert pickers[0].level == "yellow" and "återkommande" in str(pickers[0].render())
        assert screen.has_unsaved()
        await pilot.press("tab", "enter")  # Hot och våld: the list
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, PickDialog)
        assert dialog.query_one(".dialog").styles.border_top[0] != "", "the list has a frame over the rows below"
        options = [str(o.prompt) for o in dialog.query_one(OptionList).options]
        assert options == ["o  omfattande", "a  återkommande", "g  grön", "e  ej rapporterad"]
        assert dialog.query_one(OptionList).highlighted == 0, "the list opens on the area's level"
        await pilot.press("e")  # ej rapporterad, by its letter in the list
        await settle(pilot)
        assert app.screen is screen and pickers[1].level == "ej"
        await pilot.press("ctrl+s")
        await settle(pilot)  # the save runs beside the screen
        assert not screen.has_unsaved()
    meeting, _ = read_meeting(path)
    assert meeting is not None and meeting.risk is not None
    assert meeting.risk.areas == {"ANDT": "yellow", "Extremism och kriminella nätverk": "red"}


async def test_an_items_areas_are_picked_from_the_councils(seed_store: Path) -> None:
    await _areas(seed_store)


async def _areas(store: Path) -> None:
    from brå_tui.tui.editing.forms import ItemForm

    async with editing(store) as (app, pilot, screen):
        screen.action_tab("arenden")
        await pilot.pause()
        screen.focus_tab("arenden")
        await pilot.press("enter")  # the first item: Lägesbild, areas Hot och våld, Extremism …
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ItemForm)
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, PickDialog)
        offered = [str(o.prompt) for o in app.screen.query_one(OptionList).options]
        assert offered == ["ANDT", "Ordningsstörningar och otrygghet", "Ungdomar/skolor"], "the rest of the council's"
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.screen is form
        assert form.field("f-areas").value == "Hot och våld, Extremism och kriminella nätverk, " \
                                              "Ordningsstörningar och otrygghet, "  # a comma for the next


async def test_arrows_move_between_areas_and_fields(seed_store: Path) -> None:
    """↓ goes to the next area (as Tab does), so o ↓ a sets two areas; ↑ goes back; the same between the
    text fields of Tid."""
    async with editing(seed_store) as (app, pilot, screen):
        await pilot.press("4", "down")  # Lägesbild, into the tab: Period
        await pilot.press("down", "down")  # Källa, then the first area
        await pilot.pause()
        pickers = list(screen.query(LevelPicker))
        assert app.focused is pickers[0]
        await pilot.press("o", "down", "a")
        await pilot.pause()
        assert (pickers[0].level, pickers[1].level) == ("red", "yellow")
        await pilot.press("up")
        await pilot.pause()
        assert app.focused is pickers[0]
        await pilot.press("1", "down", "down", "down")  # Tid: Datum, Start, Slut
        await pilot.pause()
        assert app.focused is not None and any(a.id == "m-end" for a in app.focused.ancestors)
        await pilot.press("up")
        await pilot.pause()
        assert any(a.id == "m-start" for a in app.focused.ancestors)
