"""The app over a store whose files hold escape sequences: the terminal is never retitled, cleared or recoloured."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import SEED_STORE
from tests.terminal.harness import TmuxSession
from tests.test_control_characters import KEY, _hostile


def _unharmed(pane: TmuxSession, *expected: str) -> str:
    """Wait for the texts, then check the title tmux keeps for the pane and that the header was not wiped."""
    shown = pane.wait_for(lambda s: all(text in s for text in expected) and "Lokala Brå" in s.splitlines()[0])
    assert "PWNED" not in pane.state("pane_title")
    assert "\x1b" not in shown
    return shown


def test_the_app_shows_hostile_text_harmlessly(tmux_session, bra: list[str], tmp_path: Path) -> None:
    store = tmp_path / "hostile"
    shutil.copytree(SEED_STORE, store)
    _hostile(store)
    pane = tmux_session(bra, BRA_STORE=str(store))

    shown = _unharmed(pane, KEY, "Visenten", "PWNED")
    assert "Tid " in shown, "the lines below the place were not cleared away"
    pane.send_keys("r")
    _unharmed(pane, "Lokala Brå — Lägesbild")
    pane.send_keys("l")
    _unharmed(pane, "Lokala Brå — Åtgärdslogg", "Uppföljning]0;PWNED")
    pane.send_keys("o")
    _unharmed(pane, "Lokala Brå — Ansvarig")
    pane.send_keys("Escape")
    _unharmed(pane, "Lokala Brå — Möten", "Översikt")
    pane.send_keys("e")  # Redigera: the same text in editable fields
    _unharmed(pane, "Lokala Brå — Redigera", "Plats:", "Visenten]0;PWNED")
    pane.send_keys("Escape")
    _unharmed(pane, "Lokala Brå — Möten", "Översikt")
    pane.send_keys("q")
    assert pane.wait_end() == 0
    assert "PWNED" not in pane.state("pane_title")
