"""The app's one-line text input: text the app put there is selected on entering, so typing replaces it; what the
user typed stays when the field is entered again."""

from __future__ import annotations

from typing import Any, ClassVar

from textual import events
from textual.widgets import Input
from textual.widgets.input import Selection


class TextInput(Input):
    """An Input that, whenever it gets the focus (Tab, an arrow, opened, back from a dialog or Escape):

    - selects its text when the app put it there (the value it was made with, or one given by fill(): read from
      the file, filled in from people.toml, a default folder), so that the first key typed replaces it, as
      Textual's Input and most forms do; → or End keeps the text and goes to its end;
    - otherwise (text the user typed or changed) puts the cursor after it with nothing selected, so that the next
      key adds to it instead of throwing it away.

    The selection is drawn reversed, so it shows without colour too. A proposed completion (what → takes) follows
    the text, dim and italic (a form's field says it in words as well without colour: Field.show_proposal). Every
    text field in the app is one.
    """

    DEFAULT_CSS: ClassVar[str] = """
    TextInput > .input--selection { text-style: reverse; }
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["select_on_focus"] = False
        super().__init__(*args, **kwargs)
        self.given = self.value  # the text as the app last put it in the field

    def fill(self, text: str) -> None:
        """Put text in the field as the app's own: selected when the field is entered, and at once when the field
        has the focus already (filled as the user arrived in it); else the cursor after it."""
        self.value = text
        self.given = text
        if self.has_focus and text:
            self.selection = Selection(0, len(text))
        else:
            self.cursor_position = len(text)

    @property
    def prefilled(self) -> bool:
        """Whether the field holds text the app put there, unchanged by the user."""
        return bool(self.value) and self.value == self.given

    @property
    def typed(self) -> bool:
        """Whether the user changed the text the app put there (typed, emptied or edited it)."""
        return self.value != self.given

    def on_focus(self, event: events.Focus) -> None:
        """Select text the app put there; else the cursor after the text, nothing selected."""
        if self.prefilled and not event.from_app_focus:
            self.selection = Selection(0, len(self.value))
        else:
            self.cursor_position = len(self.value)
