"""Fixtures that run the real `bra` in a real terminal, from the shared harness (tests/terminal/harness.py)."""

from __future__ import annotations

from tests.terminal.harness import bra, home, over_ssh, require_program, ssh_server, tmux_session

__all__ = ["bra", "home", "over_ssh", "require_program", "ssh_server", "tmux_session"]
