"""The app's one-line text input: what was typed stays when the field is entered again."""

from __future__ import annotations

from typing import Any

from textual import events
from textual.widgets import Input


class TextInput(Input):
    """An Input that, whenever it gets the focus (opened, back from a dialog, Escape, Tab), puts the cursor after
    its text with nothing selected, so that the next key adds to the text instead of replacing it (Textual's
    Input selects all of it). Every text field in the app is one."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["select_on_focus"] = False
        super().__init__(*args, **kwargs)

    def on_focus(self, event: events.Focus) -> None:
        """Put the cursor after the text, nothing selected."""
        self.cursor_position = len(self.value)
