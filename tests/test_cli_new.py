"""`bra new`: the next meeting's file, written from the latest one, never over an existing file."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., tuple[int, str, str]]



@pytest.mark.usefixtures("seed_day")
def test_new_writes_the_next_scheduled_meeting(bra: Run, seed_store: Path) -> None:
    status, out, err = bra("new")
    assert status == 0, err
    path = seed_store / "meetings" / "2025-02-14.toml"
    assert out.strip() == str(path)
    new = tomllib.loads(path.read_text("utf-8"))
    latest = tomllib.loads((seed_store / "meetings" / "2024-11-15.toml").read_text("utf-8"))
    council = tomllib.loads((seed_store / "council.toml").read_text("utf-8"))
    assert new["format"] == 1 and new["date"].isoformat() == "2025-02-14"
    assert (new["start"].isoformat(), new["end"].isoformat()) == ("09:00:00", "11:30:00")
    assert [a["name"] for a in new["attendee"]] == [a["name"] for a in latest["attendee"]]
    assert [i["title"] for i in new["item"]] == [s["title"] for s in council["standing_item"]]
    open_ids = [f["id"] for f in latest["followup"] if f.get("state", "open") == "open"]
    assert [f["id"] for f in new["followup"]] == open_ids == [
        "kartlaggning-narkotikaprevention", "samverkansoverenskommelse", "handlingsplan-omsorg-bildning"]
    for before, after in zip(latest["followup"], new["followup"], strict=False):
        assert (after["title"], after["status"], after.get("owners", [])) == \
            (before["title"], before["status"], before.get("owners", []))
    for absent in ("risk", "other", "schedule"):
        assert absent not in new
    assert bra("check")[0] == 0


def test_new_refuses_to_overwrite(bra: Run, seed_store: Path) -> None:
    before = (seed_store / "meetings" / "2024-11-15.toml").read_bytes()
    status, out, err = bra("new", "2024-11-15")
    assert (status, out) == (1, "")
    assert len(err.strip().splitlines()) == 1 and "2024-11-15-2" in err
    assert (seed_store / "meetings" / "2024-11-15.toml").read_bytes() == before
    status, out, _ = bra("new", "2024-11-15-2")
    assert status == 0 and out.strip().endswith("2024-11-15-2.toml")
    status, out, err = bra("new", "2024-11-15")  # two that day now: the hint names the third, never one taken
    assert (status, out) == (1, "")
    assert err.strip().endswith("Du kan ange 'bra new 2024-11-15-3' för dagens tredje möte."), err


@pytest.mark.usefixtures("seed_day")
def test_new_refuses_to_write_over_a_broken_file(bra: Run, seed_store: Path) -> None:
    broken = seed_store / "meetings" / "2025-02-14.toml"
    broken.write_bytes(b"format = 1\ndate = [\n")
    status, _, err = bra("new")
    assert status == 1 and "skrivs inte över" in err
    assert broken.read_bytes() == b"format = 1\ndate = [\n"


def test_new_with_a_date_outside_the_schedule(bra: Run, seed_store: Path) -> None:
    status, out, _ = bra("new", "2025-03-03")
    assert status == 0
    new = tomllib.loads(Path(out.strip()).read_text("utf-8"))
    assert new["date"].isoformat() == "2025-03-03"
    assert new["place"] == "Visenten, Stadshuset"


@pytest.mark.parametrize("bad", ["2025-02-30", "../../etc/x", "imorgon", "2025-2-14"])
def test_new_bad_date_is_usage_error(bra: Run, seed_store: Path, bad: str) -> None:
    before = sorted(p.name for p in (seed_store / "meetings").iterdir())
    status, out, err = bra("new", bad)
    assert (status, out) == (2, "") and len(err.strip().splitlines()) == 1
    assert sorted(p.name for p in (seed_store / "meetings").iterdir()) == before


def _reannounce(seed_store: Path) -> None:
    """A meeting on 2025-02-14 whose Tidplan moves 2025-05-16 (announced at 09.00–11.30 without a place by the
    meeting before it) to the afternoon in another room."""
    (seed_store / "meetings" / "2025-02-14.toml").write_text(
        'format = 1\ndate = 2025-02-14\nstart = 13:00:00\nend = 15:30:00\nplace = "Folkets hus, sal 2"\n\n'
        '[[schedule]]\ndate = 2025-05-16\nstart = 13:00:00\nend = 15:30:00\nplace = "Stadshuset"\n', "utf-8")


@pytest.mark.usefixtures("seed_day")
@pytest.mark.parametrize("args", [(), ("2025-05-16",)])
def test_new_takes_the_newest_schedule_line(bra: Run, seed_store: Path, args: tuple[str, ...]) -> None:
    _reannounce(seed_store)
    status, out, err = bra("new", *args)
    assert status == 0, err
    new = tomllib.loads(Path(out.strip()).read_text("utf-8"))
    assert new["date"].isoformat() == "2025-05-16"
    assert (new["start"].isoformat(), new["end"].isoformat(), new["place"]) == ("13:00:00", "15:30:00", "Stadshuset")


@pytest.mark.usefixtures("seed_day")
def test_every_view_of_the_schedule_takes_the_newest_line(bra: Run, seed_store: Path) -> None:
    from brå_tui.questions.newmeeting import next_meeting, planned
    from brå_tui.store.read import load_store

    _reannounce(seed_store)
    store = load_store(seed_store)
    row = next(line for line in bra("list")[1].splitlines() if line.startswith("2025-05-16"))
    assert "13.00–15.30" in row and "Stadshuset" in row
    first = planned(store)[0]
    assert (first.date.isoformat(), first.start.isoformat(), first.place) == ("2025-05-16", "13:00:00", "Stadshuset")
    made = next_meeting(store)
    assert (made.date, made.start, made.place) == (first.date, first.start, first.place)


@pytest.mark.usefixtures("seed_day")
def test_a_planned_meeting_without_a_place_is_at_the_usual_place_everywhere(bra: Run, seed_store: Path) -> None:
    """bra list, the calendar export and bra new agree: a schedule line without a place means the council's
    default place (council.toml), not the place of whichever meeting was held last."""
    from brå_tui.questions.newmeeting import planned
    from brå_tui.store.read import load_store

    (seed_store / "meetings" / "2025-02-14.toml").write_text(
        'format = 1\ndate = 2025-02-14\nstart = 13:00:00\nend = 15:30:00\nplace = "Folkets hus, sal 2"\n', "utf-8")
    row = next(line for line in bra("list")[1].splitlines() if line.startswith("2025-05-16"))
    assert row.rstrip().endswith("Visenten, Stadshuset")
    assert planned(load_store(seed_store))[0].place == "Visenten, Stadshuset"
    status, out, err = bra("new")
    assert status == 0, err
    assert tomllib.loads(Path(out.strip()).read_text("utf-8"))["place"] == "Visenten, Stadshuset"


def test_new_before_the_latest_meeting_is_refused(bra: Run, seed_store: Path) -> None:
    """A date before the latest meeting would carry later follow-ups back in time: a usage error, nothing written."""
    before = sorted(p.name for p in (seed_store / "meetings").iterdir())
    status, out, err = bra("new", "2020-01-01")
    assert (status, out) == (2, "")
    assert "före det senaste mötet" in err and len(err.strip().splitlines()) == 1
    assert sorted(p.name for p in (seed_store / "meetings").iterdir()) == before


@pytest.mark.parametrize(("date", "follows"), [("2020-01-01", None), ("2024-06-01", "2024-02-09")])
def test_backdate_follows_the_meeting_before_it(bra: Run, seed_store: Path, date: str, follows: str | None) -> None:
    """With --backdate the new meeting starts from the newest meeting on or before its date, and no follow-up
    from a later meeting is copied into it."""
    status, out, _ = bra("new", date, "--backdate")
    assert status == 0
    new = tomllib.loads(Path(out.strip()).read_text("utf-8"))
    if follows is None:
        assert "followup" not in new and "attendee" not in new
        return
    before = tomllib.loads((seed_store / "meetings" / f"{follows}.toml").read_text("utf-8"))
    open_ids = [f["id"] for f in before["followup"] if f.get("state", "open") == "open"]
    assert [f["id"] for f in new["followup"]] == open_ids
    assert [a["name"] for a in new["attendee"]] == [a["name"] for a in before["attendee"]]
