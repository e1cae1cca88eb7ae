"""Notices over a dialog: a line of the dialog's own, above its footer, instead of a toast over the dialog.

Textual shows a notice as a toast in the lower right corner, over whatever is there; over a dialog at 80×24 it
covers the dialog's choices and pokes through its border. While a dialog (a modal screen with a footer) is on
top, the app's notices are written into a DialogNotice docked above the footer, so they take room of their own;
toasts are not shown on dialogs (app.tcss). The notice stays as a toast for the screen below once the dialog
closes, for as long as it would have anyway.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.screen import Screen
from textual.widgets import Footer, Static

SEVERITY_WORDS = {"error": "Fel", "warning": "Obs"}


class DialogNotice(Static):
    """The latest notice above a dialog's footer (docked, so above the footer's line): at most three lines, so
    that a dialog of 20 lines still fits beside it at 80×24."""

    DEFAULT_CSS: ClassVar[str] = """
    DialogNotice { dock: bottom; width: 100%; height: auto; max-height: 3; margin-bottom: 1; padding: 0 1;
                   background: $panel; color: $foreground; }
    DialogNotice.-error { text-style: bold; }
    """


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
