"""A text area for notes whose ctrl+e hands the text to the user's editor and takes it back."""

from __future__ import annotations

import dataclasses
from typing import ClassVar

from textual.app import SuspendNotSupported
from textual.binding import Binding, BindingType
from textual.widgets import TextArea

from brå_tui.editor import EditorError, edit_text, editor_command, editor_name


def _edit(text: str) -> str | EditorError:
    """The edited text, or the reason there is none (never raised: the caller may have the terminal handed over)."""
    try:
        return edit_text(text, suffix=".md")
    except EditorError as err:
        return err


def editor_hint() -> str:
    """What ctrl+e does, naming the editor that opens: "ctrl+e skriv i nano"."""
    return f"ctrl+e skriv i {editor_name()}"


def name_the_editor() -> None:
    """Name the editor that ctrl+e opens in the key's description (footer and help: "Skriv i vi"), as the
    environment says now."""
    description = f"Skriv i {editor_name()}"
    bindings = [b for b in NotesArea.BINDINGS if isinstance(b, Binding)]
    if any(b.description != description for b in bindings):
        NotesArea.BINDINGS = [dataclasses.replace(b, description=description) for b in bindings]
        NotesArea._merged_bindings = NotesArea._merge_bindings()  # as swedish.py does for Textual's own widgets


class NotesArea(TextArea):
    """Notes, edited here or in the user's own editor (ctrl+e)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+e", "external_editor", "Skriv i textredigeraren", priority=True, id="notes.editor"),
    ]

    def __init__(self, text: str = "", *, id: str | None = None) -> None:
        name_the_editor()
        super().__init__(text, id=id, soft_wrap=True, tab_behavior="focus", compact=True,
                         placeholder=f"Anteckningar ({editor_hint()})")

    def put_back(self, text: str) -> None:
        """Hold text (a draft's notes, what the editor wrote) with the cursor after it, as a field's restored text
        has: what is typed next follows it."""
        self.load_text(text)
        self.move_cursor(self.document.end)

    def action_external_editor(self) -> None:
        """Run the user's editor ($VISUAL, $EDITOR, else nano or vi) on the text (the app steps aside meanwhile) and
        take the result back.

        A missing editor is said before the screen is handed over; an editor that fails leaves the text as it was.
        """
        try:
            editor_command()
        except EditorError as err:
            self.app.notify(str(err), severity="error", timeout=10)
            return
        outcome = self._run_editor()
        if outcome is None:
            return
        if isinstance(outcome, EditorError):
            self.app.notify(str(outcome), severity="error", timeout=10)
            return
        if outcome != self.text:
            self.put_back(outcome)
            self.post_message(self.Changed(self))
        self.app.refresh()

    def _run_editor(self) -> str | EditorError | None:
        """The editor's outcome with the terminal handed over; None when the terminal cannot be handed over."""
        failure: BaseException | None = None
        outcome: str | EditorError | None = None
        try:
            with self.app.suspend():
                # Textual takes the terminal back only when this block ends normally: nothing may escape it.
                try:
                    outcome = _edit(self.text)
                except BaseException as err:  # raised again once the app has the terminal back
                    failure = err
        except SuspendNotSupported:
            if not self.app.is_headless:
                self.app.notify("Terminalen kan inte lämnas över till en textredigerare här.", severity="warning")
                return None
            outcome = _edit(self.text)
        if failure is not None:
            raise failure
        return outcome
