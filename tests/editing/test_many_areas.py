"""A council with 500 risk areas: what a keystroke in Redigera sets off does not grow with the areas. Measured against
a council with 5 areas in the same run (never against a clock): the time the editor's handler of a typed character
takes, in Lägesbild's Källa and in Tid's Plats, and in the Områden field of an item's form."""

from __future__ import annotations

import shutil
import statistics
import time
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


def _handler_time(screen: object, field_id: str) -> float:
    """The median time the editor takes over one typed character in a field (its Input.Changed handler)."""
    from brå_tui.tui.editing.screen import EditMeetingScreen

    assert isinstance(screen, EditMeetingScreen)
    field = screen.query_one(f"#{field_id}", Field)
    times = []
    for n in range(15):
        field.input.value = f"text {n}"
        began = time.perf_counter()
        screen.on_input_changed(Input.Changed(field.input, field.input.value))
        times.append(time.perf_counter() - began)
    return statistics.median(times)


async def _measure(root: Path, areas: int) -> tuple[float, float, int]:
    async with editing(root) as (app, pilot, screen):
        await pilot.press("4")
        await pilot.pause()
        pickers = len(screen.query(LevelPicker))
        assert pickers == areas
        source, place = _handler_time(screen, "r-source"), _handler_time(screen, "m-place")
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
    # A hundred times the areas; the handler may take a few times as long (noise), never in step with them.
    assert many_source < 8 * few_source, (few_source, many_source)
    assert many_place < 8 * few_place, (few_place, many_place)
