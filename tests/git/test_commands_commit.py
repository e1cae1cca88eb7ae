"""`bra new` and `bra import` in a store kept in git: each meeting they write is one commit with its own message."""

from __future__ import annotations

from pathlib import Path

import pytest

from brå_tui.cli.main import main

from .gitrepos import commits, git

NOTES = Path(__file__).resolve().parents[1] / "importexport" / "data" / "2025-02-14-anteckningar.txt"


def test_bra_new_commits_the_new_meeting(git_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = commits(git_store)
    assert main(["--store", str(git_store), "new"]) == 0
    path = Path(capsys.readouterr().out.strip())
    assert commits(git_store) == before + 1
    assert git(git_store, "log", "-1", "--format=%an|%s").strip() == f"Cornelia Gustafsson|Nytt möte {path.stem}"
    assert git(git_store, "show", "--name-only", "--format=", "HEAD").split() == [f"meetings/{path.name}"]


def test_bra_import_commits_as_an_import(git_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = commits(git_store)
    assert main(["--store", str(git_store), "import", str(NOTES)]) == 0
    assert commits(git_store) == before + 1
    assert git(git_store, "log", "-1", "--format=%s").strip() == "Importera 2025-02-14"
    assert git(git_store, "status", "--porcelain").strip() == ""
