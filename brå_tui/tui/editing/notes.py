"""A text area for notes whose ctrl+e hands the text to $EDITOR and takes it back."""

from __future__ import annotations

from typing import ClassVar

from textual.app import SuspendNotSupported
from textual.binding import Binding, BindingType
from textual.widgets import TextArea

from brå_tui.editor import EditorError, edit_text


class NotesArea(TextArea):
    """Notes, edited here or in the user's own editor (ctrl+e)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+e", "external_editor", "Öppna i $EDITOR", priority=True, id="notes.editor"),
    ]

    def __init__(self, text: str = "", *, id: str | None = None) -> None:
        super().__init__(text, id=id, soft_wrap=True, tab_behavior="focus", compact=True,
                         placeholder="Anteckningar (ctrl+e öppnar $EDITOR)")

    def action_external_editor(self) -> None:
        """Run $VISUAL/$EDITOR on the text (the app steps aside meanwhile) and take the result back."""
        try:
            with self.app.suspend():
                result = edit_text(self.text, suffix=".md")
        except SuspendNotSupported:
            if not self.app.is_headless:
                self.app.notify("Terminalen kan inte lämnas över till en textredigerare här.", severity="warning")
                return
            try:
                result = edit_text(self.text, suffix=".md")
            except EditorError as err:
                self.app.notify(str(err), severity="error")
                return
        except EditorError as err:
            self.app.notify(str(err), severity="error")
            return
        if result != self.text:
            self.load_text(result)
            self.post_message(self.Changed(self))
        self.app.refresh()
