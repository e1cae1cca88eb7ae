"""Drafts in real processes: one per run, kept a few seconds after each change, gone when saved or thrown away.

Each app runs in its own tmux pane; signals are real (SIGHUP, SIGKILL), and the drafts are read back the way
the next start reads them.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import OptionList

from brå_tui.drafts import DraftKeeper, list_drafts
from brå_tui.store.load import load
from brå_tui.tui.app import BraApp
from brå_tui.tui.editing.recover import DraftsDialog
from brå_tui.tui.editing.screen import EditMeetingScreen
from tests.terminal.harness import TmuxSession

Start = Callable[..., TmuxSession]
KEPT_WITHIN = 20.0  # seconds: the autosave writes within two or three; room for a loaded machine


def _edit_place(pane: TmuxSession, place: str) -> None:
    pane.wait_for("Visenten, Stadshuset")
    pane.send_keys("e")
    pane.wait_for("Redigera 2024-11-15")
    pane.send_keys("Down", "Tab", "Tab", "Tab", "C-e", "C-u")  # tabs → Datum → Start → Slut → Plats
    pane.type(place)
    pane.wait_for(lambda shown: f"Plats:          {place}" in shown and "● Osparade ändringar" in shown)


def test_two_runs_on_one_meeting_keep_two_drafts(seed_store: Path, tmp_path: Path, start_bra: Start,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The same user edits one meeting in two terminals; both lose their connection: both edits are kept."""
    first, second = start_bra(), start_bra()
    _edit_place(first, "Rådhuset, sal 1")
    _edit_place(second, "Rådhuset, sal 2")
    for pane in (first, second):
        os.kill(pane.pid, signal.SIGHUP)
        pane.wait_dead()
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert sorted(d.meeting.place or "" for d in list_drafts(seed_store)) == ["Rådhuset, sal 1", "Rådhuset, sal 2"]


def test_sigkill_loses_at_most_seconds(seed_store: Path, tmp_path: Path, start_bra: Start,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Edits, a decision typed in an open form among them, are in a draft seconds later; SIGKILL keeps them.

    While the run lives its draft is not offered to another run (it is still being edited).
    """
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    pane = start_bra()
    _edit_place(pane, "Sessionssalen")
    pane.send_keys("C-n", "C-n")  # → Ärenden
    pane.wait_for("Lägesbild sociala risker (Mikael Jansson; 1 beslut)")
    pane.send_keys("Enter")
    pane.wait_for("Ärende: ändra")
    pane.wait_for("Rubrik:")
    time.sleep(1)  # the form takes its focus once drawn; keys sent before that go to the list behind it
    pane.send_keys(*["Tab"] * 10, "a")  # Rubrik → … → Nummer → Slag → … → Sekretess → notes → Beslut, and add one
    pane.wait_for("Beslut: ny")
    pane.type("Rådet beslutar att fortsätta")
    pane.wait_for("Rådet beslutar att fortsätta")
    deadline = time.monotonic() + KEPT_WITHIN
    state = tmp_path / "state" / "bra" / "drafts"
    while not any("Rådet beslutar att fortsätta" in f.read_text(encoding="utf-8") for f in state.glob("*.toml")):
        assert time.monotonic() < deadline, f"no draft with the typed decision within {KEPT_WITHIN} s"
        time.sleep(0.2)
    assert list_drafts(seed_store) == [], "a living run's draft is not offered elsewhere"
    os.kill(pane.pid, signal.SIGKILL)
    pane.wait_dead()
    drafts = list_drafts(seed_store)
    assert len(drafts) == 1
    meeting = drafts[0].meeting
    assert meeting.place == "Sessionssalen"
    assert drafts[0].unfinished.forms[-1].texts["f-text"] == "Rådet beslutar att fortsätta"
    saved = (seed_store / "meetings" / "2024-11-15.toml").read_text(encoding="utf-8")
    assert "Rådet beslutar att fortsätta" not in saved


def test_a_draft_restored_then_left_unsaved_is_not_offered_again(seed_store: Path, tmp_path: Path, start_bra: Start,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The user restores a draft, then leaves it without saving (j): it is thrown away, not offered again."""
    pane = start_bra()
    _edit_place(pane, "Rådhuset, sal 2")
    os.kill(pane.pid, signal.SIGHUP)
    pane.wait_dead()
    again = start_bra()
    again.wait_for("Osparade ändringar från förra gången")
    shown = again.wait_for("ändrar platsen till Rådhuset, sal 2")
    assert "mötet 2024-11-15 (utkast från " in shown
    again.send_keys("Enter")
    again.wait_for(lambda s: "Redigera 2024-11-15" in s and "Plats:          Rådhuset, sal 2" in s)
    again.send_keys("Escape")
    again.wait_for("Lämna utan att spara")
    again.send_keys("j")
    again.wait_for("Lokala Brå — Möten")
    again.send_keys("q")
    again.wait_dead()
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert list_drafts(seed_store) == []
    third = start_bra()
    third.wait_for("Visenten, Stadshuset")
    time.sleep(2)  # the store is read and the drafts looked for
    assert "Osparade ändringar från förra gången" not in third.screen()


async def test_quitting_without_saving_throws_the_draft_away(seed_store: Path, state_home: Path) -> None:
    await _quit_unsaved(seed_store)
    assert list_drafts(seed_store) == []


async def _quit_unsaved(store: Path) -> None:
    app = BraApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        while app.store is None:
            await pilot.pause(0.1)
        app.edit_meeting("2024-11-15")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, EditMeetingScreen)
        screen.meeting.place = "Kastas"
        assert screen.write_draft() is not None
        assert len(list_drafts(store)) == 1
        await pilot.press("ctrl+q")  # Avsluta, from anywhere
        await pilot.pause()
        await pilot.press("j")  # Avsluta ändå
        await pilot.pause()


@pytest.mark.usefixtures("seed_day")
async def test_dialog_shows_time_and_changes(seed_store: Path, state_home: Path) -> None:
    from brå_tui.drafts import save_draft
    from brå_tui.model import Decision
    from brå_tui.questions.newmeeting import next_meeting

    loaded = load(seed_store)
    meeting = loaded.meeting("2024-11-15")
    assert meeting is not None
    meeting.place = "Sessionssalen"
    meeting.items[0].decisions.append(Decision(text="Ett nytt beslut"))
    save_draft(seed_store, meeting, meeting.path, now=dt.datetime(2025, 3, 4, 10, 11))
    new = next_meeting(loaded)
    save_draft(seed_store, new, None, new=True, now=dt.datetime(2025, 3, 4, 10, 12))
    await _dialog(seed_store)


async def _dialog(store: Path) -> None:
    app = BraApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        while not (isinstance(app.screen, DraftsDialog) and app.screen.query("#draft-list")
                   and app.screen.query_one("#draft-list", OptionList).option_count == 2):
            await pilot.pause(0.1)
        texts = [str(o.prompt) for o in app.screen.query_one("#draft-list", OptionList).options]
        assert texts[0].startswith("mötet 2024-11-15 (utkast från 2025-03-04 10:11)")
        assert texts[0].endswith("ändrar platsen till Sessionssalen, lägger till 1\u00a0beslut")
        assert texts[1].startswith("nytt möte 2025-02-14 (utkast från 2025-03-04 10:12)")
        assert "ny fil med" in texts[1] and "3\u00a0uppföljningar" in texts[1]


def test_keeper_never_brings_back_what_a_later_change_removed(seed_store: Path, state_home: Path) -> None:
    meeting = load(seed_store).meeting("2024-11-15")
    assert meeting is not None
    keeper = DraftKeeper(seed_store)
    meeting.place = "Andra"
    file = keeper.write(2, meeting, meeting.path)
    assert file is not None
    meeting.place = "Första"
    assert keeper.write(1, meeting, meeting.path) is None, "an older change arriving late is ignored"
    assert [d.meeting.place for d in list_drafts(seed_store)] == ["Andra"]
    keeper.remove(3)
    assert keeper.write(2, meeting, meeting.path) is None and list_drafts(seed_store) == []


async def test_a_form_just_opened_is_no_trouble_for_the_autosave(seed_store: Path, state_home: Path) -> None:
    await _just_opened(seed_store)


async def _just_opened(store: Path) -> None:
    from brå_tui.tui.editing.entrylist import EntryList
    from tests.editing.harness import editing

    async with editing(store) as (_app, pilot, screen):
        screen.action_tab("arenden")
        await pilot.pause()
        screen.query_one("#list-items", EntryList).action_select()  # the form is pushed, not yet built …
        assert not screen.unfinished()  # … and the autosave's look at it finds nothing yet
        screen.autosave()
        await pilot.pause()
        assert list_drafts(store) == []
