"""A yes/no question in a small dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Static

from brå_tui.tui.widgets.footer import bra_footer


class ConfirmScreen(ModalScreen[bool]):
    """Ask a question; j answers yes, n or Escape no, Enter the focused button (Nej at first)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "answer(True)", "Ja", id="confirm.yes"),
        Binding("n,escape", "answer(False)", "Nej", id="confirm.no"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        """The question, two buttons, and the keys that answer it."""
        with Vertical(id="dialog"):
            yield Static(self.question, id="question", markup=False)  # names and titles from files, brackets too
            with Horizontal(id="buttons"):
                yield Button("Ja (j)", id="yes", variant="error")
                yield Button("Nej (n)", id="no", variant="primary")
        yield bra_footer()

    def on_mount(self) -> None:
        """Nej is the safe default."""
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """A button answers."""
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        """A key answers."""
        self.dismiss(yes)


def ask(app: App[Any], question: str, then: Callable[[], object]) -> None:
    """Ask question in a ConfirmScreen; then() runs only when the answer is yes (j, or the Ja button)."""

    def answered(yes: bool | None) -> None:
        if yes:
            then()

    app.push_screen(ConfirmScreen(question), answered)


DISCARD_QUESTION = "Kasta det du skrivit i formuläret? j/n"


def close_asking(screen: Screen[Any], typed: bool) -> None:
    """Escape on a form or a dialog with a field: close it (with None) at once when nothing was typed, else only
    after a yes to DISCARD_QUESTION, so that nothing typed is thrown away without asking."""
    if typed:
        ask(screen.app, DISCARD_QUESTION, lambda: screen.dismiss(None))
    else:
        screen.dismiss(None)
