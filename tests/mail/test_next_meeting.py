"""After today's meeting is written and its time has ended, the notice, the reminders and `bra list` all name the
same next meeting: the next planned date, not the meeting just held."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from email import message_from_bytes, policy
from pathlib import Path

import pytest
import time_machine

from tests.mail.conftest import configure_mail

Bra = Callable[..., tuple[int, str, str]]

HELD = dt.date(2025, 2, 14)


def _hold_meeting(root: Path) -> None:
    """The seed's 2024-11-15 minutes written again as the meeting of 2025-02-14, 09.00–11.20, schedule and all."""
    text = (root / "meetings" / "2024-11-15.toml").read_text(encoding="utf-8")
    (root / "meetings" / "2025-02-14.toml").write_text(text.replace("date = 2024-11-15", "date = 2025-02-14", 1),
                                                       encoding="utf-8")


def _at(hour: int, minute: int = 0) -> time_machine.travel:
    return time_machine.travel(dt.datetime(2025, 2, 14, hour, minute).astimezone(), tick=False)


def test_the_notice_after_todays_meeting_is_for_the_next_planned_one(bra: Bra, seed_store: Path) -> None:
    _hold_meeting(seed_store)
    with _at(23):
        status, listing, err = bra("list")
        assert status == 0, err
        assert "Nästa möte: fredag 16 maj 2025." in listing
        status, notice, err = bra("kallelse")
    assert status == 0, err
    when = next(line for line in notice.splitlines() if line.startswith("Tid:"))
    assert "16 maj 2025" in when
    assert "Avesta kommun den 14 februari 2025" in notice  # issued today


def test_during_todays_meeting_the_notice_is_still_for_it(bra: Bra, seed_store: Path) -> None:
    _hold_meeting(seed_store)
    with _at(10, 30):
        status, notice, err = bra("kallelse")
    assert status == 0, err
    assert "14 februari 2025" in next(line for line in notice.splitlines() if line.startswith("Tid:"))


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")
def test_reminders_after_todays_meeting_are_for_the_next_one_and_count_their_items(
        bra: Bra, seed_store: Path, tmp_path: Path) -> None:
    configure_mail(seed_store, 1)
    _hold_meeting(seed_store)
    folder = tmp_path / "eml"
    with _at(23):
        status, _, err = bra("remind", "--dry-run", str(folder))
    assert status == 0, err
    messages = [message_from_bytes(p.read_bytes(), policy=policy.default) for p in sorted(folder.glob("*.eml"))]
    assert messages
    for message in messages:
        plain = message.get_body(preferencelist=("plain",)).get_content()
        html = message.get_body(preferencelist=("html",)).get_content()
        assert "16 maj 2025" in message["Subject"] and "16 maj 2025" in plain
        assert "14 februari" not in plain
        one = "denna uppföljning" in plain
        assert message["Subject"].startswith("Påminnelse: din uppföljning " if one else
                                             "Påminnelse: dina uppföljningar ")
        headings = {line[:-1] for line in plain.splitlines() if line in
                    ("Försenad:", "Försenade:", "Öppen:", "Öppna:", "Uppföljning:", "Uppföljningar:")}
        if one:
            assert headings <= {"Försenad", "Öppen", "Uppföljning"}, plain
            assert "<h3>Uppföljningar</h3>" not in html and "<h3>Försenade</h3>" not in html
    assert any("denna uppföljning" in m.get_body(preferencelist=("plain",)).get_content() for m in messages)
