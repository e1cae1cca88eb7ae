"""Enter on a hit in Sök opens its meeting at the hit's own tab, scrolled so that the item, person or follow-up is in
view; so does Enter in an item's history in Åtgärdslogg."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console
from textual.pilot import Pilot
from textual.widgets import OptionList

from brå_tui.model import Item
from brå_tui.store.load import load
from brå_tui.store.rows import searchable_texts
from brå_tui.store.save import save_meeting
from brå_tui.tui.app import BraApp
from brå_tui.tui.screens.meetings import MeetingsScreen
from brå_tui.tui.screens.search import TAB_OF_SECTION
from brå_tui.tui.widgets.meeting_tabs import TAB_IDS, MeetingTabs, marked_lines

from .helpers import Waiter, plain, running


def test_every_section_a_hit_can_be_in_has_a_tab(seed_store: Path) -> None:
    meetings = load(seed_store).meetings
    next(m for m in meetings if m.schedule).schedule[0].place = "Stadshuset"  # the seed gives no place
    sections = {section for m in meetings for section, _, _ in searchable_texts(m)}
    assert len(sections) == 7
    assert {TAB_OF_SECTION[s] for s in sections} == set(TAB_IDS)


def in_view(app: BraApp, tab: str, title: str) -> bool:
    """Whether the first words of title are on the lines of tab that the screen shows."""
    tabs = app.screen.query_one(MeetingTabs)
    section = tabs.sections[tab]
    lines = plain(section.content, section.scrollable_content_region.width).splitlines()
    top = round(section.scroll_y)
    shown = " ".join(" ".join(lines[top:top + section.scrollable_content_region.height]).split())
    return " ".join(title.split()[:2]) in shown


async def open_hit(app: BraApp, pilot: Pilot[None], wait_for_workers: Waiter, query: str, section: str,
                   title: str) -> None:
    await pilot.press("slash", *query)
    await wait_for_workers(pilot)
    await pilot.press("enter")
    hits = app.screen.hits  # type: ignore[attr-defined]
    wanted = next(n for n, hit in enumerate(hits) if hit.section == section and hit.title == title)
    app.screen.query_one("#hits", OptionList).highlighted = wanted
    await pilot.press("enter")
    await wait_for_workers(pilot)
    await pilot.pause()
    assert isinstance(app.screen, MeetingsScreen)


async def test_a_hit_in_ovriga_fragor_opens_ovrigt(app: BraApp, pilot: Pilot[None], wait_for_workers: Waiter) -> None:
    await open_hit(app, pilot, wait_for_workers, "krylbo", "Övriga frågor", "Krylbo")
    assert app.screen.query_one(MeetingTabs).active == "ovriga"


async def test_a_hit_far_down_a_tab_is_scrolled_into_view(app: BraApp, pilot: Pilot[None],
                                                          wait_for_workers: Waiter) -> None:
    await open_hit(app, pilot, wait_for_workers, "grannsamverkan", "Ärenden", "Stöd till Grannsamverkan 2024–2025")
    tabs = app.screen.query_one(MeetingTabs)
    assert tabs.active == "arenden"
    assert tabs.sections["arenden"].scroll_y > 0
    assert in_view(app, "arenden", "Stöd till Grannsamverkan 2024–2025")


async def test_a_follow_ups_history_opens_its_meeting_at_the_follow_up(app: BraApp, pilot: Pilot[None],
                                                                       wait_for_workers: Waiter) -> None:
    await pilot.press("l", "a")
    await wait_for_workers(pilot)
    entry = next(e for e in app.screen.shown if e.title == "Kameraövervakning")  # type: ignore[attr-defined]
    app.screen.open_history(entry.id)  # type: ignore[attr-defined]
    await wait_for_workers(pilot)
    await pilot.press("enter")
    await wait_for_workers(pilot)
    await pilot.pause()
    tabs = app.screen.query_one(MeetingTabs)
    assert tabs.active == "uppfoljning"
    assert in_view(app, "uppfoljning", entry.title)


def marked_text(app: BraApp, tab: str) -> str:
    """The plain text of the lines of tab shown marked (views.meeting.MARKED)."""
    tabs = app.screen.query_one(MeetingTabs)
    section = tabs.sections[tab]
    console = Console(file=io.StringIO(), width=section.content_region.width)
    lines = console.render_lines(section.content, console.options, pad=False)
    return " ".join(" ".join("".join(s.text for s in lines[n]).split()) for n in marked_lines(lines))


@pytest.fixture
def long_meeting(seed_store: Path) -> Path:
    """The seed store whose newest meeting has, before its other items, an item whose notes name the title of a
    later one, and an item whose notes run over many screens with a rare word at their end."""
    path = seed_store / "meetings" / "2024-11-15.toml"
    meeting = load(seed_store).meeting("2024-11-15")
    assert meeting is not None
    long_notes = "\n".join(f"Rad {n} om läget i centrum och vad som har hänt sedan förra mötet." for n in range(60))
    meeting.items[:0] = [Item("Inledning", notes="Medborgardialog hålls i Krylbo i vår, se nedan."),
                         Item("Rapport från fältgruppen", notes=long_notes + "\nSist om zebrafinkar i parken."),
                         Item("Medborgardialog", notes="Planering av dialogen.")]
    assert save_meeting(meeting, path)
    return seed_store


async def test_a_hit_deep_in_a_long_item_lands_on_the_hit(long_meeting: Path, wait_for_workers: Waiter) -> None:
    async with running(long_meeting) as (app, pilot):
        await open_hit(app, pilot, wait_for_workers, "zebrafinkar", "Ärenden", "Rapport från fältgruppen")
        assert in_view(app, "arenden", "Sist om zebrafinkar i parken.")
        assert marked_text(app, "arenden").startswith("2. Rapport från fältgruppen")


async def test_a_hit_lands_on_its_own_item_not_an_earlier_mention(long_meeting: Path,
                                                                   wait_for_workers: Waiter) -> None:
    async with running(long_meeting) as (app, pilot):
        await open_hit(app, pilot, wait_for_workers, "planering dialogen", "Ärenden", "Medborgardialog")
        tabs = app.screen.query_one(MeetingTabs)
        assert marked_text(app, "arenden") == "3. Medborgardialog"
        assert in_view(app, "arenden", "3. Medborgardialog")
        assert in_view(app, "arenden", "Planering av dialogen.")
        assert tabs.sections["arenden"].scroll_y > 0  # the long item above is scrolled past


async def test_a_hit_in_a_table_marks_its_row(app: BraApp, pilot: Pilot[None], wait_for_workers: Waiter) -> None:
    await open_hit(app, pilot, wait_for_workers, "förlängning", "Uppföljning", "Kameraövervakning")
    marked = marked_text(app, "uppfoljning")  # the row, in columns or as a record, whichever the width gives
    assert "Kameraövervakning" in marked and "Kommunen önskar" in marked and "förlängning" in marked
    await pilot.press("up")  # another meeting: nothing marked
    await pilot.pause()
    await pilot.press("down")
    await pilot.pause()
    assert marked_text(app, "uppfoljning") == ""
