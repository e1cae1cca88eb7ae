"""`bra log` names its first and last meeting in words at every width, and `bra check` says e-postadress, not the
TOML key."""

from __future__ import annotations

from pathlib import Path

import pytest

from brå_tui.questions.actionlog import build_log
from brå_tui.store.load import load
from brå_tui.views.loglines import log_lines


@pytest.mark.parametrize("width", [60, 80, 120])
def test_the_log_says_first_and_last_meeting_in_words(seed_store: Path, width: int) -> None:
    lines = list(log_lines(build_log(load(seed_store)), width))
    text = "\n".join(lines)
    assert "Första senaste" not in text
    assert "Första och senaste" in text or ("Första och" in text and "senaste" in text), text[:400]
