"""Without the git command: saves still work, and history and sync say plainly that git is missing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from brå_tui.cli.main import main

from .gitrepos import commits, edit


@pytest.fixture
def no_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A PATH that holds python but no git."""
    folder = tmp_path / "bin-without-git"
    folder.mkdir()
    (folder / "python").symlink_to(sys.executable)
    monkeypatch.setenv("PATH", str(folder))
    return str(folder)


def test_save_in_a_git_store_without_git_still_saves(git_store: Path, no_git: str) -> None:
    document = edit(git_store, "2024-11-15", lambda m: setattr(m, "place", "Sal D"))
    assert document.history_note is not None and "git finns inte" in document.history_note
    assert 'place = "Sal D"' in (git_store / "meetings" / "2024-11-15.toml").read_text(encoding="utf-8")
    os.environ["PATH"] = os.defpath
    assert commits(git_store) == 1


def test_save_outside_git_without_git_is_silent(seed_store: Path, no_git: str) -> None:
    document = edit(seed_store, "2024-11-15", lambda m: setattr(m, "place", "Sal E"))
    assert document.history_note is None


def test_commands_say_git_is_missing(git_store: Path, no_git: str, capsys: pytest.CaptureFixture[str]) -> None:
    for args in (["history", "2024-11-15"], ["sync"]):
        assert main(["--store", str(git_store), *args]) == 1
        assert "git finns inte på den här datorn" in capsys.readouterr().err
    assert main(["init", "--git", str(git_store.parent / "ny")]) == 1
    assert "git finns inte" in capsys.readouterr().err


def test_the_real_program_without_git_prints_one_sentence(git_store: Path, no_git: str) -> None:
    result = subprocess.run([sys.executable, "-m", "brå_tui", "--store", str(git_store), "history", "2024-11-15"],
                            capture_output=True, text=True, env={**os.environ, "PATH": no_git})
    assert result.returncode == 1
    assert result.stderr.startswith("bra: git finns inte") and "Traceback" not in result.stderr
