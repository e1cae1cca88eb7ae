"""Textual in Swedish: the strings Textual itself can put in front of a user of bra.

Textual's own widgets bring English key descriptions that its footer shows (the area list's "Dismiss
menu"). TEXTUAL_BINDINGS holds a Swedish description for every binding of a Textual widget that a footer
may show; translate_textual() puts them in place before the app starts. The command palette's own words
are in commands.BraPalette.
"""

from __future__ import annotations

from textual.binding import Binding, BindingType
from textual.command import CommandPalette
from textual.dom import DOMNode
from textual.widgets import Link
from textual.widgets._select import SelectOverlay

# English description in Textual → Swedish, for the bindings of Textual's widgets that a footer shows.
TEXTUAL_BINDINGS = {
    "Dismiss menu": "Stäng listan",
    "Exit the command palette": "Stäng kommandopaletten",
    "Open link": "Öppna länken",
}
TRANSLATED: tuple[type[DOMNode], ...] = (SelectOverlay, CommandPalette, Link)


def _swedish(binding: BindingType) -> BindingType:
    if isinstance(binding, Binding):
        if binding.description in TEXTUAL_BINDINGS:
            return Binding(binding.key, binding.action, TEXTUAL_BINDINGS[binding.description], binding.show,
                           binding.key_display, binding.priority, binding.tooltip, binding.id, binding.system)
        return binding
    key, action, *rest = binding
    if rest and rest[0] in TEXTUAL_BINDINGS:
        return (key, action, TEXTUAL_BINDINGS[rest[0]])
    return binding


def translate_textual() -> None:
    """Give Textual's widgets Swedish key descriptions (idempotent)."""
    for cls in TRANSLATED:
        cls.BINDINGS = [_swedish(b) for b in cls.BINDINGS]
        cls._merged_bindings = cls._merge_bindings()
