"""Two processes on one store: the app's save is stopped, and each of the three choices does what it says."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import pytest

from brå_tui.drafts import list_drafts
from brå_tui.store.read import read_meeting
from brå_tui.tui.editing.dialogs import ConflictDialog
from tests.editing.harness import editing
from tests.editing.keys import replace, save

# The other user: a separate process that opens the same meeting and saves a change through MeetingDocument.
OTHER_SAVE = """
import sys
from pathlib import Path
from brå_tui.store.read import read_meeting
from brå_tui.store.save import MeetingDocument
path = Path(sys.argv[1])
document = MeetingDocument.open(path)
meeting, _ = read_meeting(path)
meeting.followups[0].status = "Klart enligt Mikael"
document.apply(meeting)
assert document.save()
"""


def other_process_saves(path: Path) -> None:
    """Run the second process to completion."""
    subprocess.run([sys.executable, "-c", OTHER_SAVE, str(path)], check=True, cwd=Path(__file__).parents[2])


@pytest.mark.parametrize("choice", ["reload", "overwrite", "draft", "cancel"])
def test_conflict_choices(store: Path, state_home: Path, choice: str) -> None:
    asyncio.run(_conflict(store, choice))


async def _conflict(store: Path, choice: str) -> None:
    path = store / "meetings" / "2024-11-15.toml"
    async with editing(store) as (app, pilot, screen):
        await pilot.press("down", "tab", "tab", "tab")  # into the tab, → Plats
        await replace(pilot, "Sessionssalen")
        other_process_saves(path)
        theirs = path.read_bytes()
        await save(pilot)
        assert isinstance(app.screen, ConflictDialog), "the save is stopped and the user is asked"
        assert path.read_bytes() == theirs, "nothing is written before the user chooses"
        await pilot.press({"reload": "l", "overwrite": "s", "draft": "u", "cancel": "escape"}[choice])
        await pilot.pause()
        assert app.screen is screen
        meeting, _ = read_meeting(path)
        assert meeting is not None
        drafts = list_drafts(store)
        if choice == "reload":
            assert path.read_bytes() == theirs
            assert screen.meeting.place == "Visenten, Stadshuset"
            assert screen.meeting.followups[0].status == "Klart enligt Mikael"
            assert not screen.has_unsaved() and drafts == []
        elif choice == "overwrite":
            assert meeting.place == "Sessionssalen"
            assert meeting.followups[0].status == "Återkommer på kommande Lokala Brå"
            assert not screen.has_unsaved() and drafts == []
        elif choice == "draft":
            assert path.read_bytes() == theirs
            assert [d.meeting.place for d in drafts] == ["Sessionssalen"]
            assert drafts[0].meeting.followups[0].status == "Återkommer på kommande Lokala Brå"
            assert screen.meeting.place == "Visenten, Stadshuset" and not screen.has_unsaved()
        else:
            assert path.read_bytes() == theirs and drafts == []
            assert screen.meeting.place == "Sessionssalen" and screen.has_unsaved()
