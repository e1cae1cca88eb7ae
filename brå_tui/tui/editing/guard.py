"""Nothing lost when the terminal goes: unsaved edits become drafts on SIGHUP/SIGTERM; the store is watched."""

from __future__ import annotations

import asyncio
import signal
import threading
from pathlib import Path

from textual.app import App

from brå_tui.store.watch import StoreWatcher

SIGNALS = (signal.SIGHUP, signal.SIGTERM)


def save_all_drafts(app: App[object]) -> list[Path]:
    """Just before the app ends: a recovery draft for every edit screen with unsaved changes (open forms included)."""
    from brå_tui.tui.editing.forms import FormScreen
    from brå_tui.tui.editing.screen import EditMeetingScreen

    for screen in reversed(app.screen_stack):  # open forms first, the innermost (a decision) before its item
        if isinstance(screen, FormScreen):
            try:
                screen.keep_unfinished()
            except Exception:  # a half-built form must not stop the drafts from being written
                continue
    written = []
    for screen in list(app.screen_stack):
        if isinstance(screen, EditMeetingScreen) and screen.has_unsaved():
            try:
                written.append(screen.write_draft())
            except OSError:
                continue
    return written


def install_draft_guard(app: App[object]) -> None:
    """On SIGHUP or SIGTERM (the ssh connection or terminal gone), keep unsaved edits as drafts and quit."""
    if getattr(app, "_bra_draft_guard", False):
        return
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return

    def on_signal() -> None:
        save_all_drafts(app)
        app.exit(return_code=1)

    for sig in SIGNALS:
        try:
            loop.add_signal_handler(sig, on_signal)
        except (NotImplementedError, RuntimeError, ValueError):
            return
    app._bra_draft_guard = True


def watch_store(app: App[object], interval: float = 2.0) -> None:
    """Read the store again (app.reload_store) within seconds of another user changing a file (stat only)."""
    store = getattr(app, "store", None)
    root = getattr(store, "root", None) or getattr(app, "root", None)
    if root is None or getattr(app, "_bra_store_watcher", None) is not None:
        return
    watcher = StoreWatcher(Path(root))
    app._bra_store_watcher = watcher

    scanning = threading.Event()

    def reload() -> None:
        method = getattr(app, "reload_store", None)
        if callable(method):
            method()

    def scan() -> None:
        try:
            changed = watcher.changes()
        finally:
            scanning.clear()
        if changed:
            try:
                app.call_from_thread(reload)
            except RuntimeError:  # the app has stopped meanwhile
                pass

    def tick() -> None:
        # Statting thousands of files takes tens of milliseconds: do it beside the screen, not on it.
        if not scanning.is_set():
            scanning.set()
            threading.Thread(target=scan, name="bra-store-watch", daemon=True).start()

    app.set_interval(interval, tick, name="bra-store-watch")
