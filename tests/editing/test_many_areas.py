"""A council with 500 risk areas: what a keystroke in Redigera sets off does not grow with the areas. Counted, never
timed: the Python calls the editor's handler of a typed character makes, in Lägesbild's Källa and in Tid's Plats,
against a council with 5 areas in the same run; and typing in the Områden field of an item's form works."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from textual.widgets import Input

from brå_tui.tui.editing.fields import Field
from brå_tui.tui.editing.forms import ItemForm
from brå_tui.tui.editing.levels import LevelPicker
from tests.editing.harness import editing
from tests.editing.keys import type_text


def _council_with(root: Path, count: int) -> Path:
    council = root / "council.toml"
    text = council.read_text(encoding="utf-8")
    extra = "".join(f'  "Område {n}",\n' for n in range(count - 5))
    council.write_text(text.replace('  "Ungdomar/skolor",\n', '  "Ungdomar/skolor",\n' + extra), encoding="utf-8")
    return root


def _handler_calls(screen: object, field_id: str) -> int:
    """The most Python calls the editor makes over one typed character in a field (its Input.Changed handler)."""
    from brå_tui.tui.editing.screen import EditMeetingScreen

    assert isinstance(screen, EditMeetingScreen)
    field = screen.query_one(f"#{field_id}", Field)
    most = 0
    for n in range(5):
        field.input.value = f"text {n}"
        calls = 0

        def count(_frame: object, event: str, _arg: object) -> None:
            nonlocal calls
            calls += event in ("call", "c_call")

        sys.setprofile(count)
        try:
            screen.on_input_changed(Input.Changed(field.input, field.input.value))
        finally:
            sys.setprofile(None)
        most = max(most, calls)
    return most


async def _measure(root: Path, areas: int) -> tuple[int, int, int]:
    async with editing(root) as (app, pilot, screen):
        await pilot.press("4")
        await pilot.pause()
        pickers = len(screen.query(LevelPicker))
        assert pickers == areas
        source, place = _handler_calls(screen, "r-source"), _handler_calls(screen, "m-place")
        screen.action_tab("arenden")
        await pilot.pause()
        screen.focus_tab("arenden")
        await pilot.press("enter")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ItemForm)
        form.field("f-areas").input.focus()
        await type_text(pilot, "Område 1")
        assert "Område 1" in form.field("f-areas").value
    return source, place, pickers


@pytest.mark.long
async def test_typing_does_not_slow_with_many_areas(seed_store: Path, tmp_path: Path, state_home: Path) -> None:
    few = _council_with(seed_store, 5)
    many = _council_with(shutil.copytree(seed_store, tmp_path / "many"), 500)
    few_source, few_place, _ = await _measure(few, 5)
    many_source, many_place, _ = await _measure(many, 500)
    # A hundred times the areas; the handler's work must not grow in step with them (a little, for longer lists of
    # names to compare, at most).
    assert many_source < 2 * few_source, (few_source, many_source)
    assert many_place < 2 * few_place, (few_place, many_place)
