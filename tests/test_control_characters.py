"""Nothing from a file reaches a terminal or an export raw: ESC, CSI, OSC, C1 and the rest, in every command.

A meeting, the council and the people hold escape sequences that would retitle and clear a colleague's
terminal (OSC 0, CSI 2J), a one-character CSI and DCS (U+009B, U+0090), a NEL (U+0085), a bell, and a
vertical tab and form feed as Word leaves them. Every command runs as a real program, once into a pipe
and once on a terminal (a pty, in colour), and none of it may come out raw.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import tomlkit

from tests.on_terminal import run_on_terminal, run_piped, terminal_env

RETITLE = "\x1b]0;PWNED\x07"
CLEAR = "\x1b[2J"
INVISIBLE = "\u202e\u200b\u2066\ufeff"  # right-to-left override, zero-width space, isolate, byte-order mark
PAYLOAD = f"{RETITLE}{CLEAR}\x9b31m\x90q\x9c\x85\x07{INVISIBLE}"
# What must never come out: ESC starting the sequences above, BEL, and C1 controls as UTF-8.
RAW = [RETITLE.encode(), CLEAR.encode(), b"\x1b]", b"\x1bP", b"\x07", *(bytes([0xC2, c]) for c in range(0x80, 0xA0)),
       *(c.encode() for c in INVISIBLE)]
KEY = "2024-11-15"


def _hostile(root: Path) -> None:
    path = root / "meetings" / f"{KEY}.toml"
    doc = tomlkit.parse(path.read_text(encoding="utf-8"))
    doc["place"] = f"Visenten{PAYLOAD}"
    doc["attendee"][0]["name"] = f"Blerta{PAYLOAD} Krenzi"
    doc["item"][0]["title"] = f"Lägesbild{PAYLOAD}"
    doc["item"][0]["notes"] = f"Rad ett\vRad två\fRad tre{PAYLOAD}\n"
    doc["item"][0]["decision"][0]["text"] = f"Beslut{PAYLOAD}"
    doc["followup"][0]["title"] = f"Uppföljning{PAYLOAD}"
    doc["followup"][0]["owners"] = [f"Mikael J{PAYLOAD}"]
    doc["risk"]["areas"][f"Hot{PAYLOAD}"] = "red"
    doc["schedule"][0]["place"] = f"Sal{PAYLOAD}"
    doc[f"okänd{PAYLOAD}"] = "en nyckel bra inte känner, som check citerar"
    path.write_text(tomlkit.dumps(doc), encoding="utf-8")
    council = root / "council.toml"
    council.write_text(council.read_text(encoding="utf-8").replace(
        'name = "Brottsförebyggande rådet"', 'name = "Brottsförebyggande rådet\\u001b]0;PWNED\\u0007"'),
        encoding="utf-8")


@pytest.fixture
def hostile_store(seed_store: Path) -> Path:
    """The seed store with escape sequences and C1 controls in every kind of text a file holds."""
    _hostile(seed_store)
    return seed_store


def assert_harmless(out: bytes) -> None:
    """No escape sequence or control character from the files in out."""
    found = [raw for raw in RAW if raw in out]
    assert not found, f"raw {found!r} in output: {out[:2000]!r}"


COMMANDS = [
    ["list"], ["list", "--json"], ["show", KEY], ["show", KEY, "--json"], ["log", "--all"], ["log", "--all", "--json"],
    ["owner", "Mikael J"], ["owner", "Blerta"], ["search", "Rad"], ["search", "Rad", "--json"], ["decisions"],
    ["decisions", "--json"], ["risk"], ["check"], ["export", KEY, "--format", "md"], ["export", KEY, "--format", "txt"],
    ["export", KEY, "--format", "html"], ["export", "--ics"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a))
def test_every_command_prints_file_text_harmlessly(hostile_store: Path, args: list[str]) -> None:
    piped = run_piped("--store", hostile_store, *args)
    assert_harmless(piped)
    if args[0] not in ("owner", "decisions", "risk"):
        assert b"PWNED" in piped, "the text around the controls is shown"
    assert_harmless(run_on_terminal("--store", hostile_store, *args))


def test_json_keeps_the_text_exact(hostile_store: Path) -> None:
    data = json.loads(run_piped("--store", hostile_store, "show", KEY, "--json").decode("utf-8").split("\nbra:")[0])
    assert data["place"] == f"Visenten{PAYLOAD}"


def test_exports_written_to_files_carry_no_control_characters(hostile_store: Path, tmp_path: Path) -> None:
    for fmt in ("md", "txt", "html", "docx"):
        target = tmp_path / f"anteckningar.{fmt}"
        run_piped("--store", hostile_store, "export", KEY, "--format", fmt, "-o", target)
        data = target.read_bytes()
        text = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml") if fmt == "docx" else data
        assert_harmless(text)
        assert b"\x0b" not in text and b"\x0c" not in text
        assert b"Rad tv" in text
    calendar = tmp_path / "moten.ics"
    run_piped("--store", hostile_store, "export", "--ics", "-o", calendar)
    assert_harmless(calendar.read_bytes())
    picture = tmp_path / "matris.svg"
    run_piped("--store", hostile_store, "risk", "--svg", picture)
    assert_harmless(picture.read_bytes())


def test_vertical_tab_and_form_feed_become_line_breaks_in_exports(hostile_store: Path) -> None:
    text = run_piped("--store", hostile_store, "export", KEY, "--format", "txt").decode("utf-8")
    assert "Rad ett\nRad två\nRad tre" in text
    assert "␛]0;PWNED␇" in text, "the escape is shown as a symbol in documents"


def test_a_docx_export_of_notes_with_a_vertical_tab_works(hostile_store: Path, tmp_path: Path) -> None:
    target = tmp_path / "anteckningar.docx"
    result = subprocess.run([sys.executable, "-m", "brå_tui", "--store", str(hostile_store), "export", KEY,
                             "--format", "docx", "-o", str(target)], capture_output=True, env=terminal_env(),
                            timeout=120)
    assert result.returncode == 0, result.stderr.decode()
    document = zipfile.ZipFile(target).read("word/document.xml").decode("utf-8")
    assert "<w:t>Rad ett</w:t>" in document and "<w:t>Rad två</w:t>" in document, "a line each"


def test_git_history_and_diff_print_harmlessly(hostile_store: Path) -> None:
    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(hostile_store), *args], check=True, capture_output=True,
                       env={**os.environ, "GIT_CONFIG_NOSYSTEM": "1"})

    git("init", "--quiet", "--initial-branch=main")
    git("config", "user.name", f"Mallory{PAYLOAD}")
    git("config", "user.email", "mallory@example.org")
    git("add", "--all")
    git("commit", "--quiet", "-m", f"Ändrat{PAYLOAD}")
    for args in (["history", KEY], ["history", KEY, "--json"], ["history", KEY, "--diff", "HEAD"]):
        piped = run_piped("--store", hostile_store, *args)
        assert_harmless(piped)
        assert b"PWNED" in piped
        assert_harmless(run_on_terminal("--store", hostile_store, *args))


def test_error_messages_quoting_a_file_print_harmlessly(hostile_store: Path) -> None:
    broken = hostile_store / "meetings" / "2024-12-01.toml"
    broken.write_bytes(b"format = 1\ndate = 2024-12-01\nplace = \"Sal\x1b]0;PWNED\x07\"\n")  # raw controls: invalid
    for args in (["check"], ["list"], ["show", "2024-12-01"], ["decisions"], ["search", "Lägesbild"], ["log"],
                 ["owner", "Mikael J"], ["risk"]):
        for out in (run_piped("--store", hostile_store, *args), run_on_terminal("--store", hostile_store, *args)):
            assert_harmless(out)
            # The character tomllib refuses is quoted as every message quotes text: its symbol, not Python's escape.
            assert "tecken '␛'" in out.decode("utf-8") and b"\\x1b" not in out, (args, out)


def test_file_names_that_are_no_utf8_print_harmlessly(hostile_store: Path) -> None:
    """A name in meetings/ made of bytes that are no UTF-8 (0x9B is a one-byte CSI on many terminals) is shown
    with a replacement character, never as the byte."""
    folder = os.fsencode(hostile_store / "meetings")
    os.mkdir(folder + b"/\x9b31mX")
    with open(folder + b"/a\x9b2J.toml", "wb") as file:
        file.write(b"format = 1\n")
    for args in (["check"], ["list"]):
        for out in (run_piped("--store", hostile_store, *args), run_on_terminal("--store", hostile_store, *args)):
            text = out.decode("utf-8")  # a lone byte 0x9B is no UTF-8 (inside ␛, E2 90 9B, it is part of one)
            assert "\x9b" not in text
            assert "\ufffd31mX" in text or args == ["list"]


def test_tables_remove_controls_and_other_output_shows_them(hostile_store: Path) -> None:
    """The README's one rule, on a pipe and on a terminal alike: a table (bra list) takes the controls out; the
    meeting laid out as notes (bra show) and bra check's lines show them as symbols (␛, ␇), never as Python's
    escapes (\\x1b), and check's lines say fel/varning in Swedish."""
    for run in (run_piped, run_on_terminal):
        listed = run("--store", hostile_store, "list").decode("utf-8")
        assert "␛" not in listed and "␇" not in listed and "]0;PWNED" in listed
        shown = run("--store", hostile_store, "show", KEY).decode("utf-8")
        assert "Visenten␛]0;PWNED␇␛[2J" in shown
    checked = subprocess.run([sys.executable, "-m", "brå_tui", "--store", str(hostile_store), "check"],
                             capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"}, timeout=60)
    assert "okänd␛]0;PWNED␇␛[2J" in checked.stdout and "\\x1b" not in checked.stdout
    assert ": varning: " in checked.stdout and "warning" not in checked.stdout and "error" not in checked.stdout
    helped = subprocess.run([sys.executable, "-m", "brå_tui", "check", "--help"], capture_output=True, text=True,
                            env={**os.environ, "NO_COLOR": "1"}, timeout=60)
    assert "fel|varning" in helped.stdout and "error" not in helped.stdout and "warning" not in helped.stdout
