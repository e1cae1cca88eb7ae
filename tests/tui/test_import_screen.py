"""Importera in the app at 80×24: the source lines beside what each became, a line moved by one key, then saved."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.app import App
from textual.widgets import DataTable, Label, OptionList, Static

from brå_tui.importer.notes import import_notes
from brå_tui.questions.snapshot import Snapshot
from brå_tui.store.load import load
from brå_tui.tui.screens.importing import ImportFileDialog, ImportScreen
from brå_tui.tui.widgets.text_input import TextInput
from tests.tui.helpers import import_screen, leaves, shown

CORPUS = Path(__file__).resolve().parents[1] / "importexport" / "corpus"


async def test_move_a_line_by_key_and_save(seed_store: Path) -> None:
    async def run() -> None:
        async with import_screen(seed_store, CORPUS / "minnesanteckningar-numrerade.txt") as (_app, pilot, screen):
            table = screen.query_one(DataTable)
            assert table.row_count == len(screen.found)
            numbers = [row.number for row in screen.found]
            table.move_cursor(row=numbers.index(13))  # Maja Mark, rektor Domarhagsskolan
            await pilot.pause()
            detail = str(screen.query_one("#import-detail", Static).render())
            assert "Rad 13: Maja Mark, rektor Domarhagsskolan" in detail and "närvarande: Maja Mark" in detail
            await pilot.press("f")
            await pilot.pause()
            assert "frånvarande: Maja Mark" in str(screen.query_one("#import-detail", Static).render())
            assert "2\u00a0frånvarande" in str(screen.query_one("#import-summary", Static).render())  # kept together
            await leaves(pilot, "ctrl+s", screen)
    await run()
    meeting = load(seed_store).meeting("2016-03-22")
    assert meeting is not None
    assert sorted(a.name for a in meeting.absentees()) == ["Gunnar Gran", "Maja Mark"]


async def test_what_a_key_did_is_said_under_the_line_never_over_the_table(seed_store: Path) -> None:
    """The answer to a key stands in the detail below the table (no toast over the table or the keys), a refusal
    too; the meeting's fields have their keys (o ordförande, d datum)."""
    async with import_screen(seed_store, CORPUS / "minnesanteckningar-numrerade.txt") as (app, pilot, screen):
        table = screen.query_one(DataTable)
        numbers = [row.number for row in screen.found]
        table.move_cursor(row=numbers.index(9))  # Anna Andersson, kommunstyrelsens ordförande
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()
        detail = str(screen.query_one("#import-detail", Static).render())
        assert "Rad 9 blev ordförande: Anna Andersson." in detail
        assert screen.result.meeting.chair == "Anna Andersson"
        await pilot.press("d")
        await pilot.pause()
        detail = str(screen.query_one("#import-detail", Static).render())
        assert "Raden anger inget datum" in detail and "Ingenting ändrades." in detail
        assert not list(app.query("Toast"))
        keys = str(screen.query_one("#import-keys", Static).render())
        assert "o ordförande" in keys and "m nästa möte" in keys and "v övrig fråga" in keys
        await pilot.press("down")
        await pilot.pause()
        assert "Ingenting ändrades" not in str(screen.query_one("#import-detail", Static).render())


async def test_q_asks_before_throwing_a_review_away_and_help_lists_its_keys_first(seed_store: Path, app,
                                                                                  pilot) -> None:
    """The review is unsaved work: q asks before quitting (No keeps it); ? shows Importera's keys first."""
    from brå_tui.tui.screens.confirm import ConfirmScreen
    from brå_tui.tui.screens.help import HelpScreen

    [result] = import_notes([CORPUS / "minnesanteckningar-numrerade.txt"], load(seed_store))
    screen = ImportScreen(Snapshot.read(seed_store), result)
    app.push_screen(screen)
    await pilot.pause()
    await pilot.press("q")
    await pilot.pause()
    assert isinstance(app.screen, ConfirmScreen) and app.is_running
    await pilot.press("escape")
    await pilot.pause()
    assert app.screen is screen and app.is_running
    await pilot.press("question_mark")
    await pilot.pause()
    assert isinstance(app.screen, HelpScreen)
    text = shown(app, "#help-text")
    assert text.index("Importera (i)") < text.index("Möten")
    assert "Frånvarande" in text.split("Möten")[0] and "Spara" in text.split("Möten")[0]


async def test_an_unsure_line_says_why_and_the_summary_counts_it(seed_store: Path, tmp_path: Path) -> None:
    """A numbered title out of order, kept in the item above: its row is marked '?', the detail says why in words
    (never by colour alone), and the summary line counts the unsure lines from the import's record."""
    note = tmp_path / "fel-nummer.txt"
    note.write_text("Minnesanteckningar 2025-03-12\nNärvarande: Anna Ek, polisen\n\n1. Klotter\nMycket klotter.\n"
                    "3. Skadegörelse\nStenar kastades.\n", encoding="utf-8")
    async with import_screen(seed_store, note) as (_app, pilot, screen):
        summary = str(screen.query_one("#import-summary", Static).render())
        assert "0\u00a0beslut, 1\u00a0osäker, 0\u00a0oplacerade" in summary  # each count kept with its noun
        table = screen.query_one(DataTable)
        table.move_cursor(row=[row.number for row in screen.found].index(6))
        await pilot.pause()
        detail = str(screen.query_one("#import-detail", Static).render())
        assert "→ ? anteckning i 1. Klotter" in detail and "Osäkert: står i ärende 1. ”Klotter”" in detail
        await pilot.press("a")
        await pilot.pause()
        assert "0\u00a0osäkra" in str(screen.query_one("#import-summary", Static).render())
        assert [i.title for i in screen.result.meeting.items] == ["Klotter", "Skadegörelse"]


class _FileDialog(App[None]):
    def __init__(self, root: Path) -> None:
        super().__init__()
        self.root = root

    def on_mount(self) -> None:
        self.push_screen(ImportFileDialog(Snapshot.read(self.root)))


async def test_the_file_dialog_names_every_kind_of_file_import_reads(seed_store: Path) -> None:
    """The dialog that asks for the file names each kind an import reads (Markdown too), within 80 columns."""
    app = _FileDialog(seed_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        text = " ".join(str(label.render()) for label in app.screen.query(Label))
        assert all(kind in text for kind in (".txt", ".md", ".docx")), text


async def test_a_long_line_in_the_detail_can_be_read_whole(seed_store: Path, tmp_path: Path) -> None:
    """A source line longer than the detail panel is never cut off unseen: the panel scrolls from the keyboard."""
    note = tmp_path / "lång.txt"
    long = " ".join(["Rådet diskuterar trygghetsvandringen i centrum och vad som behöver göras."] * 20)
    note.write_text(f"Minnesanteckningar Lokala Brå 2025-03-14\n\n1. Trygghet\n\n{long}\n", encoding="utf-8")
    async with import_screen(seed_store, note) as (app, pilot, screen):
        table = screen.query_one(DataTable)
        table.move_cursor(row=next(i for i, row in enumerate(screen.found) if row.text.startswith("Rådet")))
        await pilot.pause()
        detail = screen.query_one("#import-detail", Static)
        needed = detail.get_content_height(app.size, app.size, detail.content_region.width)
        assert detail.content_region.height >= needed, "the whole line is laid out"
        panel = detail.parent
        assert panel is not None and panel.focusable and panel.max_scroll_y > 0  # type: ignore[attr-defined]


async def test_keys_in_the_app_read_the_value_out_of_a_sentence(empty_store: Path) -> None:
    """In the app as on the command line: o on 'Mona Sjö var ordförande och …' sets the name, n on a sentence of
    people adds each of them, absentees apart; u on 'Beslut: Eva Ström skriver …' gives the task and its owner."""
    councils = CORPUS / "councils"
    async with import_screen(empty_store, councils / "prosa-narvaro.txt") as (_app, pilot, screen):
        table = screen.query_one(DataTable)
        for number, key in ((7, "o"), (7, "s"), (5, "n"), (3, "p")):
            table.move_cursor(row=[row.number for row in screen.found].index(number))
            await pilot.pause()
            await pilot.press(key)
            await pilot.pause()
        m = screen.result.meeting
        assert (m.chair, m.secretary, m.place) == ("Mona Sjö", "Hanna Wirén", "Rådhuset, Vadstena")
        assert [(a.name, a.absent) for a in m.attendees][-1] == ("Gunnar Loo", True) and len(m.attendees) == 5
    async with import_screen(empty_store, councils / "cp1252-tabb.txt") as (_app, pilot, screen):
        table = screen.query_one(DataTable)
        table.move_cursor(row=[row.text[:6] for row in screen.found].index("Beslut"))
        await pilot.pause()
        await pilot.press("u")
        await pilot.pause()
        [followup] = screen.result.meeting.followups
        assert (followup.title, followup.owners) == ("Skriva till tekniska förvaltningen", ["Eva Ström"])
        assert "uppföljning: Skriva till tekniska förvaltningen – Eva Ström" in str(
            screen.query_one("#import-detail", Static).render())


async def test_notes_in_no_shape_open_the_review_with_every_line_unplaced(seed_store: Path, tmp_path: Path) -> None:
    """Neither people nor items: the review still opens, every line not placed, and saving as read says why it
    cannot (the lines are to be placed first)."""
    note = tmp_path / "anteckningar-2026-01-12.txt"
    note.write_text("Anteckningar 2026-01-12\nMjölk\nSmör\n", encoding="utf-8")
    async with import_screen(seed_store, note) as (_app, pilot, screen):
        assert [row.became for row in screen.found][1:] == ["INTE PLACERAD (övriga frågor)"] * 2
        await pilot.press("ctrl+s")
        for _ in range(50):
            await pilot.pause(0.05)
            if "följer inte rådets mall" in str(screen.query_one("#import-detail", Static).render()):
                break
        assert "följer inte rådets mall" in str(screen.query_one("#import-detail", Static).render())
        assert load(seed_store).meeting("2026-01-12") is None


async def test_end_and_home_go_to_the_last_and_first_line(seed_store: Path) -> None:
    """End at 80×24 puts the cursor on the last line and shows it, the table never scrolled sideways (the line
    numbers keep their first column); Home goes back to the first line; the g key is there for the groups."""
    async with import_screen(seed_store, CORPUS / "minnesanteckningar-numrerade.txt") as (_app, pilot, screen):
        table = screen.query_one(DataTable)
        await pilot.press("end")
        await pilot.pause()
        assert table.cursor_row == table.row_count - 1 and table.scroll_x == 0 and table.scroll_y > 0
        assert f"Rad {screen.found[-1].number}:" in str(screen.query_one("#import-detail", Static).render())
        await pilot.press("home")
        await pilot.pause()
        assert (table.cursor_row, table.scroll_x, table.scroll_y) == (0, 0, 0)
        assert "g grupp" in str(screen.query_one("#import-keys", Static).render())


async def test_the_line_under_the_cursor_stays_in_view_whatever_the_table_height(empty_store: Path,
                                                                                 tmp_path: Path) -> None:
    """The table gets shorter when what stands around it grows (a message, a summary of two lines) or the terminal
    does: the line under the cursor stays in view, after every key at 80×24 and at 80×18."""
    note = tmp_path / "lang.txt"
    body = "\n".join("Per Olsson, Bo Nyström" if n % 2 else f"Rådet diskuterade punkt {n} om belysningen."
                     for n in range(1, 60))
    note.write_text(f"Minnesanteckningar 2026-03-02\nNärvarande: Ann Ek, Bo Ny\n\n1. Möte\n{body}\n", encoding="utf-8")

    def in_view(table: DataTable[object]) -> bool:
        top = round(table.scroll_offset.y)
        return top <= table.cursor_row < top + table.scrollable_content_region.height - table.header_height

    async with import_screen(empty_store, note) as (_app, pilot, screen):
        table = screen.query_one(DataTable)
        for target in (46, 20):
            table.move_cursor(row=target)
            await pilot.pause()
            for key in ("n", "down", "n", "down", "f"):
                await pilot.press(key)
                await pilot.pause()
                assert in_view(table), (key, table.cursor_row, table.scroll_offset.y)
        await pilot.resize_terminal(80, 18)
        await pilot.pause()
        await pilot.pause()
        assert in_view(table), (table.cursor_row, table.scroll_offset.y)


async def test_moeten_shows_the_meeting_just_imported(seed_store: Path) -> None:
    """Saved from Importera, the new meeting is the one selected on Möten, not the one selected before."""
    from brå_tui.tui.app import BraApp
    from brå_tui.tui.screens.meetings import MeetingsScreen

    from .helpers import settle, until

    app = BraApp(seed_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        meetings = app.screen
        assert isinstance(meetings, MeetingsScreen)
        listing = meetings.query_one("#meeting-list", OptionList)

        def selected() -> str | None:
            return None if listing.highlighted is None else listing.get_option_at_index(listing.highlighted).id

        before = selected()
        await pilot.press("i")
        await pilot.pause()
        app.screen.query_one("#import-path", TextInput).value = str(CORPUS / "minnesanteckningar-numrerade.txt")
        await pilot.press("enter")
        assert await until(pilot, lambda: isinstance(app.screen, ImportScreen), seconds=30)
        await pilot.press("ctrl+s")
        assert await until(pilot, lambda: app.screen is meetings, seconds=30)
        await settle(pilot)
        assert before != "m:2016-03-22" and selected() == "m:2016-03-22"


async def test_r_sets_the_adjusting_and_a_planned_meeting_shows_its_time_and_place(empty_store: Path,
                                                                                  tmp_path: Path) -> None:
    """r on a line that gives the adjusting's day and place sets them, as k and p set the meeting's time and place;
    its key stands in the keys under the table. A planned meeting's row says its date, time and place at 80
    columns."""
    note = tmp_path / "protokoll.txt"
    note.write_text("Protokoll\nDatum: 2026-10-14\nTid: 13.00–15.00\nPlats: Rådhuset\n"
                    "Närvarande: Anna Berg (S), ordförande, Olle Sund, kommunpolis\n\n§ 1 Lägesbild\nOlle berättade.\n"
                    "Protokollet justeras den 20 oktober på kommunkontoret.\n\n"
                    "Nästa möte: 2026-12-17 kl. 09.00–11.30, Stadshuset rum 3\n", encoding="utf-8")
    async with import_screen(empty_store, note) as (_app, pilot, screen):
        assert "r justering" in str(screen.query_one("#import-keys", Static).render())
        table = screen.query_one(DataTable)
        numbers = [row.number for row in screen.found]
        table.move_cursor(row=numbers.index(11))
        await pilot.pause()
        detail = str(screen.query_one("#import-detail", Static).render())
        assert "→ tidplan: 2026-12-17 09:00–11:30, Stadshuset rum 3" in detail
        table.move_cursor(row=numbers.index(9))
        await pilot.pause()
        await pilot.press("r")
        await pilot.pause()
        detail = str(screen.query_one("#import-detail", Static).render())
        assert "Rad 9 blev justering: 2026-10-20 kommunkontoret." in detail
        m = screen.result.meeting
        assert (m.adjusting_date, m.adjusting_place, m.place) == (dt.date(2026, 10, 20), "kommunkontoret", "Rådhuset")
