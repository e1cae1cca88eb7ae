"""Enter on a hit in Sök opens its meeting at the hit's own tab, scrolled so that the item, person or follow-up is in
view; so does Enter in an item's history in Åtgärdslogg."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import OptionList

from brå_tui.store.load import load
from brå_tui.store.rows import searchable_texts
from brå_tui.tui.app import BraApp
from brå_tui.tui.screens.meetings import MeetingsScreen
from brå_tui.tui.screens.search import TAB_OF_SECTION
from brå_tui.tui.widgets.meeting_tabs import TAB_IDS, MeetingTabs

from .helpers import Waiter, plain


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
