"""Linking a follow-up to an earlier one by id, and notes handed to $EDITOR in a real terminal."""

from __future__ import annotations

import os
import shlex
import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from brå_tui.drafts import list_drafts
from brå_tui.model import Meeting
from brå_tui.store.read import read_meeting
from brå_tui.tui.editing.dialogs import PickDialog
from brå_tui.tui.editing.forms import FollowUpForm
from tests.editing.harness import editing
from tests.editing.keys import save, type_text
from tests.editing.test_in_terminal import GONE_WITHIN, _app_pid, _wait_gone
from tests.terminal.harness import TmuxSession, require


async def test_link_followups_by_id(seed_store: Path) -> None:
    await _link(seed_store)


async def _link(store: Path) -> None:
    async with editing(store) as (app, pilot, screen):
        screen.action_tab("uppfoljning")
        await pilot.pause()
        # l on the third follow-up: the earlier ids not already used in this meeting are offered.
        await pilot.press("end", "l")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, PickDialog)
        offered = [value.id for _, value in dialog.choices]
        assert "kameraovervakning" in offered and "samverkansoverenskommelse" not in offered
        await pilot.press(*["down"] * offered.index("kameraovervakning"), "enter")
        await pilot.pause()
        assert screen.meeting.followups[2].id == "kameraovervakning"
        # A new follow-up: ctrl+l in its form picks an id from the log and fills in the title.
        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, FollowUpForm)
        await pilot.press("ctrl+l")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, PickDialog)
        ids = [value.id for _, value in picker.choices]
        await pilot.press(*["down"] * ids.index("trygghetsoverenskommelse"), "enter")
        await pilot.pause()
        assert form.field("f-id").value == "trygghetsoverenskommelse"
        entry = next(v for _, v in picker.choices if v.id == "trygghetsoverenskommelse")
        assert form.field("f-title").value == entry.title
        assert "Samma som tidigare" in str(form.query_one("#f-id .field-reason").render())
        # Typing an id already used in this meeting is refused with the reason under the field.
        form.field("f-id").focus()
        await pilot.press("end", "ctrl+u")
        await type_text(pilot, "kameraovervakning")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is form
        assert "används redan" in str(form.query_one("#f-id .field-reason").render())
        await pilot.press("ctrl+u")
        await type_text(pilot, "trygghetsoverenskommelse")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        await save(pilot)
    meeting, _ = read_meeting(store / "meetings" / "2024-11-15.toml")
    assert meeting is not None
    assert [f.id for f in meeting.followups] == ["kartlaggning-narkotikaprevention", "samverkansoverenskommelse",
                                                 "kameraovervakning", "trygghetsoverenskommelse"]


async def test_a_follow_up_is_never_offered_as_a_link_to_itself(seed_store: Path) -> None:
    """l on a follow-up, and ctrl+l in its form, offer the earlier follow-ups but never the one being linked
    (its own id) nor one another row of the meeting has."""
    async with editing(seed_store) as (app, pilot, screen):
        screen.action_tab("uppfoljning")
        await pilot.pause()
        own = [f.id for f in screen.meeting.followups]
        for row in range(len(own)):
            await pilot.press("home", *["down"] * row, "l")
            await pilot.pause()
            dialog = app.screen
            assert isinstance(dialog, PickDialog)
            offered = [value.id for _, value in dialog.choices]
            assert offered and not set(offered) & set(own), (row, offered)
            await pilot.press("escape")
            await pilot.pause()
            await pilot.press("enter", "ctrl+l")
            await pilot.pause()
            picker = app.screen
            assert isinstance(picker, PickDialog)
            assert [value.id for _, value in picker.choices] == offered, row
            await pilot.press("escape", "escape")
            await pilot.pause()
            assert app.screen is screen


def test_ctrl_e_hands_notes_to_the_editor(seed_store: Path, tmp_path: Path,
                                          start_bra: Callable[..., TmuxSession]) -> None:
    folder = tmp_path / "my tools"
    folder.mkdir()
    script = folder / "redigera anteckning.sh"
    script.write_text('#!/bin/sh\nprintf "%s\\n" "$1" >> "$2"\n', encoding="utf-8")
    script.chmod(0o755)
    editor = f"{shlex.quote(str(script))} 'Rad från editorn; inget skal'"
    pane = start_bra(EDITOR=editor)
    _open_notes(pane)
    pane.send_keys("C-e")
    pane.wait_for("Rad från editorn; inget skal")
    meeting = _accept_and_save(pane, seed_store)
    assert meeting.other[-1].notes.endswith("finnas på plats.\nRad från editorn; inget skal\n")


def _open_notes(pane: TmuxSession) -> None:
    """From Möten into the notes of the last other question's form."""
    pane.wait_for("Visenten, Stadshuset")
    pane.send_keys("e")
    pane.wait_for("Redigera 2024-11-15")
    pane.send_keys("C-o")  # from the first tab round to the last: Övrigt
    pane.wait_for("Statsbidrag för brottsförebyggande åtgärder")
    pane.send_keys("Down", "End", "Enter")  # from the row of tabs into the list, its last entry, open it
    pane.wait_for("Övrig fråga: ändra")
    pane.wait_for("Rubrik:")
    time.sleep(1)  # the form takes its focus once drawn; keys sent before that go to the list behind it
    # Rubrik → Diarienummer → Tid från → Tid till → Nummer → Slag → Föredragande → Områden → Sekretess → notes
    pane.send_keys(*["Tab"] * 9)


def _accept_and_save(pane: TmuxSession, store: Path) -> Meeting:
    """Accept the open form, save the meeting, and read it back from its file."""
    pane.send_keys("C-s")
    pane.wait_for(lambda shown: "Övrig fråga: ändra" not in shown)
    pane.send_keys("C-s")
    pane.wait_for("Sparat i 2024-11-15.toml")
    meeting, _ = read_meeting(store / "meetings" / "2024-11-15.toml")
    assert meeting is not None
    return meeting


def _type_after_notes_and_save(pane: TmuxSession, store: Path, said: str) -> None:
    """The form still takes keys after the editor's failure: type into the notes, accept, save, and check the file."""
    pane.type("Skrivet i formuläret. ")
    pane.wait_for("Skrivet i formuläret")
    notes = _accept_and_save(pane, store).other[-1].notes
    assert notes.startswith("Skrivet i formuläret. Statsbidrag") and notes.endswith("finnas på plats.\n")
    assert said not in notes


def test_missing_editor_is_said_and_the_form_stays(seed_store: Path,
                                                  start_bra: Callable[..., TmuxSession]) -> None:
    pane = start_bra(EDITOR="bra-saknad-vim --flagga")  # on no PATH
    _open_notes(pane)
    pane.send_keys("C-e")
    shown = pane.wait_for("hittades")
    assert "Övrig fråga: ändra" in shown, "the form is still on the screen"
    assert "'bra-saknad-vim'" in shown
    _type_after_notes_and_save(pane, seed_store, "vim")


def test_failing_editor_keeps_the_text(seed_store: Path, tmp_path: Path, start_bra: Callable[..., TmuxSession]) -> None:
    script = tmp_path / "trasig-editor.sh"
    script.write_text('#!/bin/sh\nprintf "Halvskriven rad\\n" > "$1"\nexit 3\n', encoding="utf-8")
    script.chmod(0o755)
    pane = start_bra(EDITOR=shlex.quote(str(script)))
    _open_notes(pane)
    pane.send_keys("C-e")
    shown = pane.wait_for("felkod 3")
    assert "Övrig fråga: ändra" in shown and "Halvskriven rad" not in shown
    _type_after_notes_and_save(pane, seed_store, "Halvskriven rad")


EDITOR_LINE = "Skrivet i textredigeraren före avbrottet"


@pytest.mark.parametrize("how", ["sighup", "terminal-closed"])
@pytest.mark.parametrize("editor", ["script", "vi"])
def test_text_written_in_the_editor_survives_a_hangup(seed_store: Path, tmp_path: Path, how: str, editor: str,
                                                      start_bra: Callable[..., TmuxSession],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The line drops while the notes are open in the editor, after the editor has written its file (a script that
    writes and waits, or vi after :w): the next start offers the draft, and restoring it gives the notes as the
    editor wrote them. The editor's file goes once the draft holds its text."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    if editor == "vi":
        command = require("vi")
    else:
        script = tmp_path / "skriver-och-väntar.sh"
        script.write_text(f'#!/bin/sh\nprintf "%s\\n" "{EDITOR_LINE}" >> "$1"\nexec sleep 600\n', encoding="utf-8")
        script.chmod(0o755)
        command = str(script)
    pane = start_bra(EDITOR=shlex.quote(command), TMPDIR=str(temp))
    _open_notes(pane)
    pane.send_keys("C-e")
    if editor == "vi":
        pane.wait_for(lambda shown: "bra-" in shown and "~" in shown)  # vi has the terminal, the file read
        time.sleep(1)  # and has asked the terminal what it needs to know
        pane.send_keys("G", "o")
        pane.type(EDITOR_LINE)
        pane.send_keys("Escape")
        pane.type(":w")
        pane.send_keys("Enter")
    deadline = time.monotonic() + 30
    while not any(EDITOR_LINE in f.read_text(encoding="utf-8") for f in temp.glob("bra-*.md")):
        assert time.monotonic() < deadline, ("the editor wrote its file", pane.screen())
        time.sleep(0.1)
    pid = _app_pid(pane.pid)
    if how == "sighup":
        os.kill(pid, signal.SIGHUP)
    else:
        pane.kill()  # the terminal goes, and the editor with it
    _wait_gone(pid, seconds=GONE_WITHIN)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    drafts = list_drafts(seed_store)
    assert len(drafts) == 1
    notes = [form.notes["f-notes"] for form in drafts[0].unfinished.forms]
    assert len(notes) == 1 and notes[0].endswith(f"finnas på plats.\n{EDITOR_LINE}\n"), notes
    assert list(temp.glob("bra-*.md")) == [], "the editor's file goes once the draft holds it"

    again = start_bra(TMPDIR=str(temp))
    again.wait_for("Osparade ändringar från förra gången")
    again.send_keys("Enter")
    again.wait_for(lambda s: "Övrig fråga: ändra" in s and EDITOR_LINE in s)

