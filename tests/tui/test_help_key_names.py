"""`?` lists the keys the screens' tables handle too, the tabs by name, every key spelled one way, and the keys of
other screens apart from those that work on the screen in use."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

import brå_tui.tui

from .helpers import running, settle, shown

README = Path(__file__).parents[2] / "README.md"
OTHER_SPELLINGS = re.compile(r"⏎|\besc\b|\bescape\b|\benter\b|\^[a-z]")


async def _help_after(store: Path, *keys: str) -> tuple[str, list[str]]:
    async with running(store) as (app, pilot):
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        footer = [key.key_display for key in app.screen.query_one(Footer).query(FooterKey)]
        await pilot.press("question_mark")
        await pilot.pause()
        return shown(app, "#help-text"), footer


async def test_help_names_the_table_keys_and_the_tabs(seed_store: Path) -> None:
    risk, _ = await _help_after(seed_store, "r")
    assert risk.startswith("Tangenter") and "↑ ↓" in risk.split("Åtgärdslogg")[0]
    log, _ = await _help_after(seed_store, "l")
    first = log.split("\n\n")[1]
    assert "Åtgärdslogg" in first and "Enter" in first and "historik" in first
    edit, _ = await _help_after(seed_store, "e")
    for name in ("Tid", "Närvarande", "Ärenden", "Lägesbild", "Uppföljning", "Tidplan", "Övrigt"):
        assert f"Flik {name}" in edit, name
    assert "Flik 1" not in edit


async def test_the_help_writes_home_and_end_as_the_other_keys(seed_store: Path) -> None:
    """Home and End, capitalised like Esc, Enter, PgUp PgDn; never 'home', 'end'."""
    text, _ = await _help_after(seed_store)
    assert "Home" in text and "End" in text, text
    assert not re.findall(r"\b(?:home|end|pageup|pagedown)\b", text), text


@pytest.mark.long
async def test_every_key_is_spelled_one_way_in_help_footer_and_readme(seed_store: Path) -> None:
    for keys in ((), ("r",), ("l",), ("e",), ("e", "ctrl+n", "ctrl+n")):
        text, footer = await _help_after(seed_store, *keys)
        assert not OTHER_SPELLINGS.findall(text), keys
        assert not OTHER_SPELLINGS.findall(" ".join(footer)), (keys, footer)
    readme = README.read_text(encoding="utf-8")
    assert not re.findall(r"`(?:escape|esc|enter|⏎)`", readme)


def bound_on(screen: Screen[object]) -> set[str]:
    """The keys bound on a screen: its own, every widget's on it (a list's keys work in the list), the app's."""
    keys = set(screen.active_bindings)
    for node in [screen, *screen.query("*")]:
        for cls in type(node).__mro__:
            for binding in cls.__dict__.get("BINDINGS", []):
                if isinstance(binding, Binding):
                    keys.update(binding.key.split(","))
    return keys


@pytest.mark.parametrize("keys", [(), ("r",), ("l",), ("o", "enter"), ("slash", *"krylbo", "enter"), ("e",)])
async def test_the_help_lists_as_working_here_only_keys_that_work_here(seed_store: Path, keys: tuple[str, ...]) -> None:
    """A letter the help lists above its part on other screens is bound on the screen in use (or everywhere)."""
    async with running(seed_store) as (app, pilot):
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        bound = bound_on(app.screen)
        await pilot.press("question_mark")
        await pilot.pause()
        text = shown(app, "#help-text")
    here = text.split("På andra skärmar")[0]
    letters = re.findall(r"^ ([a-zåäö/?]) {2,}", here, re.MULTILINE)
    assert letters, here
    for letter in letters:
        assert {"/": "slash", "?": "question_mark"}.get(letter, letter) in bound, (keys, letter)


def _user_strings(module: ast.Module) -> list[str]:
    """The string constants of a module other than docstrings, its own or its names' (what it may show a user)."""
    docstrings = {id(node.value) for node in ast.walk(module)
                  if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)}
    return [node.value for node in ast.walk(module)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings]


def test_the_escape_key_is_called_esc_wherever_a_user_reads_it() -> None:
    """Hints, dialogs and subtitles name the key as the footer and the README do: Esc, never Escape."""
    tui = Path(brå_tui.tui.__file__).parent
    found = [(path.relative_to(tui).as_posix(), text) for path in sorted(tui.rglob("*.py"))
             for text in _user_strings(ast.parse(path.read_text(encoding="utf-8"))) if "Escape" in text]
    assert not found, found
    assert not re.search(r"\bEscape\b", README.read_text(encoding="utf-8").replace("`Escape`", ""))
