"""The optional parts of bra (python-docx for .docx, icalendar for .ics) and how to add one that is missing."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

from brå_tui.home import own_home

# extra name in pyproject.toml → the PyPI package that provides it
PACKAGES = {"docx": "python-docx", "ics": "icalendar"}


def install_command(extra: str) -> str:
    """The command that adds an extra's package to the Python environment bra runs in.

    Installing into the running environment works for every install (the README's .venv, pipx, a system
    package), where `pip install 'bra-tui[docx]'` only works for an install from a package index.
    """
    pip = Path(sys.prefix) / "bin" / "pip"
    runner = shell_word(pip) if pip.exists() else f"{shell_word(Path(sys.executable))} -m pip"
    return f"{runner} install {PACKAGES[extra]}"


def shell_word(path: Path) -> str:
    """A path as one word that a shell reads back as that path: from ~ when it is in the home folder (shorter to
    copy), quoted where it holds a space or another character the shell would read otherwise."""
    home = own_home()
    try:
        rest = path.relative_to(home) if home else None
    except ValueError:  # not in the home folder
        rest = None
    if rest is None:
        return shlex.quote(str(path))
    return "~/" + shlex.quote(str(rest))


def missing_message(extra: str, purpose: str) -> str:
    """One sentence for a user who needs an extra that is not installed: 'För .docx behövs python-docx; …'."""
    return f"{missing_sentence(extra, purpose)} {install_command(extra)}"


def command_apart(message: str) -> str:
    """A message with the command that installs an extra (missing_message) on a line of its own, where a screen
    wraps the message: a command broken inside its path cannot be copied."""
    for extra in PACKAGES:
        command = install_command(extra)
        message = message.replace(f" {command}", f"\n{command}\n").rstrip("\n")
    return message


def missing_sentence(extra: str, purpose: str) -> str:
    """missing_message without the command, for a screen that shows the command on a line of its own."""
    return f"För {purpose} behövs {PACKAGES[extra]}; installera det med:"
