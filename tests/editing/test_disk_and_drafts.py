"""Changes on disk while editing, broken files, Nytt möte, and drafts offered back at start."""

from __future__ import annotations

from pathlib import Path

import pytest

from brå_tui.drafts import list_drafts, save_draft
from brå_tui.store.load import load
from brå_tui.store.read import read_meeting
from brå_tui.tui.app import BraApp
from brå_tui.tui.editing.blocked import BlockedScreen
from brå_tui.tui.editing.screen import EditMeetingScreen
from tests.editing.harness import EditHarness, drafts_offered, editing
from tests.editing.keys import replace, save, until
from tests.editing.test_conflict import other_process_saves


async def test_changed_on_disk_while_editing(seed_store: Path) -> None:
    await _changed_on_disk(seed_store)


async def _changed_on_disk(store: Path) -> None:
    path = store / "meetings" / "2024-11-15.toml"
    async with editing(store) as (_app, pilot, screen):
        # Nothing unsaved: the other user's change is read in by the screen's own timer.
        other_process_saves(path)
        await until(pilot, lambda: screen.meeting.followups[0].status == "Klart enligt Mikael")
        assert screen.meeting.followups[0].status == "Klart enligt Mikael"
        assert not screen.has_unsaved()
        # Unsaved edits: a change on disk is announced, and the edits stay.
        await pilot.press("down", "tab", "tab", "tab")
        await replace(pilot, "Sessionssalen")
        text = path.read_text(encoding="utf-8").replace("Klart enligt Mikael", "Klart, enligt Mikael J")
        path.write_text(text, encoding="utf-8")
        await until(pilot, lambda: screen.disk_changed)
        assert "⚠ Filen har ändrats på disken" in str(screen.query_one("#edit-status").render())
        assert screen.meeting.place == "Sessionssalen" and screen.has_unsaved()


async def test_watch_store_reloads_the_app(seed_store: Path) -> None:
    await _watch(seed_store)


async def _watch(store: Path) -> None:
    app = BraApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: app.store is not None)
        first = app.store
        await pilot.pause(2 * BraApp.WATCH_SECONDS)
        assert app.store is first, "nothing changed, so nothing is read again"
        other_process_saves(store / "meetings" / "2024-02-09.toml")
        await until(pilot, lambda: app.store is not first)
        assert app.store is not None
        assert app.store.meeting("2024-02-09").followups[0].status == "Klart enligt Mikael"


async def test_broken_file_cannot_be_edited(seed_store: Path) -> None:
    path = seed_store / "meetings" / "2024-11-15.toml"
    path.write_text(path.read_text(encoding="utf-8") + "\n[[item]\ntitle = \n", encoding="utf-8")
    before = path.read_bytes()
    await _broken(seed_store)
    assert path.read_bytes() == before


async def _broken(store: Path) -> None:
    app = EditHarness(store, "2024-11-15")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, BlockedScreen)
        assert "går inte att läsa och kan därför inte redigeras" in app.screen.message
        await save(pilot)
        await pilot.press("escape")
        assert not isinstance(app.screen, (BlockedScreen, EditMeetingScreen))


@pytest.mark.usefixtures("seed_day")
async def test_new_meeting_written_only_on_save(seed_store: Path) -> None:
    await _new(seed_store)


async def _new(store: Path) -> None:
    target = store / "meetings" / "2025-02-14.toml"
    app = EditHarness(store, None)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, EditMeetingScreen) and screen.has_unsaved()
        assert "Nytt möte 2025-02-14" in str(screen.query_one("#edit-status").render())
        await pilot.press("down", "tab", "tab")  # into the tab, → Slut
        await replace(pilot, "08:00")
        assert not target.exists()
        await save(pilot)
        assert not target.exists(), "an end before the start is refused"
        assert screen.invalid
        await replace(pilot, "12:00")
        await save(pilot)
        assert target.exists() and not screen.has_unsaved()
        assert "Redigera 2025-02-14" in str(screen.query_one("#edit-status").render())
        await pilot.press("tab")
        await replace(pilot, "Sessionssalen")
        await save(pilot)
    meeting, _ = read_meeting(target)
    assert meeting is not None
    assert meeting.end is not None and meeting.end.hour == 12 and meeting.place == "Sessionssalen"
    assert [f.id for f in meeting.followups] == ["kartlaggning-narkotikaprevention", "samverkansoverenskommelse",
                                                 "handlingsplan-omsorg-bildning"]
    assert sorted(p.name for p in (store / "meetings").glob("*.toml")) == \
        ["2024-02-09.toml", "2024-11-15.toml", "2025-02-14.toml"]


async def test_drafts_offered_restored_and_discarded(seed_store: Path, state_home: Path) -> None:
    meeting = load(seed_store).meeting("2024-11-15")
    assert meeting is not None and meeting.path is not None
    meeting.place = "Från utkastet"
    from brå_tui.store.save import fingerprint
    save_draft(seed_store, meeting, meeting.path, base=fingerprint(meeting.path.read_bytes()))
    other = load(seed_store).meeting("2024-02-09")
    assert other is not None
    other.place = "Kastas"
    save_draft(seed_store, other, other.path, base="förr")
    await _offer(seed_store)
    saved, _ = read_meeting(seed_store / "meetings" / "2024-11-15.toml")
    assert saved is not None and saved.place == "Från utkastet"
    assert list_drafts(seed_store) == []


async def _offer(store: Path) -> None:
    async with drafts_offered(store) as (app, pilot, dialog):
        labels = [d.label() for d in dialog.found]
        assert any("mötet 2024-02-09" in label for label in labels)
        await pilot.press("home")
        if "2024-02-09" in labels[0]:
            await pilot.press("s", "j")  # Släng the first draft
        else:
            await pilot.press("down", "s", "j", "home")
        await pilot.pause()
        assert app.screen is dialog and len(dialog.found) == 1
        await pilot.press("enter")  # Återställ
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, EditMeetingScreen)
        assert screen.meeting.place == "Från utkastet" and screen.has_unsaved()
        await save(pilot)
        assert not screen.has_unsaved()


@pytest.mark.usefixtures("seed_day")
async def test_new_meeting_draft_restored_and_saved(seed_store: Path, state_home: Path) -> None:
    from brå_tui.questions.newmeeting import next_meeting

    meeting = next_meeting(load(seed_store))
    meeting.place = "Ur utkastet"
    save_draft(seed_store, meeting, None, new=True)
    await _offer_new(seed_store)
    saved, _ = read_meeting(seed_store / "meetings" / "2025-02-14.toml")
    assert saved is not None and saved.place == "Ur utkastet"
    assert len(saved.followups) == 3
    assert list_drafts(seed_store) == []


async def _offer_new(store: Path) -> None:
    async with drafts_offered(store) as (app, pilot, dialog):
        assert "nytt möte 2025-02-14" in dialog.found[0].label()
        await pilot.press("a")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, EditMeetingScreen) and screen.new
        assert not (store / "meetings" / "2025-02-14.toml").exists()
        await save(pilot)
        assert not screen.has_unsaved()


async def test_open_forms_are_kept_in_the_draft(seed_store: Path, state_home: Path) -> None:
    await _open_forms(seed_store)
    drafts = list_drafts(seed_store)
    assert len(drafts) == 1
    assert drafts[0].meeting.items[1].title == "SSPF", "what is typed in a form is no entry until it is accepted"
    item_form, decision_form = drafts[0].unfinished.forms
    assert (item_form.in_list, item_form.index, item_form.texts["f-title"]) == ("list-items", 1, "SSPF och BOB")
    assert (decision_form.in_list, decision_form.index) == ("f-decisions", None)
    assert decision_form.texts["f-text"] == "Ett beslut som skrevs när förbindelsen bröts"


async def _open_forms(store: Path) -> None:
    from brå_tui.tui.editing import save_all_drafts
    from brå_tui.tui.editing.forms import DecisionForm
    from tests.editing.keys import type_text

    app = EditHarness(store, "2024-11-15")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.action_tab("arenden")
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause()
        await replace(pilot, "SSPF och BOB")
        app.screen.query_one("#f-decisions").focus()
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, DecisionForm)
        await type_text(pilot, "Ett beslut som skrevs när förbindelsen bröts")
        assert len(save_all_drafts(app)) == 1


async def test_a_save_has_the_app_read_the_store_again(seed_store: Path) -> None:
    await _save_reads_again(seed_store)


async def _save_reads_again(store: Path) -> None:
    async with editing(store) as (app, pilot, _screen):
        await pilot.press("down", "tab", "tab", "tab")
        await replace(pilot, "Sessionssalen")
        assert app.reloads == 0
        await pilot.press("ctrl+s")
        await until(pilot, lambda: app.reloads > 0)
        assert app.reloads == 1
        assert app.store.meeting("2024-11-15").place == "Sessionssalen"
