"""`bra log` names its first and last meeting in words at every width, and `bra check` says e-postadress, not the
TOML key."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from brå_tui.questions.actionlog import build_log
from brå_tui.store.load import load
from brå_tui.views.loglines import log_lines

Run = Callable[..., tuple[int, str, str]]


@pytest.mark.parametrize("width", [60, 80, 120])
def test_the_log_says_first_and_last_meeting_in_words(seed_store: Path, width: int) -> None:
    lines = list(log_lines(build_log(load(seed_store)), width))
    text = "\n".join(lines)
    assert "Första senaste" not in text
    assert "Första och senaste" in text or ("Första och" in text and "senaste" in text), text[:400]


def test_check_says_a_line_ends_before_the_closing_quote(bra: Run, seed_store: Path) -> None:
    path = seed_store / "meetings" / "2024-11-15.toml"
    path.write_text('date = 2024-11-15\nplace = "Visenten\n', encoding="utf-8")
    _status, out, err = bra("check")
    said = [line for line in (out + err).splitlines() if "2024-11-15.toml" in line]
    assert any(f"{path}:2:" in line and "raden tar slut före det avslutande citattecknet" in line
               for line in said), said
    assert not any("␊" in line for line in said), said
