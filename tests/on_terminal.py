"""Running `bra` as a program, its output into pipes or onto a terminal (a pty), as a user's shell would."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys


def terminal_env(**extra: str) -> dict[str, str]:
    """This process's environment for `bra` at 80×24 in a colour terminal, without BRA_STORE or NO_COLOR (extra
    adds to it)."""
    env = {k: v for k, v in os.environ.items() if k not in ("BRA_STORE", "NO_COLOR")}
    env.update(COLUMNS="80", LINES="24", TERM="xterm-256color", **extra)
    return env


def run_piped(*args: object, **extra: str) -> bytes:
    """Standard output and error of `bra ARGS…` run into pipes."""
    result = subprocess.run([sys.executable, "-m", "brå_tui", *map(str, args)], capture_output=True,
                            env=terminal_env(**extra), timeout=120, stdin=subprocess.DEVNULL)
    assert b"Traceback" not in result.stderr, result.stderr.decode()
    return result.stdout + result.stderr


def run_on_terminal(*args: object, **extra: str) -> bytes:
    """Everything `bra ARGS…` writes to a terminal (a pty, so Rich uses colour), standard error included; lines
    end in CR LF there."""
    parent, child = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "brå_tui", *map(str, args)], stdin=subprocess.DEVNULL,
                               stdout=child, stderr=child, env=terminal_env(**extra), close_fds=True)
    os.close(child)
    out = b""
    while True:
        ready, _, _ = select.select([parent], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(parent, 65536)
        except OSError:  # the program ended and the pty closed
            break
        if not chunk:
            break
        out += chunk
    process.wait(timeout=60)
    os.close(parent)
    assert b"Traceback" not in out, out.decode("utf-8", "replace")
    return out
