"""Format 2 in the app: absence, group and partial attendance, item number and kind, and the meeting's roles,
edited by keys in Redigera at 80×24 and written to the file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.widgets import Select

from brå_tui.store.read import read_meeting
from tests.editing.harness import editing
from tests.editing.keys import replace, type_text


@pytest.mark.long
async def test_format_2_fields_by_keys(seed_store: Path) -> None:
    await _edit(seed_store)


async def _edit(store: Path) -> None:
    path = store / "meetings" / "2024-11-15.toml"
    async with editing(store) as (app, pilot, screen):
        # Tid: the chair, the adjusters and the day of adjusting, below the place and the document.
        app.screen.query_one("#m-chair").focus()
        await replace(pilot, "Blerta Krenzi")
        await pilot.press("tab", "tab")  # Sekreterare → Justerare
        await replace(pilot, "Johan Thomasson, Gunilla Berglund")
        await pilot.press("tab")
        await replace(pilot, "2024-11-22")
        # Närvarande: the fourth attendee (Mikael Westberg) absent, a substitute.
        screen.action_tab("narvarande")
        await pilot.pause()
        await pilot.press("down", "down", "down", "enter")
        await pilot.pause()
        form = app.screen
        form.query_one("#f-absent").focus()
        await pilot.press("enter", "down", "enter")  # närvarande → anmält förhinder/frånvarande
        await pilot.pause()
        assert form.query_one("#f-absent", Select).value is True
        await pilot.press("tab")
        form.query_one("#f-group", Select).value = "substitute"
        await pilot.press("tab")
        await type_text(pilot, "t.o.m. punkt 2")
        await pilot.press("enter")
        await pilot.pause()
        # Ärenden: the first item gets its number and is a decision item.
        screen.action_tab("arenden")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        app.screen.query_one("#f-number").focus()
        await type_text(pilot, "1.")
        app.screen.query_one("#f-kind", Select).value = "decision"
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not screen.has_unsaved()
    meeting, findings = read_meeting(path)
    assert meeting is not None and not [f for f in findings if f.severity == "error"]
    text = path.read_text(encoding="utf-8")
    assert text.startswith("format = 2\n")
    assert meeting.chair == "Blerta Krenzi"
    assert meeting.adjusters == ["Johan Thomasson", "Gunilla Berglund"]
    assert meeting.adjusting_date == dt.date(2024, 11, 22)
    westberg = meeting.attendees[3]
    assert (westberg.name, westberg.absent, westberg.group, westberg.partial) == (
        "Mikael Westberg", True, "substitute", "t.o.m. punkt 2")
    assert [a.name for a in meeting.absentees()] == ["Mikael Westberg"]
    assert (meeting.items[0].number, meeting.items[0].kind) == ("1.", "decision")
    assert "# " in text  # the seed file's comments are still there
