"""Exportera from Möten: the dialog writes md and txt, leaves confidential items out when public, asks before
overwriting, says why a folder cannot be written, and refuses broken and planned meetings."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from brå_tui.export.document import FORMATS
from brå_tui.export.words import CONFIDENTIAL_MARK
from brå_tui.store.load import load
from brå_tui.tui.app import BraApp
from brå_tui.tui.screens.confirm import ConfirmScreen
from brå_tui.tui.screens.export import ExportScreen
from brå_tui.tui.screens.meetings import MeetingsScreen

from .helpers import Waiter, settle

KEY = "2024-11-15"
BOB_NOTE = "Lokalt BOB-råd"  # a phrase only in the notes of the item BOB


@pytest.fixture
def out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty folder that is the user's home, where exports land by default (not the working directory)."""
    folder = tmp_path / "ut"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    elsewhere = tmp_path / "startad-här"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    return folder


def messages(app: BraApp) -> list[str]:
    """Every notification the app has shown, oldest first."""
    return [n.message for n in app._notifications]


async def open_dialog(app: BraApp, pilot: Pilot[None], key: str = KEY) -> ExportScreen:
    """Wait for the store, select the meeting on Möten, press x."""
    await settle(pilot)
    app.meetings_screen.select_meeting(key)
    await pilot.pause()
    await pilot.press("x")
    await pilot.pause()
    assert isinstance(app.screen, ExportScreen)
    return app.screen


def attendee_names(root: Path) -> list[str]:
    """Who attended the meeting, as the store says."""
    meeting = load(root).meeting(KEY)
    assert meeting is not None
    return [a.name for a in meeting.attendees]


@pytest.mark.parametrize("fmt, downs", [("md", 0), ("txt", 2)])
async def test_export_writes_the_notes(seed_store: Path, out: Path, fmt: str, downs: int) -> None:
    async def run() -> None:
        app = BraApp(seed_store)
        async with app.run_test(size=(80, 24)) as pilot:
            await open_dialog(app, pilot)
            await pilot.press(*["down"] * downs, "enter")
            await pilot.pause()
            target = out / f"anteckningar-{KEY}.{fmt}"
            assert isinstance(app.screen, MeetingsScreen), "the dialog closes after writing"
            assert f"Exporterade till {target}" in messages(app)
        text = target.read_text(encoding="utf-8")
        assert "Anteckningar" in text
        for name in attendee_names(seed_store):
            assert name in text, name
        assert BOB_NOTE in text, "everything is in the full version"
    await run()


async def test_public_version_leaves_the_confidential_item_out(seed_store: Path, out: Path) -> None:
    path = seed_store / "meetings" / f"{KEY}.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('title = "BOB"\n', 'title = "BOB"\nconfidential = true\n', 1), encoding="utf-8")

    async def run() -> None:
        app = BraApp(seed_store)
        async with app.run_test(size=(80, 24)) as pilot:
            await open_dialog(app, pilot)
            await pilot.press("ctrl+o", "enter")
            await pilot.pause()
        assert "Exporterade till " + str(out / f"anteckningar-{KEY}-publik.md") in messages(app)
    await run()
    public = (out / f"anteckningar-{KEY}-publik.md").read_text(encoding="utf-8")
    assert "BOB" in public, "the item's title stays"
    assert BOB_NOTE not in public, "its notes are left out"
    assert CONFIDENTIAL_MARK in public, "with a mark that something was left out"
    assert "SSPF" in public and "Jimmy Stenberg informerar" in public, "items not marked stay whole"


async def test_existing_file_is_replaced_only_after_yes(seed_store: Path, out: Path) -> None:
    target = out / f"anteckningar-{KEY}.md"
    target.write_text("gammal\n", encoding="utf-8")

    async def run() -> None:
        app = BraApp(seed_store)
        async with app.run_test(size=(80, 24)) as pilot:
            await open_dialog(app, pilot)
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, ConfirmScreen), "an existing file is not overwritten without asking"
            await pilot.press("n")
            await pilot.pause()
            assert isinstance(app.screen, ExportScreen), "no keeps the dialog open"
            assert target.read_text(encoding="utf-8") == "gammal\n"
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, ConfirmScreen)
            await pilot.press("j")
            await pilot.pause()
            assert isinstance(app.screen, MeetingsScreen)
        assert "Anteckningar" in target.read_text(encoding="utf-8")
    await run()


async def test_a_missing_folder_is_one_clear_sentence(seed_store: Path, out: Path) -> None:
    async def run() -> None:
        app = BraApp(seed_store)
        async with app.run_test(size=(80, 24)) as pilot:
            await open_dialog(app, pilot)
            await pilot.press("tab", "tab")  # format list → public → file name
            field = app.screen.query_one("#export-path")
            assert field.has_focus
            await pilot.press("ctrl+u", *"saknas/ut.md", "enter")
            await pilot.pause()
            assert isinstance(app.screen, ExportScreen), "the dialog stays open to correct the path"
            assert f"Mappen {out / 'saknas'} finns inte." in messages(app)
        assert not (out / "saknas").exists()
    await run()


async def test_an_unknown_users_home_is_one_clear_sentence(seed_store: Path, out: Path) -> None:
    """~name/… of a user who does not exist: the sentence that names the path, the dialog open to correct it."""
    async def run() -> None:
        app = BraApp(seed_store)
        async with app.run_test(size=(80, 24)) as pilot:
            await open_dialog(app, pilot)
            await pilot.press("tab", "tab")
            await pilot.press("ctrl+u", *"~bra-ingen-sadan-anvandare/ut.md", "enter")
            await pilot.pause()
            assert isinstance(app.screen, ExportScreen), "the dialog stays open to correct the path"
            assert any(m.startswith("Sökvägen ~bra-ingen-sadan-anvandare/ut.md börjar med ~bra-ingen-sadan-anvandare")
                       for m in messages(app)), messages(app)
        assert app.crash() is None
    await run()


async def test_broken_and_planned_meetings_are_refused(broken_store: Path, out: Path, wait_for_workers: Waiter) -> None:
    async def run() -> None:
        app = BraApp(broken_store)
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_for_workers(pilot)
            listing = app.screen.query_one("#meeting-list")
            ids = [listing.get_option_at_index(i).id for i in range(listing.option_count)]
            for option_id in ("b:2024-05-03", next(i for i in ids if i and i.startswith("p:"))):
                listing.highlighted = ids.index(option_id)
                await pilot.pause()
                await pilot.press("x")
                await pilot.pause()
                assert isinstance(app.screen, MeetingsScreen), option_id
        said = messages(app)
        assert any("2024-05-03" in m and "kan inte exporteras" in m for m in said), said
        assert any("bara planerat" in m for m in said), said
        assert list(out.iterdir()) == []
    await run()


async def test_palette_opens_the_dialog_for_the_selected_meeting(seed_store: Path, out: Path,
                                                                 wait_for_workers: Waiter) -> None:
    async def run() -> None:
        app = BraApp(seed_store)
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_for_workers(pilot)
            app.meetings_screen.select_meeting("2024-02-09")
            await pilot.press("l")  # from another screen
            await wait_for_workers(pilot)
            await pilot.press("ctrl+p")
            await pilot.pause()
            await pilot.press(*"Exportera valt")
            await pilot.pause(0.5)
            await pilot.press("enter")
            await wait_for_workers(pilot)
            assert isinstance(app.screen, ExportScreen)
            assert app.screen.meeting.key == "2024-02-09"
    await run()


async def test_docx_is_written_when_python_docx_is_there(seed_store: Path, out: Path) -> None:
    pytest.importorskip("docx")

    async def run() -> None:
        app = BraApp(seed_store)
        async with app.run_test(size=(80, 24)) as pilot:
            await open_dialog(app, pilot)
            await pilot.press("down", "down", "down", "enter")
            await pilot.pause()
    await run()
    from docx import Document

    text = "\n".join(p.text for p in Document(str(out / f"anteckningar-{KEY}.docx")).paragraphs)
    assert "Anteckningar" in text and "Blerta Krenzi" in text


async def test_docx_is_shown_unavailable_without_python_docx(seed_store: Path, out: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "docx", None)  # how Python marks a module that cannot be imported

    async def run() -> None:
        app = BraApp(seed_store)
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await open_dialog(app, pilot)
            formats = screen.query_one("#export-formats", OptionList)
            docx = formats.get_option("docx")
            assert docx.disabled
            assert "kräver python-docx, som saknas" in str(docx.prompt)
            _command_on_a_line_of_its_own(screen)
            for _ in FORMATS:
                await pilot.press("down")
                await pilot.pause()
                assert formats.highlighted != FORMATS.index("docx"), "the arrows pass over what cannot be chosen"
    await run()


async def test_a_suggested_name_that_changes_puts_the_cursor_after_it(seed_store: Path, out: Path) -> None:
    """ctrl+o (public) renames the suggested file; ctrl+u in the name then empties it whole, as after typing,
    instead of leaving the tail of the longer name ('blik.md') to be written to."""
    from textual.widgets import Input

    app = BraApp(seed_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_dialog(app, pilot)
        await pilot.press("ctrl+o")
        await pilot.pause()
        path = app.screen.query_one("#export-path", Input)
        assert path.value.endswith("-publik.md") and path.cursor_position == len(path.value)
        path.focus()
        await pilot.press("ctrl+u")
        await pilot.pause()
        assert path.value == ""


async def test_escape_asks_before_throwing_away_a_typed_file_name(seed_store: Path, out: Path) -> None:
    """Esc closes at once while the suggested name stands (also after another format changed it), but asks first,
    as every form does, once a file name has been typed; so do the import dialogs' fields."""
    app = BraApp(seed_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_dialog(app, pilot)
        await pilot.press("down", "escape")  # another format: another suggested name, nothing typed
        await pilot.pause()
        assert isinstance(app.screen, MeetingsScreen)
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("tab", "tab", "ctrl+u", *"min-fil.md", "escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen), "a typed file name is not thrown away without asking"
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        assert app.screen.query_one("#export-path", Input).value == "min-fil.md"
        await pilot.press("escape", "j")
        await pilot.pause()
        assert isinstance(app.screen, MeetingsScreen)
        await pilot.press("i")
        await pilot.pause()
        await pilot.press(*"/tmp/x.md", "escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen), "nor a typed path to import"
        await pilot.press("j")
        await pilot.pause()
        assert isinstance(app.screen, MeetingsScreen)


def _command_on_a_line_of_its_own(screen: object) -> None:
    """The install command is shown whole on one line of its own, under the sentence that says what it is for."""
    from textual.widgets import Label

    from brå_tui.extras import install_command
    from brå_tui.tui.screens.export import ExportScreen

    assert isinstance(screen, ExportScreen)
    sentence = screen.query_one("#export-missing", Label)
    assert str(sentence.render()).endswith("python-docx; installera det med:")
    command = screen.query_one("#export-install", Label)
    assert str(command.render()) == install_command("docx")
    assert command.size.height == 1 and command.size.width == len(install_command("docx"))
    assert "\n" not in command.render_line(0).text
    assert command.region.y > sentence.region.y


async def test_a_python_docx_that_cannot_be_imported_is_named_before_docx_is_chosen(
        seed_store: Path, out: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A python-docx that is found but fails to import (a part it needs missing) is as good as none: the format
    list says docx needs it before docx is chosen, and the command that installs it is shown on a line of its own,
    never broken inside its path, even where the path is long (the line scrolls sideways) or holds a space."""
    from brå_tui.extras import install_command

    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "docx.py").write_text('raise ImportError("lxml saknas")\n', encoding="utf-8")
    monkeypatch.syspath_prepend(str(broken))
    monkeypatch.delitem(sys.modules, "docx", raising=False)
    prefix = tmp_path / "program för rådet" / "brottsforebyggande-radet-anteckningar" / ".venv"
    (prefix / "bin").mkdir(parents=True)
    (prefix / "bin" / "pip").touch()
    monkeypatch.setattr(sys, "prefix", str(prefix))
    assert install_command("docx") == f"'{prefix}/bin/pip' install python-docx", "one word to the shell"

    async def run() -> None:
        app = BraApp(seed_store)
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await open_dialog(app, pilot)
            docx = screen.query_one("#export-formats", OptionList).get_option("docx")
            assert docx.disabled and "kräver python-docx" in str(docx.prompt)
            _command_on_a_line_of_its_own(screen)
    await run()


def test_every_install_command_in_a_message_stands_on_a_line_of_its_own() -> None:
    """A message that names the command installing a missing part, as the import dialog and a notice show it:
    the command alone on its line, so that wrapping the sentence never breaks it."""
    from brå_tui.extras import PACKAGES, command_apart, install_command, missing_message

    for extra in PACKAGES:
        lines = command_apart(missing_message(extra, "att läsa .docx") + " Försök igen.").splitlines()
        assert install_command(extra) in lines, lines
