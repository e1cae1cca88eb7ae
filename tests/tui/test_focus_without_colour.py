"""With NO_COLOR (and so on any terminal of few colours) every Tab stop of every screen and form still shows where
the focus is: a focused widget is drawn with a text style (reverse, bold, underline) or a mark that the same widget
unfocused lacks, never by a colour alone. A drop-down (▼) is drawn in reverse video when focused."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Select

from brå_tui.tui.app import BraApp
from brå_tui.tui.editing.entrylist import EntryList

from .helpers import focused_and_not, running, tab_round
from .test_tab_stops_show_focus import PATHS


def plain_screen(app: BraApp) -> list[list[tuple[str, tuple[bool, ...]]]]:
    """The screen as drawn with NO_COLOR: each line's text with the text styles it is drawn in (no colour)."""
    lines = []
    for strip in app.screen._compositor.render_strips():
        line = []
        for segment in strip:
            style = segment.style
            assert style is None or (style.color is None and style.bgcolor is None), "NO_COLOR draws no colour"
            marks = (False,) * 4 if style is None else (bool(style.reverse), bool(style.bold), bool(style.underline),
                                                         bool(style.italic))
            line.append((segment.text, marks))
        lines.append(line)
    return lines


def cells(lines: list[list[tuple[str, tuple[bool, ...]]]], widget: Widget) -> list[list[tuple[str, tuple[bool, ...]]]]:
    """The widget's own cells (its border included): what shows the focus, not the footer's keys that follow it."""
    region = widget.region
    shown = []
    for line in lines[region.y:region.bottom]:
        row = [(char, marks) for text, marks in line for char in text]
        shown.append(row[region.x:region.right])
    return shown


async def seen_without_colour(pilot: Pilot[None], widget: Widget) -> str | None:
    """Why the focus on widget cannot be seen without colour, in the widget itself; None when it can."""
    app = pilot.app
    assert isinstance(app, BraApp)
    focused, blurred = await focused_and_not(pilot, widget, lambda: cells(plain_screen(app), widget))
    return None if focused != blurred else f"{type(widget).__name__}#{widget.id} looks the same focused and not"


@pytest.mark.parametrize("path", PATHS, ids=" ".join)
async def test_every_tab_stop_is_seen_without_colour(seed_store: Path, monkeypatch: pytest.MonkeyPatch,
                                                     path: tuple[str, ...]) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    async with running(seed_store, *path) as (_, pilot):
        problems, _ = await tab_round(pilot, lambda widget: seen_without_colour(pilot, widget))
        assert not problems, problems


async def test_a_focused_drop_down_is_reversed(seed_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Läge field of a follow-up: focused, its value is drawn in reverse video; not focused, it is not."""
    monkeypatch.setenv("NO_COLOR", "1")
    async with running(seed_store, "e", "5", "down", "enter") as (app, pilot):
        select = next(s for s in app.screen.query(Select) if s.region.area)
        select.focus()
        await pilot.pause()
        row = plain_screen(app)[select.region.y]
        assert any(marks[0] and text.strip() for text, marks in row), row
        app.screen.set_focus(None)
        await pilot.pause()
        row = plain_screen(app)[select.region.y]
        assert not any(marks[0] and text.strip() for text, marks in row), row


async def test_an_empty_list_shows_its_focus_without_colour(seed_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new meeting's Tidplan is empty: the list, focused, shows its "(inga — tryck a …)" line reversed."""
    monkeypatch.setenv("NO_COLOR", "1")
    async with running(seed_store, "n", "6", "down") as (app, pilot):
        focused = app.screen.focused
        assert isinstance(focused, EntryList) and not focused.entries, focused
        assert await seen_without_colour(pilot, focused) is None
