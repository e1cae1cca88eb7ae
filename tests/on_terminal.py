"""Running `bra` as a program, its output into pipes or onto a terminal (a pty), as a user's shell would."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import sys
import termios

SIZE = (80, 24)  # columns, lines


def terminal_env(size: tuple[int, int] = SIZE, **extra: str) -> dict[str, str]:
    """This process's environment for `bra` in a colour terminal of size (columns, lines; COLUMNS and LINES say it),
    without BRA_STORE or NO_COLOR (extra adds to it)."""
    env = {k: v for k, v in os.environ.items() if k not in ("BRA_STORE", "NO_COLOR")}
    env.update({"COLUMNS": str(size[0]), "LINES": str(size[1]), "TERM": "xterm-256color", **extra})
    return env


def run_piped(*args: object, size: tuple[int, int] = SIZE, **extra: str) -> bytes:
    """Standard output and error of `bra ARGS…` run into pipes, COLUMNS and LINES set to size."""
    result = subprocess.run([sys.executable, "-m", "brå_tui", *map(str, args)], capture_output=True,
                            env=terminal_env(size, **extra), timeout=120, stdin=subprocess.DEVNULL)
    assert b"Traceback" not in result.stderr, result.stderr.decode()
    return result.stdout + result.stderr


def run_on_terminal(*args: object, size: tuple[int, int] = SIZE, **extra: str) -> bytes:
    """Everything `bra ARGS…` writes to a terminal (a pty, so Rich uses colour) of size (columns, lines), standard
    error included; lines end in CR LF there. The size is the pty's own, as a terminal window sets it; COLUMNS and
    LINES are not in the environment, as a login shell does not export them."""
    parent, child = pty.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
    env = {k: v for k, v in terminal_env(size, **extra).items() if k not in ("COLUMNS", "LINES") or k in extra}
    process = subprocess.Popen([sys.executable, "-m", "brå_tui", *map(str, args)], stdin=subprocess.DEVNULL,
                               stdout=child, stderr=child, env=env, close_fds=True)
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
