"""Driving the app in tests: wait until the store is read, and read what a widget shows as plain text."""

from __future__ import annotations

import contextlib
import io
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

from rich.console import Console
from textual.app import App
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import DataTable, Static
from textual.worker import WorkerCancelled

from brå_tui.importer.notes import import_notes
from brå_tui.questions.snapshot import Snapshot
from brå_tui.tui.app import BraApp
from brå_tui.tui.screens.importing import ImportScreen
from brå_tui.tui.typeahead import TypeAheadApp
from brå_tui.tui.widgets.rendered import RenderedLines
from tests.editing.keys import until as until  # one wait-until for every test of the app

Waiter = Callable[[Pilot[None]], Awaitable[None]]  # the fixture wait_for_workers: `await wait_for_workers(pilot)`
# What press() does: a key as Textual names it ("r", "enter", "ctrl+n"), or a function that presses several (such as
# Tab until a field has focus).
Step = str | Callable[[Pilot[None]], Awaitable[None]]
T = TypeVar("T")


async def settle(pilot: Pilot[None]) -> None:
    """Wait for the background work (reading the store, searching, saving) and the repaint after it.

    Tests take it as the fixture `wait_for_workers`. Keys the app still holds back (typed ahead, waiting for a
    repaint or an answer) are waited for first, at most a few seconds.
    """
    for _ in range(2):
        await _keys_handed_on(pilot)
        await _workers_done(pilot)
        await pilot.pause()


async def _keys_handed_on(pilot: Pilot[None]) -> None:
    app = pilot.app
    for _ in range(200):
        if not isinstance(app, TypeAheadApp) or not app.typing_ahead:
            return
        await pilot.pause(0.02)


async def _workers_done(pilot: Pilot[None]) -> None:
    """Wait for the workers running now; one cancelled because a newer run replaced it (exclusive) waits for that."""
    while True:
        try:
            await pilot.app.workers.wait_for_complete()
            return
        except WorkerCancelled:
            await pilot.pause()


async def press(pilot: Pilot[None], *steps: Step) -> None:
    """Press keys as a user does, one after the other, waiting after each for the work it sets off (settle)."""
    for step in steps:
        if isinstance(step, str):
            await pilot.press(step)
            await settle(pilot)
        else:
            await step(pilot)


@contextlib.asynccontextmanager
async def running(store: Path, *steps: Step, size: tuple[int, int] = (80, 24), notifications: bool = False
                  ) -> AsyncIterator[tuple[BraApp, Pilot[None]]]:
    """The app on store in a test terminal (80×24 unless size is given), once the store is read and the steps are
    pressed from Möten (the fixtures `app` and `pilot` use it). With notifications, notices are shown as toasts as
    in a real terminal."""
    app = BraApp(store)
    async with app.run_test(size=size, notifications=notifications) as pilot:
        await settle(pilot)
        await press(pilot, *steps)
        await pilot.pause()
        yield app, pilot


async def focused_and_not(pilot: Pilot[None], widget: Widget, read: Callable[[], T]) -> tuple[T, T]:
    """What read() gives with widget focused and with nothing focused; the focus is put back on widget."""
    screen = pilot.app.screen
    focused = read()
    screen.set_focus(None)
    await pilot.pause()
    blurred = read()
    screen.set_focus(widget)
    await pilot.pause()
    return focused, blurred


async def tab_round(pilot: Pilot[None], check: Callable[[Widget], Awaitable[str | None]]) -> tuple[list[str], int]:
    """Tab round the current screen from the widget focused, check(widget) at each stop: what check says is wrong
    (None where nothing is) and how many stops there are. Tab must come round to where it started."""
    app = pilot.app
    screen = app.screen
    start = screen.focused
    assert start is not None, "something has the focus to start from"
    problems, stops = [], 0
    for _ in range(40):
        widget = screen.focused
        assert widget is not None
        await pilot.pause()
        problem = await check(widget)
        if problem:
            problems.append(problem)
        stops += 1
        await pilot.press("tab")
        await pilot.pause()
        if screen.focused is start or app.screen is not screen:
            break
    assert app.screen is screen and screen.focused is start, "Tab comes round to where it started"
    return problems, stops


class ImportHarness(App[None]):
    """An app that opens Importera's review on one note read into a store, as the app reads it; written counts the
    times the review said it wrote the store."""

    def __init__(self, root: Path, note: Path) -> None:
        super().__init__()
        self.root = root
        self.note = note
        self.written = 0

    def on_mount(self) -> None:
        store = Snapshot.read(self.root)
        [result] = import_notes([self.note], store.whole())
        self.push_screen(ImportScreen(store, result))

    def on_store_written(self) -> None:
        self.written += 1


@contextlib.asynccontextmanager
async def import_screen(store: Path, note: Path, size: tuple[int, int] = (80, 24)
                        ) -> AsyncIterator[tuple[ImportHarness, Pilot[None], ImportScreen]]:
    """Importera's review of note (read into store) in a test terminal (80×24 unless size is given), open."""
    app = ImportHarness(store, note)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ImportScreen)
        yield app, pilot, screen


async def on_line(pilot: Pilot[None], screen: ImportScreen, number: int, *keys: str) -> None:
    """In Importera's review: the cursor on the row of the note's line number, then the keys pressed, a repaint
    after each."""
    screen.query_one(DataTable).move_cursor(row=[row.number for row in screen.found].index(number))
    await pilot.pause()
    for key in keys:
        await pilot.press(key)
        await pilot.pause()


async def leaves(pilot: Pilot[None], key: str, *screens: Screen[Any]) -> None:
    """Press key (ctrl+s in Importera's review) and wait until none of the screens is the one shown (the review
    saved and closed), at most a few seconds."""
    await pilot.press(key)
    assert await until(pilot, lambda: pilot.app.screen not in screens, 5), f"{key} leaves {pilot.app.screen}"


def after(*keys: str) -> Callable[[Pilot[None]], Awaitable[None]]:
    """A snapshot's run_before: wait for the store, press the keys (waiting after each), wait again.

    (Text cursors do not blink in tests: the autouse fixture no_cursor_blink.)
    """

    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await press(pilot, *keys)
        await pilot.pause()

    return run_before


def plain(renderable: object, width: int = 200) -> str:
    """A renderable as plain text at a width."""
    console = Console(file=io.StringIO(), width=width, no_color=True, color_system=None)
    console.print(renderable)
    return console.file.getvalue()  # type: ignore[attr-defined]


def shown(app: App[None], selector: str) -> str:
    """What the Static (or a meeting's section, RenderedLines) matched by selector on the current screen shows, as
    plain text."""
    widget = app.screen.query_one(selector, (Static, RenderedLines))
    return plain(widget.content)


def visible(widget: Widget) -> bool:
    """Whether a widget and all its ancestors are displayed."""
    return all(node.display for node in widget.ancestors_with_self if isinstance(node, Widget))


