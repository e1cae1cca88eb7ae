"""Long answers in a real terminal (tmux, 80×24) on a store of a few hundred meetings: the first rows that fit and a
count of the rest, --all for every row; to a pipe every row."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bench.generate import write_store


@pytest.fixture(scope="module")
def large_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("large") / "store"
    write_store(root, 300)
    return root


def _owner(root: Path) -> str:
    out = subprocess.run([sys.executable, "-m", "brå_tui", "--store", str(root), "log", "--all", "--json"],
                         capture_output=True, text=True, check=True, timeout=300)
    return next(e["owners"][0] for e in json.loads(out.stdout)["entries"] if e["owners"])


def test_owner_in_a_terminal_shows_what_fits_and_counts_the_rest(tmux_session, bra: list[str],
                                                                 large_store: Path) -> None:
    name = _owner(large_store)
    for args in (["owner", name], ["owner", "--none"]):
        pane = tmux_session([*bra, *args], BRA_STORE=str(large_store))
        assert pane.wait_end() == 0
        shown = pane.transcript()
        assert len(shown.rstrip("\n").splitlines()) <= 24, shown
        assert re.search(r"Visar de \d+ första av \d+ ", " ".join(shown.split())), shown
        pane = tmux_session([*bra, *args, "--all"], BRA_STORE=str(large_store))
        assert pane.wait_end() == 0
        assert "--all visar alla" not in " ".join(pane.transcript().split())
        piped = subprocess.run([sys.executable, "-m", "brå_tui", "--store", str(large_store), *args],
                               capture_output=True, text=True, check=True, timeout=300).stdout
        assert "--all visar alla" not in " ".join(piped.split()) and len(piped.splitlines()) > 24


def test_check_in_a_terminal_shows_the_first_findings_and_counts_the_rest(tmux_session, bra: list[str],
                                                                          large_store: Path, tmp_path: Path) -> None:
    """Findings counted by the lines they take (a long path wraps): at most a screen, the rest counted."""
    large_store = Path(shutil.copytree(large_store, tmp_path / "a-folder-with-a-rather-long-name" / "store"))
    for path in sorted((large_store / "meetings").glob("*.toml"))[:60]:  # sixty files with an unknown key
        path.write_text(path.read_text("utf-8") + "\nokänd_nyckel = 1\n", "utf-8")
    piped = subprocess.run([sys.executable, "-m", "brå_tui", "--store", str(large_store), "check"],
                           capture_output=True, text=True, check=False, timeout=300).stdout
    assert len(piped.splitlines()) >= 60 and "--all" not in piped
    pane = tmux_session([*bra, "check"], BRA_STORE=str(large_store))
    pane.wait_end()
    shown = pane.transcript()
    assert len(shown.rstrip("\n").splitlines()) <= 24, shown
    assert re.search(r"Visar de \d+ första av \d+ fynd; --all visar alla", " ".join(shown.split())), shown
    pane = tmux_session([*bra, "check", "--all"], BRA_STORE=str(large_store))
    pane.wait_end()
    assert "--all visar alla" not in " ".join(pane.transcript().split())


def test_status_in_a_terminal_fits_one_screen_and_counts_the_rest_of_each_list(tmux_session, bra: list[str],
                                                                                large_store: Path) -> None:
    """bra status promises one screen: each list as long as fits, with how many more it holds; --all and a pipe
    give every row."""
    piped = subprocess.run([sys.executable, "-m", "brå_tui", "--store", str(large_store), "status"],
                           capture_output=True, text=True, check=True, timeout=300).stdout
    assert len(piped.splitlines()) > 24 and "--all visar alla" not in " ".join(piped.split())
    pane = tmux_session([*bra, "status"], BRA_STORE=str(large_store))
    assert pane.wait_end() == 0
    shown = pane.transcript()
    assert len(shown.rstrip("\n").splitlines()) <= 24, shown
    assert re.search(r"… och \d+ till; --all visar alla", " ".join(shown.split())), shown
    assert "Läget" in shown and "Uppföljningar att ta upp" in shown
    pane = tmux_session([*bra, "status", "--all"], BRA_STORE=str(large_store))
    assert pane.wait_end() == 0
    assert "--all visar alla" not in " ".join(pane.transcript().split())
