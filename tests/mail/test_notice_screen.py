"""Kallelse in the app: k previews the notice and the reminders; p and s send them after a question; x saves."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import time_machine
from textual.pilot import Pilot

from brå_tui.cli.main import main
from brå_tui.store.load import load
from brå_tui.tui.app import BraApp
from brå_tui.tui.screens.confirm import ConfirmScreen
from brå_tui.tui.screens.meetings import MeetingsScreen
from brå_tui.tui.screens.notice import NoticeScreen
from tests.editing.harness import editing
from tests.editing.keys import save, type_text
from tests.mail.conftest import EMAILS, Server, configure_mail
from tests.tui.helpers import Waiter, running, shown


async def test_k_previews_the_notice_and_who_is_reminded(seed_store: Path, wait_for_workers: Waiter) -> None:
    configure_mail(seed_store, 25)
    # A day after the seed's first planned meeting (2025-02-14, when Mikael's follow-ups were due) and before its
    # next (2025-05-16), which the notice is for.
    with time_machine.travel(dt.datetime(2025, 3, 3, 9, 0).astimezone(), tick=True):
        await _preview(seed_store, wait_for_workers)


async def _preview(seed_store: Path, wait_for_workers: Waiter) -> None:
    async with running(seed_store) as (app, pilot):
        await pilot.press("k")
        await wait_for_workers(pilot)
        assert isinstance(app.screen, NoticeScreen)
        preview = shown(app, "#notice-preview")
        assert "Tid: fredag 16 maj 2025, 09.00–11.30" in preview
        assert "4. Uppföljning av punkter från föregående Lokala Brå" in preview
        assert "Kartläggning av kunskapsläget för narkotikaprevention." in preview
        assert "Kameraövervakning" not in preview
        people = shown(app, "#notice-reminders")
        assert "Mikael Jansson" in people and EMAILS["Mikael Jansson"] in people
        assert "FÖRSENAD Kartläggning" in people
        await pilot.press("escape")
        assert isinstance(app.screen, MeetingsScreen)


async def test_p_asks_then_sends_the_reminders(seed_store: Path, smtp_server: Server, wait_for_workers: Waiter) -> None:
    configure_mail(seed_store, smtp_server.port)
    async with running(seed_store) as (app, pilot):
        await pilot.press("k")
        await wait_for_workers(pilot)
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "Skicka påminnelser till 4 mottagare?" in app.screen.question
        await pilot.press("n")
        await wait_for_workers(pilot)
        assert smtp_server.received == []
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("j")
        await wait_for_workers(pilot)
        assert isinstance(app.screen, NoticeScreen)
        assert len(smtp_server.received) == 4
        assert any("Skickade 4 av 4" in n.message for n in app._notifications)
        await pilot.press("p", "j")
        await wait_for_workers(pilot)
        assert len(smtp_server.received) == 4  # nothing twice
        assert any("4 hade redan skickats" in n.message for n in app._notifications)


@pytest.mark.usefixtures("seed_day")
async def test_s_sends_the_notice_and_x_saves_it_at_home(seed_store: Path, smtp_server: Server,
                                                         wait_for_workers: Waiter) -> None:
    configure_mail(seed_store, smtp_server.port)
    async with running(seed_store) as (app, pilot):
        await pilot.press("k")
        await wait_for_workers(pilot)
        await pilot.press("s")
        await pilot.pause()
        assert "Skicka kallelsen till 5 mottagare? 11 kan inte nås" in app.screen.question
        await pilot.press("j")
        await wait_for_workers(pilot)
        assert sorted(r.recipients[0] for r in smtp_server.received) == sorted(EMAILS.values())
        await pilot.press("x")
        await wait_for_workers(pilot)
        saved = Path.home() / "kallelse-2025-02-14.docx"
        assert saved.stat().st_size > 1000
        saved.write_bytes(b"en annan fil")
        await pilot.press("x")
        await wait_for_workers(pilot)
        assert isinstance(app.screen, ConfirmScreen) and "finns redan. Skriva över den?" in app.screen.question
        await pilot.press("n")
        await wait_for_workers(pilot)
        assert saved.read_bytes() == b"en annan fil", "No keeps the file"
        await pilot.press("x")
        await wait_for_workers(pilot)
        await pilot.press("j")
        await wait_for_workers(pilot)
        assert saved.stat().st_size > 1000, "Yes replaces it, as Exportera does"


async def test_without_mail_settings_the_app_says_so(app: BraApp, pilot: Pilot[None], wait_for_workers: Waiter) -> None:
    await pilot.press("k")
    await wait_for_workers(pilot)
    await pilot.press("p")
    await wait_for_workers(pilot)
    assert isinstance(app.screen, NoticeScreen)
    assert any("E-post är inte inställt" in n.message for n in app._notifications)
    from textual.widgets._toast import Toast

    [notice] = [n for n in app._notifications if "E-post" in n.message]
    shown = " ".join(str(Toast(notice).render()).split())
    assert "lägg till [mail] med minst from" in shown, "the brackets are text, not markup"


pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")


async def test_agenda_item_with_case_number_and_time_added_in_the_editor(seed_store: Path) -> None:
    assert main(["--store", str(seed_store), "new", "2025-02-14"]) == 0

    async def run() -> None:
        async with editing(seed_store, "2025-02-14") as (app, pilot, screen):
            screen.action_tab("arenden")
            await pilot.pause()
            await pilot.press("end", "a")
            await pilot.pause()
            await type_text(pilot, "Trygghetsmätning 2025")
            await pilot.press("tab")
            await type_text(pilot, "KS-2025/12.181")
            await pilot.press("tab")
            await type_text(pilot, "10:20")
            await pilot.press("tab")
            await type_text(pilot, "10:00")
            await pilot.press("tab")  # a field's reason shows once it is left
            await pilot.pause()
            reason = str(app.screen.query_one("#f-end .field-reason").render())
            assert "Sluttiden 10:00 är före starttiden 10:20." in reason
            await pilot.press("shift+tab", "shift+tab")  # back past the end to the start
            await pilot.press("ctrl+u")
            await type_text(pilot, "10:00")
            await pilot.press("tab", "ctrl+u")
            await type_text(pilot, "10:20")
            await pilot.press("ctrl+s")  # accept the item form
            await pilot.pause()
            await save(pilot)

    await run()
    meeting = load(seed_store).meeting("2025-02-14")
    assert meeting is not None
    item = meeting.items[-1]
    assert (item.title, item.case_number, str(item.start), str(item.end)) == (
        "Trygghetsmätning 2025", "KS-2025/12.181", "10:00:00", "10:20:00")
    text = (seed_store / "meetings" / "2025-02-14.toml").read_text(encoding="utf-8")
    assert 'title = "Trygghetsmätning 2025"\ncase_number = "KS-2025/12.181"\nstart = 10:00:00\nend = 10:20:00\n' in text
