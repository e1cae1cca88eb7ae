"""Typing ahead: keys are handled one at a time, each by the screen that is showing once the one before is done.

Textual hands every key to the focused widget the moment the app reads it and looks up key bindings only
when the key has bubbled back up. A burst read at once (a fast typist, a slow ssh link, a paste of keys)
is therefore routed before the first key's binding has run: after `e` opens Redigera, the letters right
behind it still go to the Möten list and are lost, and a key reaching a screen that is not yet built
finds nothing focused. Here the app holds each key until the one before has passed every widget on its
way up (its binding has run), the screen on top is mounted with its focus set, what the key before set
moving has come to rest (a scroll: Textual schedules even a scroll it does not animate, and a key that
scrolls again before that takes its step from the old place), and the work the next key acts on is done
(the workers in ANSWERS: a search whose hits Enter goes to, a list being read).
"""

from __future__ import annotations

import asyncio
import contextlib
import weakref
from collections import deque
from typing import ClassVar, TypeVar

from textual import events
from textual._ansi_sequences import ANSI_SEQUENCES_KEYS
from textual.app import App
from textual.dom import DOMNode
from textual.message_pump import MessagePump
from textual.screen import Screen
from textual.worker import Worker

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

    # The worker groups whose answer the next key acts on (hits to choose from, a list to move in): while one of
    # them runs, keys wait.
    ANSWERS: ClassVar[frozenset[str]] = frozenset()
    ANSWER_WAIT = 3.0  # seconds at most that keys wait for one answer

    def __init__(self) -> None:
        super().__init__()
        self._typed: deque[Typed] = deque()
        self._waiting_on: MessagePump | None = None  # where the last key is (or the screen being built)
        self._round = 0  # which key the callbacks on their way belong to
        self._settled: Screen[object] | None = None  # the screen on top, mounted and given its first focus
        self.keys_handed_on = 0  # keys (and pastes) given to a widget so far
        self._answer: asyncio.Task[None] | None = None  # waiting for the workers of ANSWERS
        self._given_up: weakref.WeakSet[Worker[object]] = weakref.WeakSet()  # answers not waited for any longer
        self._last_target: DOMNode | None = None  # where the key on its way was handed

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
        if self._scrolling(self.focused or screen):
            self._waiting_on = self  # keys that come meanwhile queue up
            await self.animator.wait_until_complete()  # the animator runs beside the app's queue: a frame or so
        answers = [w for w in self.workers
                   if w.group in self.ANSWERS and not w.is_finished and w not in self._given_up]
        if answers:
            self._waiting_on = self
            self._answer = asyncio.create_task(self._after(answers, self._round))
            return
        event = self._typed.popleft()
        self.keys_handed_on += 1
        target: DOMNode = self.focused or screen  # where Textual hands the key
        self._waiting_on = target
        self._last_target = target
        await super().on_event(event)
        self._wait_in(target, [node for node in target.ancestors if isinstance(node, MessagePump)])

    def _scrolling(self, node: DOMNode) -> bool:
        """Whether node or a container of it is still being scrolled."""
        return any(self.animator.is_being_animated(n, axis) for n in node.ancestors_with_self
                   for axis in ("scroll_x", "scroll_y"))

    async def _after(self, workers: list[Worker[object]], turn: int) -> None:
        """Go on once the workers have ended, however they ended (the next look sees any started since), or after
        ANSWER_WAIT seconds: keys are held for an answer, never stopped by a read that hangs."""
        waits = [asyncio.ensure_future(self._ended(worker)) for worker in workers]
        _done, pending = await asyncio.wait(waits, timeout=self.ANSWER_WAIT)
        for wait in pending:
            wait.cancel()
        if pending:
            self._given_up.update(workers)
        self.call_later(self._deliver, turn)

    @staticmethod
    async def _ended(worker: Worker[object]) -> None:
        with contextlib.suppress(Exception):
            await worker.wait()

    def _wait_in(self, node: MessagePump, rest: list[MessagePump]) -> None:
        """Go on once node has handled what is queued for it, then each node of rest (the app last)."""
        self._waiting_on = node
        if node is self:
            self.call_later(self._passed_app, self._round)
        elif not node.call_later(self._passed, self._round, rest):  # its queue is closed: nothing more there
            self._passed(self._round, rest)

    def _passed_app(self, turn: int) -> None:
        """The key has passed the app, where its binding ran. Textual defers a scroll to after the next repaint, and
        a key that scrolls again before then takes its step from the old place: so once more through the widget
        the key went to (what its binding asked of it joins the screen's work after the repaint), then the next
        key after the screen's next repaint."""
        if turn != self._round:
            return
        target, self._last_target = self._last_target, None
        if not isinstance(target, MessagePump) or not target.call_later(self._after_repaint, turn):
            self._after_repaint(turn)
        else:
            self._waiting_on = target

    def _after_repaint(self, turn: int) -> None:
        if turn != self._round or not self.screen_stack:
            return
        screen = self.screen
        self._waiting_on = screen
        if not screen.call_after_refresh(self.call_later, self._deliver, turn):  # delivered from the app's queue
            self.call_later(self._deliver, turn)

    def _passed(self, turn: int, rest: list[MessagePump]) -> None:
        """The key has left one widget: follow it to the next one up (the app last)."""
        if turn != self._round:
            return
        if rest:
            self._wait_in(rest[0], rest[1:])
        else:
            self._wait_in(self, [])
