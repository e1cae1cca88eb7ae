"""Every command that takes a meeting's date takes the same words (a date, or latest for the newest meeting), says
the same sentence for anything else, and its example is a date the same command accepts."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

Bra = Callable[..., tuple[int, str, str]]

COMMANDS = [("show",), ("export",), ("history",), ("kallelse",), ("remind", "--dry-run", "UT", "--date"), ("new",)]
NOT_A_DATE = re.compile(r"^bra: (--date )?'nosuch' är inget datum; skriv det som ÅÅÅÅ-MM-DD, till exempel "
                        r"(\d{4}-\d\d-\d\d)\.$")


def _args(command: tuple[str, ...], date: str, tmp_path: Path) -> list[str]:
    return [str(tmp_path / "ut") if a == "UT" else a for a in command] + [date]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_not_a_date_is_said_the_same_way_with_an_example_the_command_takes(
        bra: Bra, tmp_path: Path, command: tuple[str, ...]) -> None:
    status, out, err = bra(*_args(command, "nosuch", tmp_path))
    assert (status, out) == (2, "")
    match = NOT_A_DATE.match(err.strip())
    assert match, err
    if command[0] in ("kallelse", "remind"):
        status, _, err = bra(*_args(command, match.group(2), tmp_path))
        assert "har redan varit" not in err and "inget datum" not in err, err


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_latest_is_the_newest_meeting_everywhere(bra: Bra, seed_store: Path, tmp_path: Path,
                                                 command: tuple[str, ...]) -> None:
    if command[0] == "history":
        for git in (["init", "-q"], ["add", "-A"], ["-c", "user.name=Sekreterare", "-c", "user.email=s@example.org",
                                                     "commit", "-qm", "Lagringen"]):
            subprocess.run(["git", "-C", str(seed_store), *git], check=True)
    status, out, err = bra(*_args(command, "latest", tmp_path))
    assert "inget datum" not in err, err
    if command[0] in ("kallelse", "remind"):
        assert (status, err.strip()) == (2, "bra: Mötet den 2024-11-15 har redan varit; kallelser och påminnelser "
                                            "gäller bara möten som ligger framför."), err
    elif command[0] == "new":
        assert status == 1 and "2024-11-15.toml" in err and "skrivs inte över" in err, err
    elif command[0] == "history":
        assert status == 0 and "Historik för mötet 2024-11-15" in out, err
    else:
        assert status == 0, err
