"""Every key the README's key tables list does what the README says, where it says it works: the tables are
read from README.md, each key is pressed in a fresh app at 80×24 on the seed store, and its documented effect
(the screen, tab or dialog it opens, the row that moves, the state it sets) is checked; a key without an effect
here fails. The keys of the table Överallt are pressed on every screen its heading names, one app per screen."""

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

from .helpers import Step, Waiter, press, running, settle

Effect = Callable[[dict[str, Any], dict[str, Any]], None]  # (before, after) → asserts what the key did
README = Path(__file__).resolve().parents[2] / "README.md"


def tab_to(selector: str) -> Step:
    """Press Tab, as a user would, until the widget selector names, or one inside it, has the focus (a form's
    fields may grow)."""
    async def step(pilot: Pilot[None]) -> None:
        app = pilot.app
        target = app.screen.query_one(selector)
        for _ in range(30):
            if app.focused is not None and target in app.focused.ancestors_with_self:
                return
            await press(pilot, "tab")
        raise AssertionError(f"Tab never reaches {selector}")
    return step


# How to get from Möten to each screen the table Överallt names, outside a text field, and the screen it is; first
# another meeting than the newest is selected (SELECT), so that the keys for the selected meeting show which one
# they act on.
SELECT = ["down"]
SCREENS = {
    "Möten": [],
    "Lägesbild": ["r"],
    "Åtgärdslogg": ["l"],
    "Ansvarig": ["o", "enter"],  # Enter: from the name field to the answer
    "Sök": ["slash", *"grann", "enter"],  # Enter: from the search field to the hits
    "Kallelse": ["k"],
    "Historik": ["h"],
}
SCREEN_CLASSES = {"Möten": "MeetingsScreen", "Lägesbild": "RiskScreen", "Åtgärdslogg": "LogScreen",
                  "Ansvarig": "OwnerScreen", "Sök": "SearchScreen", "Kallelse": "NoticeScreen",
                  "Historik": "HistoryScreen"}
EVERYWHERE = "Överallt"
# How to get from Möten to where a table's keys work (the bold heading over the table); Överallt: SCREENS.
SETUP = {
    EVERYWHERE: [],
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
# Where a row names a key for one situation only: the keys that lead there first.
SITUATION: dict[tuple[str, str], list[Step]] = {
    ("Fälten och formulären i Redigera", "ctrl+e"): ["escape", "j", "3", "down", "enter", tab_to("#f-notes")],
    ("Fälten och formulären i Redigera", "ctrl+o"): ["escape", "j", "3", "down", "enter", tab_to("#f-areas")],
    ("Fälten och formulären i Redigera", "space"): ["escape", "j", "3", "down", "enter", tab_to("#f-kind")],
    ("Lägesbilden i Redigera", "e"): ["tab"],  # an area that has a level
    ("Möten", "1"): ["2"],  # from another tab than the first
    ("Redigera", "1"): ["2"],
    ("Redigera", "↑"): ["down", "down"],  # in a tab, from its second field
    ("Fälten och formulären i Redigera", "↑"): ["tab"],  # in a form, from its second field
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
    found = []
    for heading, _line, rows in _tables():
        for row in rows.splitlines():
            cell = row.split("|")[1]
            for key in re.findall(r"`([^`]+)`", cell):
                if key in ("1", "7") and "`1`–`7`" in cell:
                    continue
                found.append((heading, key))
            if "`1`–`7`" in cell:
                found += [(heading, str(n)) for n in range(1, 8)]
    return found


def _tables() -> list[tuple[str, str, str]]:
    """(heading, the rest of the heading's line, the rows) of every README table whose first column is 'tangent'."""
    text = README.read_text(encoding="utf-8")
    table = r"\| tangent \| vad den gör \|\n\|---\|---\|\n((?:\|.*\n)+)"
    return [(match.group(1), match.group(2), match.group(3))
            for match in re.finditer(r"^\*\*(.+?)\*\*([^\n]*)\n(?:[^\n]+\n)*\n" + table, text, re.MULTILINE)]


def everywhere_screens() -> list[str]:
    """The screens the heading of the table Överallt names: '**Överallt** utanför ett textfält: Möten, …, och X'."""
    line = next(rest for heading, rest, _ in _tables() if heading == EVERYWHERE)
    return re.split(r", | och ", line.partition(":")[2].strip())


KEYS = key_tables()


def test_the_readme_has_key_tables_for_every_screen() -> None:
    assert {heading for heading, _ in KEYS} == set(SETUP)
    assert len(KEYS) > 40
    assert set(everywhere_screens()) == set(SCREENS)
    text = README.read_text(encoding="utf-8")
    for pattern, _effect in OWN_MEANING.values():
        assert re.search(pattern, text), pattern



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
    seen["about"] = getattr(screen, "meeting_key", None) or getattr(meeting, "key", None)  # Historik's, Redigera's
    seen["selected"] = app.meetings_screen.selected_meeting if isinstance(app, BraApp) else None
    if meeting is not None:
        seen["attendees"] = [a.name for a in meeting.attendees]
        seen["states"] = {f.id: f.state for f in meeting.followups}
    return seen


def opens(name: str) -> Effect:
    def check(before: dict[str, Any], after: dict[str, Any]) -> None:
        assert after["screen"] == name, f"opens {name}, not {after['screen']}"
    return check


def opens_selected(name: str) -> Effect:
    """Opens a screen or dialog about the meeting selected in Möten."""
    def check(before: dict[str, Any], after: dict[str, Any]) -> None:
        opens(name)(before, after)
        assert after["about"] == before["selected"], f"about {after['about']}, not {before['selected']}"
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
    (EVERYWHERE, "r"): opens("RiskScreen"), (EVERYWHERE, "l"): opens("LogScreen"),
    (EVERYWHERE, "o"): opens("OwnerScreen"), (EVERYWHERE, "/"): opens("SearchScreen"),
    (EVERYWHERE, "k"): opens("NoticeScreen"), (EVERYWHERE, "n"): opens("EditMeetingScreen"),
    (EVERYWHERE, "e"): opens_selected("EditMeetingScreen"), (EVERYWHERE, "x"): opens_selected("ExportScreen"),
    (EVERYWHERE, "i"): opens("ImportFileDialog"), (EVERYWHERE, "h"): opens_selected("HistoryScreen"),
    (EVERYWHERE, "?"): opens("HelpScreen"), (EVERYWHERE, "ctrl+p"): opens("BraPalette"), (EVERYWHERE, "q"): quits,
    ("Möten", "↑"): moves("meeting-list", -1), ("Möten", "↓"): moves("meeting-list", 1),
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
    ("Fälten och formulären i Redigera", "↑"): focus_moves, ("Fälten och formulären i Redigera", "↓"): focus_moves,
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
EFFECTS[("Redigera", "←")] = tab(EDIT_TABS[-1])  # on the row of tabs, from the first tab, round to the last
EFFECTS[("Redigera", "→")] = tab(EDIT_TABS[1])


# Where a screen gives a key of the table Överallt a meaning of its own: the README's words for it, and its effect.
OWN_MEANING: dict[tuple[str, str], tuple[str, Effect]] = {
    ("Kallelse", "x"): (r"`x`\s+på\s+Kallelse sparar kallelsen", notifies),
}


def test_every_key_in_the_readme_has_its_effect_checked() -> None:
    assert {k for k in KEYS} <= set(EFFECTS), sorted(set(KEYS) - set(EFFECTS))


def prepared(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An editor that adds a line (ctrl+e), and the home folder Exportera writes into, beside the store."""
    editor = store.parent / "editor.sh"
    editor.write_text('#!/bin/sh\necho "Tillagt i editorn." >> "$1"\n', encoding="utf-8")
    editor.chmod(0o755)
    monkeypatch.setenv("EDITOR", str(editor))
    monkeypatch.setenv("HOME", str(store.parent))


async def press_key(app: App[None], pilot: Pilot[None], key: str, effect: Effect) -> None:
    """Press a key as the README writes it and check its effect on what the app shows."""
    before = probe(app)
    await pilot.press(NAMES.get(key, key))
    await settle(pilot)
    await pilot.pause(0.2)
    effect(before, probe(app) if app.is_running else {**before, "running": False})


TABLES = [(heading, key) for heading, key in KEYS if heading != EVERYWHERE]


@pytest.mark.parametrize(("heading", "key"), TABLES, ids=[f"{h}: {k}" for h, k in TABLES])
async def test_every_documented_key_does_what_the_readme_says(seed_store: Path, monkeypatch: pytest.MonkeyPatch,
                                                              heading: str, key: str) -> None:
    prepared(seed_store, monkeypatch)
    if heading in PREPARE:
        PREPARE[heading](seed_store)
    async with running(seed_store, *SETUP[heading], *SITUATION.get((heading, key), [])) as (app, pilot):
        await press_key(app, pilot, key, EFFECTS[(heading, key)])


# The keys of the table Överallt, quitting last.
EVERYWHERE_KEYS = sorted((key for heading, key in KEYS if heading == EVERYWHERE), key=lambda key: key == "q")


@pytest.mark.parametrize("screen", list(SCREENS))
async def test_every_key_of_the_table_everywhere_works_on_every_screen_it_names(
        seed_store: Path, monkeypatch: pytest.MonkeyPatch, screen: str) -> None:
    """From each screen the table Överallt names, each of its keys does what the table says (or what the screen's
    own meaning is, where the README says so); after each, the screens opened are closed again, back to Möten."""
    prepared(seed_store, monkeypatch)
    async with running(seed_store, *SELECT) as (app, pilot):
        for key in EVERYWHERE_KEYS:
            await press(pilot, *SCREENS[screen])
            assert probe(app)["screen"] == SCREEN_CLASSES[screen], (screen, key)
            own = OWN_MEANING.get((screen, key))
            await press_key(app, pilot, key, own[1] if own else EFFECTS[(EVERYWHERE, key)])
            while app.is_running and len(app.screen_stack) > 1:
                await app.pop_screen()
                await settle(pilot)
        assert not app.is_running


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
