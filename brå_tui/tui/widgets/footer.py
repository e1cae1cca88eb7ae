"""The footer every screen uses: compact, so the keys that work fit in 80 columns."""

from __future__ import annotations

from textual.widgets import Footer


def bra_footer() -> Footer:
    """A compact footer; ctrl+p is listed in the help rather than taking room here."""
    return Footer(compact=True, show_command_palette=False)
