"""A file name typed in the export dialog decides the format when its extension names one (x.html is written as
html); a format chosen after the name that disagrees with it is refused with a message, the dialog staying open."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, OptionList

from brå_tui.tui.app import BraApp
from brå_tui.tui.screens.meetings import MeetingsScreen
from tests.editing.keys import replace
from tests.tui.test_export_dialog import messages, open_dialog


@pytest.fixture
def out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "ut"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.chdir(tmp_path)
    return folder


async def test_a_typed_html_name_writes_html(seed_store: Path, out: Path) -> None:
    app = BraApp(seed_store)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_dialog(app, pilot)
        dialog.query_one("#export-path", Input).focus()
        await replace(pilot, str(out / "b13exp.html"))
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MeetingsScreen), messages(app)
    text = (out / "b13exp.html").read_text(encoding="utf-8")
    assert text.lstrip().lower().startswith("<!doctype html"), text[:80]


async def test_a_format_chosen_against_the_name_is_refused_and_the_dialog_stays(seed_store: Path, out: Path) -> None:
    app = BraApp(seed_store)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_dialog(app, pilot)
        dialog.query_one("#export-path", Input).focus()
        await replace(pilot, str(out / "b13exp.html"))
        formats = dialog.query_one("#export-formats", OptionList)
        assert formats.highlighted == 1, "the list follows the name's extension"
        formats.focus()
        await pilot.press("down")  # txt, against the name
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog
        assert any("b13exp.html" in m and "stämmer inte överens" in m for m in messages(app)), messages(app)
    assert not (out / "b13exp.html").exists()
