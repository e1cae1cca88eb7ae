"""Escape and a letter read together in a real terminal (a slow link) act as Escape and then the letter."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.mark.parametrize("field", ["o", "/"])
def test_escape_and_letter_in_one_write_in_a_real_terminal(tmux_session, bra: list[str], seed_store: Path,
                                                            field: str) -> None:
    pane = tmux_session(bra, BRA_STORE=str(seed_store))
    pane.wait_for("Översikt")
    pane.type(field)
    pane.wait_for("Ansvarig" if field == "o" else "Sök")
    pane.type("\x1br")  # one write: the terminal reads ESC and r together
    pane.wait_for("Trend")
    assert "Lägesbild" in pane.screen()
