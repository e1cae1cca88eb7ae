"""Saving in Redigera never starts git on the screen's own thread: on a slow server (NFS, a loaded machine)
one git call can take seconds, and the keys typed meanwhile must still be handled."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from tests.editing.harness import EditHarness
from tests.editing.keys import replace, save

from .gitrepos import commits

_WATCHING = threading.Event()
_ON_SCREEN_THREAD: list[str] = []


def _audit(event: str, args: tuple[object, ...]) -> None:
    """Note every program started on the main thread (the one the screen runs on) while watching."""
    if event == "subprocess.Popen" and _WATCHING.is_set() and threading.current_thread() is threading.main_thread():
        _ON_SCREEN_THREAD.append(str(args[1]))


sys.addaudithook(_audit)  # an audit hook stays for the life of the process; it only records while watching


async def test_no_git_on_the_screen_thread_while_saving(git_store: Path) -> None:
    before = commits(git_store)
    app = EditHarness(git_store, "2024-11-15")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("down", "tab", "tab", "tab")  # the row of tabs → Datum → … → Plats
        await replace(pilot, "Sessionssalen")
        _ON_SCREEN_THREAD.clear()
        _WATCHING.set()
        try:
            await save(pilot)
            await app.workers.wait_for_complete()
            await pilot.pause()
        finally:
            _WATCHING.clear()
        shown = [n.message for n in app._notifications]
    assert commits(git_store) == before + 1, shown
    assert any(message.startswith("Sparat och versionshanterat") for message in shown), shown
    assert _ON_SCREEN_THREAD == [], f"programs started on the screen's thread: {_ON_SCREEN_THREAD}"
