"""Textual's own strings that a user of bra can see are Swedish: every key description of a Textual widget
that a footer shows (found by walking Textual's widgets), and the command palette's words."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import textual
from textual.binding import Binding
from textual.dom import DOMNode
from textual.pilot import Pilot
from textual.widgets import Footer, Select

from brå_tui.tui.app import BraApp
from brå_tui.tui.screens.log import LogScreen
from brå_tui.tui.swedish import TEXTUAL_BINDINGS, translate_textual
from tests.tui.helpers import Waiter

SKIPPED = ("textual.demo", "textual._markup_playground", "textual.cli")  # not part of any app of ours


def textual_classes() -> list[type[DOMNode]]:
    found = []
    for info in pkgutil.walk_packages(textual.__path__, "textual."):
        if info.name.startswith(SKIPPED):
            continue
        try:
            module = importlib.import_module(info.name)
        except Exception:  # optional parts of Textual that need what is not installed
            continue
        found += [c for _n, c in inspect.getmembers(module, inspect.isclass)
                  if issubclass(c, DOMNode) and c.__module__ == module.__name__]
    return found


def shown_descriptions(cls: type[DOMNode]) -> list[str]:
    out = []
    for binding in cls.__dict__.get("BINDINGS", []):
        if isinstance(binding, Binding):
            if binding.show and binding.description:
                out.append(binding.description)
        elif len(binding) >= 3 and binding[2]:
            out.append(binding[2])
    return out


def test_every_key_textual_can_show_in_a_footer_is_swedish() -> None:
    translate_textual()
    classes = textual_classes()
    assert len(classes) > 50, "Textual's widgets were found"
    english = {(c.__name__, d) for c in classes for d in shown_descriptions(c) if d not in TEXTUAL_BINDINGS.values()}
    assert not english, sorted(english)


async def test_the_area_list_footer_is_swedish(app: BraApp, pilot: Pilot[None], wait_for_workers: Waiter) -> None:
    await pilot.press("l")
    await wait_for_workers(pilot)
    assert isinstance(app.screen, LogScreen)
    app.screen.query_one(Select).focus()
    await pilot.press("enter")
    await wait_for_workers(pilot)
    footer = " ".join(str(k.render()) for k in app.screen.query_one(Footer).query("FooterKey"))
    assert "Stäng listan" in footer and "Dismiss" not in footer


async def test_the_palette_says_no_matches_in_swedish(app: BraApp, pilot: Pilot[None],
                                                      wait_for_workers: Waiter) -> None:
    await pilot.press("ctrl+p")
    await wait_for_workers(pilot)
    await pilot.press(*"qqqzzz")
    await pilot.pause(1.0)
    text = " ".join(str(o.prompt) for o in app.screen.query_one("CommandList").options)
    assert "Inga träffar" in text and "No matches" not in text
