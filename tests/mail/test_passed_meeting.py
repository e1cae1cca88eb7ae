"""A notice or reminders for a meeting whose date has passed are refused: a usage error, nothing written or sent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.mail.conftest import Server, configure_mail

Run = Callable[..., tuple[int, str, str]]


@pytest.mark.parametrize("args", [("kallelse", "2025-02-14"), ("kallelse", "2025-02-14", "--format", "docx"),
                                  ("kallelse", "2025-11-14", "--send", "--yes"),
                                  ("remind", "--date", "2025-11-14", "--yes")])
def test_a_notice_or_reminder_for_a_passed_date_is_refused(bra: Run, seed_store: Path, smtp_server: Server,
                                                            args: tuple[str, ...]) -> None:
    configure_mail(seed_store, smtp_server.port)
    status, out, err = bra(*args)
    day = args[1] if args[0] == "kallelse" else args[2]
    assert (status, out) == (2, "")
    assert err.strip().splitlines() == [f"bra: Mötet den {day} har redan varit; kallelser och påminnelser gäller "
                                        "bara möten som ligger framför."]
    assert smtp_server.received == []
    assert not (seed_store / "sent.log").exists()
