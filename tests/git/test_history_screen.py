"""Historik in the app (h on Möten, the newest meeting 2024-11-15 selected): the versions of a meeting, Enter shows a
diff, t restores after a confirmation."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console
from textual.app import App
from textual.widgets import Footer, OptionList, Static
from textual.widgets._footer import FooterKey

from brå_tui.tui.screens.history import HistoryScreen
from tests.tui.helpers import Waiter, running

from .gitrepos import commits, edit, git, set_user


def _text(app: App[None], selector: str) -> str:
    content = app.screen.query_one(selector, Static).content
    console = Console(file=io.StringIO(), width=200, no_color=True)
    console.print(content)
    return console.file.getvalue()  # type: ignore[attr-defined]


async def test_history_lists_versions_shows_a_diff_and_restores(git_store: Path, wait_for_workers: Waiter) -> None:
    async def scenario() -> None:
        edit(git_store, "2024-11-15", lambda m: setattr(m, "place", "Sal A"))
        set_user(git_store, "Tobias Åsell", "tobias@avesta.example")
        edit(git_store, "2024-11-15", lambda m: setattr(m, "place", "Sal B"))
        async with running(git_store, "h") as (app, pilot):
            assert isinstance(app.screen, HistoryScreen) and app.screen.meeting_key == "2024-11-15"
            listing = app.screen.query_one("#versions", OptionList)
            assert listing.option_count == 3
            first_row = str(listing.get_option_at_index(0).prompt)
            assert "Tobias Åsell" in first_row and "Uppdatera 2024-11-15: plats" in first_row

            await pilot.press("down", "enter")
            await wait_for_workers(pilot)
            shown = _text(app, "#version-diff")
            assert "Cornelia Gustafsson" in shown
            assert "~ Plats: Visenten, Stadshuset → Sal A" in shown and "place =" not in shown, shown
            assert "diff --git" not in shown and "index " not in shown and "@@" not in shown  # git's headers left out

            before = commits(git_store)
            await pilot.press("t")
            await pilot.pause()
            assert "Återställa mötet 2024-11-15" in _text(app, "#question")
            await pilot.press("j")
            await wait_for_workers(pilot)
            await wait_for_workers(pilot)
            assert commits(git_store) == before + 1
            assert listing.option_count == 4
            assert 'place = "Sal A"' in (git_store / "meetings" / "2024-11-15.toml").read_text(encoding="utf-8")
            assert git(git_store, "log", "-1", "--format=%s").startswith("Återställ 2024-11-15")

    await scenario()


async def test_declining_the_confirmation_changes_nothing(git_store: Path, wait_for_workers: Waiter) -> None:
    async def scenario() -> None:
        edit(git_store, "2024-11-15", lambda m: setattr(m, "place", "Sal A"))
        async with running(git_store, "h") as (app, pilot):
            assert isinstance(app.screen, HistoryScreen) and app.screen.meeting_key == "2024-11-15"
            before = commits(git_store)
            await pilot.press("t")
            await pilot.pause()
            assert isinstance(app.screen, HistoryScreen)  # the newest version is current: nothing to restore
            await pilot.press("down", "t")
            await pilot.pause()
            await pilot.press("n")
            await wait_for_workers(pilot)
            assert commits(git_store) == before
            assert isinstance(app.screen, HistoryScreen)

    await scenario()


async def test_a_store_outside_git_says_so(seed_store: Path, wait_for_workers: Waiter) -> None:
    async def scenario() -> None:
        async with running(seed_store, "h") as (app, pilot):
            assert "ligger inte i git" in _text(app, "#version-diff")
            # Over no versions only Esc works: neither the line above the list nor the footer offers more.
            assert _text(app, "#history-hint").strip() == "Esc tillbaka"
            shown = {key.description for key in app.screen.query_one(Footer).query(FooterKey)}
            assert "Visa ändringen" not in shown and "Återställ" not in shown and "Tillbaka" in shown, shown
            await pilot.press("escape")
            await pilot.pause()
            assert not isinstance(app.screen, HistoryScreen)

    await scenario()


async def test_the_hint_wraps_between_words_at_narrow_widths(git_store: Path, wait_for_workers: Waiter) -> None:
    edit(git_store, "2024-11-15", lambda m: setattr(m, "place", "Sal A"))
    async with running(git_store, "h", size=(60, 20)) as (app, pilot):
        await wait_for_workers(pilot)
        await pilot.pause()
        hint = app.screen.query_one("#history-hint", Static)
        lines = [strip.text.strip() for strip in app.screen._compositor.render_strips()
                 [hint.region.y:hint.region.bottom]]
        assert " ".join(lines) == "Enter visar vad versionen ändrade · t återställer den · Esc tillbaka", lines
        assert len(lines) == 2 and not any(line.endswith("…") for line in lines)
