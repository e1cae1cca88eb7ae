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


BACK = Binding("escape", "back", "Tillbaka", tooltip="Tillbaka till Möten", id="view.back")


def escape_to_rest(words: str) -> list[BindingType]:
    """A ViewScreen's Escape keys when it has a REST: back to it while the focus is elsewhere (shown in the footer as
    words, "Till fältet"), else back to Möten ("Tillbaka")."""
    return [Binding("escape", "to_rest", words, tooltip=f"{words}, där skärmen börjar", id="view.rest"), BACK]


class ViewScreen(Screen[None]):
    """A screen opened over Möten that shows one question about the store.

    REST names the widget the screen rests on (a table, or the field of Sök and Ansvarig): Escape anywhere else on
    the screen (a filter field, a list of hits) goes back to it, and only Escape there leaves the screen. Such a
    screen takes its Escape keys from escape_to_rest, so that the footer says which of the two Escape does now.
    """

    BINDINGS: ClassVar[list[BindingType]] = [BACK]
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

    def _away_from_rest(self) -> bool:
        """Whether the focus is on the screen but not on (or in) the widget it rests on."""
        if self.REST is None or self.focused is None:
            return False
        return self.query_one(self.REST) not in self.focused.ancestors_with_self

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Escape goes back to REST while the focus is elsewhere, else back to Möten: one of the two is shown."""
        if action == "to_rest":
            return self._away_from_rest()
        if action == "back":
            return not self._away_from_rest()
        return True

    def action_to_rest(self) -> None:
        """Back to where the screen rests (REST) from elsewhere on it."""
        if self.REST is not None:
            self.query_one(self.REST).focus()

    def action_back(self) -> None:
        """Back to Möten, the way every screen is left (BraApp.leave_screen)."""
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
