"""Help lists every key in Swedish; the palette finds meetings, people and follow-ups; every binding has an id."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from textual.binding import Binding
from textual.command import CommandPalette
from textual.pilot import Pilot
from textual.widgets import Input

import brå_tui.tui
from brå_tui.tui.app import BraApp
from brå_tui.tui.editing.forms import FormScreen
from brå_tui.tui.editing.screen import EditMeetingScreen
from brå_tui.tui.screens.confirm import ConfirmScreen
from brå_tui.tui.screens.help import HelpScreen
from brå_tui.tui.screens.log import FollowUpHistoryScreen
from brå_tui.tui.screens.meetings import MeetingsScreen
from brå_tui.tui.screens.owner import OwnerScreen

from .helpers import Waiter, running, settle, shown

ALLOWED_CTRL = set("abcdefgklnopqrstuvwxyz")  # not ctrl+m/h/j/i: terminals cannot tell them from Enter etc.


def _all_bindings() -> list[Binding]:
    """The bindings of every class in the app's package: screens, dialogs, forms and widgets alike."""
    modules = [importlib.import_module(info.name)
               for info in pkgutil.walk_packages(brå_tui.tui.__path__, "brå_tui.tui.")]
    classes = {cls for module in modules for cls in vars(module).values()
               if isinstance(cls, type) and cls.__module__ == module.__name__}
    assert {BraApp, MeetingsScreen, HelpScreen, EditMeetingScreen, ConfirmScreen, FormScreen} <= classes
    return [b for cls in classes for b in cls.__dict__.get("BINDINGS", []) if isinstance(b, Binding)]


def test_every_binding_has_an_id_a_swedish_description_and_a_safe_key() -> None:
    for binding in _all_bindings():
        if binding.system:
            continue
        assert binding.id, binding
        assert binding.description, binding
        for key in binding.key.split(","):
            if key.startswith("ctrl+"):
                assert key[5:] in ALLOWED_CTRL, key
            assert not key.startswith(("shift+", "alt+", "meta+")), key


async def test_question_mark_lists_every_key(app: BraApp, pilot: Pilot[None]) -> None:
    await pilot.press("question_mark")
    await pilot.pause()
    assert isinstance(app.screen, HelpScreen)
    text = shown(app, "#help-text")
    for words in ("Tangenter", "Redigera", "Lägesbild", "Åtgärdslogg", "Ansvarig", "Sök", "Nytt möte",
                  "Avsluta", "Hjälp", "Öppna/alla", "Sortera", "Tillbaka", "Flik Ärenden", "ctrl+p"):
        assert words in text, words
    await pilot.press("escape")
    assert isinstance(app.screen, MeetingsScreen)


async def test_footer_shows_the_keys_that_work_here(app: BraApp, pilot: Pilot[None], wait_for_workers: Waiter) -> None:
    shown_keys = {key for key, active in app.screen.active_bindings.items() if active.binding.show}
    assert {"e", "r", "l", "o", "slash", "n", "right", "ctrl+p"} <= shown_keys  # ? and q: in the palette
    await pilot.press("l")
    await wait_for_workers(pilot)
    shown_keys = {key for key, active in app.screen.active_bindings.items() if active.binding.show}
    assert {"escape", "a", "s", "f", "question_mark", "q", "ctrl+p"} <= shown_keys
    await pilot.press("escape", "r")
    await wait_for_workers(pilot)
    shown_keys = {key for key, active in app.screen.active_bindings.items() if active.binding.show}
    assert {"escape", "question_mark", "q"} <= shown_keys
    # the seed's periods all fit at 80 columns: ← and → would move nothing, so they are not offered (at 60 columns
    # they are, test_footer_fits)
    assert not {"left", "right"} & shown_keys


async def _palette(app: BraApp, pilot, query: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("ctrl+p")
    await pilot.pause()
    assert isinstance(app.screen, CommandPalette)
    await pilot.press(*query)
    await pilot.pause(0.5)
    await pilot.press("down", "enter")
    await settle(pilot)


async def test_palette_finds_a_meeting_by_date(app: BraApp, pilot: Pilot[None]) -> None:
    await _palette(app, pilot, "2024-02-09")
    assert isinstance(app.screen, MeetingsScreen)
    assert app.screen.selected_meeting == "2024-02-09"


async def test_palette_finds_a_person_and_a_follow_up(app: BraApp, pilot: Pilot[None]) -> None:
    await _palette(app, pilot, "Person Mikael Jansson")
    assert isinstance(app.screen, OwnerScreen)
    assert app.screen.query_one(Input).value == "Mikael Jansson"
    assert "Kartläggning av kunskapsläget" in shown(app, "#owned")
    await pilot.press("escape")
    await _palette(app, pilot, "Kameraövervakning")
    assert isinstance(app.screen, FollowUpHistoryScreen)
    assert "Kameraövervakning" in shown(app, "#history")


def test_every_footer_is_the_apps_compact_one() -> None:
    """No screen builds Textual's own footer, which cuts the last key mid-word at 80 columns: all use BraFooter."""
    import ast

    import brå_tui.tui

    root = Path(brå_tui.tui.__file__).parent
    made_here = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Footer":
                made_here.append(f"{path.relative_to(root)}:{node.lineno}")
    assert made_here == []


async def test_the_editing_footer_fits_at_80_columns(seed_store: Path, wait_for_workers: Waiter) -> None:
    from textual.widgets import Footer

    async with running(seed_store) as (app, pilot):
        for keys in (["e"], ["4", "down"], ["tab", "tab"]):  # the row of tabs, a field, a risk level
            await pilot.press(*keys)
            await wait_for_workers(pilot)
            footer = app.screen.query_one(Footer)
            shown_keys = [k for k in footer.query("FooterKey") if k.region.width]
            text = " ".join(str(k.render()) for k in shown_keys)
            assert text.count("ctrl+p") <= 1, text
            assert all(k.region.right <= 80 for k in shown_keys), text
            assert not footer.show_command_palette
