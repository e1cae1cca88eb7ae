"""What is wrong with a field (an area the council does not list, an end before the start, a name nobody has) is
said once the user leaves the field, never while it is being typed: a half-typed name or time is not yet wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Label, Static

from brå_tui.cli.main import main
from brå_tui.tui.editing.fields import Field
from brå_tui.tui.editing.forms import FormScreen
from brå_tui.tui.editing.screen import EditMeetingScreen
from tests.editing.harness import editing, new_entry
from tests.editing.keys import save, type_text


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
        assert "finns inte bland" not in under(areas), "still being typed"
        await pilot.press("tab")
        await pilot.pause()
        assert under(areas) == "Området 'Bro' finns inte bland områdena i council.toml."
        areas.focus()
        await type_text(pilot, "ttslighet")
        await pilot.pause()
        assert "finns inte bland" not in under(areas), "typed again: judged again when left"


async def test_areas_written_otherwise_are_said_as_bra_check_says_them_and_asked_about(
        seed_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An area typed with other accents is said under the field in the words of `bra check`, with the area it may
    mean, and asked about before the item is kept; one typed only in other case is the council's area, saved in
    its spelling: `bra check` then finds only what the form said."""
    async with editing(seed_store) as (app, pilot, screen):
        form = await new_entry(pilot, "3", FormScreen, f_title="Test områden")
        areas = form.field("f-areas")
        areas.focus()
        await type_text(pilot, "hot och vald, andt")
        await pilot.press("tab")
        await pilot.pause()
        said = ("området 'hot och vald' finns inte bland områdena i council.toml (menar du 'Hot och våld'?)")
        assert under(areas) == f"O{said[1:]}; 'andt' sparas som 'ANDT'.", under(areas)
        await pilot.press("ctrl+s")
        await pilot.pause()
        question = " ".join(str(app.screen.query_one("#question").render()).split())
        assert question == f"O{said[1:]}. Spara ändå som det är skrivet? j/n", question
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is form, "n: back in the form, nothing kept"
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause()
        assert app.screen is screen
        [item] = [i for i in screen.meeting.items if i.title == "Test områden"]
        assert item.areas == ["hot och vald", "ANDT"]
        await pilot.press("enter")  # the item again: only its title changed, its areas are not asked about again
        await pilot.pause()
        form = app.screen
        assert isinstance(form, FormScreen) and form.field("f-title").value == "Test områden"
        assert under(form.field("f-areas")).startswith("Området 'hot och vald' finns inte")
        form.field("f-title").focus()
        await pilot.press("end")
        await type_text(pilot, " igen")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is screen, "kept without a question"
        assert [i.areas for i in screen.meeting.items if i.title == "Test områden igen"] == [["hot och vald", "ANDT"]]
        await save(pilot)
    capsys.readouterr()
    main(["--store", str(seed_store), "check"])
    found = [line for line in capsys.readouterr().out.splitlines() if "2024-11-15.toml" in line and "området" in line]
    assert len(found) == 1, found
    assert len(found) == 1 and found[0].endswith(f"varning: {said}"), found


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
