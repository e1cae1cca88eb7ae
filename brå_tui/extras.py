"""The optional parts of bra (python-docx for .docx, icalendar for .ics) and how to add one that is missing."""

from __future__ import annotations

import sys
from pathlib import Path

# extra name in pyproject.toml → the PyPI package that provides it
PACKAGES = {"docx": "python-docx", "ics": "icalendar"}


def install_command(extra: str) -> str:
    """The command that adds an extra's package to the Python environment bra runs in.

    Installing into the running environment works for every install (the README's .venv, pipx, a system
    package), where `pip install 'bra-tui[docx]'` only works for an install from a package index.
    """
    pip = Path(sys.prefix) / "bin" / "pip"
    runner = str(pip) if pip.exists() else f"{sys.executable} -m pip"
    return f"{runner} install {PACKAGES[extra]}"


def missing_message(extra: str, purpose: str) -> str:
    """One sentence for a user who needs an extra that is not installed: 'För .docx behövs python-docx; …'."""
    return f"För {purpose} behövs {PACKAGES[extra]}; installera det med: {install_command(extra)}"
