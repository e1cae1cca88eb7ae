"""Whatever was typed in a text field stays when the field is entered again (after Enter, Escape, Tab or a dialog):
the cursor goes after the text with nothing selected, so the next key adds to it."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from brå_tui.tui.app import BraApp
from brå_tui.tui.editing.fields import FieldInput

from .helpers import Waiter


def _typed(text: str) -> list[str]:
    return ["space" if c == " " else c for c in text]


async def test_ansvarig_keeps_the_name_after_enter_and_escape(app: BraApp, pilot: Pilot[None],
                                                              wait_for_workers: Waiter) -> None:
    """o, Mikael, Enter (to the answer), Escape (back in the field), X: the field holds MikaelX."""
    await pilot.press("o", *_typed("Mikael"))
    await wait_for_workers(pilot)
    field = app.screen.query_one("#owner-name", Input)
    await pilot.press("enter")
    assert not field.has_focus
    await pilot.press("escape")
    await wait_for_workers(pilot)
    assert field.has_focus and field.selection.is_empty and field.cursor_position == len("Mikael")
    await pilot.press("X")
    assert field.value == "MikaelX"


# Every screen with a text field: the keys that open it and the field.
FIELDS = [(["o"], "#owner-name"), (["slash"], "#search-text"), (["l", "f"], "#log-owner"),
          (["i"], "#import-path"), (["x"], "#export-path")]


@pytest.mark.parametrize(("keys", "selector"), FIELDS, ids=[s for _, s in FIELDS])
async def test_every_text_field_keeps_its_text_when_entered_again(app: BraApp, pilot: Pilot[None],
                                                                  wait_for_workers: Waiter, keys: list[str],
                                                                  selector: str) -> None:
    await pilot.press(*keys)
    await wait_for_workers(pilot)
    field = app.screen.query_one(selector, Input)
    field.focus()
    await pilot.pause()
    field.value = "abc"
    field.cursor_position = 1
    app.screen.set_focus(None)
    await pilot.pause()
    field.focus()
    await pilot.pause()
    assert field.selection.is_empty and field.cursor_position == len("abc")
    await pilot.press("X")
    assert field.value == "abcX"


async def test_a_form_field_keeps_its_text_after_a_dialog(app: BraApp, pilot: Pilot[None],
                                                          wait_for_workers: Waiter) -> None:
    """In Redigera, a field left for the command palette (ctrl+p) and entered again on its close keeps its text."""
    await pilot.press("e")
    await wait_for_workers(pilot)
    field = app.screen.query(FieldInput).first()
    field.focus()
    await pilot.pause()
    await pilot.press(*_typed(" ny"))
    before = field.value
    await pilot.press("ctrl+p")
    await wait_for_workers(pilot)
    assert app.focused is not field
    await pilot.press("escape")
    await wait_for_workers(pilot)
    assert app.focused is field and field.selection.is_empty
    await pilot.press("X")
    assert field.value == before + "X"


def test_every_text_field_in_the_app_is_a_text_input() -> None:
    """No screen makes a bare Textual Input (which selects all its text on focus): each is a TextInput."""
    import re
    from pathlib import Path

    import brå_tui.tui

    bare = re.compile(r"(?<![A-Za-z_])Input\(")
    found = [f"{path.name}:{n}" for path in Path(brå_tui.tui.__file__).parent.rglob("*.py")
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if bare.search(line)]
    assert found == []
