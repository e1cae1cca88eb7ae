"""A tab row cut off at the terminal's edge shows only whole tabs and "…" where others lie beyond it, as every other
cut text does (CutTable, titles).

Textual's tab row scrolls sideways to the active tab and simply stops at the edge ("Översikt Närvarande Ärenden
Lägesbild Uppfölj"), so a narrow terminal hides tabs without a sign and shows others in part. follow_cuts(tabs)
covers each edge of the row where tabs lie beyond it, from the edge up to the nearest tab shown whole, with a "…" at
the edge, and keeps that right as the row scrolls or the terminal is resized. The active tab is always whole: the
row scrolls it into view.
"""

from __future__ import annotations

from typing import ClassVar

from textual.widget import Widget
from textual.widgets import Static, Tab, Tabs

ELLIPSIS = "…"


class CutMark(Static):
    """What covers one edge of a tab row while tabs lie beyond that edge: blank up to the nearest whole tab, and '…'
    at the edge."""

    DEFAULT_CSS: ClassVar[str] = """
    CutMark { layer: cut; dock: right; width: 1; height: 1; display: none; content-align: right top; }
    CutMark.-left { dock: left; content-align: left top; }
    """


def _whole(tabs: Tabs, scroll: Widget) -> tuple[int, int] | None:
    """The columns, counted from the row's left edge as shown, where the leftmost tab shown whole begins and the
    rightmost one ends; None when no tab is shown whole."""
    left, right = scroll.scroll_x, scroll.scroll_x + scroll.scrollable_content_region.width
    spans = [tab.virtual_region.column_span for tab in tabs.query(Tab) if tab.display]
    inside = [(start, end) for start, end in spans if start >= left and end <= right]
    if not inside:
        return None
    return round(inside[0][0] - left), round(inside[-1][1] - left)


def mark_cuts(tabs: Tabs) -> None:
    """Show or hide the row's cover at each edge by where its tabs lie now."""
    if not tabs.is_attached:
        return
    scroll = tabs.query_one("#tabs-scroll", Widget)
    marks = list(tabs.query(CutMark))
    if not marks:
        marks = [CutMark(ELLIPSIS), CutMark(ELLIPSIS, classes="-left")]
        tabs.set_styles("layers: default cut;")  # above the row, so that covering it does not narrow it
        tabs.mount_all(marks)
    right, left = marks
    right.display = scroll.scroll_x < scroll.max_scroll_x
    left.display = scroll.scroll_x > 0
    whole = _whole(tabs, scroll)
    width = scroll.scrollable_content_region.width
    begin, end = whole if whole is not None else (width // 2, width // 2)
    left.styles.width = max(1, begin)
    right.styles.width = max(1, width - end)


def follow_cuts(tabs: Tabs) -> None:
    """Keep the row's cover right as it scrolls to another tab or its width changes (call once, mounted)."""
    scroll = tabs.query_one("#tabs-scroll", Widget)

    def moved() -> None:
        tabs.call_after_refresh(mark_cuts, tabs)

    tabs.watch(scroll, "scroll_x", moved, init=False)
    tabs.watch(scroll, "virtual_size", moved, init=False)
    moved()
