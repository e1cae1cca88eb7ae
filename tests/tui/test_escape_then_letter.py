"""Escape followed quickly by a letter arrives as one read, which a terminal parser takes for alt+letter.
The app binds no alt keys, so it treats alt+letter as Escape and then the letter, on every screen."""

from __future__ import annotations

from textual import events
from textual.pilot import Pilot

from brå_tui.tui.app import BraApp
from brå_tui.tui.screens.meetings import MeetingsScreen
from brå_tui.tui.screens.owner import OwnerScreen
from brå_tui.tui.screens.risk import RiskScreen
from brå_tui.tui.screens.search import SearchScreen
from tests.tui.helpers import Waiter


async def test_alt_letter_in_a_text_field_is_escape_then_the_letter(app: BraApp, pilot: Pilot[None],
                                                                    wait_for_workers: Waiter) -> None:
    for opener, screen in (("o", OwnerScreen), ("slash", SearchScreen)):
        await pilot.press(opener)
        await wait_for_workers(pilot)
        assert isinstance(app.screen, screen)
        app.post_message(events.Key("alt+r", "r"))
        await wait_for_workers(pilot)
        assert isinstance(app.screen, RiskScreen), "Escape left the field's screen and r opened Lägesbild"
        await pilot.press("escape")
        await wait_for_workers(pilot)
        assert isinstance(app.screen, MeetingsScreen)


def test_the_app_binds_no_alt_keys() -> None:
    """What makes the rule safe: no binding anywhere in the app uses alt."""
    import importlib
    import inspect
    import pkgutil

    from textual.binding import Binding
    from textual.dom import DOMNode

    import brå_tui.tui as package

    found = []
    for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
        module = importlib.import_module(info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, DOMNode) and cls.__module__ == module.__name__:
                for binding in cls.__dict__.get("BINDINGS", []):
                    keys = binding.key if isinstance(binding, Binding) else binding[0]
                    found += [(cls.__name__, k) for k in keys.split(",") if "alt+" in k]
    assert not found


def test_the_terminal_reads_escape_and_a_digit_as_escape_then_the_digit() -> None:
    """Textual's parser, as the app runs it: ESC and a digit in one read is alt+digit (which the
    app takes as Escape and the digit), never the character a Mac's Option key types ('£' for ESC 3); a '£'
    typed as itself stays '£'."""
    from textual._xterm_parser import XTermParser

    import brå_tui.tui.typeahead as typeahead

    def keys(data: str) -> list[list[str]]:
        parser = XTermParser()
        read = [*parser.feed(data), *parser.feed("")]
        return [[k.key for k in typeahead.escape_then_letter(e)] for e in read if isinstance(e, events.Key)]

    assert keys("\x1b3") == [["escape", "3"]]
    assert keys("\x1b0x") == [["escape", "0"], ["x"]]
    assert keys("£") == [["pound_sign"]]
