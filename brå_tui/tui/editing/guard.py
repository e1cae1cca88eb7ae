"""Nothing lost when the terminal goes: unsaved edits become drafts on SIGHUP/SIGTERM."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from textual.app import App

SIGNALS = (signal.SIGHUP, signal.SIGTERM)


@runtime_checkable
class KeepsUnfinished(Protocol):
    """A form that can hand on what it holds without being closed (the edit screen's forms)."""

    def keep_unfinished(self) -> bool:
        """Put what the form holds where it belongs; False when it is not whole."""
        ...


@runtime_checkable
class HasUnsaved(Protocol):
    """A screen that may hold changes not yet saved (asked before quitting)."""

    def has_unsaved(self) -> bool:
        """Whether it holds changes not yet saved."""
        ...


@runtime_checkable
class HoldsEdits(HasUnsaved, Protocol):
    """A screen with edits that a recovery draft can keep (the edit screen)."""

    def write_draft(self) -> Path:
        """Write a recovery draft of its edits; the draft's path (OSError when it cannot)."""
        ...


def save_all_drafts(app: App[Any]) -> list[Path]:
    """Just before the app ends: a recovery draft for every edit screen with unsaved changes (open forms included)."""
    for screen in reversed(app.screen_stack):  # open forms first, the innermost (a decision) before its item
        if isinstance(screen, KeepsUnfinished):
            try:
                screen.keep_unfinished()
            except Exception:  # a half-built form must not stop the drafts from being written
                continue
    written = []
    for screen in list(app.screen_stack):
        if isinstance(screen, HoldsEdits) and screen.has_unsaved():
            try:
                written.append(screen.write_draft())
            except OSError:
                continue
    return written


def install_draft_guard(app: App[Any]) -> None:
    """On SIGHUP or SIGTERM (the ssh connection or terminal gone), keep unsaved edits as drafts and quit.

    Call it once, from the running app's on_mount.
    """
    loop = asyncio.get_running_loop()

    def on_signal() -> None:
        save_all_drafts(app)
        app.exit(return_code=1)

    for sig in SIGNALS:
        try:
            loop.add_signal_handler(sig, on_signal)
        except (NotImplementedError, RuntimeError, ValueError):  # not the main thread (a test's app)
            return
