"""Every key the README's key tables list does what the README says, where it says it works: the tables are
read from README.md, each key is pressed in a fresh app at 80×24 on the seed store, and its documented effect
(the screen, tab or dialog it opens, the row that moves, the state it sets) is checked; a key without an effect
here fails."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Checkbox, DataTable, Input, OptionList, Select, TabbedContent, TextArea

from brå_tui.tui.app import BraApp
from brå_tui.tui.editing.levels import NOT_REPORTED, LevelPicker
from brå_tui.tui.editing.screen import TAB_LABELS
from brå_tui.tui.widgets.meeting_tabs import TABS

from .helpers import Waiter, settle

Effect = Callable[[dict[str, Any], dict[str, Any]], None]  # (before, after) → asserts what the key did
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
    ("Möten", "↑"): ["down"],  # from a row that has one above it
    ("Lägesbild", "↑"): ["down"],
    ("Exportera", "↑"): ["down"],
    ("Lägesbild", "→"): ["left"],  # from earlier periods
    ("Uppföljningen i Redigera", "o"): ["k"],  # a follow-up that is not open
}


def more_periods(store: Path) -> None:
    """Eight more meetings with a risk picture, so that not every period fits at 80 columns."""
    newest = (store / "meetings" / "2024-11-15.toml").read_text(encoding="utf-8")
    for month in range(1, 9):
        date = f"2025-{month:02d}-15"
        text = newest.replace("date = 2024-11-15", f"date = {date}", 1)
        (store / "meetings" / f"{date}.toml").write_text(text, encoding="utf-8")


# A store prepared for a table's keys: the seed store is too small for some.
PREPARE: dict[str, Callable[[Path], None]] = {"Lägesbild": more_periods}
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


def probe(app: App[None]) -> dict[str, Any]:
    """What the README's rows talk about, as it stands: the screen, the focus, the tabs, the list positions, the
    fields, the levels and the follow-ups' states."""
    screen = app.screen
    seen: dict[str, Any] = {"screen": type(screen).__name__, "depth": len(app.screen_stack),
                            "focused": app.focused, "running": app.is_running,
                            "tabs": [t.active for t in screen.query(TabbedContent)],
                            "lists": {w.id: w.highlighted for w in screen.query(OptionList)},
                            "tables": {w.id: w.cursor_row for w in screen.query(DataTable)},
                            "inputs": [w.value for w in screen.query(Input)],
                            "texts": [w.text for w in screen.query(TextArea)],
                            "checked": {w.id: w.value for w in screen.query(Checkbox)},
                            "expanded": [w.expanded for w in screen.query(Select)],
                            "levels": {w.id: w.level for w in screen.query(LevelPicker)},
                            "notices": len(app._notifications)}
    for name in ("include_closed", "sort", "end"):  # Åtgärdslogg's filter and order, Lägesbild's periods
        if hasattr(screen, name):
            seen[name] = getattr(screen, name)
    meeting = getattr(screen, "meeting", None)
    if meeting is not None:
        seen["attendees"] = [a.name for a in meeting.attendees]
        seen["states"] = {f.id: f.state for f in meeting.followups}
    return seen


def opens(name: str) -> Effect:
    def check(before: dict[str, Any], after: dict[str, Any]) -> None:
        assert after["screen"] == name, f"opens {name}, not {after['screen']}"
    return check


def moves(widget: str, by: int) -> Effect:
    def check(before: dict[str, Any], after: dict[str, Any]) -> None:
        where = "tables" if widget in before["tables"] else "lists"
        assert after[where][widget] == before[where][widget] + by, (widget, before[where], after[where])
    return check


def tab(name: str) -> Effect:
    def check(before: dict[str, Any], after: dict[str, Any]) -> None:
        assert after["tabs"] and after["tabs"][0] == name, (before["tabs"], after["tabs"])
    return check


def changes(part: str) -> Effect:
    def check(before: dict[str, Any], after: dict[str, Any]) -> None:
        assert after["screen"] == before["screen"] and after[part] != before[part], (part, before[part])
    return check


def level(key: str) -> Effect:
    def check(before: dict[str, Any], after: dict[str, Any]) -> None:
        focused = after["focused"]
        assert isinstance(focused, LevelPicker) and focused.level == key, (focused, after["levels"])
    return check


def state(value: str) -> Effect:
    def check(before: dict[str, Any], after: dict[str, Any]) -> None:
        changed = {k: v for k, v in after["states"].items() if before["states"].get(k) != v}
        assert list(changed.values()) == [value], (before["states"], after["states"])
    return check


def focus_moves(before: dict[str, Any], after: dict[str, Any]) -> None:
    assert after["screen"] == before["screen"] and after["focused"] is not before["focused"], "the focus moves"


def closes(before: dict[str, Any], after: dict[str, Any]) -> None:
    assert after["depth"] == before["depth"] - 1, "the dialog or screen closes"


def quits(before: dict[str, Any], after: dict[str, Any]) -> None:
    assert not after["running"], "the app ends"


def notifies(before: dict[str, Any], after: dict[str, Any]) -> None:
    assert after["notices"] > before["notices"], "the app says what it did"


def emptied(before: dict[str, Any], after: dict[str, Any]) -> None:
    was = before["inputs"]
    assert any(was[n] and not value for n, value in enumerate(after["inputs"])), "the field is emptied"


def all_of(*effects: Effect) -> Effect:
    def check(before: dict[str, Any], after: dict[str, Any]) -> None:
        for effect in effects:
            effect(before, after)
    return check


MOTEN_TABS = [tab_id for tab_id, _label, _view in TABS]
EDIT_TABS = list(TAB_LABELS)
# What each key in the README's tables does, as the README says it: a key listed there without an effect
# here fails the test.
EFFECTS: dict[tuple[str, str], Effect] = {
    ("Möten", "r"): opens("RiskScreen"), ("Möten", "l"): opens("LogScreen"), ("Möten", "o"): opens("OwnerScreen"),
    ("Möten", "/"): opens("SearchScreen"), ("Möten", "k"): opens("NoticeScreen"),
    ("Möten", "n"): opens("EditMeetingScreen"), ("Möten", "e"): opens("EditMeetingScreen"),
    ("Möten", "x"): opens("ExportScreen"), ("Möten", "i"): opens("ImportFileDialog"),
    ("Möten", "h"): opens("HistoryScreen"),
    ("Möten", "↑"): moves("meeting-list", -1), ("Möten", "↓"): moves("meeting-list", 1),
    ("Möten", "?"): opens("HelpScreen"), ("Möten", "ctrl+p"): opens("BraPalette"), ("Möten", "q"): quits,
    ("Lägesbild", "←"): changes("end"), ("Lägesbild", "→"): changes("end"),
    ("Lägesbild", "↑"): moves("areas", -1), ("Lägesbild", "↓"): moves("areas", 1),
    ("Lägesbild", "Esc"): opens("MeetingsScreen"),
    ("Åtgärdslogg", "a"): changes("include_closed"), ("Åtgärdslogg", "s"): changes("sort"),
    ("Åtgärdslogg", "f"): focus_moves, ("Åtgärdslogg", "Enter"): opens("FollowUpHistoryScreen"),
    ("Åtgärdslogg", "Esc"): opens("MeetingsScreen"),
    ("Exportera", "↑"): moves("export-formats", -1), ("Exportera", "↓"): moves("export-formats", 1),
    ("Exportera", "ctrl+o"): changes("checked"), ("Exportera", "Tab"): focus_moves,
    ("Exportera", "ctrl+s"): all_of(closes, notifies), ("Exportera", "Esc"): closes,
    ("Redigera", "↓"): focus_moves, ("Redigera", "↑"): focus_moves,
    ("Redigera", "ctrl+n"): tab(EDIT_TABS[1]), ("Redigera", "ctrl+o"): tab(EDIT_TABS[-1]),
    ("Redigera", "ctrl+s"): notifies, ("Redigera", "Esc"): opens("MeetingsScreen"),
    ("Listorna i Redigera", "a"): opens("AttendeeForm"), ("Listorna i Redigera", "Enter"): opens("AttendeeForm"),
    ("Listorna i Redigera", "d"): opens("ConfirmScreen"), ("Listorna i Redigera", "u"): changes("attendees"),
    ("Listorna i Redigera", "y"): changes("attendees"),
    ("Uppföljningen i Redigera", "k"): state("done"), ("Uppföljningen i Redigera", "s"): state("dropped"),
    ("Uppföljningen i Redigera", "o"): state("open"), ("Uppföljningen i Redigera", "l"): opens("PickDialog"),
    ("Lägesbilden i Redigera", "Enter"): opens("PickDialog"),
    # the council's words (council.toml): omfattande, återkommande, then grön and ej rapporterad
    ("Lägesbilden i Redigera", "o"): level("red"), ("Lägesbilden i Redigera", "a"): level("yellow"),
    ("Lägesbilden i Redigera", "g"): level("green"), ("Lägesbilden i Redigera", "e"): level(NOT_REPORTED),
    ("Fälten och formulären i Redigera", "ctrl+u"): emptied,
    ("Fälten och formulären i Redigera", "ctrl+o"): opens("PickDialog"),
    ("Fälten och formulären i Redigera", "space"): changes("expanded"),
    ("Fälten och formulären i Redigera", "ctrl+s"): closes,
    ("Fälten och formulären i Redigera", "Esc"): opens("ConfirmScreen"),  # something was typed: asks first
    ("Fälten och formulären i Redigera", "ctrl+e"): changes("texts"),
}
for _n, (_shown, _edited) in enumerate(zip(MOTEN_TABS, EDIT_TABS, strict=True), start=1):
    EFFECTS[("Möten", str(_n))] = tab(_shown)
    EFFECTS[("Redigera", str(_n))] = tab(_edited)
EFFECTS[("Möten", "←")] = tab(MOTEN_TABS[-1])  # from the first tab, round to the last
EFFECTS[("Möten", "→")] = tab(MOTEN_TABS[1])


def test_every_key_in_the_readme_has_its_effect_checked() -> None:
    assert {k for k in KEYS} <= set(EFFECTS), sorted(set(KEYS) - set(EFFECTS))


@pytest.mark.parametrize(("heading", "key"), KEYS, ids=[f"{h}: {k}" for h, k in KEYS])
async def test_every_documented_key_does_what_the_readme_says(seed_store: Path, monkeypatch: pytest.MonkeyPatch,
                                                              heading: str, key: str,
                                                              wait_for_workers: Waiter) -> None:
    editor = seed_store.parent / "editor.sh"
    editor.write_text('#!/bin/sh\necho "Tillagt i editorn." >> "$1"\n', encoding="utf-8")
    editor.chmod(0o755)
    monkeypatch.setenv("EDITOR", str(editor))
    monkeypatch.setenv("HOME", str(seed_store.parent))  # Exportera writes into the home folder
    effect = EFFECTS[(heading, key)]
    if heading in PREPARE:
        PREPARE[heading](seed_store)
    app = BraApp(seed_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        for setup in [*SETUP[heading], *SITUATION.get((heading, key), [])]:
            if setup.startswith("tab to "):
                await tab_to(app, pilot, setup.removeprefix("tab to "))
                continue
            await pilot.press(setup)
            await wait_for_workers(pilot)
        before = probe(app)
        await pilot.press(NAMES.get(key, key))
        await wait_for_workers(pilot)
        await pilot.pause(0.2)
        effect(before, probe(app) if app.is_running else {**before, "running": False})


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
