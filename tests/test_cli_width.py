"""Every printed view fits the terminal: 80 columns when piped, and a wider console too; on a real terminal every
line of every command fits."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rich.cells import cell_len

from brå_tui.cli.main import main
from tests.on_terminal import run_on_terminal

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


def _terminal_commands(root: Path, out: Path) -> list[list[str]]:
    """Every command of tests/test_every_command.py that writes text for a person (JSON is data, kept exact), and
    every command's help."""
    from tests.test_every_command import commands

    argvs = [argv for argv in commands(root, out, each_meeting=False) if "--json" not in argv]
    helps = [[name, "--help"] for name in sorted(subcommand_names())]
    return [*argvs, ["--help"], *helps]


def subcommand_names() -> list[str]:
    """The names of bra's subcommands, from its parser."""
    import argparse

    from brå_tui.cli.main import build_parser

    parser = build_parser()
    found = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]  # argparse's own names
    return list(found[0].choices) if found else []


@pytest.mark.parametrize("part", range(4))
def test_every_command_fits_a_terminal(seed_store: Path, tmp_path: Path, part: int) -> None:
    """On a terminal (a pty) at 80 columns without colour every line of every command fits, documents shown there
    (a kallelse, an export as text) included; a file written keeps its lines as they are."""
    argvs = _terminal_commands(seed_store, tmp_path)
    for argv in argvs[part::4]:
        shown = run_on_terminal("--store", seed_store, *argv, NO_COLOR="1").decode("utf-8", "replace")
        lines = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown).replace("\r\n", "\n").split("\n")
        too_wide = [line for line in lines if cell_len(line.expandtabs(8)) > 80]
        assert not too_wide, (argv, too_wide)
