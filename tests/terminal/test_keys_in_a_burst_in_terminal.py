"""Keys typed straight behind each other in a real terminal (one write, as over a slow link) are all handled, each
once the one before has done its work: Enter right behind a search goes to the hits."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.mark.parametrize("attempt", range(4))
def test_enter_straight_after_a_search_opens_the_hit(tmux_session, bra: list[str], seed_store: Path,
                                                     attempt: int) -> None:
    pane = tmux_session(bra, BRA_STORE=str(seed_store))
    pane.wait_for("Översikt")
    pane.type("/")
    pane.wait_for("Sök i alla möten")
    pane.type_and_send_keys("krylbo", ["Enter", "Enter"])
    # The hit's item on Möten, scrolled to the top of its tab (the section's heading above it may be scrolled past,
    # depending on the frame read); the screen may be drawn in more than one frame, so wait for both.
    pane.wait_for(lambda text: "Lokala Brå — Möten" in text and "1. Krylbo" in text)
