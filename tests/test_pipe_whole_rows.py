"""To a pipe or a file every row of a listing is one line, whatever its cells hold and whatever COLUMNS says: grep
finds a meeting's place, a follow-up's title or a decision's text on the line that has its date."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bench.generate import write_store

MEETINGS = 150
SHORT = 110  # the newest meetings, more than the rows a table's layout is chosen from, met on Teams


@pytest.fixture(scope="module")
def mixed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store whose newest meetings have a short place and whose older ones long places."""
    root = tmp_path_factory.mktemp("mixed") / "store"
    write_store(root, MEETINGS)
    files = sorted((root / "meetings").glob("*.toml"))
    for n, path in enumerate(files):
        text = path.read_text("utf-8")
        place = "Teams" if n >= len(files) - SHORT else "Sessionssalen, Stadshuset, plan 3 (ingång från torget)"
        path.write_text(re.sub(r'(?m)^place = .*$', f'place = "{place}"', text, count=1), "utf-8")
    return root


def _piped(root: Path, tmp_path: Path, *args: str, columns: str = "80") -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRA_")}
    env.update(XDG_CACHE_HOME=str(tmp_path / "cache"), COLUMNS=columns)
    out = subprocess.run([sys.executable, "-m", "brå_tui", "--store", str(root), *args], capture_output=True,
                         text=True, env=env, timeout=300, check=False)
    assert out.returncode in (0, 1), out.stderr
    return out.stdout


@pytest.mark.parametrize("columns", ["40", "80", "200"])
def test_every_meeting_is_one_line_with_its_date_and_place(mixed_store: Path, tmp_path: Path, columns: str) -> None:
    meetings = json.loads(_piped(mixed_store, tmp_path, "list", "--json"))["meetings"]
    text = _piped(mixed_store, tmp_path, "list", columns=columns)
    for m in meetings:
        rows = [line for line in text.splitlines() if line.startswith(m["key"] + " ")]
        assert len(rows) == 1 and m["place"] in rows[0], (m, rows)
    found = [line for line in text.splitlines() if "Stadshuset" in line]
    assert len(found) >= MEETINGS - SHORT and all(re.match(r"\d{4}-\d{2}-\d{2} ", line) for line in found), found


@pytest.mark.parametrize("command", [["log", "--all"], ["owner", "--none"]], ids=" ".join)
def test_every_follow_up_is_one_line_with_its_dates(mixed_store: Path, tmp_path: Path, command: list[str]) -> None:
    entries = json.loads(_piped(mixed_store, tmp_path, *command, "--json"))["entries"]
    assert entries
    lines = _piped(mixed_store, tmp_path, *command, columns="40").splitlines()
    for e in entries:
        rows = [line for line in lines if line.startswith(e["title"] + " ") and e["first_key"] in line]
        assert any(e["last_key"] in row for row in rows), (e["title"], e["first_key"], rows)


def test_every_decision_is_one_line_with_its_date_and_text(mixed_store: Path, tmp_path: Path) -> None:
    decisions = json.loads(_piped(mixed_store, tmp_path, "decisions", "--json"))["decisions"]
    lines = _piped(mixed_store, tmp_path, "decisions", columns="40").splitlines()
    for d in decisions:
        assert any(line.startswith(d["meeting_key"]) and d["item_title"] in line and d["text"] in line
                   for line in lines), d


def test_what_a_name_owns_and_search_hits_are_one_line_each(mixed_store: Path, tmp_path: Path) -> None:
    entries = json.loads(_piped(mixed_store, tmp_path, "log", "--all", "--json"))["entries"]
    name = next(e["owners"][0] for e in entries if e["owners"])
    answer = json.loads(_piped(mixed_store, tmp_path, "owner", name, "--json"))
    lines = _piped(mixed_store, tmp_path, "owner", name, columns="40").splitlines()
    for f in answer["followups"]:
        assert any(f["title"] in line and f["meeting_key"] in line for line in lines), f
    hits = json.loads(_piped(mixed_store, tmp_path, "search", "kamera", "--json"))["hits"]
    assert hits
    lines = _piped(mixed_store, tmp_path, "search", "kamera", columns="40").splitlines()
    for h in hits:
        assert any(line.startswith(h["meeting_key"]) and h["title"] in line for line in lines), h


def test_check_writes_one_line_a_finding(mixed_store: Path, tmp_path: Path) -> None:
    findings = json.loads(_piped(mixed_store, tmp_path, "check", "--json"))["findings"]
    lines = _piped(mixed_store, tmp_path, "check", columns="40").splitlines()
    assert len(lines) == len(findings)
    assert all(line.startswith(f["file"]) for line, f in zip(lines, findings, strict=True))
