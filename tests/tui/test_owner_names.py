"""Wherever a name is typed in the app, a name that may be several people says so with a form that picks out each,
as `bra owner` and `bra log --owner` do; following the form finds the one person."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from brå_tui.questions.people import Directory
from brå_tui.store.load import load
from brå_tui.tui.app import BraApp
from brå_tui.tui.editing.fields import resolution_note

from .helpers import Waiter, shown


async def type_owner(pilot: Pilot[None], wait_for_workers: Waiter, name: str) -> None:
    field = pilot.app.screen.query_one("#log-owner")
    field.value = ""  # type: ignore[attr-defined]
    await pilot.press(*["space" if c == " " else c for c in name])
    await wait_for_workers(pilot)


@pytest.mark.parametrize(("written", "forms"), [("Mikael", ['"Mikael J"', '"Mikael W"']),
                                                ("Jimmy", ['"Jimmy Sp"', '"Jimmy St"'])])
async def test_the_log_filter_says_when_a_name_may_be_several_people(app: BraApp, pilot: Pilot[None],
                                                                     wait_for_workers: Waiter, written: str,
                                                                     forms: list[str]) -> None:
    await pilot.press("l", "f")
    await wait_for_workers(pilot)
    await type_owner(pilot, wait_for_workers, written)
    state = " ".join(shown(app, "#log-state").split())
    assert state.startswith(f"{written} kan vara: ")
    for form in forms:
        assert form in state
    await type_owner(pilot, wait_for_workers, forms[0].strip('"'))
    assert shown(app, "#log-state").startswith("Visar öppna (")
    assert "kan vara" not in shown(app, "#log-state")


async def test_the_log_filter_says_when_a_name_is_nobody(app: BraApp, pilot: Pilot[None],
                                                         wait_for_workers: Waiter) -> None:
    await pilot.press("l", "f")
    await type_owner(pilot, wait_for_workers, "Zorro")
    assert shown(app, "#log-state").strip() == 'Ingen person heter "Zorro".'


def test_the_editors_name_note_gives_the_forms_that_pick_one(seed_store: Path) -> None:
    note = resolution_note(Directory.from_store(load(seed_store)))("Jimmy, Mikael J")
    assert 'Jimmy kan vara: Jimmy Spolander, Jimmy Stenberg; skriv "Jimmy Sp" eller "Jimmy St"' in note
    assert "Mikael J → Mikael Jansson" in note
