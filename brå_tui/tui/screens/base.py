"""What the view screens share: a way back, and following the store as the app reads it again."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen

if TYPE_CHECKING:
    from brå_tui.questions.snapshot import Snapshot
    from brå_tui.tui.app import BraApp


class StoreWritten(Message):
    """Posted by a screen that wrote to the store (a save, a restored version); the app reads the store again."""


class ViewScreen(Screen[None]):
    """A screen opened over Möten that shows one question about the store.

    REST names the widget the screen rests on (a table, or the field of Sök and Ansvarig): Escape anywhere else on
    the screen (a filter field, a list of hits) goes back to it, and only Escape there leaves the screen.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Tillbaka", tooltip="Tillbaka till Möten", id="view.back"),
    ]
    REST: ClassVar[str | None] = None

    @property
    def bra(self) -> BraApp:
        """The app, typed."""
        return cast("BraApp", self.app)

    @property
    def store(self) -> Snapshot:
        """The store the app has read (view screens only open once it is read)."""
        store = self.bra.store
        assert store is not None
        return store

    def action_back(self) -> None:
        """Back to where the screen rests (REST) from elsewhere on it; from there, back to Möten, the way every
        screen is left (BraApp.leave_screen)."""
        if self.REST is not None:
            rest = self.query_one(self.REST)
            if self.focused is not None and rest not in self.focused.ancestors_with_self:
                rest.focus()
                return
        self.bra.leave_screen(self)

    def on_mount(self) -> None:
        """Follow the store: each time it is read again, show it as now read."""
        self.bra.store_read.subscribe(self, self._store_read)

    def _store_read(self, store: Snapshot) -> None:
        self.store_changed()

    def store_changed(self) -> None:
        """The store was read again: show the new content."""
        self.refresh_view()

    def refresh_view(self) -> None:
        """Build what the screen shows from the store."""
