"""After today's meeting is written and its time has ended, the notice, the reminders and `bra list` all name the
same next meeting: the next planned date, not the meeting just held."""

from __future__ import annotations

import datetime as dt
import json
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


def _write_agenda(bra: Bra) -> None:
    """Today's (2025-02-14) meeting written ahead as `bra new` starts it: the agenda, no notes yet."""
    with _at(8):
        status, _, err = bra("new")
    assert status == 0, err


@pytest.mark.parametrize(("hour", "expected", "not_expected"), [
    (10, "14 februari 2025", "16 maj 2025"),  # the meeting is under way (09.00–11.30): it is the next one
    (12, "16 maj 2025", "14 februari 2025"),  # its end has passed: the next planned date is
])
async def test_with_only_todays_agenda_every_command_names_the_same_next_meeting(
        bra: Bra, seed_store: Path, tmp_path: Path, hour: int, expected: str, not_expected: str) -> None:
    from brå_tui.tui.screens.notice import NoticeScreen
    from tests.tui.helpers import running, settle, shown

    configure_mail(seed_store, 1)
    _write_agenda(bra)
    assert (seed_store / "meetings" / "2025-02-14.toml").exists()
    folder = tmp_path / "eml"
    with _at(hour):
        status, listing, err = bra("list")
        assert status == 0, err
        assert f"Nästa möte: fredag {expected}." in listing, listing
        status, out, err = bra("list", "--json")
        assert status == 0, err
        assert json.loads(out)["next"] == (HELD if "februari" in expected else dt.date(2025, 5, 16)).isoformat()
        status, notice, err = bra("kallelse")
        assert status == 0, err
        when = next(line for line in notice.splitlines() if line.startswith("Tid:"))
        assert expected in when and not_expected not in when, notice
        status, _, err = bra("remind", "--dry-run", str(folder))
        assert status == 0, err
        subjects = [message_from_bytes(p.read_bytes(), policy=policy.default)["Subject"]
                    for p in sorted(folder.glob("*.eml"))]
        assert subjects and all(expected in s for s in subjects), subjects
    with time_machine.travel(dt.datetime(2025, 2, 14, hour, 0).astimezone(), tick=True):
        async with running(seed_store) as (app, pilot):
            await pilot.press("k")
            await settle(pilot)
            assert isinstance(app.screen, NoticeScreen)
            preview = shown(app, "#notice-preview")
        assert f"Tid: fredag {expected}" in preview, preview
