"""The full-screen app in a real terminal: tmux at 80×24, and through a real ssh login."""

from __future__ import annotations

import os
import re
import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from brå_tui.drafts import list_drafts
from tests.terminal.harness import TmuxSession

# What a terminal echoes when a program leaves it in a bad state: raw escapes, cursor reports, mouse reports.
GARBAGE = re.compile(r"\x1b|\^\[|\[\?\d|\[\d+;\d+R|\[<\d+;\d+;\d+[mM]")


def _has(*texts: str) -> Callable[[str], bool]:
    return lambda shown: all(text in shown for text in texts)


def _header(shown: str) -> str:
    return shown.splitlines()[0] if shown else ""


def on_screen(name: str) -> Callable[[str], bool]:
    """The header says which screen is up: "Lokala Brå — Lägesbild"."""
    return lambda shown: name in _header(shown)


def walk_through_the_app(pane: TmuxSession) -> None:
    """Use the app as a secretary would, asserting what the screen shows at each step."""
    # The meetings list beside the newest meeting, and a footer that lists the keys that work here.
    shown = pane.wait_for(_has("Lokala Brå", "2024-11-15", "2024-02-09", "Översikt", "Övrigt",
                               "Visenten, Stadshuset", "← → Flik", "q Avsluta", "ctrl+p Hitta"))
    assert "Möten" in _header(shown)

    pane.send_keys("r")
    shown = pane.wait_for(lambda s: on_screen("Lägesbild")(s) and _has("ANDT", "Hot och våld", "Omfattande")(s))
    assert "Trend" in shown or "trend" in shown

    pane.send_keys("l")
    shown = pane.wait_for(lambda s: on_screen("Åtgärdslogg")(s) and "Kameraövervakning" in s)
    assert "Kartläggning" in shown

    pane.send_keys("o")
    pane.wait_for(on_screen("Ansvarig"))
    pane.wait_for("Handlingsplan omsorg/bildning")       # an empty name shows what has no owner
    pane.type("Mikael J")
    shown = pane.wait_for(_has("Mikael Jansson", "Kartläggning av kunskapsläget", "samverkansöverenskommelse"))
    assert "Handlingsplan omsorg/bildning" not in shown

    pane.send_keys("Escape")
    shown = pane.wait_for(lambda s: on_screen("Möten")(s) and "2024-02-09" in s)
    assert "Mikael Jansson" not in shown or "säkerhetsskyddschef" not in shown

    pane.send_keys("/")
    pane.wait_for(on_screen("Sök"))
    pane.type("grannsamverkan")
    shown = pane.wait_for(re.compile(r'\d+ träff(ar)? för "grannsamverkan"').search)
    assert "2024-02-09" in shown  # the meeting that decided on Grannsamverkan

    pane.send_keys("Escape")
    pane.wait_for(lambda s: on_screen("Möten")(s) and "Översikt" in s)

    pane.send_keys("?")
    pane.wait_for(_has("Tangenter", "Esc Stäng"))  # the help, with its own footer

    pane.send_keys("Escape")
    pane.wait_gone("Tangenter")
    pane.wait_for(lambda s: on_screen("Möten")(s) and "Översikt" in s)

    pane.send_keys("C-p")                                # the command palette finds follow-ups by name
    pane.wait_for("Sök möten, personer och uppföljningar")
    pane.type("Kamera")
    shown = pane.wait_for("Kameraövervakning")
    assert "Möten" in _header(shown)
    pane.send_keys("Escape")
    pane.wait_for(lambda s: on_screen("Möten")(s) and "Kameraövervakning" not in s and "q Avsluta" in s)

    pane.send_keys("q")
    assert pane.wait_end() == 0


def assert_terminal_left_clean(pane: TmuxSession) -> None:
    """After quitting: the normal screen is back, with the shell's line and nothing stray on it."""
    shown = pane.screen()
    assert pane.state("alternate_on") == "0"
    assert pane.state("mouse_any_flag") == "0"
    assert pane.state("cursor_flag") == "1"
    assert "BRA-SLUT 0" in shown
    assert not GARBAGE.search(pane.transcript()), pane.transcript()
    assert "Traceback" not in pane.transcript()
    assert "Lokala Brå — " not in shown


@pytest.mark.parametrize("colour", ["colour", "NO_COLOR"])
def test_app_in_tmux(tmux_session, bra: list[str], seed_store: Path, colour: str) -> None:
    env = {"BRA_STORE": str(seed_store)}
    if colour == "NO_COLOR":
        env["NO_COLOR"] = "1"
    pane = tmux_session(bra, **env)
    pane.wait_for("Översikt")
    if colour == "NO_COLOR":
        assert_colourless(pane)
    walk_through_the_app(pane)
    assert_terminal_left_clean(pane)


@pytest.mark.parametrize(("term", "no_color"), [("xterm-256color", False), ("screen", False),
                                                ("linux", False), ("xterm-256color", True)],
                         ids=["xterm-256color", "screen", "linux", "NO_COLOR"])
def test_app_over_ssh(over_ssh, bra: list[str], term: str, no_color: bool) -> None:
    pane = over_ssh(bra, term, **({"NO_COLOR": "1"} if no_color else {}))
    pane.wait_for("Översikt")
    if no_color:
        assert_colourless(pane)
    walk_through_the_app(pane)
    assert_terminal_left_clean(pane)


def assert_colourless(pane: TmuxSession, where: str = "") -> None:
    """With NO_COLOR, no colour reaches the terminal, not even a grey: only its own colours and text styles."""
    assert pane.colours() == set(), f"colours under NO_COLOR {where}:\n{pane.screen()}"


# Every screen and dialog, from Möten: the keys that open it, what shows once it is up, and whether Esc then leads
# back to Möten (else the next step goes on from there).
SCREENS: list[tuple[str, list[str], Callable[[str], bool], bool]] = [
    ("Möten, Ärenden", ["3"], _has("Ärenden", "q Avsluta"), False),
    ("Redigera", ["e"], on_screen("Redigera"), False),
    ("a list in Redigera", ["3", "Down"], _has("Ändra"), False),
    ("a question", ["d"], _has("j/n"), False),
    ("the form of an item", ["n", "Enter"], _has("Rubrik"), True),
    ("Åtgärdslogg", ["l"], lambda s: on_screen("Åtgärdslogg")(s) and "Lokalstrategin" in s, False),
    ("a follow-up's history", ["Enter"], _has("Öppna senaste mötet"), True),
    ("Lägesbild", ["r"], lambda s: on_screen("Lägesbild")(s) and "ANDT" in s, True),
    ("Ansvarig", ["o", "M", "i", "k"], lambda s: on_screen("Ansvarig")(s) and "Mikael" in s, True),
    ("Sök", ["/", "g", "r", "a", "n", "n"], _has("träff"), True),
    ("Kallelse", ["k"], on_screen("Kallelse"), True),
    ("Hjälp", ["?"], _has("Tangenter"), True),
    ("Exportera", ["x"], _has("Exportera mötet"), True),  # not the footer's "x Exportera"
    ("Importera", ["i"], _has("Fil att importera"), True),
    ("the palette", ["C-p"], _has("Sök möten, personer och uppföljningar"), False),
]


def back_to_meetings(pane: TmuxSession) -> None:
    """Esc, each time once the screen has changed, until Möten is up."""
    on_meetings = _has("Lokala Brå — Möten", "q Avsluta")  # its own footer: no dialog over it
    for _ in range(4):
        shown = pane.screen()
        if on_meetings(shown):
            return
        pane.send_keys("Escape")
        pane.wait_for(lambda s, before=shown: s != before)
    pane.wait_for(on_meetings)


@pytest.mark.parametrize("size", [(60, 20), (80, 24)], ids=["60x20", "80x24"])
def test_no_color_leaves_every_screen_and_dialog_colourless(tmux_session, bra: list[str], seed_store: Path,
                                                            size: tuple[int, int]) -> None:
    pane = tmux_session(bra, BRA_STORE=str(seed_store), NO_COLOR="1")
    pane.resize(*size)
    pane.wait_for(_has("Översikt", "q Avsluta"))
    assert_colourless(pane, "on Möten")
    for name, keys, shows, back in SCREENS:
        pane.send_keys(*keys)
        pane.wait_for(shows)
        time.sleep(0.3)  # the frame after it, too (a cursor, a highlight)
        assert_colourless(pane, f"on {name}")
        if back:
            back_to_meetings(pane)
    pane.send_keys("Escape")  # the palette, over Möten and its footer
    pane.wait_gone("Sök möten, personer och uppföljningar")
    pane.send_keys("q")
    assert pane.wait_end() == 0


def edit_place_and_save(pane: TmuxSession, store: Path) -> None:
    """Redigera the newest meeting's place with the keyboard, save with ctrl+s, quit."""
    path = store / "meetings" / "2024-11-15.toml"
    before = path.read_text(encoding="utf-8")
    pane.wait_for(_has("Översikt", "q Avsluta"))
    pane.send_keys("e")
    shown = pane.wait_for(lambda s: on_screen("Redigera")(s) and "Plats:" in s and "Visenten, Stadshuset" in s)
    rows = shown.splitlines()
    field_row = {label: n for n, line in enumerate(rows) for label in ("Datum:", "Plats:")
                 if line.strip().startswith(label)}
    pane.send_keys("Down")                               # from the row of tabs into the tab: Datum
    pane.wait_for(lambda _s: pane.cursor()[1] == field_row["Datum:"])
    while pane.cursor()[1] != field_row["Plats:"]:       # Tab from field to field until Plats has the focus
        at = pane.cursor()
        assert at[1] < field_row["Plats:"], "Tab went past Plats"
        pane.send_keys("Tab")
        pane.wait_for(lambda _s, at=at: pane.cursor() != at)
    assert pane.cursor()[1] == field_row["Plats:"]
    pane.send_keys("End", "C-u")                         # clear the field (the old place stays as a suggestion)
    pane.wait_for("Osparade ändringar")
    pane.type("Nya salen, Stadshuset")
    pane.wait_for("Nya salen, Stadshuset")
    pane.send_keys("C-s")
    pane.wait_for(lambda s: "Sparat" in s and "Osparade" not in s)
    after = path.read_text(encoding="utf-8")
    changed = [(old, new) for old, new in zip(before.splitlines(), after.splitlines(), strict=False) if old != new]
    assert changed == [('place = "Visenten, Stadshuset"', 'place = "Nya salen, Stadshuset"')]
    assert len(before.splitlines()) == len(after.splitlines())
    pane.send_keys("Escape")
    pane.wait_for(lambda s: on_screen("Möten")(s) and "Nya salen, Stadshuset" in s)
    pane.send_keys("q")
    assert pane.wait_end() == 0


def test_edit_and_save_in_tmux(tmux_session, bra: list[str], seed_store: Path) -> None:
    pane = tmux_session(bra, BRA_STORE=str(seed_store))
    edit_place_and_save(pane, seed_store)
    assert_terminal_left_clean(pane)


@pytest.mark.parametrize("term", ["linux", "xterm-256color"])
def test_edit_and_save_over_ssh(over_ssh, bra: list[str], seed_store: Path, term: str) -> None:
    pane = over_ssh(bra, term)
    edit_place_and_save(pane, seed_store)
    assert_terminal_left_clean(pane)


def _processes_with(variable: str) -> list[int]:
    """The processes whose environment holds variable (NAME=value), found through /proc."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if variable.encode() in (entry / "environ").read_bytes().split(b"\0"):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def _running(pid: int) -> bool:
    try:
        return "zombie" not in Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False


def test_dropped_ssh_keeps_the_edits_and_ends_the_app(over_ssh, bra: list[str], seed_store: Path,
                                                      home: Path) -> None:
    """The ssh connection drops mid-edit: the app on the server writes its draft and ends within seconds."""
    mark = f"BRA_TEST_RUN={os.getpid()}-{time.monotonic_ns()}"
    pane = over_ssh(bra, "xterm-256color", BRA_TEST_RUN=mark.split("=", 1)[1])
    pane.wait_for("Visenten, Stadshuset")
    pane.send_keys("e")
    pane.wait_for("Redigera 2024-11-15")
    pane.send_keys("Down", "Tab", "Tab", "Tab", "C-e", "C-u")  # tabs → Datum → Start → Slut → Plats
    pane.type("Rådhuset, sal 2")
    pane.wait_for(_has("Plats:          Rådhuset, sal 2", "● Osparade ändringar"))
    apps = [pid for pid in _processes_with(mark) if b"bra" in Path(f"/proc/{pid}/cmdline").read_bytes()]
    assert apps, "the app runs on the server"
    pane.kill()  # the client and its connection are gone
    deadline = time.monotonic() + 20
    while any(_running(pid) for pid in apps):
        if time.monotonic() > deadline:
            for pid in apps:
                os.kill(pid, signal.SIGKILL)
            raise AssertionError("the app on the server did not end within 20 s of the connection dropping")
        time.sleep(0.1)
    drafts = list_drafts(seed_store, {"HOME": str(home)})
    assert [d.meeting.place for d in drafts] == ["Rådhuset, sal 2"]


def test_the_risk_matrix_says_what_is_hidden_within_24_rows(tmux_session, bra: list[str], seed_store: Path) -> None:
    """At 80×24 the note of periods not in view, and the keys that scroll, are on the screen (not below it)."""
    from tests.risk_history import add_risk_history

    add_risk_history(seed_store)
    pane = tmux_session([*bra, "--store", str(seed_store)], shell_after=False, NO_COLOR="1")
    pane.wait_for("2025-09-12")
    pane.send_keys("r")
    shown = pane.wait_for("Visas inte:")
    assert "2 perioder tidigare (←)" in shown
    assert any("← →" in row for row in shown.splitlines()), "the two arrows are on one line"


def test_placeholders_look_unlike_values_without_colour(tmux_session, bra: list[str], seed_store: Path) -> None:
    """With NO_COLOR a field's placeholder ("Blerta Krenzi (roll i närvarolistan)") is italic (and dimmed, where
    the greys allow), a value is not, so an empty field never looks filled in."""
    pane = tmux_session([*bra, "--store", str(seed_store)], shell_after=False, NO_COLOR="1")
    pane.wait_for("Visenten, Stadshuset")
    pane.send_keys("e")
    pane.wait_for("(roll i närvarolistan)")
    painted = pane._tmux("capture-pane", "-p", "-e", "-t", "t").stdout

    def attributes(text: str) -> set[str]:
        """The SGR attributes in force where text begins on the painted screen."""
        line = next(row for row in painted.splitlines() if text in re.sub(r"\x1b\[[0-9;:]*m", "", row))
        at, plain, active = 0, 0, set()
        while at < len(line):
            escape = re.match(r"\x1b\[([0-9;:]*)m", line[at:])
            if escape:
                codes = escape.group(1).split(";") if escape.group(1) else ["0"]
                for code in codes:
                    if code == "0":
                        active = set()
                    elif code in ("2", "3"):
                        active.add(code)
                    elif code in ("22", "23"):
                        active.discard(code[1])
                at += escape.end()
                continue
            if re.sub(r"\x1b\[[0-9;:]*m", "", line)[plain:].startswith(text):
                return active
            plain += 1
            at += 1
        raise AssertionError(text)

    assert "3" in attributes("Blerta Krenzi (roll"), "the placeholder is italic"
    assert "3" not in attributes("Visenten, Stadshuset"), "a value is not"
