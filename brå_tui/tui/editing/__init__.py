"""Editing in the app: Redigera and Nytt möte screens, saves that lose nothing, recovery drafts."""

from __future__ import annotations

import contextlib
import copy
from typing import TYPE_CHECKING, Any

from textual.app import App
from textual.screen import Screen

from brå_tui.tui.editing.guard import discard_all_drafts, install_draft_guard, leave, save_all_drafts

if TYPE_CHECKING:
    import datetime as dt

    from brå_tui.drafts import Draft
    from brå_tui.questions.snapshot import Snapshot

__all__ = [
    "discard_all_drafts",
    "draft_screen",
    "edit_meeting_screen",
    "install_draft_guard",
    "leave",
    "new_meeting_screen",
    "offer_drafts",
    "save_all_drafts",
]


def edit_meeting_screen(store: Snapshot, meeting_key: str) -> Screen[Any]:
    """Redigera: the edit screen for one meeting, or a screen that says why it cannot be edited."""
    from brå_tui.store.read import read_meeting
    from brå_tui.store.save import BrokenFileError, MeetingDocument
    from brå_tui.tui.editing.blocked import BlockedScreen
    from brå_tui.tui.editing.screen import EditMeetingScreen

    known = store.meeting(meeting_key)
    broken = store.broken_meetings.get(meeting_key)
    path = known.path if known is not None else (broken.path if broken is not None else None)
    if path is None or not path.exists():
        return BlockedScreen(f"Mötet {meeting_key} finns inte (längre) i lagringen.")
    try:
        document = MeetingDocument.open(path)
    except BrokenFileError as err:
        return BlockedScreen(f"{path.name} går inte att läsa och kan därför inte redigeras; rätta filen först "
                             f"(bra check visar var). {err}")
    meeting, _ = read_meeting(path)
    if meeting is None:
        return BlockedScreen(f"{path.name} har fel och kan därför inte redigeras; rätta filen först "
                             "(bra check visar var).")
    return EditMeetingScreen(store, meeting, document)


def new_meeting_screen(store: Snapshot, date: dt.date | None = None) -> Screen[Any]:
    """Nytt möte: the next meeting (on date, e.g. a planned meeting's, when given) started from the latest one,
    opened for editing; nothing is written until ctrl+s."""
    from brå_tui.questions.indexed import next_meeting
    from brå_tui.tui.editing.screen import EditMeetingScreen

    return EditMeetingScreen(store, next_meeting(store.index, date), None, new=True)


def draft_screen(store: Snapshot, draft: Draft) -> Screen[Any]:
    """The edit screen holding a recovery draft, as the edit of the file it began from: when someone has changed
    the file since, saving shows what they changed and joins the two edits as any save does (a draft that does not
    hold that file is measured against the file as it is now)."""
    from brå_tui.store.read import read_meeting
    from brå_tui.store.save import BrokenFileError, MeetingDocument
    from brå_tui.tui.editing.blocked import BlockedScreen
    from brå_tui.tui.editing.screen import EditMeetingScreen

    meeting = copy.deepcopy(draft.meeting)
    if draft.new or draft.meeting_path is None or not draft.meeting_path.exists():
        meeting.path = None
        return EditMeetingScreen(store, meeting, None, new=True, draft=draft)
    try:
        document = MeetingDocument.open(draft.meeting_path)
    except BrokenFileError as err:
        return BlockedScreen(f"{draft.meeting_path.name} går inte att läsa, så utkastet kan inte återställas "
                             f"ännu; rätta filen först. {err}")
    on_disk, _ = read_meeting(draft.meeting_path)
    meeting.path = draft.meeting_path
    began = draft.began()
    if began is not None and document.original != draft.base_file:
        with contextlib.suppress(BrokenFileError):
            document = MeetingDocument(draft.meeting_path, draft.base_file)
            return EditMeetingScreen(store, meeting, document, draft=draft, baseline=began)
    return EditMeetingScreen(store, meeting, document, draft=draft, baseline=on_disk or meeting)


def offer_drafts(app: App[Any], store: Snapshot) -> None:
    """Once the store is first read: offer the recovery drafts left by runs that ended (Återställ or Släng), and list
    the draft files that cannot be read, as damaged (Släng)."""
    from brå_tui.drafts import claim_draft, find_drafts
    from brå_tui.tui.editing.recover import DraftsDialog

    found, damaged = find_drafts(store.root)
    if not found and not damaged:
        return

    def chosen(draft: Draft | None) -> None:
        if draft is None:
            return
        mine = claim_draft(draft)  # from now on this run's draft: kept up to date, removed once saved
        if mine is None:
            app.notify("Utkastet har redan tagits om hand av en annan körning av bra.", severity="warning")
            return
        app.push_screen(draft_screen(store, mine))

    app.push_screen(DraftsDialog(found, store, damaged), chosen)
