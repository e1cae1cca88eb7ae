"""A form opened and closed unchanged (Escape, or Enter on it as it opened) changes nothing: no unsaved mark, no
draft, and ctrl+s has nothing to save — also for values the form shows trimmed or with a lone carriage return.
Typing in one field of the editor leaves the others as the file has them."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from brå_tui.tui.editing.fields import Field
from brå_tui.tui.editing.forms import FormScreen
from brå_tui.tui.editing.screen import EditMeetingScreen
from tests.editing.harness import editing
from tests.editing.keys import type_text

FILE = "meetings/2024-11-15.toml"
# What the file holds, made awkward for a form: trailing spaces, a lone carriage return.
AWKWARD = [
    ('title = "kommundirektör"', 'title = "kommundirektör  "'),  # an attendee's title
    ('title = "SSPF"', 'title = "SSPF "'),  # an item's title
    ("Förslag på struktur\n", "Förslag på struktur\\r"),  # an item's notes, a lone \r between two lines
    ('status = "Återkommer på kommande Lokala Brå"', 'status = "Återkommer på kommande Lokala Brå "'),
    ('place = "Visenten, Stadshuset"', 'place = "Visenten, Stadshuset "'),
]
# The tab, and the row of its list whose form is opened.
FORMS = [("2", 4), ("3", 1), ("5", 0), ("6", 0), ("7", 0)]


@pytest.fixture
def awkward_store(seed_store: Path) -> Path:
    path = seed_store / FILE
    text = path.read_text(encoding="utf-8")
    for old, new in AWKWARD:
        assert old in text, old
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    return seed_store


def status(screen: EditMeetingScreen) -> str:
    return str(screen.query_one("#edit-status", Static).render())


def drafts(state: Path) -> list[Path]:
    return [p for p in state.rglob("*") if p.is_file()]


@pytest.mark.parametrize(("tab", "row"), FORMS)
@pytest.mark.parametrize("close", ["escape", "enter", "ctrl+s"])
async def test_a_form_closed_unchanged_changes_nothing(awkward_store: Path, state_home: Path, tab: str, row: int,
                                                       close: str) -> None:
    before = (awkward_store / FILE).read_bytes()
    async with editing(awkward_store) as (app, pilot, screen):
        await pilot.press(tab, "down")
        await pilot.pause()
        for _ in range(row):
            await pilot.press("down")
        await pilot.press("enter")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, FormScreen)
        if close == "enter":
            form.query(Field).first().focus()
        await pilot.press(close)
        await pilot.pause()
        assert app.screen is screen
        assert not screen.has_unsaved(), screen.meeting
        assert "Inga ändringar" in status(screen) and "●" not in status(screen) and "●" not in screen.sub_title
        screen.autosave()
        await app.workers.wait_for_complete()
        assert drafts(state_home) == [], "no draft of a meeting that nothing changed"
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Sparat" not in status(screen)
        assert not any(n.message.startswith("Sparat") for n in app._notifications)
    assert (awkward_store / FILE).read_bytes() == before


async def test_typing_in_one_field_leaves_the_others_as_the_file_has_them(awkward_store: Path) -> None:
    async with editing(awkward_store) as (app, pilot, screen):
        await pilot.press("down", "tab", "tab", "tab", "tab", "tab", "tab")  # Tid → … → Diarienummer
        await pilot.pause()
        assert app.focused is screen.query_one("#m-case-number", Field).input
        await type_text(pilot, "KS 2024/12")
        await pilot.pause()
        assert screen.meeting.place == "Visenten, Stadshuset ", "the place was not typed in"
        assert screen.meeting.case_number == "KS 2024/12"
