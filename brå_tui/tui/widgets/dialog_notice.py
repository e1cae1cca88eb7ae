"""Notices over a dialog: a line of the dialog's own, above its footer, instead of a toast over the dialog.

Textual shows a notice as a toast in the lower right corner, over whatever is there; over a dialog at 80×24 it
covers the dialog's choices and pokes through its border. While a dialog (a modal screen with a footer) is on
top, the app's notices are written into a DialogNotice docked above the footer, so they take room of their own;
toasts are not shown on dialogs (app.tcss). The notice stays as a toast for the screen below once the dialog
closes, for as long as it would have anyway.
"""

from __future__ import annotations

from typing import ClassVar
from weakref import WeakKeyDictionary

from rich.text import Text
from textual import events
from textual.containers import ScrollableContainer, VerticalScroll
from textual.css.scalar import Scalar
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Static

SEVERITY_WORDS = {"error": "Fel", "warning": "Obs"}


class DialogNotice(Static):
    """The latest notice above a dialog's footer (docked, so above the footer's line, or its two lines: app.tcss):
    at most three lines, so that a dialog of 20 lines still fits beside it at 80×24."""

    DEFAULT_CSS: ClassVar[str] = """
    DialogNotice { dock: bottom; width: 100%; height: auto; max-height: 3; margin-bottom: 1; padding: 0 1;
                   background: $panel; color: $foreground; }
    DialogNotice.-error { text-style: bold; }
    """

    def on_resize(self, event: events.Resize) -> None:
        """The notice took (or gave back) lines: fit the dialog in what is left, once the layout has settled."""
        self.call_after_refresh(fit_dialog, self.screen)


MIN_SCROLL_LINES = 3
_NATURAL_MAX: WeakKeyDictionary[Widget, Scalar | None] = WeakKeyDictionary()  # each scrolling part's own max-height


def _dialog_box(screen: Screen[object]) -> Widget | None:
    """The dialog itself: the screen's one laid-out (not docked) child on show."""
    for child in screen.children:
        if child.display and child.styles.dock == "none" and not isinstance(child, Footer | DialogNotice) \
                and child.outer_size.height:
            return child
    return None


def fit_dialog(screen: Screen[object]) -> None:
    """Shrink (or give back) the lines of the dialog's tallest scrolling part so that everything in the dialog fits
    in the room above its notice and footer; no-op when the dialog has nothing that scrolls or already fits."""
    if not screen.is_attached:
        return
    box = _dialog_box(screen)
    if box is None:
        return
    scrolls = [w for w in box.query(ScrollableContainer) if w.display and w.outer_size.height]
    if not scrolls:
        return
    scroll = max(scrolls, key=lambda w: w.outer_size.height)
    if scroll not in _NATURAL_MAX:
        _NATURAL_MAX[scroll] = scroll.styles.max_height
    natural = _NATURAL_MAX[scroll]
    needed = sum(c.outer_size.height for c in box.children if c.display) + box.styles.gutter.height
    overflow = needed - box.outer_size.height
    docked = sum(c.outer_size.height + c.styles.margin.height for c in screen.children
                 if c.display and c.styles.dock != "none")
    room = screen.size.height - docked - box.outer_size.height
    current = scroll.outer_size.height
    if overflow > 0:
        scroll.styles.max_height = max(MIN_SCROLL_LINES, current - overflow)
    elif room > 0 and scroll.styles.max_height != natural:
        limit = natural.resolve(screen.size, screen.size) if natural is not None else current + room
        grown = min(int(limit), current + room)
        scroll.styles.max_height = natural if grown >= int(limit) else grown


class DialogScroll(VerticalScroll):
    """A dialog's scrolling part that keeps the whole dialog on screen: whenever it changes size (the dialog opens,
    error lines come and go) the dialog is fitted to its room (fit_dialog), so that what lies below the scrolling part
    (the hint, the last field) is never cut off by the screen's edge. The dialog's screen calls fit_dialog on a
    resize of the terminal too."""

    def on_resize(self, event: events.Resize) -> None:
        """Fit the dialog once the layout has settled."""
        self.call_after_refresh(fit_dialog, self.screen)


def show_in_dialog(screen: Screen[object], message: str, title: str, severity: str) -> bool:
    """Write a notice into screen's DialogNotice (mounted above its footer the first time); False when screen has
    no footer to put it over (then the toast shows)."""
    footers = screen.query(Footer)
    if not footers:
        return False
    text = Text()
    word = SEVERITY_WORDS.get(severity)
    if word:
        text.append(f"{word}: ", style="bold")
    if title:
        text.append(f"{title}: ", style="bold")
    text.append(message)
    found = screen.query(DialogNotice)
    notice = found.first() if found else DialogNotice()
    notice.set_class(severity == "error", "-error")
    notice.update(text)
    if not found:
        screen.mount(notice, before=footers.first())
    return True
