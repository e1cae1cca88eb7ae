"""Saving in Redigera over a store kept in git: a commit is announced, a failed commit is a warning."""

from __future__ import annotations

import asyncio
from pathlib import Path

from brå_tui.tui.editing.savenote import VERSIONED
from brå_tui.tui.editing.screen import EditMeetingScreen
from tests.editing.harness import EditHarness
from tests.editing.keys import replace

from .gitrepos import commits, git


async def _save_new_place(store: Path) -> list[tuple[str, str]]:
    """Open 2024-11-15, change Plats, press ctrl+s; the notifications shown, with their severity."""
    app = EditHarness(store, "2024-11-15")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, EditMeetingScreen)
        await pilot.press("tab", "tab", "tab")  # → Plats
        await replace(pilot, "Sessionssalen")
        await pilot.press("ctrl+s")
        await pilot.pause()
        return [(n.message, n.severity) for n in app._notifications]


def test_a_committed_save_says_so(git_store: Path) -> None:
    before = commits(git_store)
    shown = asyncio.run(_save_new_place(git_store))
    assert (f"{VERSIONED}: 2024-11-15.toml.", "information") in shown
    assert commits(git_store) == before + 1
    assert git(git_store, "status", "--porcelain") == ""


def test_a_failed_commit_is_a_warning(git_store: Path) -> None:
    # Another git command that never lets go of the index: the commit cannot be made.
    (git_store / ".git" / "index.lock").write_text("", encoding="utf-8")
    before = commits(git_store)
    shown = asyncio.run(_save_new_place(git_store))
    warnings = [message for message, severity in shown if severity == "warning"]
    assert len(warnings) == 1, shown
    assert warnings[0].startswith("Mötet sparades men kom inte med i historiken"), warnings
    assert not any(VERSIONED in message for message, _ in shown)
    assert commits(git_store) == before, "nothing was committed"
    path = git_store / "meetings" / "2024-11-15.toml"
    assert 'place = "Sessionssalen"' in path.read_text(encoding="utf-8"), "the file itself was saved"
