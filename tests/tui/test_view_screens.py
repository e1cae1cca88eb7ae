"""Lägesbild, Åtgärdslogg, Ansvarig and Sök, each driven by its keys on the seed store."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, OptionList, Select, Static, TabbedContent

from brå_tui.tui.app import BraApp
from brå_tui.tui.screens.log import FollowUpHistoryScreen, LogScreen
from brå_tui.tui.screens.meetings import MeetingsScreen
from brå_tui.tui.screens.owner import OwnerScreen
from brå_tui.tui.screens.risk import RiskScreen
from brå_tui.tui.screens.search import SearchScreen

from .helpers import Waiter, plain, running, shown


def _rows(app: BraApp) -> dict[str, str]:
    table = app.screen.query_one(DataTable)
    return {str(key.value): " | ".join(plain(cell).strip() for cell in table.get_row(key))
            for key in table.rows}


async def test_risk_screen_shows_the_matrix_with_trend_and_what_is_linked(app: BraApp, pilot: Pilot[None],
                                                                          wait_for_workers: Waiter) -> None:
    await pilot.press("r")
    await wait_for_workers(pilot)
    assert isinstance(app.screen, RiskScreen)
    matrix = shown(app, "#matrix")
    for text in ("ANDT", "Hot och våld", "Trend", "Omfattande", "Återkommande", "dec 2023", "2024-11-15"):
        assert text in matrix
    linked = shown(app, "#linked")
    assert "Uppföljningar – ANDT" in linked
    assert "Lokalstrategin för" in linked and "Kartläggning av kunskapsläget" in linked
    assert "Lägesbild sociala risker" in linked
    await pilot.press("down")
    linked = shown(app, "#linked")
    assert "Hot och våld" in linked and "Lokalstrategin" not in linked
    areas = app.screen.query_one("#areas", OptionList)
    andt = str(areas.get_option("ANDT").prompt)
    assert "(senast dec 2023)" in andt, "a level the newest picture does not report says when it was reported"
    assert "(senast" not in str(areas.get_option("Hot och våld").prompt)
    await pilot.press("escape")
    assert isinstance(app.screen, MeetingsScreen)


async def test_risk_screen_steps_back_through_periods(seed_store: Path, wait_for_workers: Waiter) -> None:
    from tests.risk_history import add_risk_history

    def in_view(app: BraApp) -> str:
        widget = app.screen.query_one("#matrix", Static)
        return plain(widget.content, widget.content_region.width)

    async with running(add_risk_history(seed_store)) as (app, pilot):
        await pilot.press("r")
        await wait_for_workers(pilot)
        assert "aug 2025" in in_view(app) and "dec 2023" not in in_view(app)
        await pilot.press("left", "left")
        matrix = in_view(app)
        assert "dec 2023" in matrix and "aug 2025" not in matrix
        assert "2 perioder senare (→)" in matrix
        await pilot.press("left")
        assert "dec 2023" in in_view(app), "the earliest period stays in view"
        await pilot.press("right", "right")
        assert "aug 2025" in in_view(app)


def _close(root: Path, meeting: str, followup: str) -> None:
    """Mark a follow-up done in a meeting file, as a secretary would by hand."""
    path = root / "meetings" / f"{meeting}.toml"
    head, found, tail = path.read_text(encoding="utf-8").partition(f'id = "{followup}"')
    assert found
    path.write_text(head + found + tail.replace('state = "open"', 'state = "done"', 1), encoding="utf-8")


async def test_log_screen_filters_sorts_and_shows_history(seed_store: Path, wait_for_workers: Waiter) -> None:
    _close(seed_store, "2024-11-15", "handlingsplan-omsorg-bildning")
    async with running(seed_store) as (app, pilot):
        await pilot.press("l")
        await wait_for_workers(pilot)
        assert isinstance(app.screen, LogScreen)
        rows = _rows(app)
        assert "Kameraövervakning" in rows["kameraovervakning"] and "TAPPAD" in rows["kameraovervakning"]
        assert all("klar" not in row.split(" | ")[2] for row in rows.values())
        open_count = len(rows)
        assert "handlingsplan-omsorg-bildning" not in rows
        await pilot.press("a")
        assert len(_rows(app)) == open_count + 1
        assert "klar" in _rows(app)["handlingsplan-omsorg-bildning"]
        assert "alla" in shown(app, "#log-state")
        table = app.screen.query_one(DataTable)
        last = "Handlingsplan omsorg/bildning"  # whole at 80 columns
        assert str(table.get_row_at(table.row_count - 1)[0]) == last
        await pilot.press("s")
        assert "äldst först" in shown(app, "#log-state")
        assert str(table.get_row_at(0)[0]) != last
        await pilot.press("s")
        assert "nyast först" in shown(app, "#log-state")
        assert str(table.get_row_at(0)[0]) == last
        await pilot.press("s", "a")
        assert len(_rows(app)) == open_count

        app.screen.query_one("#log-owner", Input).focus()
        await pilot.press(*"Mikael J")
        await pilot.pause()
        owned = _rows(app)
        # the owner as written short in the notes, shown by his full name
        assert owned and all("Mikael Jansson" in " ".join(row.split()) for row in owned.values())
        await pilot.press("enter")
        app.screen.query_one("#log-owner", Input).value = ""
        await pilot.pause()

        app.screen.query_one("#log-area", Select).value = "ANDT"
        await pilot.pause()
        assert set(_rows(app)) == {"lokalstrategi-narkotikabekampning", "kartlaggning-narkotikaprevention"}
        app.screen.query_one("#log-area", Select).clear()
        await pilot.pause()

        table = app.screen.query_one(DataTable)
        table.focus()
        table.move_cursor(row=table.get_row_index("kartlaggning-narkotikaprevention"))
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, FollowUpHistoryScreen)
        history = shown(app, "#history")
        assert "2024-02-09" in history and "2024-11-15" in history
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MeetingsScreen)
        assert app.screen.selected_meeting == "2024-11-15"
        assert app.screen.query_one("#tabs", TabbedContent).active == "uppfoljning"


async def test_owner_screen_answers_as_you_type(app: BraApp, pilot: Pilot[None], wait_for_workers: Waiter) -> None:
    await pilot.press("o")
    await wait_for_workers(pilot)
    assert isinstance(app.screen, OwnerScreen)
    nobody = shown(app, "#owned")
    assert "Uppföljningar utan ansvarig" in nobody and "Handlingsplan omsorg/bildning" in nobody

    await pilot.press(*"Mikael J")
    owned = shown(app, "#owned")
    assert "Mikael Jansson" in owned and "Kartläggning av kunskapsläget" in owned
    assert "Handlingsplan omsorg/bildning" not in owned

    app.screen.query_one(Input).value = ""
    await pilot.press(*"mikael")
    both = shown(app, "#owned")
    assert "Mikael Jansson" in both and "Mikael Westberg" in both

    app.screen.query_one(Input).value = ""
    await pilot.press(*"asell")
    tobias = " ".join(shown(app, "#owned").split())
    assert "Tobias Åsell" in tobias and "Trygghetsöverrenskommelse" in tobias


async def test_search_enter_opens_the_meeting_at_the_hit(app: BraApp, pilot: Pilot[None],
                                                         wait_for_workers: Waiter) -> None:
    await pilot.press("slash")
    assert isinstance(app.screen, SearchScreen)
    await pilot.press(*"SSPF")
    await wait_for_workers(pilot)
    hits = app.screen.query_one("#hits", OptionList)
    assert hits.option_count >= 1
    assert "träff" in shown(app, "#search-count")
    assert all("2024-11-15" in str(hits.get_option_at_index(i).prompt) for i in range(hits.option_count))
    await pilot.press("enter", "enter")
    await pilot.pause()
    assert isinstance(app.screen, MeetingsScreen)
    assert app.screen.selected_meeting == "2024-11-15"
    assert app.screen.query_one("#tabs", TabbedContent).active == "arenden"


async def test_keys_that_open_screens_stay_in_text_fields(app: BraApp, pilot: Pilot[None],
                                                          wait_for_workers: Waiter) -> None:
    await pilot.press("slash")
    await pilot.press(*"rlo/q")
    await wait_for_workers(pilot)
    assert isinstance(app.screen, SearchScreen)
    assert app.screen.query_one(Input).value == "rlo/q"
    await pilot.press("escape")
    assert isinstance(app.screen, MeetingsScreen)


async def test_log_keeps_its_filters_when_the_store_is_read_again(seed_store: Path, app: BraApp, pilot: Pilot[None],
                                                                  wait_for_workers: Waiter) -> None:
    await pilot.press("l")
    await wait_for_workers(pilot)
    app.screen.query_one("#log-area", Select).value = "ANDT"
    await pilot.pause()
    _close(seed_store, "2024-11-15", "kartlaggning-narkotikaprevention")
    app.reload_store()
    await wait_for_workers(pilot)
    assert app.screen.query_one("#log-area", Select).value == "ANDT"
    assert set(_rows(app)) == {"lokalstrategi-narkotikabekampning"}


async def test_log_owner_and_risk_screens_take_the_log_and_people_from_the_index(
        seed_store: Path, monkeypatch: pytest.MonkeyPatch, wait_for_workers: Waiter) -> None:
    """The action log and the people come with the reading, from the index: no screen folds every meeting's
    follow-ups or gathers every attendee when it opens, and what they show is what the whole store gives."""
    from brå_tui.questions import actionlog, people
    from brå_tui.store.load import load

    expected = actionlog.build_log(load(seed_store, use_index=False))
    known = people.Directory.from_store(load(seed_store, use_index=False)).people

    def whole_store(*args: object, **kwargs: object) -> None:
        raise AssertionError("worked out over the whole store")

    monkeypatch.setattr(actionlog, "build_log", whole_store)
    monkeypatch.setattr(people.Directory, "from_store", whole_store)
    async with running(seed_store) as (app, pilot):
        for key, screen in (("l", LogScreen), ("o", OwnerScreen), ("r", RiskScreen)):
            await pilot.press(key)
            await wait_for_workers(pilot)
            assert isinstance(app.screen, screen)
            await pilot.press("escape")
            await wait_for_workers(pilot)
        assert [(e.id, e.state, e.dropped, e.stalled, e.due) for e in app.log_entries] \
            == [(e.id, e.state, e.dropped, e.stalled, e.due) for e in expected]
        assert app.directory.people == known


async def test_risk_screen_flags_a_red_area_whose_only_follow_ups_are_dropped(seed_store: Path,
                                                                              wait_for_workers: Waiter) -> None:
    # A later meeting marks ANDT red and carries none of the earlier follow-ups: those are TAPPAD, not actions.
    (seed_store / "meetings" / "2025-01-20.toml").write_text(
        'format = 1\ndate = 2025-01-20\n\n[risk]\nperiod = "2025-01"\n\n[risk.areas]\n"ANDT" = "red"\n', "utf-8")
    async with running(seed_store) as (app, pilot):
        await pilot.press("r")
        await wait_for_workers(pilot)
        assert isinstance(app.screen, RiskScreen)
        assert "INGEN ÅTGÄRD" in str(app.screen.query_one("#areas", OptionList).get_option("ANDT").prompt)
        assert "en TAPPAD uppföljning räknas inte" in " ".join(shown(app, "#linked").split())
