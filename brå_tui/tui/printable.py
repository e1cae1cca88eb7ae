"""The app's screen carries no control character from a file: a line filter over everything it draws."""

from __future__ import annotations

from rich.segment import Segment
from textual.color import Color
from textual.filter import LineFilter

from brå_tui.text import without_controls


class ControlsOff(LineFilter):
    """Takes ESC, C1 and every other control character out of the text of each line the app draws.

    Textual, like Rich, counts them as taking no cells, so the layout stays as drawn. Every widget's
    text passes here on its way to the terminal: titles, names and notes from files, git's words,
    notifications, the editing fields.
    """

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        """The segments with control characters removed from their text (Textual's own control segments stay)."""
        return [segment if segment.control else Segment(without_controls(segment.text), segment.style)
                for segment in segments]
