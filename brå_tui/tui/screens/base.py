"""What the view screens share: a way back, and being told when the store changes."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen

if TYPE_CHECKING:
    from brå_tui.model import Store
    from brå_tui.tui.app import BraApp


class StoreChanged(Message):
    """Sent to each screen when the store has been read (again); handled after the screen has mounted."""

    bubble = False


class StoreWritten(Message):
    """Posted by a screen that wrote to the store (a save, a restored version); the app reads the store again."""


class ReadProgress(Message):
    """Sent to each screen while the store is read: files done of total."""

    bubble = False

    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done = done
        self.total = total


class ReadFailed(Message):
    """Sent to each screen when reading the store failed as a whole: why, in one sentence."""

    bubble = False

    def __init__(self, reason: str) -> None:
        super().__init__()
        self.reason = reason


class ViewScreen(Screen[None]):
    """A screen opened over Möten that shows one question about the store."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Tillbaka", tooltip="Tillbaka till Möten", id="view.back"),
    ]

    @property
    def bra(self) -> BraApp:
        """The app, typed."""
        return cast("BraApp", self.app)

    @property
    def store(self) -> Store:
        """The store the app has read (view screens only open once it is read)."""
        store = self.bra.store
        assert store is not None
        return store

    def action_back(self) -> None:
        """Back to Möten."""
        self.dismiss()

    def on_store_changed(self, message: StoreChanged) -> None:
        """Show the store as now read."""
        self.store_changed()

    def on_read_progress(self, message: ReadProgress) -> None:
        """Show how far the read has come."""
        self.show_progress(message.done, message.total)

    def show_progress(self, done: int, total: int) -> None:
        """The store is being read again; nothing to show by default."""

    def store_changed(self) -> None:
        """The store was read again: show the new content."""
        self.refresh_view()

    def refresh_view(self) -> None:
        """Build what the screen shows from the store."""
