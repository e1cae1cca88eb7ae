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
    pane.wait_for("Brå — Ansvarig" if field == "o" else "Brå — Sök")  # the header, not the footer's "o Ansvarig"
    pane.type("\x1br")  # one write: the terminal reads ESC and r together
    pane.wait_for("Trend")
    assert "Lägesbild" in pane.screen()


def test_escape_and_digit_in_one_write_leave_the_field_and_pick_the_tab(tmux_session, bra: list[str],
                                                                       seed_store: Path) -> None:
    """ESC 6 is no '§' typed into the field (Textual's reading of a Mac's Option+6): Escape leaves Ansvarig,
    and 6 opens the meeting's Tidplan tab."""
    pane = tmux_session(bra, BRA_STORE=str(seed_store))
    pane.wait_for("Översikt")
    pane.type("o")
    pane.wait_for("Brå — Ansvarig")
    pane.type("Jimmy")
    pane.wait_for("Jimmy")
    pane.type("\x1b6")
    screen = pane.wait_for("Datum       Dag     Tid")
    assert "§" not in screen and "Jimmy" not in screen
