"""The footer every screen uses: every key that works where the focus is, whole and in one order.

One rule for every screen. The keys come in this order:
1. the screen's own keys: first those of the focused widget (a list's ↑ ↓ and Enter, a field's ctrl+u), then the
   screen's (its tabs: ← → and 1–7; what it does: e, x, n, k …, ctrl+s), Esc (back) the last of them;
2. ? (Hjälp) and q (Avsluta), wherever they work;
3. the keys that only open another screen (Möten's r, l, o, /);
4. ctrl+p (the command palette), last.
When they do not all fit on one line, the footer takes a second line rather than leave any out. Only when two
lines cannot hold them either (at 60 or 40 columns, say) are keys left out, from the end of that order: ctrl+p
first, then the keys to other screens from the last, then the screen's own from the last, Esc after them; ? and q
are never left out. A key is never cut. On two lines, the second starts where the screen's own keys end when each
part fits on a line of its own; otherwise the keys simply run on. The footer has the same height wherever the
focus is on a screen: two lines if the keys of any widget there need them, so that the content above does not jump
when Tab moves the focus.

Textual's footer instead lays all shown keys side by side and cuts the last one mid-word when the terminal is
narrow ("… q Avsluta c"). A screen may let one key stand for several hidden ones (stand_ins: binding id → the key
and description shown, so "1–7 Flik" stands for seven tab bindings) and name the bindings that only open another
screen (elsewhere: binding ids).
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

# The keys shown wherever they work and never left out: help (it lists every key) and quit.
ALWAYS_SHOWN = ("question_mark", "q")
LAST_KEYS = ("ctrl+p",)  # the command palette: after every other key, the first left out
GAP = 1  # the compact footer's margin after each key; the last key's may fall outside the line
LINES = 2  # the most lines the footer takes

# The groups of keys, in the order the footer shows them: the focused widget's and the screen's own keys with Esc
# (back) last of them, ? and q, the keys that only open another screen, the command palette.
WIDGET, SCREEN, BACK, ALWAYS, ELSEWHERE, LAST = range(6)
OWN_GROUPS = (WIDGET, SCREEN, BACK)


class FooterEntry(NamedTuple):
    """One key the footer may show: its binding, how it is shown, whether it works now, and its group."""

    binding: Binding
    display: str
    description: str
    enabled: bool
    tooltip: str
    group: int

    @property
    def own(self) -> bool:
        """Whether the key is the focused widget's or the screen's own."""
        return self.group in OWN_GROUPS

    @property
    def label(self) -> str:
        """The key as the footer shows it: 'e Redigera'."""
        return f"{self.display} {self.description}".strip()


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


def line_width(widths: list[int]) -> int:
    """Cells a line of keys needs: the last key's margin may fall outside it."""
    return sum(widths) - GAP if widths else 0


def run_on(keys: list[int], widths: list[int], room: int) -> list[list[int]]:
    """keys (indexes, in order) on as many lines of room cells as they need, each line as full as it goes."""
    lines: list[list[int]] = [[]]
    for index in keys:
        if lines[-1] and line_width([widths[i] for i in [*lines[-1], index]]) > room:
            lines.append([])
        lines[-1].append(index)
    return lines


def arrange(widths: list[int], groups: list[int], room: int, two: bool = False) -> list[list[int]]:
    """The indexes of the keys on each line, in the order shown (the module's rule): one line when they all fit
    and two are not asked for (two), else two lines, keys left out from the end of the order while two lines cannot
    hold them (Esc the last of the screen's own, ? and q never)."""
    order = sorted(range(len(widths)), key=lambda i: (groups[i], i))
    if not two and line_width([widths[i] for i in order]) <= room:
        return [order]
    last_first = [i for i in reversed(order) if groups[i] not in (ALWAYS, BACK)] + \
        [i for i in order if groups[i] == BACK]
    kept = list(order)
    while True:
        own = [i for i in kept if groups[i] in OWN_GROUPS]
        rest = [i for i in kept if groups[i] not in OWN_GROUPS]
        if own and rest and all(line_width([widths[i] for i in part]) <= room for part in (own, rest)):
            return [own, rest]
        lines = run_on(kept, widths, room)
        if len(lines) <= LINES or not last_first:
            return lines if len(lines) == LINES else [*lines, []]
        kept.remove(last_first.pop(0))


def needs_two_lines(widths: list[int], room: int) -> bool:
    """Whether keys of these widths do not all fit on one line of room cells."""
    return line_width(widths) > room


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
    """Footer(compact=True, show_command_palette=False) that shows its keys by the module's rule, never cut."""

    DEFAULT_CSS: ClassVar[str] = """
    BraFooter { overflow: hidden hidden; }
    BraFooter.-two-lines { height: 2; layout: vertical; }
    BraFooter > HorizontalGroup { height: 1; }
    """

    def __init__(self, stand_ins: dict[str, tuple[str, str]] | None = None,
                 elsewhere: frozenset[str] = frozenset()) -> None:
        super().__init__(compact=True, show_command_palette=False)
        self.stand_ins = stand_ins or {}
        self.elsewhere = elsewhere

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
            if binding.id in self.stand_ins:
                display, description = self.stand_ins[binding.id]
                yield FooterEntry(binding, display, description, enabled, tooltip,
                                  SCREEN if isinstance(node, Screen) else WIDGET)
                continue
            if not binding.show:
                binding = shown_in_dialog(node, binding.key) or binding
            if not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)
            if isinstance(node, App):
                group = ALWAYS if binding.key in ALWAYS_SHOWN else LAST if binding.key in LAST_KEYS else ELSEWHERE
            else:
                group = ELSEWHERE if binding.id in self.elsewhere else BACK if binding.key == "escape" else \
                    SCREEN if isinstance(node, Screen) else WIDGET
            yield FooterEntry(binding, self.app.get_key_display(binding), binding.description, enabled, tooltip,
                              group)

    def _two_lines_needed(self, room: int) -> bool:
        """Whether some widget on the screen, with focus, has keys that with the screen's and the rest do not fit on
        one line: then the footer keeps two lines wherever the focus is on the screen."""
        candidates = [self.screen.focused, *(w for w in self.screen.query("*") if w.can_focus)]
        for focused in dict.fromkeys(candidates):
            keys = list(self._keys(focused))
            if needs_two_lines([key_width(k.display, k.description) for k in keys], room):
                return True
        return False

    def compose(self) -> ComposeResult:
        """One FooterKey for each key shown, whole, on the lines arrange() gives."""
        if not self._bindings_ready:
            return
        keys = list(self._keys())
        widths = [key_width(key.display, key.description) for key in keys]
        room = self._room()
        two = self._needs_two_lines(room)
        self.set_class(two, "-two-lines")
        self.screen.set_class(two, "-footer-two-lines")  # what is docked above the footer (DialogNotice) moves up
        lines = arrange(widths, [key.group for key in keys], room, two)
        if not two:
            yield from (self._key(keys[i]) for i in lines[0])
            return
        for line in lines:
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


def bra_footer(stand_ins: dict[str, tuple[str, str]] | None = None,
               elsewhere: frozenset[str] = frozenset()) -> Footer:
    """The app's footer (see BraFooter); stand_ins: binding id → (key, description) shown for a hidden binding (and
    those it stands for); elsewhere: the ids of the bindings that only open another screen."""
    return BraFooter(stand_ins, elsewhere)
