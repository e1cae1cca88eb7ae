"""`bra report` to a pipe is laid out for $COLUMNS like every other command, and a tally ("M 2", "Polisen 2") is
never parted across two lines; the space inside it reaches the pipe as a plain space."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rich.cells import cell_len

from tests.on_terminal import run_piped


@pytest.mark.parametrize("columns", [60, 80, 100])
def test_the_yearly_report_fits_columns_and_keeps_each_tally_on_one_line(seed_store: Path, columns: int) -> None:
    out = run_piped("--store", seed_store, "report", "2024", size=(columns, 24)).decode("utf-8")
    lines = out.splitlines()
    assert max(cell_len(line) for line in lines) <= columns, "\n".join(lines)
    assert "\u00a0" not in out
    start = next(n for n, line in enumerate(lines) if line.startswith("Företrädda partier"))
    paragraph = lines[start:next(n for n in range(start, len(lines)) if lines[n].endswith("."))+1]
    tallies = re.findall(r"(\S+) (\d+)[,.]", " ".join(paragraph))
    assert ("Polisen", "2") in tallies and ("M", "2") in tallies, paragraph
    for name, count in tallies:
        assert any(f"{name} {count}" in line for line in paragraph), (name, count, paragraph)
    for line in paragraph[1:]:
        assert not re.match(r"\d", line), paragraph
