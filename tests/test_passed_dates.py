"""A planned date that has passed is shown as passed, and nothing treats it as the next meeting: `bra list`, `bra show`,
a meeting's Tidplan, the exports and the app mark it "passerat"; `bra kallelse` and `bra remind` refuse it; `bra new`
and the notice start on the first planned date still ahead.

The seed's planned dates are all in 2025: on the real date they have passed; seed_day (tests/conftest.py) and
time_machine move the clock to a day in 2025 where some are still ahead."""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest
import time_machine
from rich.text import Text
from textual.pilot import Pilot
from textual.widgets import OptionList

from brå_tui.tui.app import BraApp
from brå_tui.tui.editing.screen import EditMeetingScreen
from tests.tui.helpers import Waiter, shown

Run = Callable[..., tuple[int, str, str]]
SEED_PLANNED = ["2025-02-14", "2025-05-16", "2025-09-12", "2025-11-14"]


def travel(day: str) -> time_machine.travel:
    """The clock moved to nine in the morning of day (it keeps ticking from there)."""
    return time_machine.travel(dt.datetime.combine(dt.date.fromisoformat(day), dt.time(9, 0)).astimezone(), tick=True)


def flat(text: str) -> str:
    return " ".join(text.split())


def test_today_is_still_ahead_and_yesterday_has_passed() -> None:
    from brå_tui.questions.ahead import has_passed, next_ahead, still_ahead

    today = dt.date(2025, 5, 16)
    assert has_passed(dt.date(2025, 5, 15), today) and not has_passed(today, today)
    days = [dt.date(2025, 2, 14), dt.date(2025, 9, 12), today]
    assert still_ahead(days_as_entries(days), today) == days_as_entries([dt.date(2025, 9, 12), today])
    assert next_ahead(days_as_entries(days), today) == days_as_entries([today])[0]
    assert next_ahead(days_as_entries(days[:1]), today) is None


def days_as_entries(days: list[dt.date]) -> list[object]:
    from brå_tui.model import ScheduleEntry

    return [ScheduleEntry(day) for day in days]


def _planned_rows(out: str) -> dict[str, str]:
    return {line.split()[0]: line.rstrip() for line in out.splitlines() if line[:10] in SEED_PLANNED}


def test_list_marks_the_passed_planned_dates_and_says_no_next_meeting_is_planned(bra: Run) -> None:
    status, out, err = bra("list")
    assert status == 0, err
    rows = _planned_rows(out)
    assert sorted(rows) == SEED_PLANNED and all(row.endswith("passerat") for row in rows.values()), out
    assert "Nästa möte: inget planerat; tidplanens datum har passerat." in out
    listed = json.loads(bra("list", "--json")[1])
    assert [(p["date"], p["passed"]) for p in listed["planned"]] == [(day, True) for day in SEED_PLANNED]
    assert listed["next"] is None


def test_list_on_a_day_between_planned_dates_names_the_next_one_still_ahead(bra: Run) -> None:
    with travel("2025-05-16"):  # the day of a planned meeting: it is still ahead
        status, out, _ = bra("list")
        listed = json.loads(bra("list", "--json")[1])
    assert status == 0
    rows = _planned_rows(out)
    assert rows["2025-02-14"].endswith("passerat")
    assert not any("passerat" in rows[day] for day in SEED_PLANNED[1:]), out
    assert "Nästa möte: fredag 16 maj 2025." in out
    assert listed["next"] == "2025-05-16"
    assert [p["passed"] for p in listed["planned"]] == [True, False, False, False]


@pytest.mark.usefixtures("seed_day")
def test_list_before_every_planned_date_marks_none(bra: Run) -> None:
    status, out, _ = bra("list")
    assert status == 0 and "passerat" not in out and "Läge" not in out
    assert "Nästa möte: fredag 14 februari 2025." in out


def test_show_of_a_passed_planned_date_says_it_has_passed(bra: Run) -> None:
    status, out, err = bra("show", "2025-05-16")
    assert status == 0, err
    assert flat(out).startswith("Planerat möte, passerat Datum fredag 16 maj 2025 (passerat)")
    assert "Datumet i tidplanen har passerat och mötet har inga anteckningar." in flat(out)
    assert json.loads(bra("show", "2025-05-16", "--json")[1])["passed"] is True


def test_a_meetings_tidplan_marks_its_passed_dates_in_show_and_the_exports(bra: Run, tmp_path: Path) -> None:
    with travel("2025-05-16"):
        status, out, _ = bra("show", "2024-11-15")
        assert status == 0
        markdown = bra("export", "2024-11-15", "--format", "md")[1]
        text = bra("export", "2024-11-15", "--format", "txt")[1]
    tidplan = out[out.index("Tidplan"):]
    rows = _planned_rows(tidplan)
    assert rows["2025-02-14"].endswith("passerat")
    assert not any("passerat" in rows[day] for day in SEED_PLANNED[1:]), tidplan
    assert "- 14 februari kl. 09.00–11.30 (passerat)" in markdown
    assert "- 16 maj kl. 09.00–11.30\n" in markdown
    assert "14 februari\tkl. 09.00–11.30 (passerat)" in text and "16 maj\tkl. 09.00–11.30\n" in text


def test_the_notice_without_a_date_is_for_the_next_planned_date_still_ahead(bra: Run, seed_store: Path) -> None:
    """A meeting file written ahead of its meeting (an agenda) whose date has passed is not the next meeting."""
    (seed_store / "meetings" / "2025-02-14.toml").write_text(
        'format = 1\ndate = 2025-02-14\n\n[[item]]\ntitle = "Trygghetsvandring"\n', "utf-8")
    with travel("2025-03-03"):
        status, out, err = bra("kallelse")
    assert status == 0, err
    assert "Den 16 maj 2025 kl. 09.00–11.30" in out and "Trygghetsvandring" not in out


def test_the_notice_without_anything_planned_ahead_says_so(bra: Run) -> None:
    status, out, err = bra("kallelse")
    assert status == 0
    today = dt.date.today()
    assert f"kallelsen gäller dagens datum, {today.isoformat()}" in err
    assert "2025" not in out.split("Ärenden")[0]


def test_new_starts_on_the_first_planned_date_still_ahead(bra: Run, seed_store: Path) -> None:
    for day, expected in (("2025-03-03", "2025-05-16"), ("2025-09-12", "2025-09-12")):  # today counts as ahead
        with travel(day):
            status, out, err = bra("new")
        assert (status, err) == (0, ""), err
        new = tomllib.loads(Path(out.strip()).read_text("utf-8"))
        assert new["date"].isoformat() == expected
        assert (new["start"].isoformat(), new["end"].isoformat()) == ("09:00:00", "11:30:00")
        Path(out.strip()).unlink()


def test_new_with_no_planned_date_ahead_takes_today_and_says_so(bra: Run, seed_store: Path) -> None:
    today = dt.date.today()
    status, out, err = bra("new")
    assert status == 0
    assert Path(out.strip()) == seed_store / "meetings" / f"{today.isoformat()}.toml"
    assert err.strip() == (f"bra: Inget planerat möte ligger framför i tidplanen; det nya mötet får dagens datum, "
                           f"{today.isoformat()}.")


def _label(app: BraApp, key: str) -> str:
    listing = app.screen.query_one("#meeting-list", OptionList)
    prompt = listing.get_option(f"p:{key}").prompt
    return prompt.plain if isinstance(prompt, Text) else str(prompt)


async def test_the_app_marks_passed_planned_meetings(app: BraApp, pilot: Pilot[None], wait_for_workers: Waiter) -> None:
    assert all(_label(app, day).split() == [day, "passerat"] for day in SEED_PLANNED)
    await pilot.press("down", "down")  # past the two meetings held, to the first planned one
    await wait_for_workers(pilot)
    notice = flat(shown(app, "#notice"))
    assert "Planerat möte, passerat" in notice and "fredag 14 februari 2025 (passerat)" in notice
    await pilot.press("n")  # Nytt möte on a passed planned date writes that meeting, after the fact
    await wait_for_workers(pilot)
    assert isinstance(app.screen, EditMeetingScreen) and app.screen.meeting.date == dt.date(2025, 2, 14)


async def test_the_app_with_no_planned_date_ahead_starts_a_new_meeting_today_and_says_so(
        app: BraApp, pilot: Pilot[None], wait_for_workers: Waiter) -> None:
    await pilot.press("n")
    said = [n.message for n in app._notifications]  # read at once: a notice goes away after its time
    await wait_for_workers(pilot)
    today = dt.date.today()
    assert isinstance(app.screen, EditMeetingScreen) and app.screen.meeting.date == today
    assert f"Inget planerat möte ligger framför i tidplanen; det nya mötet får dagens datum, {today}." in said, said


@pytest.mark.usefixtures("seed_day")
async def test_the_app_on_a_day_before_the_planned_dates_calls_them_planned(
        app: BraApp, pilot: Pilot[None], wait_for_workers: Waiter) -> None:
    assert all(_label(app, day).split() == [day, "planerat"] for day in SEED_PLANNED)
    await pilot.press("n")  # Nytt möte from Möten's first row starts on the first planned date
    said = [n.message for n in app._notifications]
    await wait_for_workers(pilot)
    assert isinstance(app.screen, EditMeetingScreen) and app.screen.meeting.date == dt.date(2025, 2, 14)
    assert not any(message.startswith("Inget planerat möte") for message in said)


async def test_the_apps_notice_with_nothing_planned_ahead_says_it_is_for_today(
        app: BraApp, pilot: Pilot[None], wait_for_workers: Waiter) -> None:
    await pilot.press("k")
    await wait_for_workers(pilot)
    today = dt.date.today()
    assert flat(shown(app, "#notice-preview")).startswith(
        f"Inget planerat möte ligger framför i tidplanen; kallelsen gäller dagens datum, {today}.")


@pytest.mark.usefixtures("seed_day")
async def test_the_apps_notice_for_a_planned_meeting_says_nothing_of_today(
        app: BraApp, pilot: Pilot[None], wait_for_workers: Waiter) -> None:
    await pilot.press("k")
    await wait_for_workers(pilot)
    assert "Inget planerat möte" not in shown(app, "#notice-preview")


def test_redigera_tidplan_marks_a_passed_date_as_moten_does() -> None:
    import datetime as dt

    from brå_tui.model import ScheduleEntry
    from brå_tui.tui.editing.screen import describe_schedule

    today = dt.date(2026, 11, 30)
    assert describe_schedule(ScheduleEntry(date=dt.date(2026, 11, 1)), today).endswith("(passerat)")
    assert "passerat" not in describe_schedule(ScheduleEntry(date=today), today)
    assert "passerat" not in describe_schedule(ScheduleEntry(date=dt.date(2027, 2, 12)), today)
