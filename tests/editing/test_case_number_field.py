"""The document's diarienummer on Översikt: typed, saved as the meeting's case_number, shown again when the meeting
is opened, emptied to remove it."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from brå_tui.store.read import read_meeting
from brå_tui.tui.editing.fields import Field
from tests.editing.harness import editing
from tests.editing.keys import replace


async def _set(store: Path, text: str) -> None:
    async with editing(store) as (_app, pilot, screen):
        field = screen.query_one("#m-case-number", Field)
        field.query_one(Input).focus()
        await pilot.pause()
        await replace(pilot, text)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not screen.has_unsaved()


async def test_the_case_number_is_typed_saved_and_removed(seed_store: Path, state_home: Path) -> None:
    path = seed_store / "meetings" / "2024-11-15.toml"
    await _set(seed_store, "KS 2024/12")
    meeting, _ = read_meeting(path)
    assert meeting is not None and meeting.case_number == "KS 2024/12"
    assert path.read_text(encoding="utf-8").startswith("format = 2\n")
    async with editing(seed_store) as (_app, _pilot, screen):
        assert screen.query_one("#m-case-number", Field).value == "KS 2024/12"
    await _set(seed_store, "")
    meeting, _ = read_meeting(path)
    assert meeting is not None and meeting.case_number is None
    assert "case_number" not in path.read_text(encoding="utf-8")
