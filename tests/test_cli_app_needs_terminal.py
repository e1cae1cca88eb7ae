"""`bra` with no command starts the app, which needs a terminal: without one (in a pipe, from cron) it says so in
one Swedish sentence naming the commands that work, with status 2, at once instead of waiting for keys."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest


def start_app(store: Path, stdin_terminal: bool, stdout_terminal: bool) -> tuple[int, str, str]:
    """The real `bra --store STORE` with standard input and output each a pty or not; status, output, errors."""
    parent, child = pty.openpty()
    try:
        result = subprocess.run([sys.executable, "-m", "brå_tui", "--store", str(store)],
                                stdin=child if stdin_terminal else subprocess.DEVNULL,
                                stdout=child if stdout_terminal else subprocess.PIPE, stderr=subprocess.PIPE,
                                env={**os.environ, "TERM": "xterm-256color", "COLUMNS": "80", "LINES": "24"},
                                timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail("the app waited for keys that can never come")
    finally:
        os.close(child)
        os.close(parent)
    return result.returncode, (result.stdout or b"").decode(), result.stderr.decode()


@pytest.mark.parametrize(("stdin_terminal", "stdout_terminal", "said"), [
    (False, False, "varken standard in eller standard ut är en terminal"),
    (True, False, "standard ut är ingen terminal"),
    (False, True, "standard in är ingen terminal"),
], ids=["neither", "output in a pipe", "input not a terminal"])
def test_app_without_a_terminal_is_one_sentence(seed_store: Path, stdin_terminal: bool, stdout_terminal: bool,
                                                said: str) -> None:
    status, out, err = start_app(seed_store, stdin_terminal, stdout_terminal)
    assert (status, out) == (2, ""), err
    assert "Traceback" not in err and err.count("\n") == 1, err
    assert err.startswith("bra: Appen behöver en terminal, men ") and said in err
    assert "'bra list'" in err and "'bra --help' visar alla" in err


def test_a_store_that_cannot_be_used_is_said_first(tmp_path: Path) -> None:
    """Without a terminal and without a store, the store is what to mend first (as for every command)."""
    status, _, err = start_app(tmp_path / "finns-inte", False, False)
    assert status == 2 and "finns-inte" in err and "terminal" not in err
