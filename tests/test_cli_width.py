"""Every printed view fits the terminal: 80 columns when piped, and a wider console too."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len

from brå_tui.cli.main import main

COMMANDS = [
    ["list"], ["show", "2024-11-15"], ["show", "2024-02-09"], ["risk"], ["log"], ["log", "--all"],
    ["owner", "Mikael J"], ["owner", "--none"], ["owner", "Thomas N"], ["decisions"], ["search", "lägesbild"],
]


@pytest.mark.parametrize("columns", [80, 132])
@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_output_fits_the_width(seed_store: Path, capsys: pytest.CaptureFixture[str],
                               monkeypatch: pytest.MonkeyPatch, command: list[str], columns: int) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    status = main(["--store", str(seed_store), *command])
    out, err = capsys.readouterr()
    assert status == 0, err
    lines = out.splitlines()
    assert lines, "nothing printed"
    assert max(cell_len(line) for line in lines) <= columns
    assert "\x1b[" not in out  # piped: no colour, no cursor codes
