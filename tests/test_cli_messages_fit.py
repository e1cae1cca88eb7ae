"""Messages on a terminal break between words at its width, never inside a word, an amount or a short quotation;
into a pipe they stay one line each."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.on_terminal import run_on_terminal, run_piped

COMMANDS = [["log", "--owner", "Jimmy"], ["log", "--area", "Nope"], ["new", "2024-11-15"], ["bogus"]]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_message_breaks_between_words_on_a_terminal(seed_store: Path, command: list[str]) -> None:
    piped = run_piped("--store", seed_store, *command).decode()
    [sentence] = [line for line in piped.splitlines() if line.strip()]
    assert len(sentence) > 80, "the message is long enough to need breaking"
    shown = run_on_terminal("--store", seed_store, *command).decode().split("\r\n")
    lines = [line for line in shown if line.strip()]
    assert len(lines) > 1 and all(len(line) <= 80 for line in lines), lines
    assert all(line.startswith("  ") for line in lines[1:])
    at = 0
    for line in lines:  # each line goes on where the one before ended, which was a space or a path's '/'
        at = sentence.index(line.strip(), at) + len(line.strip())
        assert at == len(sentence) or sentence[at] == " " or sentence[at - 1] == "/", (line, sentence[at:])


def test_a_short_name_in_quotes_stays_on_one_line(seed_store: Path) -> None:
    shown = run_on_terminal("--store", seed_store, "log", "--owner", "Jimmy").decode()
    assert '"Jimmy Sp"' in shown and '"Jimmy St"' in shown
