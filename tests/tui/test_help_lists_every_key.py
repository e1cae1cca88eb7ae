"""Every screen's help lists its keys: each screen, dialog and widget of the app with keys of its own is a section of
the help (help_sections.py), and the help opened on it lists every one of them, with their Swedish words, before
the other screens' keys."""

from __future__ import annotations

import importlib
import io
import pkgutil
from pathlib import Path

import pytest
from rich.console import Console
from textual.binding import Binding
from textual.dom import DOMNode

import brå_tui.tui
from brå_tui.tui.app import BraApp
from brå_tui.tui.help_sections import HELP_SECTIONS
from brå_tui.tui.screens.base import ViewScreen
from brå_tui.tui.screens.help import ELSEWHERE, HelpScreen, _sections

from .helpers import running, settle, shown


def _classes_with_keys() -> list[type[DOMNode]]:
    """Every class in the app's package that binds keys of its own with words (or names its widgets' keys), but the
    app itself (its keys are the help's "Överallt"), the help, and the view screens' base (each lists its Esc)."""
    modules = [importlib.import_module(info.name)
               for info in pkgutil.walk_packages(brå_tui.tui.__path__, "brå_tui.tui.")]
    classes = {cls for module in modules for cls in vars(module).values()
               if isinstance(cls, type) and cls.__module__ == module.__name__ and issubclass(cls, DOMNode)}
    return sorted((cls for cls in classes if cls not in (BraApp, HelpScreen, ViewScreen) and _keys(cls)),
                  key=lambda cls: cls.__qualname__)


def _keys(cls: type) -> list[str]:
    """The words of every key a class has, its own and those of its bases in the app's package (the app's keys it
    binds again are listed under "Överallt")."""
    bindings = [b for base in cls.__mro__ if base.__module__.startswith("brå_tui")
                for b in base.__dict__.get("BINDINGS", []) if isinstance(b, Binding)]
    widget_keys = [k.help or k.description for k in getattr(cls, "WIDGET_KEYS", ())]
    return [b.description for b in bindings
            if not b.system and b.description and not b.action.startswith("app.")] + widget_keys  # app.: Överallt


def _plain(renderables: list[object]) -> str:
    console = Console(file=io.StringIO(), width=200, no_color=True)
    for renderable in renderables:
        console.print(renderable)
    return console.file.getvalue()  # type: ignore[attr-defined]


async def test_every_class_with_keys_has_a_section_listing_all_of_them(seed_store: Path) -> None:
    classes = _classes_with_keys()
    assert {"HistoryScreen", "NoticeScreen", "ConfirmScreen", "ItemForm"} <= {cls.__name__ for cls in classes}
    async with running(seed_store) as (app, _pilot):
        for cls in classes:
            # What the help lists as working here when cls is the screen in use or a widget on it.
            here = [(title, section) for title, section in HELP_SECTIONS if issubclass(cls, section)]
            listed = _plain(_sections(app.screen, here))
            missing = [words for words in _keys(cls) if words not in listed]
            assert not missing, f"{cls.__qualname__}: {missing}"


@pytest.mark.parametrize(("key", "words"), [("h", ["Historik (h)", "Återställ", "Visa vad versionen ändrade"]),
                                            ("k", ["Kallelse (k)", "Skicka", "Påminn", "Spara fil"])],
                         ids=["Historik", "Kallelse"])
async def test_the_help_on_historik_and_kallelse_lists_their_keys_first(seed_store: Path, key: str,
                                                                       words: list[str]) -> None:
    async with running(seed_store, key) as (app, pilot):
        assert app.screen.__class__.__name__ in ("HistoryScreen", "NoticeScreen"), app.screen
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        here = shown(app, "#help-text").split(ELSEWHERE)[0]
        for word in words:
            assert word in here, word
