"""A key of a list in Redigera that has nothing to act on (remove or move in an empty list, move the first entry
up or the last down, mark a follow-up with the state it has) says why in a short notice, instead of doing nothing
without a word. Every key the lists bind is pressed."""

from __future__ import annotations

from pathlib import Path

from textual.binding import Binding
from textual.widgets import Tabs

from brå_tui.tui.editing.entrylist import EntryList
from brå_tui.tui.editing.followups import FollowUpList
from brå_tui.tui.editing.forms import FormScreen
from brå_tui.tui.editing.screen import EditMeetingScreen
from tests.editing.harness import EditHarness, editing

# The keys that open a form (a new entry, or the entry under the cursor) always do something.
OPENS_A_FORM = {"a", "enter"}


def _keys(cls: type[EntryList]) -> list[str]:
    """Every key the list binds (its own and those of the lists it is built on), but those that open a form."""
    keys = []
    for kind in cls.__mro__:
        for binding in vars(kind).get("BINDINGS", []) if issubclass(kind, EntryList) else []:
            assert isinstance(binding, Binding)
            keys += [k.strip() for k in binding.key.split(",") if k.strip() not in OPENS_A_FORM]
    return keys


def _messages(app: EditHarness) -> list[str]:
    return [n.message for n in app._notifications]


async def _said(app: EditHarness, pilot, ending: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether a notice ending so is shown, once the key's work has reached the screen (it may lag under load)."""
    for _ in range(100):
        if any(message.endswith(ending) for message in _messages(app)):
            return True
        await pilot.pause(0.05)
    return False


async def _empty_list_says_why(app: EditHarness, pilot, screen: EditMeetingScreen, tab: str,  # type: ignore[no-untyped-def]
                               keys: list[str]) -> None:
    await pilot.press(tab)  # from a list, to the tab's list; from the row of tabs, ↓ goes in
    await pilot.pause()
    if isinstance(app.focused, Tabs):
        await pilot.press("down")
        await pilot.pause()
    focused = app.focused
    assert isinstance(focused, EntryList) and not focused.entries, focused
    for key in keys:
        before = len(_messages(app))
        await pilot.press(key)
        await pilot.pause()
        assert app.screen is screen, (tab, key)
        said = _messages(app)[before:]
        assert said and said[-1].startswith("Listan är tom: inget att "), (tab, key, said)
        assert f"Tryck a för att lägga till {focused.noun}." in said[-1]


async def test_every_key_of_an_empty_list_says_why(seed_store: Path) -> None:
    app = EditHarness(seed_store, None)  # Nytt möte: no schedule and no other questions yet
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, EditMeetingScreen)
        await _empty_list_says_why(app, pilot, screen, "6", _keys(EntryList))
        await _empty_list_says_why(app, pilot, screen, "7", _keys(EntryList))


async def test_every_key_of_an_empty_follow_up_list_says_why(seed_store: Path) -> None:
    async with editing(seed_store) as (app, pilot, screen):
        await pilot.press("5", "down")
        await pilot.pause()
        followups = app.focused
        assert isinstance(followups, FollowUpList)
        while followups.entries:
            await pilot.press("d")
            await pilot.pause()
            await pilot.press("j")
            await pilot.pause()
        await _empty_list_says_why(app, pilot, screen, "5", _keys(FollowUpList))


async def test_moving_past_either_end_says_why(seed_store: Path) -> None:
    async with editing(seed_store) as (app, pilot, _screen):
        await pilot.press("6", "down")  # Tidplan: four meetings
        await pilot.pause()
        schedule = app.focused
        assert isinstance(schedule, EntryList) and len(schedule.entries) == 4
        order = list(schedule.entries)
        await pilot.press("home", "u")
        await pilot.pause()
        assert _messages(app)[-1] == f"”{schedule.describe(order[0])}” står redan först."
        await pilot.press("end", "y")
        await pilot.pause()
        assert _messages(app)[-1].endswith("står redan sist.")
        assert schedule.entries == order, "nothing moved"
        await pilot.press("u")  # a move that can be made says where the entry went
        assert await _said(app, pilot, "flyttad upp, till plats 3 av 4.")


async def test_marking_a_follow_up_with_its_own_state_says_so(seed_store: Path) -> None:
    async with editing(seed_store) as (app, pilot, _screen):
        await pilot.press("5", "down")
        await pilot.pause()
        followups = app.focused
        assert isinstance(followups, FollowUpList)
        followup = followups.entries[0]
        key = {"open": "o", "done": "k", "dropped": "s"}[followup.state]
        await pilot.press("home", key)
        await pilot.pause()
        assert _messages(app)[-1].startswith(f"”{followup.title}” är redan "), _messages(app)
        assert not app.has_unsaved(), "nothing changed"


async def test_a_title_ending_in_a_full_stop_is_quoted_in_every_notice(seed_store: Path) -> None:
    """A title in a sentence stands in quotation marks: '”… narkotikaprevention.” är redan öppen.', never a full
    stop followed by a lower-case word; the same for the state a follow-up is given and a row moved or removed."""
    title = "Kartläggning av kunskapsläget för narkotikaprevention"  # so written in the seed, with a full stop
    async with editing(seed_store) as (app, pilot, _screen):
        await pilot.press("5", "down")
        await pilot.pause()
        followups = app.focused
        assert isinstance(followups, FollowUpList)
        assert followups.entries[0].title == f"{title}." and followups.entries[0].state == "open"
        await pilot.press("home", "o")
        assert await _said(app, pilot, f"”{title}.” är redan öppen."), _messages(app)
        await pilot.press("k")
        assert await _said(app, pilot, f"”{title}.”: klar"), _messages(app)
        await pilot.press("k")
        assert await _said(app, pilot, f"”{title}.” är redan klar."), _messages(app)
        await pilot.press("d")
        await pilot.pause()
        assert f"Ta bort ”[klar] {title}.”? j/n" in str(app.screen.query_one("#question").render())  # as listed


async def test_a_on_the_row_of_tabs_adds_to_the_tab_shown(seed_store: Path) -> None:
    """Right after a digit chose a tab, the focus is on the row of tabs and the tab says "tryck a för att lägga
    till …": a opens the new entry's form there, as ↓ then a does. A tab without a list (Tid) takes no a."""
    app = EditHarness(seed_store, None)  # Nytt möte: no schedule and no other questions yet
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, EditMeetingScreen)
        for tab, list_id in [("7", "list-other"), ("6", "list-schedule"), ("3", "list-items"), ("2", "list-attendees")]:
            await pilot.press(tab)
            await pilot.pause()
            assert isinstance(app.focused, Tabs), tab
            await pilot.press("a")
            await pilot.pause()
            assert isinstance(app.screen, FormScreen), tab
            assert app.screen.place is not None and app.screen.place.list_id == list_id
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen is screen, tab
            assert isinstance(app.focused, EntryList) and app.focused.id == list_id, "in the list, as after ↓ a"
            screen.query_one(Tabs).focus()  # where the next digit leaves it
            await pilot.pause()
        await pilot.press("1")
        await pilot.pause()
        before = screen.meeting
        await pilot.press("a")
        await pilot.pause()
        assert app.screen is screen and isinstance(app.focused, Tabs) and screen.meeting == before
