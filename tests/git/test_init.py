"""`bra init PATH` makes an empty store to fill in; with --git it is a repository with a first commit."""

from __future__ import annotations

from pathlib import Path

import pytest

from brå_tui.cli.main import main
from brå_tui.store.load import load
from brå_tui.store.read import read_meeting
from brå_tui.store.save import save_meeting

from .gitrepos import commits, edit, git


def test_init_makes_an_empty_store_that_checks_clean(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "ny"
    assert main(["init", str(root)]) == 0
    assert (root / "meetings").is_dir()
    council = (root / "council.toml").read_text(encoding="utf-8")
    assert council.startswith("format = 1") and "# " in council
    assert not (root / ".git").exists()
    capsys.readouterr()
    assert main(["--store", str(root), "check"]) == 0
    store = load(root)
    assert store.meetings == [] and not store.broken


def test_init_refuses_a_store_that_is_not_empty(seed_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = sorted(p.name for p in seed_store.iterdir())
    assert main(["init", str(seed_store)]) == 1
    assert "inte tom" in capsys.readouterr().err
    assert sorted(p.name for p in seed_store.iterdir()) == before


def test_init_git_makes_a_first_commit_and_saves_commit(tmp_path: Path, seed_store: Path) -> None:
    root = tmp_path / "med-git"
    assert main(["init", "--git", str(root)]) == 0
    assert commits(root) == 1
    assert git(root, "status", "--porcelain").strip() == ""
    tracked = git(root, "ls-files").split()
    assert {"council.toml", "people.toml"} <= set(tracked)
    meeting, _ = read_meeting(seed_store / "meetings" / "2024-11-15.toml")
    assert meeting is not None
    assert save_meeting(meeting, root / "meetings" / "2024-11-15.toml")
    edit(root, "2024-11-15", lambda m: setattr(m, "place", "Sal C"))
    assert commits(root) == 3
    assert git(root, "log", "--format=%s").splitlines()[:2] == ["Uppdatera 2024-11-15: plats", "Nytt möte 2024-11-15"]
