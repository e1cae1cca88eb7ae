"""A one-line field whose value is wider than its input shows the value whole under it, wrapped between words, at
any width; a value that fits is not repeated."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.geometry import Region
from textual.widgets import Label

from brå_tui.tui.editing.fields import Field
from brå_tui.tui.editing.screen import LIST_KEYS
from tests.editing.harness import EditHarness

PLACE = "Avesta stadshus, sammanträdesrum Dalarna på plan 3, ingång från Kungsgatan 12 och hiss vid receptionen"


@pytest.mark.parametrize("columns", [60, 80, 100])
async def test_a_long_place_is_shown_whole_under_its_field(seed_store: Path, columns: int) -> None:
    meeting = seed_store / "meetings" / "2024-11-15.toml"
    text = meeting.read_text(encoding="utf-8")
    start = text.index("\nplace = ") + 1
    end = text.index("\n", start)
    meeting.write_text(text[:start] + f'place = "{PLACE}"' + text[end:], encoding="utf-8")
    app = EditHarness(seed_store, "2024-11-15")
    async with app.run_test(size=(columns, 30)) as pilot:
        await pilot.pause()
        await pilot.pause(0.1)
        field = app.screen.query_one("#m-place", Field)
        whole = field.query_one(".field-whole", Label)
        assert whole.display, "the value is wider than the input"
        assert whole.region.right <= columns
        screen = app.screen
        shown = [screen.get_widget_at(x, y)[0] is whole for y in range(whole.region.y, whole.region.bottom)
                 for x in (whole.content_region.x,)]
        assert all(shown), "the whole value is in view"
        width, height = whole.outer_size
        lines = [strip.text.strip() for strip in whole.render_lines(Region(0, 0, width, height))]
        assert " ".join(line for line in lines if line) == PLACE, lines
        assert len([line for line in lines if line]) > 1
        others = [f for f in app.screen.query(Field) if f is not field and f.value and len(f.value) < 20]
        assert others and not any(f.query_one(".field-whole", Label).display for f in others)
        field.focus()
        await pilot.pause()
        await pilot.press("ctrl+u", *"Rum 2")
        await pilot.pause()
        assert not whole.display, "a value that fits is not shown twice"


LONG_NOTE = ("Anteckningen under fältet säger mycket: " + "ett ord till och ännu ett ord till, " * 12).strip()


class OneField(App[None]):
    def compose(self) -> ComposeResult:
        yield Field("Namn", "Anna", note=lambda _text: LONG_NOTE, id="f")


@pytest.mark.parametrize("columns", [60, 80, 100])
async def test_a_long_note_wraps_and_ends_in_an_ellipsis(columns: int) -> None:
    app = OneField()
    async with app.run_test(size=(columns, 20)) as pilot:
        await pilot.pause()
        label = app.query_one("#f .field-reason", Label)
        width, height = label.outer_size
        lines = [strip.text.strip() for strip in label.render_lines(Region(0, 0, width, height))]
        lines = [line for line in lines if line]
        assert 1 < len(lines) <= 4, lines
        assert lines[-1].endswith(" …"), lines
        kept = " ".join(lines).removesuffix(" …")
        assert LONG_NOTE.startswith(kept) and LONG_NOTE[len(kept)] in " ,", lines


@pytest.mark.parametrize("columns", [60, 80, 100])
async def test_the_list_keys_wrap_between_keys(seed_store: Path, columns: int) -> None:
    app = EditHarness(seed_store, "2024-11-15")
    async with app.run_test(size=(columns, 30)) as pilot:
        await pilot.pause()
        await pilot.press("2")
        await pilot.pause()
        hint = next(h for h in app.screen.query(".edit-hint").results(Label) if h.region.width)
        width, height = hint.outer_size
        lines = [strip.text.replace("\u00a0", " ").strip()
                 for strip in hint.render_lines(Region(0, 0, width, height))]
        for part in LIST_KEYS.split(" · "):
            assert any(part in line for line in lines), (part, lines)
        assert not any(line.startswith("·") for line in lines), lines
