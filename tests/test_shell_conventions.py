"""What a shell user expects of a command: --version, a man page bra(1) that says what --help says, and Tab completion
of commands, options, meeting dates and people's names, tried by running bash's own completion function."""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from brå_tui.cli.common import EXIT_STATUSES
from brå_tui.cli.main import build_parser
from brå_tui.cli.manpage import manpage
from tests.terminal.harness import PRESS_TAB, require

BIN = Path(sys.executable).parent


def test_version_is_the_installed_distribution_version() -> None:
    result = subprocess.run([str(BIN / "bra"), "--version"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert result.stdout == f"bra {importlib.metadata.version('bra-tui')}\n"


def _render(page: str, tmp_path: Path) -> str:
    """The page as man shows it at 80 columns, with roff's warnings turned on (they must be none)."""
    man = require("man")
    source = tmp_path / "bra.1"
    source.write_text(page, encoding="utf-8")
    env = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "MANWIDTH": "80", "MAN_KEEP_FORMATTING": ""}
    result = subprocess.run([man, "--warnings", "-l", str(source)], capture_output=True, text=True, env=env,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_man_page_holds_every_command_option_help_and_exit_status(tmp_path: Path) -> None:
    shown = _render(manpage(), tmp_path)
    flat = _flat(shown)
    assert shown.startswith("BRA(1)")
    for heading in ("NAMN", "SYNOPSIS", "BESKRIVNING", "FLAGGOR", "KOMMANDON", "SLUTSTATUS", "MILJÖ", "FILER"):
        assert f"\n{heading}\n" in shown
    parser = build_parser()
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert subparsers.choices, "the parser has no commands"
    for name, command in subparsers.choices.items():
        assert f"\n   {name}\n" in shown, f"no section for {name}"
        assert _flat(command.description or "") in flat
        for action in command._actions:
            if action.help and action.help != argparse.SUPPRESS:
                assert _flat(action.help) in flat, f"{name}: {action.help!r} missing"
            for option in action.option_strings:
                assert option in flat
    section = shown.split("\nSLUTSTATUS\n", 1)[1].split("\nMILJÖ\n", 1)[0]
    for status, meaning in EXIT_STATUSES:
        assert f"       {status} " in section and _flat(meaning) in _flat(section)
    assert "/etc/bra/config.toml" in flat and "~/.config/bra/config.toml" in flat


def test_a_new_option_reaches_the_man_page_without_a_second_copy(tmp_path: Path) -> None:
    """The page is written from the parser it is given: an argument added there shows up, dash and all."""
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices["list"]
    sub.add_argument("--till-och-med", metavar="ÅÅÅÅ-MM-DD", help=".börjar med punkt och har \\ bakstreck")
    flat = _flat(_render(manpage(parser), tmp_path))
    assert "--till-och-med ÅÅÅÅ-MM-DD .börjar med punkt och har \\ bakstreck" in flat


def _help(argv: list[str]) -> str:
    """What `bra ARGV` prints for --help, run as the command line runs it."""
    result = subprocess.run([str(BIN / "bra"), *argv], capture_output=True, text=True, check=False,
                            env={**os.environ, "COLUMNS": "80"})
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("name", ["list", "owner", "export", "doctor"])
def test_a_commands_help_is_the_same_when_only_its_parser_is_made(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """`bra KOMMANDO --help` makes only that command's parser; what it prints is what the whole parser holds."""
    parser = build_parser()
    command = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices[name]
    monkeypatch.setenv("COLUMNS", "80")
    expected = command.format_help()
    assert _help([name, "--help"]) == expected
    assert _help(["--store", "/nowhere", name, "--help"]) == expected
    assert _help(["--store=/nowhere", name, "--help"]) == expected
    whole = _help(["--help"])
    assert all(f"\n    {other} " in whole for other in ("list", "owner", "export", "doctor", "report"))


COMPLETE = 'eval "$("$BIN/register-python-argcomplete" bra)"\n' + PRESS_TAB


def complete(line: str, cwd: Path, **env: str) -> list[str]:
    """What bash offers for Tab at the end of line, as the completion function installed for bra computes it."""
    bash = require("bash")
    environment = {"PATH": f"{BIN}:/usr/bin:/bin", "HOME": os.environ["HOME"], "LANG": "C.UTF-8",
                   "XDG_CONFIG_HOME": os.environ["XDG_CONFIG_HOME"], "BIN": str(BIN), "LINE": line,
                   "BRA_CONFIG_SYSTEM": os.environ["BRA_CONFIG_SYSTEM"], **env}
    result = subprocess.run([bash, "-c", COMPLETE], capture_output=True, text=True, cwd=cwd, env=environment,
                            check=False, timeout=60)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    return [shlex.split(word)[0] for word in result.stdout.splitlines() if word]


def test_completes_commands_and_options(tmp_path: Path) -> None:
    assert complete("bra sh", tmp_path) == ["show"]
    assert set(complete("bra ", tmp_path)) >= {"list", "show", "risk", "log", "owner", "check", "doctor", "export"}
    assert complete("bra log --ow", tmp_path) == ["--owner"]
    assert set(complete("bra export --", tmp_path)) >= {"--format", "--public", "--ics", "--output", "--store"}
    assert set(complete("bra export --format ", tmp_path)) == {"md", "html", "txt", "docx"}


def test_completes_meeting_dates_from_the_chosen_store(seed_store: Path, tmp_path: Path) -> None:
    assert complete("bra show 2024-1", tmp_path, BRA_STORE=str(seed_store)) == ["2024-11-15"]
    assert set(complete("bra show ", tmp_path, BRA_STORE=str(seed_store))) == {"2024-11-15", "2024-02-09", "latest"}
    assert complete(f"bra --store {seed_store} history 2024-0", tmp_path) == ["2024-02-09"]
    assert complete(f"bra export --store {seed_store} 2024-1", tmp_path) == ["2024-11-15"]
    (seed_store / "meetings" / "2025-02-14.toml").write_text("format = 1\n", encoding="utf-8")
    assert complete("bra show 2025", tmp_path, BRA_STORE=str(seed_store)) == ["2025-02-14"]


def test_completes_people_and_areas(seed_store: Path, tmp_path: Path) -> None:
    assert set(complete("bra owner Mik", tmp_path, BRA_STORE=str(seed_store))) == {"Mikael Jansson", "Mikael Westberg"}
    assert complete("bra log --owner Blerta", tmp_path, BRA_STORE=str(seed_store)) == ["Blerta Krenzi"]
    assert complete("bra log --area Hot", tmp_path, BRA_STORE=str(seed_store)) == ["Hot och våld"]
    assert "root" in complete("bra init --shared ro", tmp_path)


def test_without_a_store_completion_offers_no_dates_and_prints_nothing(tmp_path: Path) -> None:
    assert complete("bra show 2024", tmp_path) == []
    assert complete("bra show 2024", tmp_path, BRA_STORE=str(tmp_path / "saknas")) == []


@pytest.mark.parametrize("command", ["bra show", "bra owner"])
def test_a_broken_store_completes_nothing_quietly(tmp_path: Path, command: str) -> None:
    store = tmp_path / "trasig"
    (store / "meetings").mkdir(parents=True)
    (store / "people.toml").write_text("[[person]\nname = 5\n", encoding="utf-8")
    assert complete(f"{command} x", tmp_path, BRA_STORE=str(store)) == []


@pytest.mark.parametrize("closed", ["1", "2"])
def test_a_closed_standard_stream_is_no_crash(seed_store: Path, closed: str) -> None:
    """bra >&- (no standard output) says so and fails; bra 2>&- (no standard error) still answers."""
    run = subprocess.run(["sh", "-c", f'"$0" -m brå_tui --store "$1" list {closed}>&-', sys.executable,
                         str(seed_store)], capture_output=True, text=True, timeout=60)
    assert "Traceback" not in run.stderr and "Error" not in run.stderr
    if closed == "1":
        assert run.returncode == 1 and "Standard ut är stängd" in run.stderr
    else:
        assert run.returncode == 0 and "2025-02-14" in run.stdout
