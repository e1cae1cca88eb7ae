"""NO_COLOR that stays legible: greys as Textual makes them, but text never too close to its background."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from rich.segment import Segment
from rich.style import Style
from textual.app import App
from textual.color import Color
from textual.filter import LineFilter, Monochrome

WHITE = Color(255, 255, 255)
BLACK = Color(0, 0, 0)
MIN_CONTRAST = 0.45  # difference in brightness (0–1) below which text turns white or black


@lru_cache(2048)
def legible_style(style: Style, background: Color) -> Style:
    """A style in greys whose text stands out from its background (red on black becomes white, not dark grey)."""
    back = Color.from_rich_color(style.bgcolor).monochrome if style.bgcolor else background.monochrome
    fore = Color.from_rich_color(style.color).monochrome if style.color else None
    if fore is not None and abs(fore.brightness - back.brightness) < MIN_CONTRAST:
        fore = WHITE if back.brightness < 0.5 else BLACK
    return style + Style.from_color(fore.rich_color if fore else None,
                                    back.rich_color if style.bgcolor else None)


class LegibleMonochrome(LineFilter):
    """Textual's monochrome filter for NO_COLOR, with enough contrast for every cell."""

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        """Turn every colour grey, pushing text to white or black where it would fade into its background."""
        return [Segment(text, legible_style(style, background) if style else style, None)
                for text, style, _ in segments]


def use_legible_monochrome(app: App[Any]) -> None:
    """Replace Textual's monochrome filter (used for NO_COLOR) with the legible one."""
    filters = app._filters  # Textual keeps its line filters here; NO_COLOR adds Monochrome to them
    for index, line_filter in enumerate(filters):
        if isinstance(line_filter, Monochrome):
            filters[index] = LegibleMonochrome()
