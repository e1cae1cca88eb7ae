"""Typing ahead: keys are handled one at a time, each by the screen that is showing once the one before is done.

Textual hands every key to the focused widget the moment the app reads it and looks up key bindings only
when the key has bubbled back up. A burst read at once (a fast typist, a slow ssh link, a paste of keys)
is therefore routed before the first key's binding has run: after `e` opens Redigera, the letters right
behind it still go to the Möten list and are lost, and a key reaching a screen that is not yet built
finds nothing focused. Here the app holds each key until the one before has passed every widget on its
way up (its binding has run) and the screen on top is mounted with its focus set.
"""

from __future__ import annotations

from collections import deque
from typing import TypeVar

from textual import events
from textual._ansi_sequences import ANSI_SEQUENCES_KEYS
from textual.app import App
from textual.dom import DOMNode
from textual.message_pump import MessagePump
from textual.screen import Screen

ReturnType = TypeVar("ReturnType")

Typed = events.Key | events.Paste


def escape_then_letter(event: events.Key) -> list[events.Key]:
    """alt+letter as the two keys a user typed: Escape, then the letter.

    A terminal sends alt+r as ESC r, and Escape followed quickly by r (two bytes in one read over a slow
    link) looks the same; Textual reports both as alt+r. The app binds no alt keys, so the second reading
    is always the meant one. Other keys are returned as they are.
    """
    if not event.key.startswith("alt+") or event.character is None or len(event.character) != 1:
        return [event]
    escape = events.Key("escape", "\x1b")
    letter = events.Key(event.key.removeprefix("alt+").removeprefix("shift+")
                        if event.character.islower() or not event.character.isalpha() else event.character,
                        event.character)
    return [escape, letter]


MAC_OPTION_DIGITS = tuple(f"\x1b{digit}" for digit in "0123456789")
"""ESC and a digit: what Textual reads as a Mac terminal's Option+digit character ('¡', '™',
'£' …; textual._ansi_sequences). Over ssh it is Escape followed quickly by a digit, and the app binds no
alt keys."""


def read_escape_digit_as_two_keys() -> None:
    """Let ESC and a digit reach the app as alt+digit, which `escape_then_letter` makes Escape and the digit,
    instead of the Option character Textual's table gives (which a text field would type). A '£' typed as
    itself is untouched: only the two-byte sequence changes."""
    for sequence in MAC_OPTION_DIGITS:
        ANSI_SEQUENCES_KEYS.pop(sequence, None)  # type: ignore[attr-defined]


read_escape_digit_as_two_keys()


class TypeAheadApp(App[ReturnType]):
    """An app that keeps keys typed ahead in order and delivers each to the screen that is showing for it."""

    def __init__(self) -> None:
        super().__init__()
        self._typed: deque[Typed] = deque()
        self._waiting_on: MessagePump | None = None  # where the last key is (or the screen being built)
        self._round = 0  # which key the callbacks on their way belong to
        self._settled: Screen[object] | None = None  # the screen on top, mounted and given its first focus
        self.keys_handed_on = 0  # keys (and pastes) given to a widget so far

    @property
    def typing_ahead(self) -> bool:
        """Whether keys are waiting to be handed on, or the last one is still on its way."""
        return bool(self._typed) or self._waiting_on is not None

    async def on_event(self, event: events.Event) -> None:
        """Queue keys and pastes from the terminal; everything else as Textual does it."""
        if isinstance(event, (events.Key, events.Paste)) and not event.is_forwarded:
            self._typed.extend(escape_then_letter(event) if isinstance(event, events.Key) else [event])
            waiting = self._waiting_on
            if waiting is not None and waiting is not self and not waiting.is_attached:
                self._waiting_on = None  # the widget the last key was in has gone, with its message queue
            if self._waiting_on is None:
                await self._deliver(self._round)
            return
        await super().on_event(event)

    async def _deliver(self, turn: int) -> None:
        """Hand the next key on, once the screen on top is mounted (its first focus set)."""
        if turn != self._round:
            return
        self._round += 1
        self._waiting_on = None
        if not self._typed:
            return
        screen = self.screen
        if screen is not self._settled:
            # A screen new on top: once it is mounted, let the app first do what mounting asked of it
            # (Widget.focus in on_mount is a callback on the app's queue), then hand it the key.
            if screen.is_mounted:
                self._settled = screen
            self._wait_in(screen, [self])
            return
        event = self._typed.popleft()
        self.keys_handed_on += 1
        target: DOMNode = self.focused or screen  # where Textual hands the key
        self._waiting_on = target
        await super().on_event(event)
        self._wait_in(target, [node for node in target.ancestors if isinstance(node, MessagePump)])

    def _wait_in(self, node: MessagePump, rest: list[MessagePump]) -> None:
        """Go on once node has handled what is queued for it, then each node of rest (the app last)."""
        self._waiting_on = node
        if node is self:
            self.call_later(self._deliver, self._round)
        elif not node.call_later(self._passed, self._round, rest):  # its queue is closed: nothing more there
            self._passed(self._round, rest)

    def _passed(self, turn: int, rest: list[MessagePump]) -> None:
        """The key has left one widget: follow it to the next one up (the app last)."""
        if turn != self._round:
            return
        if rest:
            self._wait_in(rest[0], rest[1:])
        else:
            self._wait_in(self, [])
