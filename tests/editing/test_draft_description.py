"""The drafts offered at start say what each draft itself changed, against the version of the file it began from, and
whether the file has changed since: a draft kept with u in the conflict dialog, after which the file got an item, does
not claim to remove that item. A draft that keeps no copy of that version says it is measured against the file now."""

from __future__ import annotations

from pathlib import Path

from brå_tui.drafts import list_drafts, save_draft
from brå_tui.model import Item
from brå_tui.questions.snapshot import Snapshot
from brå_tui.store.read import read_meeting
from brå_tui.store.save import MeetingDocument, fingerprint
from brå_tui.tui.editing import save_all_drafts
from brå_tui.tui.editing.dialogs import ConflictDialog
from brå_tui.tui.editing.recover import draft_changes
from brå_tui.views.wrap import NO_BREAK
from tests.editing.harness import drafts_offered, editing
from tests.editing.keys import replace, save
from tests.editing.test_conflict import other_process_saves

KEY = "2024-11-15"


def _add_item(path: Path, title: str) -> None:
    """Save the meeting with one more item, as any edit that is saved does."""
    document = MeetingDocument.open(path)
    meeting, _ = read_meeting(path)
    assert meeting is not None
    meeting.items.append(Item(title=title))
    document.apply(meeting)
    assert document.save()


async def _offered(store: Path) -> str:
    """The description under the one draft the drafts dialog offers at start."""
    async with drafts_offered(store) as (_, _, dialog):
        assert len(dialog.found) == 1
        return dialog.changes[dialog.found[0].file]


async def test_a_draft_kept_in_a_conflict_is_described_against_its_own_base(seed_store: Path,
                                                                             state_home: Path) -> None:
    path = seed_store / "meetings" / f"{KEY}.toml"
    async with editing(seed_store) as (app, pilot, _):
        await pilot.press("down", "tab", "tab", "tab")  # into the tab, → Plats
        await replace(pilot, "Sessionssalen")
        other_process_saves(path, "Stora salen")  # the place, and a follow-up's status
        await save(pilot)
        assert isinstance(app.screen, ConflictDialog)
        await pilot.press("u")  # keep mine as a draft
        await pilot.pause()
    _add_item(path, "Viktigt ärende")  # the file moves on after the draft was kept
    assert [d.meeting.place for d in list_drafts(seed_store)] == ["Sessionssalen"]
    said = await _offered(seed_store)
    assert said == ("ändrar platsen till Sessionssalen, filen har ändrats sedan dess; du får se skillnaderna när du "
                    "återställer"), said


async def test_a_draft_over_an_unchanged_file_says_only_what_it_changes(seed_store: Path, state_home: Path) -> None:
    async with editing(seed_store) as (app, pilot, _):
        await pilot.press("down", "tab", "tab", "tab")
        await replace(pilot, "Sessionssalen")
        assert len(save_all_drafts(app)) == 1  # as a hangup leaves it
    assert await _offered(seed_store) == "ändrar platsen till Sessionssalen"


def test_a_draft_without_its_base_copy_over_a_changed_file_says_it_is_measured_against_the_file_now(
        seed_store: Path, state_home: Path) -> None:
    """A draft from an earlier version of bra keeps only the fingerprint of the file it began from."""
    path = seed_store / "meetings" / f"{KEY}.toml"
    meeting, _ = read_meeting(path)
    assert meeting is not None
    meeting.place = "Sessionssalen"
    save_draft(seed_store, meeting, path, base=fingerprint(path.read_bytes()))
    _add_item(path, "Viktigt ärende")
    (draft,) = list_drafts(seed_store)
    assert draft.began() is None and draft.file_changed()
    said = draft_changes(Snapshot.read(seed_store), draft).replace(NO_BREAK, " ")
    assert said == ("jämfört med filen nu, som har ändrats sedan utkastet skrevs: ändrar platsen till Sessionssalen, "
                    "tar bort 1 ärende"), said
