"""Saving in Redigera over a store kept in git: a commit is announced, a failed commit is a warning."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static, TabbedContent

from brå_tui.store import gitstore
from brå_tui.tui.editing.savenote import VERSIONED
from brå_tui.tui.editing.screen import EditMeetingScreen
from tests.editing.harness import EditHarness
from tests.editing.keys import replace, save

from .gitrepos import commits, git


async def _save_new_place(store: Path) -> list[tuple[str, str]]:
    """Open 2024-11-15, change Plats, press ctrl+s; the notifications shown, with their severity."""
    app = EditHarness(store, "2024-11-15")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, EditMeetingScreen)
        await pilot.press("down", "tab", "tab", "tab")  # into the tab, → Plats
        await replace(pilot, "Sessionssalen")
        await save(pilot)
        return [(n.message, n.severity) for n in app._notifications]


async def test_a_committed_save_says_so(git_store: Path) -> None:
    before = commits(git_store)
    shown = await _save_new_place(git_store)
    assert (f"{VERSIONED}: 2024-11-15.toml.", "information") in shown
    assert commits(git_store) == before + 1
    assert git(git_store, "status", "--porcelain") == ""


async def test_a_failed_commit_is_a_warning(git_store: Path) -> None:
    # Another git command that never lets go of the index: the commit cannot be made.
    (git_store / ".git" / "index.lock").write_text("", encoding="utf-8")
    before = commits(git_store)
    shown = await _save_new_place(git_store)
    warnings = [message for message, severity in shown if severity == "warning"]
    assert len(warnings) == 1, shown
    assert warnings[0].startswith("Mötet sparades men kom inte med i historiken"), warnings
    assert not any(VERSIONED in message for message, _ in shown)
    assert commits(git_store) == before, "nothing was committed"
    path = git_store / "meetings" / "2024-11-15.toml"
    assert 'place = "Sessionssalen"' in path.read_text(encoding="utf-8"), "the file itself was saved"


async def test_the_screen_answers_while_a_save_waits_for_git(git_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """While the commit waits for another git command's index lock, keys still work; then the save ends."""
    # The commit waits long enough that a loaded machine's slow key presses cannot outlast it.
    monkeypatch.setattr(gitstore, "LOCK_WAIT", 120.0)
    lock = git_store / ".git" / "index.lock"
    lock.write_text("", encoding="utf-8")
    await _save_while_git_is_busy(git_store, lock)
    assert git(git_store, "status", "--porcelain") == ""


async def _save_while_git_is_busy(store: Path, lock: Path) -> None:
    app = EditHarness(store, "2024-11-15")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, EditMeetingScreen)
        await pilot.press("down", "tab", "tab", "tab")  # the row of tabs → Datum → … → Plats
        await replace(pilot, "Sessionssalen")
        await pilot.press("ctrl+s")
        assert screen.saving, "the save runs beside the screen"
        await pilot.press("ctrl+n")  # the next tab, while git still waits for its lock
        assert screen.query_one(TabbedContent).active == "narvarande"
        assert screen.saving and "Sparar …" in str(screen.query_one("#edit-status", Static).render())
        lock.unlink()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not screen.saving and not screen.has_unsaved()
