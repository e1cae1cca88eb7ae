"""Importera in the app, a document without a date: the review opens all the same, says the date is missing and
saves nothing until d on a line with the date gives it."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.widgets import DataTable, Input, Static

from brå_tui.store.load import load
from brå_tui.tui.screens.importing import MeetingDateDialog
from tests.tui.helpers import import_screen, leaves, on_line, press

NOTE = ("Minnesanteckningar\nTid: 18.00–20.00\nPlats: Boxholms bibliotek\nNärvarande: Annelie Ström (S), ordförande\n\n"
        "1. Lägesbild\nLugnt under vintern. Protokollet justeras 2025-03-11.\n")


def _date_typed(app: App[None], text: str) -> MeetingDateDialog:
    """The date asked for (the dialog shown): text typed in; the dialog."""
    dialog = app.screen
    assert isinstance(dialog, MeetingDateDialog)
    dialog.query_one(Input).value = text
    return dialog


async def test_the_review_opens_without_a_date_and_d_gives_it(empty_store: Path, tmp_path: Path) -> None:
    note = tmp_path / "utan-datum.txt"
    note.write_text(NOTE, encoding="utf-8")
    async with import_screen(empty_store, note) as (app, pilot, screen):
        assert "utan datum" in str(screen.query_one("#import-summary", Static).render())
        await press(pilot, "ctrl+s")
        assert isinstance(app.screen, MeetingDateDialog), "ctrl+s without a date asks for it"
        await press(pilot, "escape")
        assert app.screen is screen
        detail = str(screen.query_one("#import-detail", Static).render())
        assert "mötet har inget datum" in detail and "Alla flyttar finns kvar" in detail and "tryck d" in detail
        await on_line(pilot, screen, 7, "d")
        assert "2025-03-11" in str(screen.query_one("#import-summary", Static).render())
        await leaves(pilot, "ctrl+s", screen)
    assert load(empty_store).meeting("2025-03-11") is not None


async def test_the_date_is_typed_when_no_line_gives_it(empty_store: Path, tmp_path: Path) -> None:
    """d on a line without a date, in a document without one: the date is asked for; what is no date is said."""
    from textual.widgets import Label

    note = tmp_path / "utan-datum.txt"
    note.write_text(NOTE.replace(" Protokollet justeras 2025-03-11.", ""), encoding="utf-8")
    async with import_screen(empty_store, note) as (app, pilot, screen):
        await press(pilot, "d")
        dialog = _date_typed(app, "4 mars [b]")
        await press(pilot, "enter")
        assert app.screen is dialog
        hint = str(dialog.query_one("#import-date-hint", Label).render())
        assert "'4 mars [b]' är inget datum; skriv det som ÅÅÅÅ-MM-DD" in hint
        _date_typed(app, "2025-03-04")
        await press(pilot, "enter")
        assert app.screen is screen
        assert "2025-03-04" in str(screen.query_one("#import-summary", Static).render())
        assert "mötets datum: 2025-03-04" in str(screen.query_one("#import-detail", Static).render())
        await leaves(pilot, "ctrl+s", screen)
    assert load(empty_store).meeting("2025-03-04") is not None


async def test_dates_without_a_year_follow_the_typed_date(empty_store: Path, tmp_path: Path) -> None:
    """The date typed for a document without one: a due date '15 mars' and the next meeting '9 september' are
    worked out from it, not from the stand-in date the import used until then."""
    import datetime as dt

    note = tmp_path / "utan-datum.txt"
    note.write_text(NOTE.replace(" Protokollet justeras 2025-03-11.", "")
                    + "Annelie Ström tar fram statistik till 15 mars.\n\nNästa möte: 9 september kl. 18.00.\n",
                    encoding="utf-8")
    async with import_screen(empty_store, note) as (app, pilot, screen):
        await on_line(pilot, screen, 8, "u", "d")
        _date_typed(app, "2025-03-04")
        await press(pilot, "enter")
        assert app.screen is screen
        assert [row.became for row in screen.found if row.number == 10] == ["tidplan: 2025-09-09 18:00"]
        table = screen.query_one(DataTable)
        assert "tidplan: 2025-09-09" in str(table.get_row_at(table.row_count - 1))
        await leaves(pilot, "ctrl+s", screen)
    meeting = load(empty_store).meeting("2025-03-04")
    assert meeting is not None
    assert [e.date for e in meeting.schedule] == [dt.date(2025, 9, 9)]
    assert [(f.owners, f.due) for f in meeting.followups] == [(["Annelie Ström"], dt.date(2025, 3, 15))]


async def test_a_date_line_it_could_not_read_shows_the_date_as_unread(empty_store: Path, tmp_path: Path) -> None:
    """The row of 'Datum: den tolfte mars 2025' says the date could not be read, never the stand-in (today's)."""
    import datetime as dt

    from brå_tui.importer.review import NO_DATE

    note = tmp_path / "oläst-datum.txt"
    note.write_text(NOTE.replace("Tid:", "Datum: den tolfte mars 2025\nTid:"), encoding="utf-8")
    async with import_screen(empty_store, note) as (_app, _pilot, screen):
        table = screen.query_one(DataTable)
        cells = [" ".join(str(c) for c in table.get_row_at(n)) for n in range(table.row_count)]
        assert any("Datum: den tolfte mars 2025" in c and f"datum: {NO_DATE}" in c for c in cells), cells
        assert not any(dt.date.today().isoformat() in c for c in cells)


async def test_saving_without_a_date_asks_for_it_and_keeps_every_move(empty_store: Path, tmp_path: Path) -> None:
    """ctrl+s on a document without a date: the date is asked for, and the meeting saved on it with the moves made
    before (a line made a decision, a person made absent)."""
    note = tmp_path / "utan-datum.txt"
    note.write_text(NOTE.replace(" Protokollet justeras 2025-03-11.", "") + "Eva Ek, polisen\n", encoding="utf-8")
    async with import_screen(empty_store, note) as (app, pilot, screen):
        await on_line(pilot, screen, 7, "b")
        await on_line(pilot, screen, 8, "f")
        await press(pilot, "ctrl+s")
        await leaves(pilot, "enter", screen, _date_typed(app, "2025-03-04"))
    meeting = load(empty_store).meeting("2025-03-04")
    assert meeting is not None
    assert [d.text for _, d in meeting.decisions()] == ["Lugnt under vintern."]
    assert [a.name for a in meeting.absentees()] == ["Eva Ek"]
