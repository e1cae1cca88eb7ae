"""`bra history DATE` lists that meeting's own commits only: never those of another meeting whose file git would
take for the same one renamed (a similar file removed in the commit that added this one), and not when the
repository's own settings say log.follow either."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .gitrepos import edit, git


def bra(store: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The real `bra --store STORE ARGS…`, its output into pipes."""
    return subprocess.run([sys.executable, "-m", "brå_tui", "--store", str(store), *args], capture_output=True,
                          text=True, timeout=120, env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"},
                          stdin=subprocess.DEVNULL)


@pytest.mark.parametrize("follow_setting", [None, "true"], ids=["plain", "log.follow set"])
def test_history_lists_only_the_meetings_own_commits(git_store: Path, follow_setting: str | None) -> None:
    if follow_setting is not None:
        git(git_store, "config", "log.follow", follow_setting)
    edit(git_store, "2024-02-09", lambda m: setattr(m, "place", "Sal A"))
    edit(git_store, "2024-02-09", lambda m: setattr(m, "place", "Sal B"))
    meetings = git_store / "meetings"
    old, new = meetings / "2024-02-09.toml", meetings / "2025-02-14.toml"
    # One commit takes the old meeting away and adds the next one written from it: git sees a rename.
    new.write_text(old.read_text(encoding="utf-8").replace("date = 2024-02-09", "date = 2025-02-14"),
                   encoding="utf-8")
    old.unlink()
    git(git_store, "add", "--all")
    git(git_store, "commit", "--quiet", "-m", "Nästa möte skrivet från det förra")
    assert "R" in git(git_store, "show", "--name-status", "--format=", "-M", "HEAD").split()[0]
    result = bra(git_store, "history", "2025-02-14", "--json")
    assert result.returncode == 0, result.stderr
    assert [v["message"] for v in json.loads(result.stdout)] == ["Nästa möte skrivet från det förra"]
    table = bra(git_store, "history", "2025-02-14").stdout
    assert "Nästa möte skrivet från det förra" in table and "Uppdatera 2024-02-09" not in table
