"""Lists that grow with the store are drawn cut short: the most recent, a line saying how many more and how to see
them all, and everything else (the areas, their trend) still worked out from the whole history."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from brå_tui.tui.app import BraApp
from brå_tui.tui.long_lists import SHOWN
from brå_tui.tui.screens.owner import OwnerScreen
from brå_tui.tui.screens.risk import RiskScreen

from .helpers import Waiter, running, shown

AREA = "ANDT"


def offered(app: BraApp, action: str) -> bool:
    """Whether the screen offers a key for action now (the footer shows it)."""
    return any(b.binding.action == action and b.enabled for b in app.active_bindings.values())


def add_linked(root: Path, followups: int, items: int) -> Path:
    """Add to a copy of the seed store one meeting a day in 2025, each with an item and a follow-up linked to
    AREA (as many as asked); returns root."""
    for n in range(max(followups, items)):
        lines = ["format = 1", f"date = 2025-{1 + n // 28:02d}-{1 + n % 28:02d}", ""]
        if n < items:
            lines += ["[[item]]", f'title = "Ärende nummer {n}"', f'areas = ["{AREA}"]', ""]
        if n < followups:
            lines += ["[[followup]]", f'id = "uppfoljning-{n}"', f'title = "Uppföljning nummer {n}"',
                      'status = "Pågår"', 'state = "open"', f'areas = ["{AREA}"]', ""]
        (root / "meetings" / f"2025-{1 + n // 28:02d}-{1 + n % 28:02d}.toml").write_text("\n".join(lines),
                                                                                            encoding="utf-8")
    return root


async def test_lagesbild_draws_the_most_recent_and_says_how_to_see_the_rest(seed_store: Path,
                                                                             wait_for_workers: Waiter) -> None:
    more = 7
    async with running(add_linked(seed_store, SHOWN + more, SHOWN + more + 3), "r") as (app, pilot):
        assert isinstance(app.screen, RiskScreen)
        linked = shown(app, "#linked")
        # The newest are shown, the oldest of the added ones and the seed's own are left out.
        assert f"Uppföljning nummer {SHOWN + more - 1}" in linked and "Uppföljning nummer 0\n" not in linked
        assert f"Ärende nummer {SHOWN + more + 2}" in linked and "Ärende nummer 0\n" not in linked
        # The seed's two follow-ups on ANDT are older than every added one.
        assert f"och {more + 2} uppföljningar till: a visar alla, i terminalen bra log --area ANDT --all." in linked
        assert f"och {more + 3 + 1} äldre ärenden till: a visar alla." in linked  # and the seed's own item
        assert offered(app, "show_all")
        # The area's own figures are the whole history's: its level as last reported.
        assert "Omfattande (senast dec 2023)" in str(app.screen.query_one("#areas", OptionList).get_option(AREA).prompt)

        await pilot.press("a")
        await wait_for_workers(pilot)
        linked = shown(app, "#linked")
        assert "Uppföljning nummer 0" in linked and "Ärende nummer 0" in linked and "Lokalstrategin" in linked
        assert "a visar alla" not in linked and not offered(app, "show_all")

        await pilot.press("down", "up")  # another area and back: cut short again
        await wait_for_workers(pilot)
        assert "a visar alla" in shown(app, "#linked")


async def test_lagesbild_draws_a_short_list_whole(seed_store: Path) -> None:
    async with running(add_linked(seed_store, SHOWN - 5, 3), "r") as (app, _):
        linked = shown(app, "#linked")
        assert "Uppföljning nummer 0" in linked and "a visar alla" not in linked
        assert not offered(app, "show_all")


async def test_ansvarig_draws_the_first_rows_and_shows_all_on_a(seed_store: Path, wait_for_workers: Waiter) -> None:
    more = 4
    # The added follow-ups have no owner: with no name typed, Ansvarig lists what nobody owns.
    async with running(add_linked(seed_store, SHOWN + more, 0), "o") as (app, pilot):
        assert isinstance(app.screen, OwnerScreen)
        answer = shown(app, "#owned")
        assert "uppföljningar till: Enter och a visar alla, i terminalen bra owner --none." in answer  # not "rader"
        assert answer.count("Uppföljning nummer") < SHOWN + more  # some left out (the seed's own come first)
        await pilot.press("enter")  # a types into the name field; in the answer it shows everything
        assert offered(app, "show_all")
        await pilot.press("a")
        await wait_for_workers(pilot)
        answer = shown(app, "#owned")
        assert answer.count("Uppföljning nummer") == SHOWN + more and "visar alla" not in answer
        assert not offered(app, "show_all")


async def test_sok_searches_in_the_index_the_app_read_the_store_through(seed_store: Path,
                                                                       monkeypatch: pytest.MonkeyPatch,
                                                                       wait_for_workers: Waiter) -> None:
    """Each search asks the app's own index: none is opened (and every file looked at again) per key typed."""
    from brå_tui.store.index import Index

    async with running(seed_store) as (app, pilot):
        opened: list[Path] = []
        real = Index.open.__func__  # type: ignore[attr-defined]

        def counting(cls: type[Index], root: Path, *args: object, **kwargs: object) -> Index:
            opened.append(root)
            return real(cls, root, *args, **kwargs)

        monkeypatch.setattr(Index, "open", classmethod(counting))
        await pilot.press("slash", *"SSPF")
        await wait_for_workers(pilot)
        assert app.screen.query_one("#hits", OptionList).option_count >= 1
        assert opened == []
