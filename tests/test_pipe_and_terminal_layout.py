"""A table is laid out by one rule, on a terminal and into a pipe or a file: at the same width the same data gets the
same columns, the same records and the same words on each line (views.plain.widths; the terminal's tables take
their columns from the same views.plain.Column lists). The terminal is a real pty of that size."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.on_terminal import run_on_terminal, run_piped

ESCAPE = re.compile(r"\x1b\[[0-9;?]*[a-zA-Z]")


def _shown(out: bytes) -> list[str]:
    return [line.rstrip() for line in ESCAPE.sub("", out.decode()).replace("\r", "").splitlines()]


@pytest.mark.parametrize("width", [40, 60, 80, 120])
def test_piped_and_terminal_tables_are_laid_out_alike(seed_store: Path, width: int) -> None:
    path = seed_store / "meetings" / "2024-11-15.toml"
    text = path.read_text("utf-8")
    # A due date makes the log's Läge column 'senast 2025-05-16', wider than its other lines.
    path.write_text(text.replace('status = "Återkommer på kommande Lokala Brå"',
                                 'status = "Återkommer på kommande Lokala Brå"\ndue = 2025-05-16', 1), "utf-8")
    assert "due = 2025-05-16" in path.read_text("utf-8")
    for args in (["list"], ["log"], ["decisions"], ["owner", "Mikael J"]):
        piped = _shown(run_piped("--store", seed_store, *args, size=(width, 500)))
        terminal = _shown(run_on_terminal("--store", seed_store, *args, size=(width, 500)))
        assert piped == terminal, (args, "\n".join(piped), "\n".join(terminal))
        assert max(len(line) for line in piped) <= width
