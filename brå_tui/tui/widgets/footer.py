"""The footer every screen uses: compact, and only whole keys, the least important dropped when room is short.

Textual's footer lays all shown keys side by side and cuts the last one mid-word when the terminal is narrow
("… q Avsluta c"). This footer measures each key and leaves out whole keys instead, least important first:
the essential keys (ESSENTIAL: ? Hjälp, which lists every key, Esc, ctrl+s, ctrl+p and q) are kept wherever
they work, the keys of the focused widget and the screen come before the other app-wide ones, and the spare keys
a screen gives appear only when there is room to spare: a mapping from binding id to the key and description the
footer shows for it (so "1–7 Flik" stands for seven tab bindings). The keys of the focused widget and the screen
are never left out: when they do not all fit beside the essential ones (at 60 columns, say), the footer takes a
second line. Then the first line holds the keys of the focused widget and of the screen, the second the essential
ones and what else fits, and a group of keys (a list's ↑ ↓ and Enter, the screen's letters) is never split between
the lines when it fits on one. The footer has the same height wherever the focus is on a screen: two lines if any
widget there needs them, so that the content above does not jump when Tab moves the focus.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar, NamedTuple, Protocol, runtime_checkable

from rich.cells import cell_len
from textual import events
from textual.app import App, ComposeResult
from textual.binding import ActiveBinding, Binding
from textual.containers import HorizontalGroup
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widget import Widget
from textual.widgets import DataTable, Footer, OptionList
from textual.widgets._footer import FooterKey

# The keys the README calls essential ("Appen"): help (it shows all the others), back, save, the command palette
# and quit. Wherever one works and is shown, it is kept before any other key.
ESSENTIAL = ("question_mark", "escape", "ctrl+s", "ctrl+p", "q")
GAP = 1  # the compact footer's margin after each key
OWN = 1  # the rank of the keys of the focused widget and the screen: never left out, a second line if need be

# The groups of keys that belong together, in the order the footer shows them on two lines.
WIDGET, SCREEN, GENERAL, ELSEWHERE, SPARE = range(5)  # focused widget, screen, essential, other screens, spare
RANKS = {WIDGET: OWN, SCREEN: OWN, GENERAL: 0, ELSEWHERE: OWN + 1, SPARE: OWN + 2}  # lower: more important


class FooterEntry(NamedTuple):
    """One key the footer may show: its binding, how it is shown, whether it works now, and its group."""

    binding: Binding
    display: str
    description: str
    enabled: bool
    tooltip: str
    group: int

    @property
    def rank(self) -> int:
        """How important the key is: 0 the essential ones, OWN the widget's and the screen's (RANKS)."""
        return RANKS[self.group]


@dataclass(frozen=True)
class WidgetKey:
    """A key one of a screen's widgets handles itself (a list's Enter or arrows, Enter in a field), which no
    binding names: the footer shows it while that widget has focus, and the help lists it (help.py).

    A screen gives them as WIDGET_KEYS, a tuple of WidgetKey.
    """

    widget: str  # the widget's CSS selector, e.g. "#areas"
    key: str  # Textual's name of the key, pressed when the footer's key is clicked: "enter", "down"
    display: str  # the key as the footer and the help show it: "Enter", "↑ ↓"
    description: str  # what it does, in the footer's few words
    help: str = ""  # what it does, in the help's words (the description when empty)


def _empty(widget: Widget) -> bool:
    """Whether a widget is a list or table with no rows (its keys then do nothing)."""
    return (isinstance(widget, OptionList) and widget.option_count == 0) or (
        isinstance(widget, DataTable) and widget.row_count == 0)


@runtime_checkable
class HasWidgetKeys(Protocol):
    """A screen that declares keys its widgets handle themselves."""

    WIDGET_KEYS: tuple[WidgetKey, ...]


def widget_keys(screen: object) -> tuple[WidgetKey, ...]:
    """The WidgetKeys a screen (class or instance) declares; none when it declares none."""
    return tuple(screen.WIDGET_KEYS) if isinstance(screen, HasWidgetKeys) else ()


def key_width(key_display: str, description: str) -> int:
    """Cells a compact footer key takes, its gap included: 'key description '."""
    return cell_len(key_display) + (1 + cell_len(description) if description else 0) + GAP


def fitting(widths: list[int], ranks: list[int], room: int) -> list[int]:
    """The indexes of the keys to show, in their order: most important (lowest rank) first while they fit.

    A key that does not fit is left out whole; a narrower less important one may still take the room left.
    """
    kept: set[int] = set()
    used = 0
    for index in sorted(range(len(widths)), key=lambda i: (ranks[i], i)):
        if used + widths[index] <= room:
            kept.add(index)
            used += widths[index]
    return sorted(kept)


def needs_two_lines(widths: list[int], ranks: list[int], room: int) -> bool:
    """Whether the keys of the focused widget and the screen (rank OWN) do not all fit beside the essential ones."""
    first = set(fitting(widths, ranks, room))
    return any(rank <= OWN and index not in first for index, rank in enumerate(ranks))


def two_lines(widths: list[int], groups: list[int], room: int) -> tuple[list[int], list[int]]:
    """The indexes of the keys on each of two lines, in the order shown.

    The focused widget's keys and then the screen's go on the first line, the essential ones on the second; a group
    goes whole onto the first line it fits on (a group wider than a line is split, key by key). Then the keys to
    other screens and the spare ones, most important first, where room is left, the second line first.
    """
    lines: tuple[list[int], list[int]] = ([], [])
    used = [0, 0]

    def place(keys: list[int], order: tuple[int, int]) -> None:
        total = sum(widths[i] for i in keys)
        line = next((n for n in order if used[n] + total <= room), None)
        if line is not None:
            lines[line].extend(keys)
            used[line] += total
            return
        for index in keys:
            line = next((n for n in order if used[n] + widths[index] <= room), None)
            if line is not None:
                lines[line].append(index)
                used[line] += widths[index]

    members = {group: [i for i, g in enumerate(groups) if g == group] for group in RANKS}
    place(members[WIDGET], (0, 1))
    place(members[SCREEN], (0, 1))
    place(members[GENERAL], (1, 0))
    for index in sorted(members[ELSEWHERE] + members[SPARE], key=lambda i: (RANKS[groups[i]], i)):
        place([index], (1, 0))
    return lines


def shown_in_dialog(node: DOMNode, key: str) -> Binding | None:
    """In a dialog (a modal screen): the dialog's shown binding for key that a hidden one of node, the focused
    widget, shadows; otherwise None.

    A focused list's own Enter (OptionList's select, not shown) hides a dialog's "Enter Återställ" from
    Screen.active_bindings although Enter does what the dialog says; the footer shows the dialog's key.
    """
    screen = node.screen if isinstance(node, Widget) else None
    if not isinstance(screen, ModalScreen) or node is screen:
        return None
    for cls in type(screen).__mro__:
        for binding in Binding.make_bindings(cls.__dict__.get("BINDINGS", [])):
            if binding.key == key and binding.show:
                return binding
    return None


class BraFooter(Footer):
    """Footer(compact=True, show_command_palette=False) that never cuts a key and keeps the essential ones."""

    DEFAULT_CSS: ClassVar[str] = """
    BraFooter { overflow: hidden hidden; }
    BraFooter.-two-lines { height: 2; layout: vertical; }
    BraFooter > HorizontalGroup { height: 1; }
    """

    def __init__(self, spare: dict[str, tuple[str, str]] | None = None) -> None:
        super().__init__(compact=True, show_command_palette=False)
        self.spare = spare or {}

    def _room(self) -> int:
        return self.size.width or self.app.size.width

    def _keys(self, focused: Widget | None = None) -> Iterator[FooterEntry]:
        """The keys to show, in Textual's order (the focused widget's own keys the screen names, WidgetKey, first),
        while the focused widget has focus, or the given one (as if it had)."""
        screen = self.screen
        if focused is None or focused is screen.focused:
            yield from self._entries(screen.active_bindings, screen.focused)
            return
        now = screen.focused
        screen.set_reactive(Screen.focused, focused)  # active_bindings follows the focus; no watcher runs
        try:
            bindings = screen.active_bindings
        finally:
            screen.set_reactive(Screen.focused, now)
        yield from self._entries(bindings, focused)

    def _entries(self, bindings: dict[str, ActiveBinding], focused: Widget | None) -> Iterator[FooterEntry]:
        for key in widget_keys(self.screen):
            # A list's keys work on its rows: over an empty list they do nothing, so they are not shown.
            if focused is not None and focused in self.screen.query(key.widget) and not _empty(focused):
                binding = Binding(key.key, "", key.description, key_display=key.display)
                yield FooterEntry(binding, key.display, key.description, True, key.help or key.description, WIDGET)
        seen: set[str] = set()
        for node, binding, enabled, tooltip in bindings.values():
            if binding.id in self.spare:
                display, description = self.spare[binding.id]
                yield FooterEntry(binding, display, description, enabled, tooltip, SPARE)
                continue
            if not binding.show:
                binding = shown_in_dialog(node, binding.key) or binding
            if not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)
            app_wide = isinstance(node, App) or binding.action.startswith("app.")  # Möten's keys to other screens
            group = GENERAL if binding.key in ESSENTIAL else ELSEWHERE if app_wide else \
                SCREEN if isinstance(node, Screen) else WIDGET
            yield FooterEntry(binding, self.app.get_key_display(binding), binding.description, enabled, tooltip,
                              group)

    def _two_lines_needed(self, room: int) -> bool:
        """Whether some widget on the screen, with focus, has keys of its own and the screen's that do not fit on one
        line beside the essential ones: then the footer keeps two lines wherever the focus is on the screen."""
        candidates = [self.screen.focused, *(w for w in self.screen.query("*") if w.can_focus)]
        for focused in dict.fromkeys(candidates):
            keys = list(self._keys(focused))
            if needs_two_lines([key_width(k.display, k.description) for k in keys], [k.rank for k in keys], room):
                return True
        return False

    def compose(self) -> ComposeResult:
        """One FooterKey for each key that fits, whole; on two lines (two_lines) when the screen needs them."""
        if not self._bindings_ready:
            return
        keys = list(self._keys())
        widths = [key_width(key.display, key.description) for key in keys]
        room = self._room()
        two = self._needs_two_lines(room)
        self.set_class(two, "-two-lines")
        self.screen.set_class(two, "-footer-two-lines")  # what is docked above the footer (DialogNotice) moves up
        if not two:
            yield from (self._key(keys[i]) for i in fitting(widths, [key.rank for key in keys], room))
            return
        for line in two_lines(widths, [key.group for key in keys], room):
            with HorizontalGroup():
                yield from (self._key(keys[i]) for i in line)

    def _needs_two_lines(self, room: int) -> bool:
        """Whether this footer takes two lines at a width of room cells."""
        return self._over_two_lines(room) or self._two_lines_needed(room)

    def _over_two_lines(self, room: int) -> bool:
        """Whether this is a dialog's footer over a screen whose footer takes two lines at this width: it takes two
        as well, so that none of the keys of the screen beneath show (they do not work while the dialog is open).
        Worked out for the width rather than read from that footer, which may not have been laid out again yet
        after a resize."""
        stack = self.app.screen_stack
        if not isinstance(self.screen, ModalScreen) or self.screen not in stack[1:]:
            return False
        below = stack[stack.index(self.screen) - 1]
        return any(footer._needs_two_lines(room) for footer in below.query(BraFooter))

    @staticmethod
    def _key(key: FooterEntry) -> FooterKey:
        return FooterKey(key.binding.key, key.display, key.description, key.binding.action,
                         disabled=not key.enabled, tooltip=key.tooltip).data_bind(compact=Footer.compact)

    def on_resize(self, event: events.Resize) -> None:
        """Another width: choose the keys again."""
        if self._bindings_ready:
            self.call_after_refresh(self.recompose)


def bra_footer(spare: dict[str, tuple[str, str]] | None = None) -> Footer:
    """The app's footer (see BraFooter); spare: binding id → (key, description) shown only when there is room."""
    return BraFooter(spare)
