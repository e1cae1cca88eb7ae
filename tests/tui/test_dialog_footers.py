"""Every dialog (modal screen) has a footer at 80×24 and at 60 columns that shows each of its keys, Enter included
where Enter chooses in a list or a field, and a notice over it takes a place of its own instead of covering it or
cutting off any part of it, and no toast of the screen below pokes out around it: the list of dialogs is found in
the code, so a new dialog without a check fails."""

from __future__ import annotations

import contextlib
import importlib
import pkgutil
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from rich.text import Text
from textual.binding import Binding
from textual.command import CommandPalette
from textual.containers import ScrollableContainer
from textual.pilot import Pilot
from textual.screen import ModalScreen
from textual.scroll_view import ScrollView
from textual.widget import Widget
from textual.widgets import Footer, Input, Label, OptionList
from textual.widgets._footer import FooterKey
from textual.widgets._toast import Toast, ToastRack

import brå_tui.tui
from brå_tui.drafts import save_draft
from brå_tui.store.load import load
from brå_tui.tui.app import BraApp
from brå_tui.tui.editing.blocked import BlockedScreen
from brå_tui.tui.editing.dialogs import ConflictDialog
from brå_tui.tui.editing.forms import FormScreen
from brå_tui.tui.screens.importing import GroupDialog, MeetingDateDialog
from brå_tui.tui.widgets.dialog_notice import DialogNotice

from .helpers import plain, settle, visible

# How each dialog is opened from Möten: keys a user presses, or (for dialogs only an outside event opens) the
# dialog pushed as the app pushes it.
KEYS: dict[str, tuple[str, ...]] = {
    "DraftsDialog": (),  # offered at the start when a draft is left (made by the test)
    "ConfirmScreen": ("e", "ctrl+n", "ctrl+n", "d"),
    "FormScreen": ("e", "ctrl+n", "ctrl+n", "enter"),
    "PickDialog": ("e", "4", "down", "tab", "tab", "enter"),
    "FollowUpHistoryScreen": ("l", "enter"),
    "ExportScreen": ("x",),
    "HelpScreen": ("question_mark",),
    "ImportFileDialog": ("i",),
}
PUSHED: dict[str, Callable[[], ModalScreen[object]]] = {
    "ConflictDialog": lambda: ConflictDialog("meetings/2024-11-15.toml", clashes="Plats", changes="\n".join(
        [f'-place = "A{n}"' for n in range(10)] + [f'+place = "B{n}"' for n in range(10)])),
    "BlockedScreen": lambda: BlockedScreen("Filen går inte att läsa."),
    "MeetingDateDialog": lambda: MeetingDateDialog(),  # d in an import's review of a document without a date
    "GroupDialog": lambda: GroupDialog(["Anna Ek", "Lisa Lind"], [None, "substitute"]),  # g on a line of people
}


def dialogs() -> set[type[ModalScreen[object]]]:
    """Every modal screen class in the app (forms count as FormScreen)."""
    for module in pkgutil.walk_packages(brå_tui.tui.__path__, "brå_tui.tui."):
        importlib.import_module(module.name)
    found: set[type[ModalScreen[object]]] = set()
    todo = list(ModalScreen.__subclasses__())
    while todo:
        cls = todo.pop()
        todo += cls.__subclasses__()
        if cls.__module__.startswith("brå_tui") and not issubclass(cls, CommandPalette):  # Textual's own
            found.add(FormScreen if issubclass(cls, FormScreen) else cls)
    return found


def test_every_dialog_is_checked() -> None:
    assert {cls.__name__ for cls in dialogs()} == set(KEYS) | set(PUSHED)


def own_bindings(cls: type) -> list[Binding]:
    return [binding for base in cls.__mro__ if base.__module__.startswith("brå_tui")
            for binding in Binding.make_bindings(base.__dict__.get("BINDINGS", []))]


@contextlib.asynccontextmanager
async def dialog_open(store: Path, name: str, notice_before: str = "",
                      width: int = 80, height: int = 24) -> AsyncIterator[tuple[BraApp, Pilot[None]]]:
    """The app at width×height (notices on) with the dialog called name on top; notice_before is shown on the screen
    below just before the dialog opens."""
    if name == "DraftsDialog":
        meeting = load(store).meeting("2024-11-15")
        assert meeting is not None and meeting.path is not None
        meeting.place = "Sessionssalen"
        save_draft(store, meeting, meeting.path, base="förr")
    app = BraApp(store)
    async with app.run_test(size=(width, height), notifications=True) as pilot:
        await settle(pilot)
        keys = KEYS.get(name, ())
        for key in keys[:-1]:
            await pilot.press(key)
            await settle(pilot)
        if notice_before:
            app.notify(notice_before, severity="warning")
            await pilot.pause(0.2)
        if name in PUSHED:
            app.push_screen(PUSHED[name]())
        for key in keys[-1:]:
            await pilot.press(key)
            await settle(pilot)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ModalScreen) and any(c.__name__ == name for c in type(screen).__mro__), screen
        yield app, pilot


@pytest.mark.parametrize("width", [60, 80])
@pytest.mark.parametrize("name", sorted([*KEYS, *PUSHED]))
async def test_every_dialog_footer_shows_its_keys(seed_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  name: str, width: int) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    async with dialog_open(seed_store, name, width=width) as (app, _pilot):
        screen = app.screen
        footer = screen.query_one(Footer)
        shown = {(key.key_display, key.description) for key in footer.query(FooterKey)}
        descriptions = {description for _, description in shown}
        for binding in own_bindings(type(screen)):
            if not binding.show:  # only ↑ ↓ between a form's fields go unshown, as Tab does (README: Redigera)
                assert binding.key in ("up", "down"), (name, binding.key)
                continue
            assert binding.description in descriptions, (name, binding.key, binding.description, shown)
        if isinstance(app.focused, OptionList | Input) and "ctrl+s" not in {b.key for b in own_bindings(type(screen))}:
            # Enter chooses in a list or a field; where the dialog has ctrl+s, Enter does what ctrl+s does.
            assert any(display.startswith("Enter") for display, _ in shown), (name, shown)
        for key in footer.query(FooterKey):
            assert key.region.right <= width
        assert footer.region.bottom == app.size.height, "the dialog's footer is the terminal's last line, over the " \
            "footer of the screen behind it (whose keys do not work here)"


NOTICE = ("2024-11-15.toml har ändrats på disken av någon annan. Dina ändringar finns kvar; spara för att välja "
          "vad som gäller.")


@pytest.mark.parametrize("name", sorted([*KEYS, *PUSHED]))
async def test_a_notice_over_a_dialog_overlaps_nothing(seed_store: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    async with dialog_open(seed_store, name, notice_before="Sparat i 2024-11-15.toml.") as (app, pilot):
        screen = app.screen
        app.notify(NOTICE, severity="warning")
        await pilot.pause(0.3)
        for below in app.screen_stack:
            assert not [t for t in below.query(Toast) if t.visible and t.region.area], f"no toast of {below} shown"
        notice = screen.query_one(DialogNotice)
        assert NOTICE.split(";")[0] in " ".join(plain(notice.content).split())
        assert notice.region.bottom <= 23, "above the footer's line"
        for part in screen.children:
            if part not in notice.ancestors_with_self and part.display and not isinstance(part, ToastRack):
                assert not part.region.overlaps(notice.region), (part, part.region, notice.region)
        box = next(part for part in screen.children if part.display and part.styles.dock == "none"
                   and not isinstance(part, ToastRack))
        for part in box.query("*"):
            if part.size.area and part.display and not _scrolled(part, box):
                assert part.region.area and box.content_region.contains_region(part.region), (
                    "cut off by the notice", part, part.region, box.content_region)


def _scrolled(part: Widget, box: Widget) -> bool:
    """Whether part lies inside something that scrolls (within box), where being out of sight is expected."""
    above = part.parent
    while above is not None and above is not box:
        if isinstance(above, ScrollableContainer | ScrollView):
            return True
        above = above.parent
    return False


@pytest.mark.parametrize("name", sorted([*KEYS, *PUSHED]))
async def test_every_dialog_fits_60_columns(seed_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           name: str) -> None:
    """At 60×20 each dialog's frame lies across the screen's width (both side borders drawn) and every line of text
    in it (the line of keys above all) is shown whole, not cut at the frame's edge. (Height is left to scrolling.)"""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    async with dialog_open(seed_store, name, width=60, height=20) as (app, _pilot):
        screen = app.screen
        for part in screen.query(Widget):
            if not visible(part) or part.size.area == 0:
                continue
            if any(edge for edge, _ in part.styles.border):
                assert 0 <= part.region.x and part.region.right <= screen.region.right, (part, part.region)
        for label in screen.query(Label):
            if not visible(label) or label.size.area == 0:
                continue
            text = str(label.render())
            room = label.content_region.width
            lines = plain(Text(text), width=room).rstrip("\n").split("\n")
            assert len(lines) <= label.content_region.height, (label, text, room)
            assert label.content_region.right <= min(ancestor.content_region.right for ancestor in label.ancestors
                                                     if isinstance(ancestor, Widget)), (label, text)
