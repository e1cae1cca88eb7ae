"""A screen that says why a meeting cannot be edited (a broken file is never written over)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label

from brå_tui.tui.screens.shows_only import ShowsOnly
from brå_tui.tui.widgets.footer import bra_footer


class BlockedScreen(ShowsOnly, ModalScreen[None]):
    """One sentence on why editing is not possible; Escape or Enter closes it."""


    CSS_PATH = "editing.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,enter", "close", "Tillbaka", key_display="Esc/Enter",
                                                     id="blocked.back")]

    def __init__(self, message: str) -> None:
        super().__init__(classes="edit-dialog")
        self.message = message

    def compose(self) -> ComposeResult:
        """The message."""
        with Vertical(classes="dialog"):
            yield Label("Kan inte redigera", classes="dialog-question")
            yield Label(self.message, markup=False)
            yield Label("Esc: tillbaka", classes="dialog-hint")
        yield bra_footer()

    def action_close(self) -> None:
        """Back."""
        self.dismiss()
