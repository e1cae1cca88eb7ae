"""Möten: the list (newest first, then planned), the tabs that follow the cursor, broken files, no meetings."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import OptionList, TabbedContent

from brå_tui.tui.app import BraApp, StoreProgress
from brå_tui.tui.screens.confirm import ConfirmScreen
from brå_tui.tui.screens.meetings import MeetingsScreen

from .helpers import Waiter, running, shown, visible


def _labels(app: BraApp) -> list[str]:
    listing = app.screen.query_one("#meeting-list", OptionList)
    return [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]


@pytest.mark.usefixtures("seed_day")
async def test_list_is_newest_first_then_planned_and_shows_the_newest(app: BraApp) -> None:
    assert isinstance(app.screen, MeetingsScreen)
    labels = _labels(app)
    assert labels[:2] == ["2024-11-15", "2024-02-09"]
    planned = labels[2:]
    assert planned and all("planerat" in label for label in planned)
    assert [label.split()[0] for label in planned] == sorted(label.split()[0] for label in planned)
    overview = shown(app, "#section-oversikt")
    assert "15 november 2024" in overview and "09.00–11.20" in overview
    assert "Visenten, Stadshuset" in overview and "Blerta Krenzi" in overview
    assert "Cornelia Gustafsson" in overview and "Beslut" in overview


async def test_moving_in_the_list_updates_every_tab_at_once(app: BraApp, pilot: Pilot[None]) -> None:
    await pilot.press("3", "down")
    items = shown(app, "#section-arenden")
    assert "Trygghetsöverrenskommelse Avesta" in items
    assert "Beslut: Avesta kommun bidrar med 10 000 kronor" in items
    await pilot.press("1")
    assert "9 februari 2024" in shown(app, "#section-oversikt")
    await pilot.press("2")
    assert "Lars Ilmoni" in shown(app, "#section-narvarande")
    await pilot.press("4")
    assert "Omfattande" in shown(app, "#section-lagesbild")
    await pilot.press("5")
    assert "Kameraövervakning" in shown(app, "#section-uppfoljning")
    await pilot.press("up")
    followups = shown(app, "#section-uppfoljning").split()  # the title column may wrap the title between words
    assert "Handlingsplan" in followups and "omsorg/bildning" in followups


async def test_tab_keys_switch_tabs(app: BraApp, pilot: Pilot[None]) -> None:
    tabs = app.screen.query_one("#tabs", TabbedContent)
    assert tabs.active == "oversikt"
    await pilot.press("3")
    assert tabs.active == "arenden"
    await pilot.press("right")
    assert tabs.active == "lagesbild"
    await pilot.press("left", "left")
    assert tabs.active == "narvarande"
    await pilot.press("7")
    assert tabs.active == "ovriga"
    assert visible(app.screen.query_one("#section-ovriga"))


async def test_planned_meeting_says_when_and_where(app: BraApp, pilot: Pilot[None]) -> None:
    await pilot.press("down", "down")
    notice = shown(app, "#notice")
    assert "Planerat möte" in notice
    assert visible(app.screen.query_one("#notice"))
    assert not visible(app.screen.query_one("#tabs"))
    await pilot.press("e")  # a planned meeting has no notes to edit: it says so, and how to write them
    await pilot.pause()
    assert isinstance(app.screen, MeetingsScreen)
    said = " ".join(str(n.message) for n in app._notifications)
    assert "bara planerat" in said and "tryck n" in said


async def test_broken_file_is_listed_as_broken_with_file_line_and_reason(broken_store: Path) -> None:
    before = (broken_store / "meetings" / "2024-05-03.toml").read_bytes()
    async with running(broken_store) as (app, pilot):
        labels = _labels(app)
        assert labels[0] == "2024-11-15"
        assert labels[1].startswith("2024-05-03") and "TRASIG" in labels[1]
        await pilot.press("down")
        notice = shown(app, "#notice")
        assert "TRASIG FIL" in notice
        assert "meetings/2024-05-03.toml" in notice
        assert "Rad" in notice and "3" in notice
        finding = app.store.broken_meetings.get("2024-05-03") if app.store else None
        assert finding is not None and finding.message in " ".join(notice.split())
        assert app.screen.check_action("edit", ()) is False  # not offered in the footer
        await pilot.press("e")  # and pressed anyway, it says why
        await pilot.pause()
        assert isinstance(app.screen, MeetingsScreen)
        said = " ".join(str(n.message) for n in app._notifications)
        assert "går inte att läsa och kan inte redigeras" in said
    assert (broken_store / "meetings" / "2024-05-03.toml").read_bytes() == before


async def test_empty_store_says_what_to_do(empty_store: Path) -> None:
    async with running(empty_store) as (app, _pilot):
        message = shown(app, "#empty")
        assert "Inga möten ännu. Tryck n för att skriva det första, eller kör 'bra new'." in " ".join(message.split())
        assert visible(app.screen.query_one("#empty"))
        assert not visible(app.screen.query_one("#body"))


async def test_reading_reports_progress_and_keeps_the_store(seed_store: Path) -> None:
    source = seed_store / "meetings" / "2024-02-09.toml"
    text = source.read_text(encoding="utf-8")
    for n in range(1, 41):
        day = f"2023-{(n - 1) // 28 + 1:02d}-{(n - 1) % 28 + 1:02d}"
        (seed_store / "meetings" / f"{day}.toml").write_text(text.replace("date = 2024-02-09", f"date = {day}"),
                                                            encoding="utf-8")
    async with running(seed_store) as (app, _pilot):
        assert app.progress == (42, 42)
        assert app.store is not None and len(app.store.summaries) == 42
        assert len(_labels(app)) >= 42


async def test_a_newer_progress_count_replaces_the_ones_still_waiting(app: BraApp, pilot: Pilot[None]) -> None:
    """Counts posted faster than the app takes them are not shown one by one: the latest replaces those waiting."""
    seen: list[tuple[int, int]] = []
    app.read_progress.subscribe(app.screen, seen.append, immediate=True)
    for done in range(1, 101):
        app.post_message(StoreProgress(done, 100))
    await pilot.pause()
    assert seen and seen[-1] == (100, 100) and app.progress == (100, 100)
    assert len(seen) < 10, f"{len(seen)} of 100 counts were shown"


async def test_reload_store_shows_a_new_meeting_and_keeps_the_selection(seed_store: Path, app: BraApp,
                                                                        pilot: Pilot[None],
                                                                        wait_for_workers: Waiter) -> None:
    await pilot.press("down")
    shutil.copy(seed_store / "meetings" / "2024-02-09.toml", seed_store / "meetings" / "2024-02-10.toml")
    text = (seed_store / "meetings" / "2024-02-10.toml").read_text(encoding="utf-8")
    (seed_store / "meetings" / "2024-02-10.toml").write_text(text.replace("date = 2024-02-09", "date = 2024-02-10"),
                                                             encoding="utf-8")
    app.reload_store()
    await wait_for_workers(pilot)
    assert _labels(app)[:3] == ["2024-11-15", "2024-02-10", "2024-02-09"]
    assert app.screen.selected_meeting == "2024-02-09"  # type: ignore[attr-defined]


class _Unsaved(Screen[None]):
    """A screen that holds unsaved changes, as an edit screen does."""

    def has_unsaved(self) -> bool:
        """Always something unsaved."""
        return True


async def test_q_quits_at_once_when_nothing_is_unsaved(seed_store: Path) -> None:
    async with running(seed_store) as (app, pilot):
        assert app.has_unsaved() is False
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_q_asks_first_when_something_is_unsaved(seed_store: Path) -> None:
    async with running(seed_store) as (app, pilot):
        app.push_screen(_Unsaved())
        await pilot.pause()
        assert app.has_unsaved() is True
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, _Unsaved) and app.return_code is None
        await pilot.press("q")
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause()
    assert app.return_code == 0


async def test_e_and_n_open_the_editing_screens(app: BraApp, pilot: Pilot[None]) -> None:
    await pilot.press("e")
    await pilot.pause()
    assert type(app.screen).__name__ == "EditMeetingScreen"
    assert not isinstance(app.screen, MeetingsScreen)
    assert app.screen.new is False  # type: ignore[attr-defined]
    await pilot.press("escape")
    await pilot.pause()
    assert isinstance(app.screen, MeetingsScreen)
    await pilot.press("n")
    await pilot.pause()
    assert type(app.screen).__name__ == "EditMeetingScreen"
    assert app.screen.new is True  # type: ignore[attr-defined]


async def test_progress_reads_as_files_of_total(app: BraApp, pilot: Pilot[None]) -> None:
    app.read_progress.publish((120, 1000))
    await pilot.pause()
    assert shown(app, "#status").strip() == "Läser möten … 120/1000"


async def test_tab_and_escape_move_between_tabs_and_list(app: BraApp, pilot: Pilot[None]) -> None:
    listing = app.screen.query_one("#meeting-list", OptionList)
    assert app.focused is listing
    await pilot.press("tab", "right")
    assert app.focused is not listing
    assert app.screen.query_one("#tabs", TabbedContent).active == "narvarande"
    await pilot.press("escape")
    assert app.focused is listing and isinstance(app.screen, MeetingsScreen)


async def test_the_follow_up_tab_shows_an_overdue_follow_up_as_the_log_does(app: BraApp, pilot: Pilot[None]) -> None:
    # Today is past 2025-02-14, the next planned meeting after 2024-11-15 that "Återkommer på kommande Lokala Brå"
    # promises: the action log calls it FÖRSENAD, and so does the meeting's own tab.
    await pilot.press("5")
    tab = shown(app, "#section-uppfoljning")
    start = tab.index("Kartläggning")
    assert "senast 2025-02-14" in tab[start:] and "FÖRSENAD" in tab[start:]
