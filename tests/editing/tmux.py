"""A real terminal for the editing tests: the installed `bra` in a detached tmux pane at 80×24."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Callable

import pytest

WAIT = 60.0
PACE = 0.3  # seconds between keys, as a person types


def bra_argv() -> list[str]:
    """The command that runs the app from this checkout's environment."""
    script = Path(sys.executable).parent / "bra"
    return [str(script)] if script.exists() else [sys.executable, "-m", "brå_tui"]


class Pane:
    """One tmux server with one pane running a command; keys in, screen text out."""

    def __init__(self, folder: Path) -> None:
        tmux = shutil.which("tmux")
        if tmux is None:
            if os.environ.get("CI"):
                pytest.fail("tmux is not installed", pytrace=False)
            pytest.skip("tmux is not installed")
        self.tmux = tmux
        self.socket = f"bra-edit-{os.getpid()}-{uuid.uuid4().hex[:10]}"
        self.config = folder / "tmux.conf"
        self.config.write_text("set -g status off\nset -g remain-on-exit on\nset -g default-terminal screen\n",
                               encoding="utf-8")
        self.env: dict[str, str] = {}

    def run(self, *args: str, check: bool = True) -> str:
        """One tmux command; its output."""
        done = subprocess.run([self.tmux, "-u", "-L", self.socket, "-f", str(self.config), *args], check=check,
                              capture_output=True, text=True, stdin=subprocess.DEVNULL, env=self.env)
        return done.stdout

    def start(self, argv: list[str], env: dict[str, str], cwd: Path) -> None:
        """Start argv in the pane, with exactly env."""
        self.env = dict(env)
        exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
        line = f"cd {shlex.quote(str(cwd))} && exec env -i {exports} {shlex.join(argv)}"
        self.run("new-session", "-d", "-s", "t", "-x", "80", "-y", "24", line)

    @property
    def pid(self) -> int:
        """The process running in the pane (the app itself: it was started with exec)."""
        return int(self.run("display-message", "-p", "-t", "t", "#{pane_pid}").strip())

    @property
    def dead(self) -> bool:
        """Whether the program in the pane has ended."""
        return self.run("display-message", "-p", "-t", "t", "#{pane_dead}", check=False).strip() == "1"

    def keys(self, *keys: str) -> None:
        """Press keys by tmux name ("Enter", "C-s", "Tab", "n") at a typist's pace."""
        for key in keys:
            self.run("send-keys", "-t", "t", key)
            time.sleep(PACE)

    def type(self, text: str) -> None:
        """Type text literally."""
        self.run("send-keys", "-t", "t", "-l", text)
        time.sleep(PACE)

    def settle(self) -> None:
        """Give a screen that just appeared a moment to take keys, as a person would look first."""
        time.sleep(2.0)

    def screen(self) -> str:
        """The pane's text now."""
        return self.run("capture-pane", "-p", "-t", "t")

    def wait_for(self, what: str | Callable[[str], bool]) -> str:
        """Poll until the screen shows what; the screen."""
        deadline = time.monotonic() + WAIT
        while True:
            shown = self.screen()
            if (what in shown) if isinstance(what, str) else what(shown):
                return shown
            if time.monotonic() > deadline:
                raise AssertionError(f"the screen never showed {what!r}; it shows:\n{shown}")
            time.sleep(0.1)

    def wait_dead(self) -> None:
        """Poll until the program in the pane has ended."""
        deadline = time.monotonic() + WAIT
        while not self.dead:
            if time.monotonic() > deadline:
                raise AssertionError(f"the app did not end; it shows:\n{self.screen()}")
            time.sleep(0.1)

    def kill(self) -> None:
        """Stop the tmux server."""
        self.run("kill-server", check=False)


def app_env(home: Path, state: Path) -> dict[str, str]:
    """A small environment for the app: its own home and state folder, a plain terminal."""
    return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "XDG_STATE_HOME": str(state),
            "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "screen", "EDITOR": "true"}
