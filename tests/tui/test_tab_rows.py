"""Every tab label of Möten and Redigera is shown whole at every width: a row too wide for the terminal takes more
rows (widgets/tab_rows.py), in order, never hiding a tab behind "…" or cutting a label inside a word; the active
tab stays marked, and a resize lays the tabs out again."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.screen import Screen
from textual.widgets import Tab, Tabs

import brå_tui.tui
from brå_tui.tui.app import BraApp
from brå_tui.tui.widgets.tab_rows import columns_that_fit

from .helpers import settle, until

WIDTHS = [40, 54, 60, 80, 120]


LABELS = ["Översikt", "Närvarande", "Ärenden", "Lägesbild", "Uppföljning", "Tidplan", "Övrigt"]


def tab_words(app: BraApp) -> list[str]:
    """The words on screen within the tab row's region, row by row, left to right."""
    return tab_words_in(app.screen, app.screen.query(Tabs).first())


def tab_words_in(screen: Screen[object], tabs: Tabs) -> list[str]:
    strips = screen._compositor.render_strips()
    region = tabs.region
    return [word for y in range(region.y, region.bottom)
            for word in strips[y].text[region.x:region.right].replace("▕", " ").split()
            if word.strip("▁━╸╺")]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("keys", [(), ("e",)], ids=["Möten", "Redigera"])
async def test_every_tab_label_is_shown_whole_and_in_order(seed_store: Path, keys: tuple[str, ...],
                                                           width: int) -> None:
    app = BraApp(seed_store)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        tabs = app.screen.query(Tabs).first()
        labels = [str(tab.label_text) for tab in tabs.query(Tab)]
        assert len(labels) == 7
        assert tab_words(app) == labels
        for digit in "7531":  # the active one, wherever it is, and no scrolling sideways to reach it
            await pilot.press(digit)
            await settle(pilot)
            assert tab_words(app) == labels
            assert tabs.active_tab is not None and tabs.active_tab.region.right <= tabs.region.right


@pytest.mark.parametrize("keys", [(), ("e",)], ids=["Möten", "Redigera"])
async def test_a_resize_lays_the_tabs_out_again(seed_store: Path, keys: tuple[str, ...]) -> None:
    app = BraApp(seed_store)
    async with app.run_test(size=(140, 24)) as pilot:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        tabs = app.screen.query(Tabs).first()
        labels = [str(tab.label_text) for tab in tabs.query(Tab)]
        one_row = tabs.region.height
        for width in (60, 140):
            await pilot.resize_terminal(width, 24)
            await settle(pilot)
            await pilot.pause(0.1)
            assert tab_words(app) == labels, width
            assert (tabs.region.height > one_row) == (width == 60)


def test_the_tabs_take_as_few_rows_as_fit_and_fill_them_evenly() -> None:
    widths = [9, 11, 8, 10, 12, 8, 7]  # Möten's labels with their space before
    assert columns_that_fit(widths, 80) == 7
    assert columns_that_fit(widths, 46) == 4  # two rows: four and three
    assert columns_that_fit(widths, 30) == 3  # three rows
    assert columns_that_fit(widths, 5) == 1


async def test_a_row_not_yet_fitted_to_its_width_shows_no_label() -> None:
    """The first frame, drawn before the row is fitted, never shows a label cut at the edge."""
    from textual.app import App, ComposeResult
    from textual.widgets import Static, TabbedContent, TabPane

    from brå_tui.tui.widgets.tab_rows import fit_rows

    class Tabbed(App[None]):
        CSS_PATH = str(Path(brå_tui.tui.__file__).parent / "app.tcss")

        def compose(self) -> ComposeResult:
            with TabbedContent():
                for n, label in enumerate(LABELS):
                    yield TabPane(label, Static(), id=f"t{n}")

    app = Tabbed()
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.pause()
        tabs = app.query_one(Tabs)
        assert not any(label in tab_words_in(app.screen, tabs) for label in LABELS)
        fit_rows(tabs)
        await pilot.pause()
        assert tab_words_in(app.screen, tabs) == LABELS


async def test_the_tabs_behind_the_drafts_dialog_at_start_are_laid_out_too(seed_store: Path) -> None:
    """A dialog over Möten at once (drafts to restore) leaves the tabs beneath it fitted, every label whole."""
    from brå_tui.drafts import save_draft
    from brå_tui.store.load import load
    from brå_tui.tui.editing.recover import DraftsDialog

    meeting = load(seed_store).meetings[0]
    meeting.place = "Sessionssalen"
    save_draft(seed_store, meeting, meeting.path, base="förr")
    app = BraApp(seed_store)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, DraftsDialog)
        beneath = app.screen_stack[-2]
        tabs = beneath.query(Tabs).first()
        # The screen beneath is laid out again after the dialog's first frame; a user sees it a moment later.
        await until(pilot, lambda: tab_words_in(beneath, tabs) == LABELS)
        assert tab_words_in(beneath, tabs) == LABELS
