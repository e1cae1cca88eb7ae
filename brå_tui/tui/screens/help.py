"""Hjälp: every key of the app, screen by screen, with what it does."""

from __future__ import annotations

from typing import ClassVar

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widget import Widget
from textual.widgets import Static

from brå_tui.tui.screens.meetings import works_over
from brå_tui.tui.screens.shows_only import ShowsOnly
from brå_tui.tui.widgets.footer import bra_footer
from brå_tui.views.tables import table as plain_table

MOVING = [
    ("↑ ↓", "flytta i listor och tabeller"),
    ("Enter", "välj det markerade"),
    ("Tab", "nästa fält eller lista"),
    ("PgUp PgDn", "bläddra en sida"),
]


def _table(rows: list[tuple[str, str]]) -> Table:
    table = plain_table(box=None, show_header=False, padding=(0, 2, 0, 1), pad_edge=True)
    table.add_column(style="bold", no_wrap=True, min_width=8)
    table.add_column(overflow="fold")
    for key, text in rows:
        table.add_row(key, text)
    return table


def _key_name(screen: Screen, key: str) -> str:
    """A key as the footer and the README write it: 'ctrl+p', 'Esc', 'Enter' (BraApp.get_key_display)."""
    return screen.app.get_key_display(Binding(key, ""))


def _binding_rows(screen: Screen, bindings: list[object]) -> list[tuple[str, str]]:
    rows = []
    for binding in bindings:
        if not isinstance(binding, Binding) or binding.system or not binding.description:
            continue
        if binding.action.startswith("app."):
            continue
        key = binding.key_display or ", ".join(_key_name(screen, k) for k in binding.key.split(","))
        text = binding.description + (f" – {binding.tooltip}" if binding.tooltip else "")
        rows.append((key, text))
    return rows


# A screen's WIDGET_KEYS (widgets/footer.py) name the keys its widgets handle (a table's ↑ ↓ and Enter), which
# no binding of the screen names.

Sections = list[tuple[str, type[DOMNode]]]


def help_text(current: Screen, sections: Sections) -> RenderableType:
    """The keys that work on the screen in use (its own, its widgets', those that work everywhere, moving), then,
    set apart under their own heading, the other screens' keys; sections are [(title, screen or widget class)]."""
    here = [(title, cls) for title, cls in sections if works_here(current, cls)]
    elsewhere = [(title, cls) for title, cls in sections if (title, cls) not in here]
    parts: list[RenderableType] = [Text("Tangenter", style="bold underline"), Text()]
    parts += _sections(current, here)
    taken = _screen_keys(current)
    everywhere: list[object] = [b for b in current.app.BINDINGS
                                if isinstance(b, Binding) and works_over(current, b.action.partition("(")[0])
                                and taken.get(b.key, f"app.{b.action}") == f"app.{b.action}"]
    parts += [Text("Överallt (utanför textfält)", style="bold"), _table(_binding_rows(current, everywhere)), Text()]
    parts += [Text("Flytta", style="bold"), _table(MOVING), Text()]
    parts += [Text(ELSEWHERE, style="bold underline"), Text(), *_sections(current, elsewhere)]
    return Group(*parts)


ELSEWHERE = "På andra skärmar (fungerar där, inte här)"


def _screen_keys(current: Screen) -> dict[str, str]:
    """key → action of the screen's own bindings: where a screen binds a key the app also binds (Möten's e, Kallelse's
    x), the screen's wins, and the help lists it with the screen's keys only."""
    return {key.strip(): binding.action for cls in reversed(type(current).__mro__)
            for binding in Binding.make_bindings(cls.__dict__.get("BINDINGS", [])) for key in binding.key.split(",")}


def works_here(current: Screen, cls: type[DOMNode]) -> bool:
    """Whether the keys of a help section work on the screen in use: it is that screen, or a widget on it."""
    if isinstance(current, cls):
        return True
    return issubclass(cls, Widget) and not issubclass(cls, Screen) and bool(current.query(cls))


def _sections(current: Screen, sections: list[tuple[str, type[DOMNode]]]) -> list[RenderableType]:
    parts: list[RenderableType] = []
    for title, cls in sections:
        own = [b for b in cls.__dict__.get("BINDINGS", [])]
        own_widget_keys = [(k.display, k.help or k.description) for k in cls.__dict__.get("WIDGET_KEYS", ())]
        inherited = [b for base in cls.__mro__[1:] for b in base.__dict__.get("BINDINGS", [])
                     if base.__module__.startswith("brå_tui")]
        rows = own_widget_keys + _binding_rows(current, [*own, *inherited])
        if rows:
            parts += [Text(title, style="bold"), _table(rows), Text()]
    return parts


class HelpScreen(ShowsOnly, ModalScreen[None]):
    """Every key, with its Swedish description."""


    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close", "Stäng", key_display="Esc", id="help.close"),
    ]

    def __init__(self, current: Screen, sections: Sections) -> None:
        """current is the screen whose keys come first; sections are every screen and widget with keys."""
        super().__init__()
        self.current = current
        self.sections = sections

    def compose(self) -> ComposeResult:
        """A scrolling table of keys."""
        with Vertical(id="help-box"):
            with VerticalScroll(id="help-scroll"):
                yield Static(help_text(self.current, self.sections), id="help-text")
            yield Static("Esc stänger · ↑↓ bläddrar", id="help-hint")
        yield bra_footer()

    def on_mount(self) -> None:
        """Scroll with the arrows at once."""
        self.query_one("#help-scroll").focus()

    def action_close(self) -> None:
        """Back to where you were."""
        self.dismiss()
