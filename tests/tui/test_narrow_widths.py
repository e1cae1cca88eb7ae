"""At 60 and 80 columns nothing is cut inside a word: Åtgärdslogg fits its width, cutting a cell between words while
the selected row is shown in full below (the tab rows: test_tab_rows.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.text import Text
from textual.widget import Widget
from textual.widgets import DataTable, OptionList, Static

from brå_tui.drafts import save_draft
from brå_tui.store.load import load
from brå_tui.tui.app import BraApp
from brå_tui.tui.editing.screen import EditMeetingScreen
from brå_tui.tui.widgets.cut_table import Column, cut, layout

from .helpers import settle

SIZES = [(60, 20), (80, 24)]


def _line(app: BraApp, y: int) -> str:
    return app.screen._compositor.render_strips()[y].text


def test_a_cell_is_cut_between_words_and_a_word_wider_than_its_column_within_it() -> None:
    assert cut("Kartläggning av kunskapsläget", 20).plain == "Kartläggning av …"
    assert cut("Tobias Å, Bengt K", 12).plain == "Tobias Å …"  # a short name is one word; no comma before "…"
    assert cut("Trygghetsöverrenskommelse", 12).plain == "Trygghetsöv…"
    assert cut("Kameraövervakning", 20).plain == "Kameraövervakning"
    styled = cut(Text("öppen FÖRSENAD STÅR STILL", style="bold"), 16)
    assert styled.plain == "öppen FÖRSENAD …" and styled.style == "bold"


def test_columns_fill_the_width_and_those_marked_are_left_out_when_it_is_too_narrow() -> None:
    columns = [Column("A", "a", 20, grows=True), Column("B", "b", 12), Column("C", "c", 10, drop=2),
               Column("D", "d", 11, drop=1)]
    wide = layout(columns, 100)
    assert [c.key for c, _ in wide] == ["a", "b", "c", "d"] and sum(w + 2 for _, w in wide) + 1 == 100
    assert [c.key for c, _ in layout(columns, 60)] == ["a", "b", "c"]
    assert [c.key for c, _ in layout(columns, 45)] == ["a", "b"]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_the_action_log_fits_its_width_cuts_between_words_and_shows_the_selected_row_in_full(
        seed_store: Path, size: tuple[int, int]) -> None:
    app = BraApp(seed_store)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        screen_width = size[0]
        assert sum(c.get_render_width(table) for c in table.ordered_columns) + 1 <= screen_width
        assert [str(c.label) for c in table.ordered_columns][:3] == ["Ärende", "Ansvarig", "Läge"]
        for row in range(table.row_count):
            for column, cell in zip(table.ordered_columns, table.get_row_at(row), strict=True):
                text = cell.plain if isinstance(cell, Text) else str(cell)
                assert all(len(line) <= column.width for line in text.split("\n")), (column.label, text)
                if text.endswith("…") and not text.endswith(" …"):
                    last = text.split("\n")[-1]
                    assert " " not in last, text  # only a single word too wide for the column is cut within
        detail = str(app.screen.query_one("#log-detail", Static).render())
        for row in range(table.row_count):
            table.move_cursor(row=row)
            await settle(pilot)
            entry = app.screen.shown[row]
            detail = " ".join(str(app.screen.query_one("#log-detail", Static).render()).split())
            assert entry.title in detail and all(owner in detail for owner in entry.owners), detail
        await pilot.resize_terminal(80 if screen_width == 60 else 60, 24)
        await settle(pilot)
        await pilot.pause(0.1)
        assert sum(c.get_render_width(table) for c in table.ordered_columns) + 1 <= app.size.width
        assert table.row_count == len(app.screen.shown) and table.cursor_row == table.row_count - 1


@pytest.mark.parametrize(("keys", "hint"), [(("question_mark",), "#help-hint"), (("slash",), "#search-count")])
async def test_hint_lines_wrap_between_words_at_narrow_widths(seed_store: Path, keys: tuple[str, ...],
                                                              hint: str) -> None:
    app = BraApp(seed_store)
    async with app.run_test(size=(24, 20)) as pilot:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        widget = app.screen.query_one(hint, Static)
        whole = " ".join(str(widget.render()).split())
        lines = [_line(app, y)[widget.region.x:widget.region.right].strip()
                 for y in range(widget.region.y, widget.region.bottom)]
        assert len(lines) > 1 and " ".join(lines) == whole, lines


def _shown(app: BraApp, widget: Widget) -> list[str]:
    region = widget.content_region
    return [_line(app, y)[region.x:region.right].rstrip() for y in range(region.y, region.bottom)]


async def test_the_action_log_hint_and_the_edit_status_wrap_between_words_at_60_columns(seed_store: Path) -> None:
    app = BraApp(seed_store)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("l", "s")
        await settle(pilot)
        hint = app.screen.query_one("#log-state", Static)
        lines = [line.strip() for line in _shown(app, hint)]
        assert len(lines) > 1 and " ".join(lines) == str(hint.render()), lines
        assert not any(line.startswith("·") or line.endswith(":") for line in lines), lines  # "·" and a key stay
        # with the part before them
        await pilot.press("escape", "e")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, EditMeetingScreen)
        screen.disk_changed = True
        screen.invalid = {"f-date": "fel"}
        await pilot.pause(0.1)
        status = screen.query_one("#edit-status", Static)
        lines = [line.strip() for line in _shown(app, status)]
        assert len(lines) > 1 and " ".join(lines).endswith("⚠ Filen har ändrats på disken"), lines
        assert not any(line.startswith("·") for line in lines), lines


async def test_a_wrapped_draft_line_stays_indented_under_its_name(seed_store: Path) -> None:
    meeting = load(seed_store).meeting("2024-11-15")
    assert meeting is not None and meeting.path is not None
    meeting.place = "Sessionssalen i stadshuset, våning tre"
    meeting.chair = "Anna Andersson"
    meeting.secretary = "Bengt Bengtsson"
    save_draft(seed_store, meeting, meeting.path, base="förr")
    app = BraApp(seed_store)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        options = app.screen.query_one("#draft-list", OptionList)
        lines = [line for line in _shown(app, options) if line.strip()]
        assert len(lines) > 2, lines  # the name, and what changed on more than one line
        assert all(line[:2] == "  " and line[2] != " " for line in lines[1:]), lines
