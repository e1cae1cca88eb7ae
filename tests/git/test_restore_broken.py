"""A meeting file made broken by hand (not TOML) in a store kept in git is mended from its history in the app (h,
then t) and with `bra history --restore`: the broken text is first kept as a version of its own, then the last
version that reads is made the current one. The TRASIG notice says which keys do it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.widgets import OptionList, Static

from brå_tui.tui.screens.history import HistoryScreen
from tests.tui.helpers import Waiter, plain, running, shown

from .gitrepos import commits, edit, git

KEY = "2024-11-15"
BROKEN = 'date = 2024-11-15\nplace = "Sal A\n'  # the closing quote lost: not TOML


def _break(root: Path) -> Path:
    path = root / "meetings" / f"{KEY}.toml"
    path.write_text(BROKEN, encoding="utf-8")
    return path


async def test_a_broken_file_is_restored_from_its_history_in_the_app(git_store: Path,
                                                                     wait_for_workers: Waiter) -> None:
    edit(git_store, KEY, lambda m: setattr(m, "place", "Sal A"))
    good = (git_store / "meetings" / f"{KEY}.toml").read_bytes()
    path = _break(git_store)
    before = commits(git_store)
    async with running(git_store) as (app, pilot):
        notice = plain(app.screen.query_one("#notice", Static).content)
        assert "TRASIG FIL" in notice and "tryck h (Historik)" in " ".join(notice.split()), notice
        await pilot.press("h")
        await wait_for_workers(pilot)
        screen = app.screen
        assert isinstance(screen, HistoryScreen) and screen.meeting_key == KEY
        assert screen.query_one("#versions", OptionList).highlighted == 0, "the newest version reads"
        assert "Filen är trasig" in shown(app, "#history-hint")
        await pilot.press("t")
        await pilot.pause()
        assert "Den trasiga texten sparas först som en egen version." in shown(app, "#question")
        await pilot.press("j")
        await wait_for_workers(pilot)
        await wait_for_workers(pilot)
    assert path.read_bytes() == good
    assert commits(git_store) == before + 2
    assert git(git_store, "show", f"HEAD~1:meetings/{KEY}.toml") == BROKEN, "the broken text is kept as a version"
    assert git(git_store, "log", "-2", "--format=%s").splitlines() == [
        f"Återställ {KEY} till versionen från " + git(git_store, "log", "-1", "--skip=2", "--format=%as").strip()
        + " (" + git(git_store, "log", "-1", "--skip=2", "--format=%h").strip()[:7] + ")",
        f"Trasig version av {KEY}, sparad före återställningen"]
    assert git(git_store, "status", "--porcelain") == ""


async def test_a_broken_version_in_the_history_is_passed_over(git_store: Path, wait_for_workers: Waiter) -> None:
    """The broken text was committed: the newest version that reads is chosen, and restoring it adds one version."""
    edit(git_store, KEY, lambda m: setattr(m, "place", "Sal A"))
    good = (git_store / "meetings" / f"{KEY}.toml").read_bytes()
    _break(git_store)
    git(git_store, "commit", "--quiet", "-am", "Handredigerat")
    before = commits(git_store)
    async with running(git_store, "h") as (app, pilot):
        await wait_for_workers(pilot)
        assert app.screen.query_one("#versions", OptionList).highlighted == 1
        await pilot.press("t", "j")
        await wait_for_workers(pilot)
        await wait_for_workers(pilot)
    assert (git_store / "meetings" / f"{KEY}.toml").read_bytes() == good
    assert commits(git_store) == before + 1


def test_bra_history_restore_keeps_the_broken_text_first(git_store: Path,
                                                        bra: Callable[..., tuple[int, str, str]]) -> None:
    good = (git_store / "meetings" / f"{KEY}.toml").read_bytes()
    _break(git_store)
    rev = git(git_store, "log", "-1", "--format=%h").strip()
    code, _, err = bra("history", KEY, "--restore", rev)
    assert code == 0, err
    assert (git_store / "meetings" / f"{KEY}.toml").read_bytes() == good
    assert git(git_store, "show", f"HEAD~1:meetings/{KEY}.toml") == BROKEN


async def test_the_notice_outside_git_names_no_keys(seed_store: Path) -> None:
    _break(seed_store)
    async with running(seed_store) as (app, _):
        notice = plain(app.screen.query_one("#notice", Static).content)
        assert "TRASIG FIL" in notice and "Historik" not in notice
