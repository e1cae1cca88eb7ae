"""Long answers: a terminal shows the newest rows that fit and a count of the rest; a pipe gets every row."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bench.generate import write_store
from bench.proc import run_in_terminal

MEETINGS = 150


@pytest.fixture(scope="module")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("big") / "store"
    write_store(root, MEETINGS)
    return root


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRA_") and k != "NO_COLOR"}
    return {**env, "XDG_CACHE_HOME": str(tmp_path / "cache"), "TERM": "xterm-256color", "COLUMNS": "80"}


def _piped(root: Path, tmp_path: Path, *args: str) -> str:
    out = subprocess.run([sys.executable, "-m", "brå_tui", "--store", str(root), *args], capture_output=True,
                         text=True, env=_env(tmp_path), timeout=300, check=False)
    assert out.returncode == 0, out.stderr
    return out.stdout


def _on_terminal(root: Path, tmp_path: Path, *args: str) -> str:
    run = run_in_terminal([sys.executable, "-m", "brå_tui", "--store", str(root), *args], _env(tmp_path), (80, 24))
    assert run.status == 0, run.output.decode("utf-8", "replace")
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", run.output.decode("utf-8").replace("\r\n", "\n"))


def test_list_to_a_pipe_writes_every_meeting_on_a_line(big_store: Path, tmp_path: Path) -> None:
    text = _piped(big_store, tmp_path, "list")
    keys = [m["key"] for m in json.loads(_piped(big_store, tmp_path, "list", "--json"))["meetings"]]
    assert len(keys) == MEETINGS
    listed = [line.split()[0] for line in text.splitlines() if re.match(r"\d{4}-\d{2}-\d{2}  ", line)]
    assert listed[:MEETINGS] == keys
    assert "\x1b[" not in text and "--all" not in text


def test_list_on_a_terminal_shows_the_newest_and_counts_the_rest(big_store: Path, tmp_path: Path) -> None:
    keys = [m["key"] for m in json.loads(_piped(big_store, tmp_path, "list", "--json"))["meetings"]]
    screen = _on_terminal(big_store, tmp_path, "list")
    shown = [k for k in keys if k in screen]
    assert 5 <= len(shown) < MEETINGS and shown == keys[:len(shown)]
    assert f"Visar de {len(shown)} senaste av {MEETINGS} möten; --all visar alla" in " ".join(screen.split())
    everything = _on_terminal(big_store, tmp_path, "list", "--all")
    assert all(k in everything for k in keys) and "senaste av" not in everything


@pytest.mark.parametrize("command", [["decisions"], ["log"], ["search", "trygghetsvandring"]])
def test_long_answers_on_a_terminal_say_how_many_are_left_out(big_store: Path, tmp_path: Path,
                                                              command: list[str]) -> None:
    screen = " ".join(_on_terminal(big_store, tmp_path, *command).split())
    assert re.search(r"Visar de \d+ (senaste|bästa) av \d+ ", screen), screen[-400:]
    piped = _piped(big_store, tmp_path, *command)
    assert "--all visar alla" not in " ".join(piped.split())
    assert len(piped.splitlines()) > 24 * 3


def test_decisions_to_a_pipe_sum_what_they_list(big_store: Path, tmp_path: Path) -> None:
    data = json.loads(_piped(big_store, tmp_path, "decisions", "--json"))
    text = _piped(big_store, tmp_path, "decisions")
    total = f"{data['total_sek']:,}".replace(",", " ")
    assert re.search(rf"^Summa\s+{total} kr$", text, re.MULTILINE)
    assert text.count("\n\n") >= len(data["decisions"]) - 1


@pytest.mark.parametrize("command", [["log"], ["decisions"]])
def test_a_long_answer_on_a_terminal_fits_its_height(seed_store: Path, command: list[str]) -> None:
    """Rows of several printed lines count by their lines: the answer at 80×24 leaves the prompt on screen and
    says how many rows it left out."""
    from tests.on_terminal import run_on_terminal

    out = run_on_terminal("--store", seed_store, *command, NO_COLOR="1").decode()
    lines = out.rstrip("\r\n").split("\r\n")
    assert len(lines) <= 22, len(lines)
    assert "--all visar alla" in " ".join(" ".join(lines).split())


def test_many_planned_meetings_on_a_terminal_show_the_nearest_and_count_the_rest(seed_store: Path) -> None:
    """A schedule of many dates does not push the list off the screen: the nearest planned meetings still ahead are
    shown (not the first of those that have passed), with how many there are in all and the next meeting named;
    --all shows every one, the passed ones marked. (bra runs on the real date: the dates are laid around it.)"""
    from brå_tui.views.format import long_date, weekday
    from tests.on_terminal import run_on_terminal

    today = dt.date.today()
    passed = [today - dt.timedelta(days=30 * n) for n in range(12, 0, -1)]
    ahead = [today + dt.timedelta(days=30 * n) for n in range(1, 13)]
    with (seed_store / "meetings" / "2024-11-15.toml").open("a", encoding="utf-8") as notes:
        notes.writelines(f"\n[[schedule]]\ndate = {day}\n" for day in [*passed, *ahead])
    out = run_on_terminal("--store", seed_store, "list", NO_COLOR="1").decode()
    lines = out.rstrip("\r\n").split("\r\n")
    assert len(lines) <= 22, out
    planned = ["2025-02-14", "2025-05-16", "2025-09-12", "2025-11-14", *(d.isoformat() for d in [*passed, *ahead])]
    shown = [day for day in planned if day in out]
    assert 3 <= len(shown) < len(planned) and shown == [d.isoformat() for d in ahead[:len(shown)]], out
    assert f"Visar de {len(shown)} närmaste av {len(planned)} planerade möten; --all visar alla" \
        in " ".join(out.split())
    assert f"Nästa möte: {weekday(ahead[0])} {long_date(ahead[0])}." in " ".join(out.split())
    assert "2024-11-15" in out and "2024-02-09" in out, "the meetings held are still shown"
    everything = run_on_terminal("--store", seed_store, "list", "--all", NO_COLOR="1").decode()
    rows = {line.split()[0]: line for line in everything.split("\r\n") if line[:4].isdigit()}
    assert all(rows[day].rstrip().endswith("passerat") for day in planned[:16]), everything
    assert not any("passerat" in rows[day.isoformat()] for day in ahead) and "närmaste av" not in everything
