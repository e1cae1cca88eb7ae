"""Fixtures for import and export: the real notes and running `bra` in-process (the stores: tests/conftest.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from brå_tui.cli.main import main

DATA = Path(__file__).resolve().parent / "data"
MINUTES = DATA / "minutes"  # the two real notes, byte for byte as exported from Word
UNSEEN_NOTE = DATA / "2025-02-14-anteckningar.txt"


@dataclass
class Outcome:
    """What one run of `bra` did."""

    status: int
    out: str
    err: str


@pytest.fixture
def bra(capsysbinary: pytest.CaptureFixture[bytes]):
    """Run `bra ARGS…` in this process and return its exit status and output."""

    def run(*args: str) -> Outcome:
        status = main([str(a) for a in args])
        captured = capsysbinary.readouterr()
        return Outcome(status, captured.out.decode("utf-8", "replace"), captured.err.decode("utf-8", "replace"))

    return run


def seed_notes() -> list[Path]:
    """The two real notes exported from Word."""
    return sorted(MINUTES.glob("*-anteckningar.txt"))
