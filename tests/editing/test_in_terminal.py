"""The real app in a real terminal: keys typed ahead land, unsaved edits survive SIGHUP, Nytt möte writes a file."""

from __future__ import annotations

import os
import re
import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from brå_tui.drafts import list_drafts
from brå_tui.store.read import read_meeting
from brå_tui.tui.app import BraApp
from brå_tui.tui.editing.recover import DraftsDialog
from brå_tui.tui.editing.screen import EditMeetingScreen
from tests.conftest import plan_ahead
from tests.editing.keys import save
from tests.terminal.harness import TmuxSession, bra_command

Start = Callable[..., TmuxSession]


@pytest.mark.parametrize(("key", "title", "place"), [("e", "Redigera 2024-11-15", "Rådhuset, sal 2"),
                                                     ("n", "Nytt möte {ahead}", "Sessionssalen")],
                         ids=["edit", "new"])
def test_keys_typed_with_the_opening_key_reach_the_field(seed_store: Path, start_bra: Start, key: str, title: str,
                                                         place: str) -> None:
    title = title.format(ahead=plan_ahead(seed_store))  # the new meeting is on the first planned date still ahead
    pane = start_bra()
    pane.wait_for("Visenten, Stadshuset")
    # One tmux command: the screen opens, Tab three times to Plats, empty it and type, with no pause at all.
    pane.send_keys_and_type([key, "Down", "Tab", "Tab", "Tab", "End", "C-u"], place)
    shown = pane.wait_for(lambda s: f"Plats:          {place}" in s and "● Osparade ändringar" in s)
    assert title in shown
    assert "Datum:          " + title[-10:] in shown, "nothing was typed into Datum"
    assert "Start:          09:00" in shown
    pane.send_keys("Escape")
    pane.wait_for("Lämna utan att spara")


@pytest.mark.parametrize("how", ["sighup", "sigterm", "sigint", "terminal-closed", "terminal-closed-own-session"])
async def test_unsaved_edits_survive_sighup(seed_store: Path, tmp_path: Path, start_bra: Start, how: str,
                                            tmux_session: Callable[..., TmuxSession],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A signal to the process, or the terminal going away, keeps the edits as a draft and ends the app promptly.

    In a session of its own (started through setsid, as a wrapper or supervisor may do) the app gets no
    SIGHUP from the kernel when its terminal goes; it must notice by itself rather than spin on a dead terminal.
    """
    state = tmp_path / "state"
    before = (seed_store / "meetings" / "2024-11-15.toml").read_bytes()
    if how == "terminal-closed-own-session":
        pane = tmux_session(["setsid", "-w", *bra_command(), "--store", str(seed_store)], shell_after=False,
                            XDG_STATE_HOME=str(state), EDITOR="true")
    else:
        pane = start_bra()
    pane.wait_for("Visenten, Stadshuset")
    pane.send_keys("e")
    pane.wait_for("Redigera 2024-11-15")
    pane.send_keys("Down", "Tab", "Tab", "Tab", "C-e", "C-u")
    pane.type("Rådhuset, sal 2")
    pane.wait_for(lambda shown: "Plats:          Rådhuset, sal 2" in shown and "● Osparade ändringar" in shown)
    pid = _app_pid(pane.pid)
    if how.startswith("sig"):
        os.kill(pid, getattr(signal, how.upper()))
        pane.wait_dead()
        left = pane.screen()
        assert "Traceback" not in left and "Redigera" not in left, "the app leaves the terminal cleanly"
        _wait_gone(pid, seconds=GONE_WITHIN)  # done writing its draft, before the next start reads it
    else:
        pane.kill()  # the terminal goes away
        _wait_gone(pid, seconds=GONE_WITHIN)
    assert (seed_store / "meetings" / "2024-11-15.toml").read_bytes() == before, "nothing is saved unasked"
    monkeypatch.setenv("XDG_STATE_HOME", str(state))
    drafts = list_drafts(seed_store)
    assert [d.meeting.place for d in drafts] == ["Rådhuset, sal 2"]
    await _second_start(seed_store)
    meeting, _ = read_meeting(seed_store / "meetings" / "2024-11-15.toml")
    assert meeting is not None and meeting.place == "Rådhuset, sal 2"


@pytest.mark.parametrize("signum", [signal.SIGHUP, signal.SIGTERM, signal.SIGINT])
def test_a_signal_ends_the_app_with_the_shells_status(seed_store: Path, tmp_path: Path, signum: int,
                                                      tmux_session: Callable[..., TmuxSession]) -> None:
    """Ended by a signal while editing, the app keeps its draft and exits as a shell reports a process that the
    signal ended: 128 + the signal's number (130 for SIGINT), so a script or supervisor sees why it stopped."""
    pane = tmux_session([*bra_command(), "--store", str(seed_store)], XDG_STATE_HOME=str(tmp_path / "state"),
                        EDITOR="true")  # the shell around it prints how the app ended
    pane.wait_for("Visenten, Stadshuset")
    pane.send_keys("e")
    pane.wait_for("Redigera 2024-11-15")
    pane.send_keys("Down", "Tab", "Tab", "Tab", "C-u")
    pane.type("Rådhuset")
    pane.wait_for("● Osparade ändringar")
    os.kill(_app_pid(pane.pid), signum)
    pane.wait_for(f"BRA-SLUT {128 + signum}")


GONE_WITHIN = 20.0  # seconds: "promptly" (about one on an idle machine), with room for a loaded one


def _app_pid(pane_pid: int) -> int:
    """The app's process: the pane's own, or the child of the shell or wrapper (setsid) that started it. (The app
    may have children of its own, such as git, at any moment: those are never it.)"""
    if Path(f"/proc/{pane_pid}/comm").read_text().strip() not in WRAPPERS:
        return pane_pid
    children = Path(f"/proc/{pane_pid}/task/{pane_pid}/children").read_text().split()
    return int(children[0])


WRAPPERS = {"setsid", "sh", "dash", "bash"}


def _wait_gone(pid: int, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while Path(f"/proc/{pid}").exists() and "zombie" not in _status(pid):
        if time.monotonic() >= deadline:
            state = _status(pid)
            os.kill(pid, signal.SIGKILL)
            raise AssertionError(f"the app did not end within {seconds} s of its terminal going away: {state}")
        time.sleep(0.1)


def _status(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/status").read_text().casefold()
    except OSError:
        return "zombie"


async def _second_start(store: Path) -> None:
    app = BraApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        deadline = 600
        while not isinstance(app.screen, DraftsDialog) and deadline:
            await pilot.pause(0.1)
            deadline -= 1
        assert isinstance(app.screen, DraftsDialog), "the draft is offered at the next start"
        assert "mötet 2024-11-15" in app.screen.found[0].label()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, EditMeetingScreen)
        assert app.screen.meeting.place == "Rådhuset, sal 2"
        await save(pilot)
        assert list_drafts(store) == []


def test_new_meeting_in_terminal(seed_store: Path, start_bra: Start) -> None:
    ahead = plan_ahead(seed_store).isoformat()  # the first planned date still ahead, where n starts
    pane = start_bra()
    pane.wait_for("Visenten, Stadshuset")
    pane.send_keys("n")
    pane.wait_for(f"Nytt möte {ahead}")
    pane.send_keys("Down", "Tab", "Tab", "Tab", "C-e", "C-u")  # tabs → Datum → Start → Slut → Plats
    pane.type("Sessionssalen")
    pane.send_keys("4")  # typed into Plats, not a tab switch …
    pane.send_keys("BSpace")  # … so take it back
    pane.send_keys("Tab")
    pane.wait_for(lambda shown: "Plats:          Sessionssalen" in shown and "Osparade ändringar" in shown)
    pane.send_keys("C-s")
    pane.wait_for(f"Redigera {ahead}")
    pane.wait_for("Sparat")
    pane.send_keys("Escape")
    pane.wait_for(lambda s: "Lokala Brå — Möten" in s and ahead in s)
    pane.send_keys("q")
    pane.wait_dead()
    target = seed_store / "meetings" / f"{ahead}.toml"
    meeting, findings = read_meeting(target)
    assert meeting is not None, findings
    assert meeting.place == "Sessionssalen"
    assert [f.id for f in meeting.followups] == ["kartlaggning-narkotikaprevention", "samverkansoverenskommelse",
                                                 "handlingsplan-omsorg-bildning"]
    assert all(f.state == "open" for f in meeting.followups)


@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGHUP"])
def test_keys_read_just_before_the_signal_are_in_the_draft(seed_store: Path, tmp_path: Path,
                                                           tmux_session: Callable[..., TmuxSession],
                                                           monkeypatch: pytest.MonkeyPatch, signal_name: str) -> None:
    """On a busy machine keys are still on their way to the field when the signal comes: the draft holds them.

    The app is stopped while the keys are typed (they wait in the terminal, as behind a slow machine), then
    goes on and is told to end at the same moment. It runs under a shell: tmux continues a stopped process
    that is its own child at once.
    """
    store = seed_store
    pane = tmux_session([*bra_command(), "--store", str(store)], XDG_STATE_HOME=str(tmp_path / "state"),
                        EDITOR="true")
    pane.wait_for("Visenten, Stadshuset")
    pane.send_keys("e")
    pane.wait_for("Redigera 2024-11-15")
    pane.send_keys("Down", "Tab", "Tab", "Tab", "C-e", "C-u")
    typed, held = PLACE[:-16], PLACE[-16:]
    pane.type(typed)
    pane.wait_for(lambda shown: re.search(rf"Plats: +{re.escape(typed.rstrip())} *$", shown, re.MULTILINE) is not None
                  and "● Osparade ändringar" in shown)
    pid = _app_pid(pane.pid)
    os.kill(pid, signal.SIGSTOP)
    pane.type(held)
    pane.wait_input_queued(len(held.encode()))
    os.kill(pid, signal.SIGCONT)
    os.kill(pid, getattr(signal, signal_name))
    _wait_gone(pid, seconds=GONE_WITHIN)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert [d.meeting.place for d in list_drafts(store)] == [PLACE]


PLACE = "Rådhuset, sal 2 (ingång från Storgatan, hiss till plan 3)"


def test_a_form_open_when_the_terminal_goes_comes_back_filled_in(seed_store: Path, tmp_path: Path, start_bra: Start,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The tmux server is killed while a new item is half typed, a wrong time in it: the next start offers the
    draft, and restoring it opens the form again with its text, over the item it was being added after."""
    pane = start_bra()
    pane.wait_for("Visenten, Stadshuset")
    pane.send_keys("e")
    pane.wait_for("Redigera 2024-11-15")
    pane.send_keys("3", "Down", "Down")  # Ärenden, into its list, to the second item
    pane.wait_for("SSPF (Jimmy Stenberg")
    pane.send_keys("a")
    pane.wait_for(lambda s: "Ärende: ny" in s and "Rubrik:" in s)
    time.sleep(1)  # the form takes its focus once drawn; keys sent before that go to the list behind it
    pane.type("Hängt ärende")
    pane.send_keys("Tab", "Tab")
    pane.type("25:99")
    pane.wait_for(lambda s: "Hängt ärende" in s and "25:99" in s)
    pid = _app_pid(pane.pid)
    pane.kill()  # the whole tmux server goes, the terminal with it
    _wait_gone(pid, seconds=GONE_WITHIN)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert [len(d.unfinished.forms) for d in list_drafts(seed_store)] == [1]

    again = start_bra()
    again.wait_for("Osparade ändringar från förra gången")
    again.wait_for("öppet formulär: nytt ärende")
    again.send_keys("Enter")
    shown = again.wait_for(lambda s: "Ärende: ny" in s and "Hängt ärende" in s and "25:99" in s)
    assert "TT:MM, till exempel" in shown, "the wrong time says why, as it did"
    again.send_keys("C-u")  # the cursor is back in Tid från
    again.type("10:00")
    again.send_keys("Enter")
    shown = again.wait_for(lambda s: "Redigera 2024-11-15" in s and "Hängt ärende" in s and "Ärende: ny" not in s)
    assert shown.index("SSPF (Jimmy") < shown.index("Hängt ärende") < shown.index("BOB (Jimmy"), \
        "the item is where it was being added"
