"""Every key the README's key tables list does something where the README says it works: the tables are
read from README.md, and each key is pressed in a fresh app at 80×24 on the seed store."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Checkbox, DataTable, Input, OptionList, Static, TabbedContent, TextArea

from brå_tui.tui.app import BraApp
from tests.editing.keys import until

from .helpers import Waiter, settle

README = Path(__file__).resolve().parents[2] / "README.md"
# How to get from Möten to where a table's keys work (the bold heading over the table).
SETUP = {
    "Möten": [],
    "Lägesbild": ["r"],
    "Åtgärdslogg": ["l"],
    "Exportera": ["x"],
    "Redigera": ["e"],
    "Listorna i Redigera": ["e", "2", "down"],
    "Uppföljningen i Redigera": ["e", "5", "down"],
    "Lägesbilden i Redigera": ["e", "4", "down", "tab", "tab"],  # Period → Källa → the first area
    "Fälten och formulären i Redigera": ["e", "2", "down", "a", *"Anna"],
}
# Where a row names a key for one situation only: the keys that lead there first ("tab to X": Tab until X has focus).
SITUATION = {
    ("Fälten och formulären i Redigera", "ctrl+e"): ["escape", "j", "3", "down", "enter", "tab to #f-notes"],
    ("Fälten och formulären i Redigera", "ctrl+o"): ["escape", "j", "3", "down", "enter", "tab to #f-areas"],
    ("Fälten och formulären i Redigera", "space"): ["escape", "j", "3", "down", "enter", "tab to #f-kind"],
    ("Lägesbilden i Redigera", "e"): ["tab"],  # an area that has a level
    ("Möten", "1"): ["2"],  # from another tab than the first
    ("Redigera", "1"): ["2"],
    ("Redigera", "↑"): ["down", "down"],  # in a tab, from its second field
    ("Listorna i Redigera", "u"): ["down"],  # from an entry that has one above it
}
NAMES = {"←": "left", "→": "right", "↑": "up", "↓": "down", "/": "slash", "?": "question_mark",
         "Enter": "enter", "Tab": "tab", "Esc": "escape"}


def key_tables() -> list[tuple[str, str]]:
    """(heading, key) for every key in every README table whose first column is 'tangent'."""
    text = README.read_text(encoding="utf-8")
    found = []
    table = r"\| tangent \| vad den gör \|\n\|---\|---\|\n((?:\|.*\n)+)"
    for match in re.finditer(r"^\*\*(.+?)\*\*[^\n]*\n(?:[^\n]+\n)*\n" + table, text, re.MULTILINE):
        heading = match.group(1)
        for row in match.group(2).splitlines():
            cell = row.split("|")[1]
            for key in re.findall(r"`([^`]+)`", cell):
                if key in ("1", "7") and "`1`–`7`" in cell:
                    continue
                found.append((heading, key))
            if "`1`–`7`" in cell:
                found += [(heading, str(n)) for n in range(1, 8)]
    return found


KEYS = key_tables()


def test_the_readme_has_key_tables_for_every_screen() -> None:
    assert {heading for heading, _ in KEYS} == set(SETUP)
    assert len(KEYS) > 40


def signature(app: App[None]) -> tuple[object, ...]:
    """What a user could see change: the screen, the focus, every value, list position, text and message."""
    seen: list[object] = [type(app.screen).__name__, len(app.screen_stack), id(app.focused),
                          len(app._notifications), app.return_code]
    for widget in app.screen.query("*"):
        if isinstance(widget, Input):
            seen.append(widget.value)
        elif isinstance(widget, TextArea):
            seen.append(widget.text)
        elif isinstance(widget, Checkbox):
            seen.append(widget.value)
        elif isinstance(widget, OptionList):
            seen.append((widget.highlighted, widget.option_count, [str(o.prompt) for o in widget.options]))
        elif isinstance(widget, DataTable):
            seen.append((widget.row_count, widget.cursor_row, list(widget.rows)))
        elif isinstance(widget, TabbedContent):
            seen.append(widget.active)
        elif isinstance(widget, Static):
            seen.append(id(widget.content))
    return tuple(seen)


async def tab_to(app: App[None], pilot: Pilot[None], selector: str) -> None:
    """Press Tab, as a user would, until the widget selector names, or one inside it, has the focus (a form's
    fields may grow)."""
    target = app.screen.query_one(selector)
    for _ in range(30):
        if app.focused is not None and target in app.focused.ancestors_with_self:
            return
        await pilot.press("tab")
        await settle(pilot)
    raise AssertionError(f"Tab never reaches {selector}")


@pytest.mark.parametrize(("heading", "key"), KEYS, ids=[f"{h}: {k}" for h, k in KEYS])
async def test_every_documented_key_does_something(seed_store: Path, monkeypatch: pytest.MonkeyPatch, heading: str,
                                                   key: str, wait_for_workers: Waiter) -> None:
    editor = seed_store.parent / "editor.sh"
    editor.write_text('#!/bin/sh\necho "Tillagt i editorn." >> "$1"\n', encoding="utf-8")
    editor.chmod(0o755)
    monkeypatch.setenv("EDITOR", str(editor))

    async def run() -> None:
        app = BraApp(seed_store)
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_for_workers(pilot)
            for setup in [*SETUP[heading], *SITUATION.get((heading, key), [])]:
                if setup.startswith("tab to "):
                    await tab_to(app, pilot, setup.removeprefix("tab to "))
                    continue
                await pilot.press(setup)
                await wait_for_workers(pilot)
            before = signature(app)
            await pilot.press(NAMES.get(key, key))
            await wait_for_workers(pilot)
            await until(pilot, lambda: signature(app) != before, seconds=5)  # a change shown by a timer comes later
            assert signature(app) != before, f"{key} did nothing in {heading}"
    await run()


async def test_every_tab_label_on_moten_is_whole_at_80_columns(seed_store: Path, wait_for_workers: Waiter) -> None:
    from textual.widgets import Tab

    from brå_tui.tui.widgets.meeting_tabs import TABS

    app = BraApp(seed_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        tabs = {str(tab.label): tab for tab in app.screen.query("#meeting Tab").results(Tab)}
        for _id, label, _view in TABS:
            region = tabs[label].region
            assert region.right <= 80 and region.width >= len(label), label
