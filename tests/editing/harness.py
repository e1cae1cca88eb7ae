"""A tiny app that holds a store and opens the editing screens, for pilot tests of the editing screens alone."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar

from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Static

from brå_tui.questions.snapshot import Snapshot
from brå_tui.tui.editing import edit_meeting_screen, new_meeting_screen, offer_drafts, save_all_drafts
from brå_tui.tui.editing.forms import FormScreen
from brå_tui.tui.editing.recover import DraftsDialog
from brå_tui.tui.editing.screen import EditMeetingScreen
from brå_tui.tui.screens.base import StoreWritten
from tests.editing.keys import replace, type_text, until

F = TypeVar("F", bound="FormScreen[Any]")


class EditHarness(App[None]):
    """Loads the store and opens Redigera for one meeting (or Nytt möte when key is None)."""

    def __init__(self, root: Path, key: str | None = None, open_editor: bool = True) -> None:
        super().__init__()
        self.root = root
        self.key = key
        self.open_editor = open_editor
        self.store: Snapshot = Snapshot.read(root)
        self.reloads = 0

    def compose(self):  # type: ignore[no-untyped-def]
        """Something under the editor."""
        yield Static("harness")

    def on_mount(self) -> None:
        """Open the editor."""
        if self.open_editor:
            self.push_screen(edit_meeting_screen(self.store, self.key) if self.key else new_meeting_screen(self.store))

    def on_store_written(self, message: StoreWritten) -> None:
        """A screen wrote to the store: read it again, as the real app does."""
        self.reload_store()

    def reload_store(self) -> None:
        """Read the store again."""
        self.reloads += 1
        self.store = Snapshot.read(self.root)

    def has_unsaved(self) -> bool:
        """Whether a screen holds unsaved edits."""
        return any(getattr(s, "has_unsaved", lambda: False)() for s in self.screen_stack)


@asynccontextmanager
async def editing(root: Path, key: str = "2024-11-15", notifications: bool = False
                  ) -> AsyncIterator[tuple[EditHarness, Pilot[None], EditMeetingScreen]]:
    """Run the harness at 80×24 with Redigera open on one meeting; yields the app, its pilot and the screen.
    With notifications, notices are shown as toasts as in a real terminal."""
    app = EditHarness(root, key)
    async with app.run_test(size=(80, 24), notifications=notifications) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, EditMeetingScreen)
        yield app, pilot, screen


@asynccontextmanager
async def drafts_offered(root: Path, notifications: bool = False
                         ) -> AsyncIterator[tuple[EditHarness, Pilot[None], DraftsDialog]]:
    """Run the harness at 80×24 with no editor open and offer the drafts left for the store, as the app does once it
    has read the store; yields the app, its pilot and the drafts dialog (it must be offered)."""
    app = EditHarness(root, open_editor=False)
    async with app.run_test(size=(80, 24), notifications=notifications) as pilot:
        offer_drafts(app, app.store)
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, DraftsDialog), "the drafts are offered"
        yield app, pilot, dialog


@asynccontextmanager
async def new_form_restored(root: Path, tab: str, form: type[F], typed: str = "Hängt"
                            ) -> AsyncIterator[tuple[EditHarness, Pilot[None], F, EditMeetingScreen]]:
    """A new entry's form left open when the terminal went, then restored: Redigera on the meeting, the tab's new
    entry (a) with typed in its first field, the draft written as the app does when the terminal goes; then the
    drafts offered and restored (Enter). Yields the app, its pilot, the form back open and Redigera under it."""
    async with editing(root) as (app, pilot, screen):
        screen.action_tab(tab)
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, form))
        await pilot.pause()
        await type_text(pilot, typed)
        assert len(save_all_drafts(app)) == 1
    async with drafts_offered(root) as (app, pilot, _):
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, form) and app.screen.kept() is not None)
        restored, editor = app.screen, app.screen_stack[-2]
        assert isinstance(restored, form) and isinstance(editor, EditMeetingScreen)
        yield app, pilot, restored, editor


async def new_entry(pilot: Pilot[None], tab: str, form: type[F], **fields: str) -> F:
    """On Redigera: the tab's digit, into its list, `a` for a new entry; its form (of that type), with the fields
    given typed in by keys (f_title="…" is the field #f-title)."""
    await pilot.press(tab, "down", "a")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, form), screen
    for name, text in fields.items():
        screen.field(name.replace("_", "-")).focus()
        await replace(pilot, text)
    return screen


async def add_entry(pilot: Pilot[None], tab: str, form: type[FormScreen[Any]], **fields: str) -> None:
    """new_entry, then ctrl+s: the entry is added and Redigera is back."""
    editor = pilot.app.screen
    await new_entry(pilot, tab, form, **fields)
    await pilot.press("ctrl+s")
    await pilot.pause()
    assert pilot.app.screen is editor, "the form closed on ctrl+s"
