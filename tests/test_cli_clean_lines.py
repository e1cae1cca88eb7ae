"""No line of command output ends in spaces, so that an answer pasted into an e-mail is clean."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from brå_tui.cli.common import TrimmedLines
from tests.on_terminal import run_on_terminal

Run = Callable[..., tuple[int, str, str]]
COMMANDS = [["list"], ["show", "latest"], ["show", "2024-02-09"], ["risk"], ["log"], ["log", "--all"],
            ["owner", "Mikael J"], ["owner", "--none"], ["decisions"], ["search", "grannsamverkan"],
            ["export", "latest", "--format", "md"], ["export", "latest", "--format", "txt"],
            ["export", "latest", "--format", "html"], ["--help"], ["risk", "--help"]]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_no_line_ends_in_spaces(bra: Run, command: list[str]) -> None:
    try:
        status, out, _err = bra(*command)
    except SystemExit as done:  # --help
        status, out = int(done.code or 0), ""
    assert status == 0
    ragged = [line for line in out.splitlines() if line != line.rstrip()]
    assert not ragged, ragged[:3]


def test_trimming_keeps_styles_and_partial_lines() -> None:
    below = io.StringIO()
    out = TrimmedLines(below)
    out.write("a  \x1b[1mb\x1b[0m   \x1b[0m\nhalf ")
    assert below.getvalue() == "a  \x1b[1mb\x1b[0m\x1b[0m\n"
    out.write("done  \n")
    out.write("tail ")
    out.flush()
    assert below.getvalue().splitlines()[1:] == ["half done", "tail "]
    assert not re.search(r" \n", below.getvalue())


@pytest.mark.parametrize("no_color", ["", "1"], ids=["colour", "NO_COLOR"])
def test_no_line_on_a_terminal_ends_in_spaces(seed_store: Path, no_color: str) -> None:
    """On a terminal Rich pads a styled cell and the gap after it, each in its own style codes: every line still
    ends in its last character (style codes may follow), with or without colour."""
    ragged = []
    for command in (["decisions"], ["log"], ["owner", "--none"], ["risk"], ["show", "latest"], ["list"]):
        out = run_on_terminal("--store", seed_store, *command, NO_COLOR=no_color).decode()
        lines = re.sub(r"\x1b\[[0-9;]*m", "", out).split("\r\n")
        ragged += [(command[0], line) for line in lines if line != line.rstrip()]
    assert not ragged, ragged[:3]


@pytest.mark.parametrize("fmt", ["md", "txt", "html"])
def test_no_line_of_a_notice_ends_in_spaces(bra: Run, seed_day: object, fmt: str) -> None:
    """The kallelse is what is most often pasted into an e-mail: a Markdown line break is a backslash, never two
    spaces that a mail program strips (with the break)."""
    status, out, _err = bra("kallelse", "--format", fmt)
    assert status == 0 and "Plats" in out
    ragged = [line for line in out.splitlines() if line != line.rstrip()]
    assert not ragged, ragged[:3]
