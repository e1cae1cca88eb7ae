"""What bra writes to a pipe or a file has plain spaces where the text holds no-break spaces (U+00A0), so that
grep finds an answer's words as the user types them; JSON keeps the data exactly as it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.on_terminal import run_piped

NBSP = "\u00a0"


@pytest.fixture
def spaced_store(seed_store: Path) -> Path:
    """The seed store with no-break spaces in an item's title, a decision and a follow-up's status."""
    path = seed_store / "meetings" / "2024-11-15.toml"
    text = path.read_text("utf-8")
    changed = (text.replace('title = "SSPF"', f'title = "SSPF{NBSP}styrgrupp"', 1)
               .replace("stående punkt på", f"stående{NBSP}punkt på", 1)
               .replace("Återkommer på kommande", f"Återkommer{NBSP}på kommande", 1))
    assert changed.count(NBSP) == 3
    path.write_text(changed, "utf-8")
    return seed_store


@pytest.mark.parametrize("args", [["list"], ["show", "latest"], ["log", "--all"], ["decisions"], ["risk"],
                                  ["search", "SSPF"], ["owner", "Mikael J"], ["check"]], ids=" ".join)
def test_piped_lines_have_plain_spaces(spaced_store: Path, args: list[str]) -> None:
    out = run_piped("--store", spaced_store, *args, size=(132, 50)).decode("utf-8")
    assert NBSP not in out


def test_piped_text_is_found_as_typed(spaced_store: Path) -> None:
    shown = run_piped("--store", spaced_store, "show", "latest", size=(132, 50)).decode("utf-8")
    listed = run_piped("--store", spaced_store, "decisions", size=(132, 50)).decode("utf-8")
    assert "SSPF styrgrupp" in shown
    assert "stående punkt på" in listed


def test_json_keeps_no_break_spaces(spaced_store: Path) -> None:
    out = run_piped("--store", spaced_store, "show", "latest", "--json", size=(132, 50)).decode("utf-8")
    assert f"SSPF{NBSP}styrgrupp" in out
