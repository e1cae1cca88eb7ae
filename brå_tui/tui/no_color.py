"""NO_COLOR in the app (https://no-color.org): no colour at all, only the terminal's own two and text styles.

Textual answers NO_COLOR with greys (its Monochrome line filter), which still sends colour codes to the terminal.
NoColor drops every colour instead and keeps bold, dim, italic, underline and reverse; where a cell's background
stood out from its widget's own (a cursor, a selected row, a scrollbar's thumb, a text field's cursor) it is drawn
in reverse video, so what the background marked stays marked.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from rich.segment import Segment
from rich.style import Style
from textual.app import App
from textual.color import Color
from textual.filter import LineFilter, Monochrome

STANDS_OUT = 0.2  # difference in brightness (0–1) from its widget's background at which a background marks a cell
REVERSE = Style(reverse=True)


@lru_cache(2048)
def colourless(style: Style, background: Color) -> Style:
    """style without its colours; reversed when its background stands out from background (the widget's own)."""
    plain = style.without_color
    if style.bgcolor is None or style.bgcolor.is_default:
        return plain
    own = Color.from_rich_color(style.bgcolor)
    return plain + REVERSE if abs(own.brightness - background.brightness) >= STANDS_OUT else plain


class NoColor(LineFilter):
    """Every cell without colour; a background that marked something becomes reverse video."""

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        """Drop the colours of every segment, keeping its text styles (and its link)."""
        return [Segment(text, colourless(style, background) if style else style, None)
                for text, style, _ in segments]


def use_no_color(app: App[Any]) -> None:
    """Replace Textual's monochrome filter (what it uses for NO_COLOR) with NoColor."""
    filters = app._filters  # Textual keeps its line filters here; NO_COLOR adds Monochrome to them
    for index, line_filter in enumerate(filters):
        if isinstance(line_filter, Monochrome):
            filters[index] = NoColor()
