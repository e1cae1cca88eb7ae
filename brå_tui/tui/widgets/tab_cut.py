"""A tab row cut off at the terminal's edge shows "…" there, as every other cut text does (CutTable, titles).

Textual's tab row scrolls sideways to the active tab and simply stops at the edge ("Översikt Närvarande Ärenden
Lägesbild Uppfölj"), so a narrow terminal hides tabs without a sign. follow_cuts(tabs) puts a one-cell "…" at
each edge of the row where tabs lie beyond it, and keeps it right as the row scrolls or the terminal is resized.
"""

from __future__ import annotations

from typing import ClassVar

from textual.widget import Widget
from textual.widgets import Static, Tabs

ELLIPSIS = "…"


class CutMark(Static):
    """'…' at one edge of a tab row, shown only while tabs lie beyond that edge."""

    DEFAULT_CSS: ClassVar[str] = """
    CutMark { dock: right; width: 1; height: 1; display: none; }
    CutMark.-left { dock: left; }
    """


def mark_cuts(tabs: Tabs) -> None:
    """Show or hide the row's '…' at each edge by where its tabs lie now."""
    if not tabs.is_attached:
        return
    scroll = tabs.query_one("#tabs-scroll", Widget)
    marks = list(tabs.query(CutMark))
    if not marks:
        marks = [CutMark(ELLIPSIS), CutMark(ELLIPSIS, classes="-left")]
        tabs.mount_all(marks)
    right, left = marks
    right.display = scroll.scroll_x < scroll.max_scroll_x
    left.display = scroll.scroll_x > 0


def follow_cuts(tabs: Tabs) -> None:
    """Keep the row's '…' marks right as it scrolls to another tab or its width changes (call once, mounted)."""
    scroll = tabs.query_one("#tabs-scroll", Widget)

    def moved() -> None:
        tabs.call_after_refresh(mark_cuts, tabs)

    tabs.watch(scroll, "scroll_x", moved, init=False)
    tabs.watch(scroll, "virtual_size", moved, init=False)
    moved()
