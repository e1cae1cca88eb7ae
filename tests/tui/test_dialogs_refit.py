"""Every dialog lays itself out again when the terminal is resized (80×24 → 60×20 → 100×30): its frame within the
screen above the footer, no line of it cut at the frame's edge, the focused control in sight; the same as the
dialog opened at that size."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.geometry import Region
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Footer

from brå_tui.tui.app import BraApp

from .helpers import settle, visible
from .test_dialog_footers import KEYS, PUSHED, dialog_open

SIZES = [(60, 20), (100, 30), (80, 24)]


def _box(screen: ModalScreen[object]) -> Widget:
    """The dialog's frame: the screen's first displayed child that is not docked (the footer, a notice)."""
    return next(part for part in screen.children if part.display and part.styles.dock == "none"
                and part.region.area)


def _layout(app: BraApp) -> tuple[Region, Region | None]:
    """Where the dialog's frame and the focused control are, after checking that they are in sight and whole."""
    screen = app.screen
    assert isinstance(screen, ModalScreen)
    width, height = app.size
    footer = screen.query_one(Footer)
    box = _box(screen)
    top = footer.region.y if footer.display else height
    assert 0 <= box.region.x and box.region.right <= width, ("frame across the width", box, box.region, app.size)
    assert 0 <= box.region.y and box.region.bottom <= top, ("frame above the footer", box, box.region, app.size)
    for part in box.query(Widget):
        if visible(part) and part.size.area and any(edge for edge, _ in part.styles.border):
            assert box.region.contains_region(part.region) or part.region.right <= box.region.right, (part, part.region)
    focused = app.focused
    if focused is None or focused.screen is not screen:
        return box.region, None
    shown = focused.region.intersection(box.content_region)
    for ancestor in focused.ancestors:
        if isinstance(ancestor, Widget) and ancestor.is_scrollable and ancestor is not screen:
            shown = shown.intersection(ancestor.content_region)
    assert shown.area, ("the focused control is in sight", focused, focused.region, box.region, app.size)
    return box.region, focused.region


@pytest.mark.parametrize("name", sorted([*KEYS, *PUSHED]))
async def test_every_dialog_refits_when_the_terminal_is_resized(seed_store: Path, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    def store(n: int) -> Path:
        """A store of its own for each run (a run may leave a draft behind), its drafts kept apart."""
        monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / f"state{n}"))
        return Path(shutil.copytree(seed_store, tmp_path / f"store{n}"))

    fresh: dict[tuple[int, int], tuple[Region, Region | None]] = {}
    for n, size in enumerate(SIZES[:2]):
        async with dialog_open(store(n), name, width=size[0], height=size[1]) as (app, _pilot):
            fresh[size] = _layout(app)
    async with dialog_open(store(2), name) as (app, pilot):
        for size in SIZES:
            await pilot.resize_terminal(*size)
            await settle(pilot)
            await pilot.pause(0.1)
            layout = _layout(app)
            if size in fresh:
                assert layout == fresh[size], (size, layout, fresh[size])
