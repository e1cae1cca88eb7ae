"""Nothing lost when the terminal goes: unsaved edits become drafts on SIGHUP/SIGTERM/SIGINT."""

from __future__ import annotations

import asyncio
import os
import signal
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from types import FrameType
from typing import Any, Protocol, runtime_checkable

from textual.app import App
from textual.screen import ModalScreen, Screen

from brå_tui.editor import release_kept_files, stop_running_editor
from brå_tui.tui.screens.confirm import ask
from brå_tui.tui.screens.shows_only import ShowsOnly
from brå_tui.tui.typeahead import TypeAheadApp

SIGNALS = (signal.SIGHUP, signal.SIGTERM, signal.SIGINT)
GRACE_SECONDS = 30.0
SETTLE_SECONDS = 3.0  # keys already read reach their fields before the drafts are written, unless nothing moves
                      # this long
LONGEST_SETTLE = 20.0  # seconds: and never longer than this in all (well within GRACE_SECONDS)


@runtime_checkable
class HasUnsaved(Protocol):
    """A screen that may hold changes not yet saved (asked before quitting)."""

    def has_unsaved(self) -> bool:
        """Whether it holds changes not yet saved."""
        ...


@runtime_checkable
class HoldsEdits(HasUnsaved, Protocol):
    """A screen with edits that a recovery draft keeps (the edit screen, with the forms open over it)."""

    def write_draft(self) -> Path | None:
        """Write its edits to its draft now; the draft's path, None when nothing differs (OSError when it cannot)."""
        ...

    def discard_draft(self) -> None:
        """The edits are saved or thrown away: its draft goes."""
        ...


@runtime_checkable
class Saves(Protocol):
    """A screen that writes its file beside itself (the edit screen): it is not left while a save runs."""

    def save_running(self) -> bool:
        """Whether a save has begun and not yet ended."""
        ...


LEAVE_QUESTION = "Lämna utan att spara? j/n"
WAIT_FOR_SAVE = "Sparar fortfarande; vänta ett ögonblick."


def asks_before_leaving(screen: Screen[Any]) -> bool:
    """Whether leaving screen throws something away: edits not yet saved, or a dialog being answered or filled in.
    A dialog that only shows something (the help, a follow-up's history) is marked ShowsOnly."""
    if isinstance(screen, HasUnsaved) and screen.has_unsaved():
        return True
    return isinstance(screen, ModalScreen) and not isinstance(screen, ShowsOnly)


def leave(app: App[Any], screens: Sequence[Screen[Any]], then: Callable[[], object] | None = None) -> None:
    """The one way off screens, whatever asked for it (Escape, a screen key, a command of the palette): the screens
    (the top of the stack, outermost first) are closed and then() runs. While one of them is saving, nothing is left
    and the user is told to wait; when one holds edits not yet saved, or is a dialog, the user is asked first
    (LEAVE_QUESTION), and nothing happens on a no. Leaving throws the edits' drafts away."""
    leaving = [s for s in screens if s in app.screen_stack]
    if any(isinstance(s, Saves) and s.save_running() for s in leaving):
        app.notify(WAIT_FOR_SAVE)
        return

    def go() -> None:
        if any(isinstance(s, Saves) and s.save_running() for s in leaving):  # saved while the question was open
            app.notify(WAIT_FOR_SAVE)
            return
        for screen in leaving:
            if isinstance(screen, HoldsEdits):
                screen.discard_draft()
        while app.screen_stack and app.screen_stack[-1] in leaving:
            app.screen.dismiss()  # each with None to whoever opened it: nothing chosen, nothing kept
        if then is not None:
            then()

    if any(asks_before_leaving(s) for s in leaving):
        ask(app, LEAVE_QUESTION, go)
    else:
        go()


def save_all_drafts(app: App[Any]) -> list[Path]:
    """Just before the app ends: a recovery draft for every edit screen with unsaved changes (open forms included)."""
    written = []
    for screen in list(app.screen_stack):
        if isinstance(screen, HoldsEdits):
            try:
                file = screen.write_draft()
            except OSError:
                continue
            if file is not None:
                written.append(file)
    return written


def discard_all_drafts(app: App[Any]) -> None:
    """The user quits without saving: the drafts of the edit screens go too (they are not offered again)."""
    for screen in list(app.screen_stack):
        if isinstance(screen, HoldsEdits):
            screen.discard_draft()


async def settle(app: App[Any], seconds: float = SETTLE_SECONDS, longest: float = LONGEST_SETTLE) -> None:
    """Wait until every key and message already in the app has been handled: on a busy machine a key read just
    before the hangup may still be on its way to its field, and the draft must hold it. Gives up after seconds
    without progress (nothing handled), or after longest in all."""
    loop = asyncio.get_running_loop()
    end = loop.time() + longest
    deadline = min(loop.time() + seconds, end)
    quiet = 0
    before: tuple[int, ...] = ()
    while quiet < 3 and loop.time() < deadline:  # three looks in a row with nothing left, since one handled
        waiting = (app.message_queue_size, *(node.message_queue_size for screen in app.screen_stack  # message may
                                             for node in screen.walk_children(with_self=True)))  # post another
        busy = any(waiting) or (isinstance(app, TypeAheadApp) and app.typing_ahead)  # keys held for a repaint
        quiet = 0 if busy else quiet + 1
        if waiting != before:  # something was handled or came in: the app is getting on with it
            before = waiting
            deadline = min(loop.time() + seconds, end)
        await asyncio.sleep(0.01)


def install_draft_guard(app: App[Any]) -> None:
    """On SIGHUP, SIGTERM or SIGINT (the terminal gone, or the process told to stop), keep unsaved edits as drafts
    and quit with status 128 + the signal's number, as a shell reports a process ended by it; a process that
    cannot finish within GRACE_SECONDS ends anyway (nothing is left running), and a second SIGTERM or SIGINT ends
    it at once. Keys already read are handled first (settle), so the drafts hold them. An editor running on the
    notes (ctrl+e) is ended first, and what it last wrote goes into the notes and so into the draft; its file is
    deleted only once a draft holds its text.

    Call it once, from the running app's on_mount. The handler is a plain signal handler, so it runs even when
    the event loop is stuck; the drafts are written on the loop. SIGINT here is the signal sent to the process:
    the ctrl+c key reaches the app as a key. An app run headless (a test's) leaves the process's signals alone.
    """
    if app.is_headless:
        return
    loop = asyncio.get_running_loop()
    handled = threading.Event()
    running: set[asyncio.Task[None]] = set()

    async def keep_and_quit(status: int) -> None:
        try:
            await settle(app)
            release_kept_files(save_all_drafts(app))  # an editor's file read into a draft goes; any other stays
        finally:
            app.exit(return_code=status)

    def start(status: int) -> None:
        task = loop.create_task(keep_and_quit(status))
        running.add(task)  # a task nobody holds may be collected before it ends
        task.add_done_callback(running.discard)

    def on_signal(signum: int, frame: FrameType | None) -> None:
        if handled.is_set():
            if signum != signal.SIGHUP:  # told again to stop: whoever sends it wants the process gone now
                os._exit(128 + signum)
            return  # a hangup comes twice (from the kernel and from the driver noticing the terminal gone)
        handled.set()
        stop_running_editor()  # its file is read into the notes when it ends, and the notes into the draft
        status = 128 + signum  # the shell's convention for a process ended by a signal (130 for SIGINT)
        deadline = threading.Timer(GRACE_SECONDS, os._exit, args=(status,))
        deadline.daemon = True
        deadline.start()
        loop.call_soon_threadsafe(start, status)

    try:
        for sig in SIGNALS:
            signal.signal(sig, on_signal)
    except ValueError:  # not the main thread: the process's signals belong to someone else
        return
