"""Importera: choose a file of old minutes, see each source line beside what it became, move lines by keys, save."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Header, Input, Label, Static

from brå_tui.importer import FORMATS
from brå_tui.importer.errors import ImportFailure
from brå_tui.importer.ledger import UNPLACED, UNSURE
from brå_tui.importer.notes import import_notes
from brå_tui.importer.report import (
    ABSENT,
    DECISIONS,
    ITEMS,
    PRESENT,
    UNPLACED_LINES,
    UNSURE_LINES,
    ImportResult,
)
from brå_tui.importer.review import TARGETS, ReviewRefused, Row, move, rows, set_date
from brå_tui.importer.save import import_target, prepare, save
from brå_tui.questions.snapshot import Snapshot
from brå_tui.text import shown_name
from brå_tui.tui.screens.base import StoreWritten
from brå_tui.tui.screens.confirm import ask, close_asking
from brå_tui.tui.widgets.cut_table import Column, CutTable
from brå_tui.tui.widgets.footer import bra_footer
from brå_tui.tui.widgets.text_input import TextInput
from brå_tui.views.wrap import counted

KEYS = "Tangenter: " + " · ".join(f"{k} {name}" for k, name in TARGETS.items())  # ctrl+s and Esc: in the footer


class ImportFileDialog(ModalScreen["ImportResult | None"]):
    """Which file to import: a path typed; the file is read (in a worker) before the dialog closes with it,
    and a file that cannot be imported is said in one sentence while the dialog stays open."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "read", "Läs filen", id="import_file.read"),
                                             Binding("escape", "cancel", "Avbryt", id="import_file.cancel")]
    DEFAULT_CSS = """
    ImportFileDialog { align: center middle; }
    ImportFileDialog > Vertical { width: 76; max-width: 100%; height: auto; border: round $primary; padding: 0 1; }
    """

    def __init__(self, store: Snapshot) -> None:
        super().__init__()
        self.store = store

    def compose(self) -> ComposeResult:
        """The question and the field."""
        with Vertical():
            yield Label(f"Fil att importera (protokoll, anteckningar, kallelse; {', '.join(FORMATS)}):")
            yield TextInput(placeholder="sökväg till filen", id="import-path")
            yield Label("Enter: läs filen · Esc: avbryt", id="import-file-status")
        yield bra_footer()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the field: read the file named."""
        self.action_read()

    def action_read(self) -> None:
        """Read the file the field names (nothing while it is empty)."""
        text = self.query_one("#import-path", Input).value.strip()
        if text:
            path = Path(text).expanduser()
            self._status(f"Läser {shown_name(path.name)} …")  # while the worker reads it
            self._read(path)

    def _status(self, said: str) -> None:
        self.query_one("#import-file-status", Label).update(Text(said))

    @work(thread=True, exclusive=True, group="import-read")
    def _read(self, path: Path) -> None:
        try:
            # The importer matches names and items against every meeting: the whole store, made here in the worker.
            [result] = import_notes([path], self.store.whole())
        except ImportFailure as err:
            # said in the dialog, where the path was typed: the name's control characters as symbols
            self.app.call_from_thread(self._status, f"{shown_name(err)} Enter: läs filen · Esc: avbryt")
            return
        self.app.call_from_thread(self.dismiss, result)

    def action_cancel(self) -> None:
        """Escape: nothing; asks first when a path was typed (close_asking)."""
        close_asking(self, self.query_one("#import-path", TextInput).typed)


class MeetingDateDialog(ModalScreen["dt.date | None"]):
    """The meeting's date, typed, for an imported document that gives none on any line: closes with the date, or
    says in one sentence why what was typed is no date while it stays open."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "accept", "Klar", id="import_date.accept"),
                                             Binding("escape", "cancel", "Avbryt", id="import_date.cancel")]
    DEFAULT_CSS = """
    MeetingDateDialog { align: center middle; }
    MeetingDateDialog > Vertical { width: 60; max-width: 100%; height: auto; border: round $primary; padding: 0 1; }
    """

    def compose(self) -> ComposeResult:
        """The question and the field."""
        with Vertical():
            yield Label("Mötets datum (dokumentet anger inget):")
            yield TextInput(placeholder="ÅÅÅÅ-MM-DD", id="import-date")
            yield Label("Enter: klar · Esc: avbryt", id="import-date-hint")
        yield bra_footer()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the field: take the date."""
        event.stop()
        self.action_accept()

    def action_accept(self) -> None:
        """Close with the date typed, or say why it is none."""
        from brå_tui.text import visible
        from brå_tui.validate import parse_date

        text = self.query_one("#import-date", Input).value.strip()
        day = parse_date(text)
        if day is None:
            self.query_one("#import-date-hint", Label).update(
                Text(f"”{visible(text)}” är inget datum; skriv det som ÅÅÅÅ-MM-DD, t.ex. 2025-03-04."))
            return
        self.dismiss(day)

    def action_cancel(self) -> None:
        """Escape: no date; asks first when a date was typed (close_asking)."""
        close_asking(self, self.query_one("#import-date", TextInput).typed)


class ImportScreen(Screen[None]):
    """The review of one imported file: source lines beside what each became; lines moved by letter keys."""

    TITLE = "Lokala Brå"
    SUB_TITLE = "Importera"
    DEFAULT_CSS = """
    ImportScreen #import-table { height: 1fr; }
    ImportScreen #import-detail-scroll { height: auto; min-height: 5; max-height: 9; border-top: solid $primary; }
    ImportScreen #import-detail { height: auto; }
    ImportScreen #import-keys { height: auto; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        *(Binding(key, f"move('{name}')", name.capitalize(), show=False, id=f"import.{key}")
          for key, name in TARGETS.items()),
        Binding("ctrl+s", "save", "Spara", id="import.save"),
        Binding("escape", "cancel", "Avbryt", id="import.cancel"),
    ]

    def __init__(self, store: Snapshot, result: ImportResult) -> None:
        super().__init__()
        self.store = store
        self.result = result
        self.found: list[Row] = rows(result)
        self.message = ""  # what the last key did, under the line it did it to (never a toast over the table)
        self.message_row: int | None = None  # the source line the message is about (any of its sentences)

    def compose(self) -> ComposeResult:
        """Summary line, the table, the whole of the selected line, the keys."""
        yield Header(icon="≡")
        yield Static("", id="import-summary", markup=False)
        yield CutTable(id="import-table", cursor_type="row", zebra_stripes=False)
        with VerticalScroll(id="import-detail-scroll"):  # the whole line; scrolled (Tab, arrows) when taller
            yield Static("", id="import-detail", markup=False)
        yield Static(KEYS, id="import-keys", markup=False)
        yield bra_footer()

    def on_mount(self) -> None:
        """Fill the table and start on its first line."""
        table = self.query_one(CutTable)
        table.set_columns([Column("Rad", "n", 4), Column("I källan", "text", 20, grows=True),
                           Column("Blev", "became", 26)])
        self._fill()
        table.focus()

    def _fill(self, keep: int = 0) -> None:
        table = self.query_one(DataTable)
        table.clear()
        for row in self.found:
            mark = Text(row.became, style="bold" if row.kind in (UNPLACED, UNSURE) else "")
            table.add_row(row.label, Text(row.text), mark, key=row.label)
        if self.found:
            table.move_cursor(row=min(keep, len(self.found) - 1))
        self._summary()
        self._detail()

    def _summary(self) -> None:
        m = self.result.meeting
        counts = self.result.ledger.counts()
        when = "utan datum (d på en rad med datumet)" if self.result.date_missing else m.date.isoformat()
        text = (f"{shown_name(self.result.source.name)} → {when}: {counted(len(m.present()), *PRESENT)}, "
                f"{counted(len(m.absentees()), *ABSENT)}, {counted(len(m.items), *ITEMS)}, "
                f"{counted(len(m.decisions()), *DECISIONS)}, {counted(counts[UNSURE], *UNSURE_LINES)}, "
                f"{counted(counts[UNPLACED], *UNPLACED_LINES)}")
        self.query_one("#import-summary", Static).update(text)

    def _detail(self) -> None:
        row = self._current()
        if row is None or (self.message_row is not None and row.number != self.message_row):
            self.message, self.message_row = "", None  # the message was about another line
        where = f" ({row.origin})" if row is not None and row.origin else ""
        said = f"Rad {row.label}{where}: {row.text}\n→ {row.became}" if row else ""
        if row is not None and row.doubt:
            said += f"\nOsäkert: {row.doubt}"
        text = Text(said, no_wrap=True, overflow="ellipsis")
        if self.message:
            text.append(f"\n{self.message}", style="bold")
        self.query_one("#import-detail", Static).update(text)

    def _current(self) -> Row | None:
        table = self.query_one(DataTable)
        index = table.cursor_row
        return self.found[index] if 0 <= index < len(self.found) else None

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """Show the whole of the line under the cursor."""
        self._detail()

    def action_move(self, target: str) -> None:
        """Move the line under the cursor to target; every line is looked at again (a move can change others)."""
        row = self._current()
        if row is None:
            return
        index = self.query_one(DataTable).cursor_row
        try:
            now = move(self.result, row, target, self.store.people)
        except ReviewRefused as err:
            if target == "datum" and self.result.date_missing:
                self._ask_date(row)  # no date on this line, and none anywhere: typed instead
                return
            self.message, self.message_row = f"{err} Ingenting ändrades.", row.number
            self._detail()
            return
        self.found = rows(self.result)
        self.message, self.message_row = f"Rad {row.label} blev {now.rstrip('.')}.", row.number
        self._fill(index)

    def _ask_date(self, row: Row) -> None:
        """The meeting's date, typed in a form, when the document gives none and the line under the cursor none."""
        def typed(day: dt.date | None) -> None:
            if day is not None:
                now = set_date(self.result, day, self.store.people)
                self.found = rows(self.result)  # the note was read again for the date
                self.message, self.message_row = f"Rad {row.label}: {now}.", row.number
                self._fill(self.query_one(DataTable).cursor_row)

        self.app.push_screen(MeetingDateDialog(), typed)

    def has_unsaved(self) -> bool:
        """The review is unsaved work until ctrl+s writes the meeting (then the screen closes): quitting asks."""
        return True

    def action_cancel(self) -> None:
        """Escape: leave without saving, after asking."""
        ask(self.app, "Avbryta importen? Ingenting sparas.", lambda: self.dismiss(None))

    def action_save(self) -> None:
        """ctrl+s: write the meeting; ask first when a meeting on that date exists. Without a date (the document
        gave none) nothing is written: the line under the cursor says how to give it."""
        if self.result.date_missing:
            self._failed(f"Mötet har inget datum ({self.result.date_missing}); tryck d på en rad med datumet, "
                         "eller på vilken rad som helst för att skriva det.")
            return
        path = import_target(self.store.root, self.result)
        if path.exists():
            ask(self.app, f"Mötet {path.stem} finns redan. Skriva över det?", lambda: self._save(force=True))
            return
        self._save(force=False)

    @work(thread=True, exclusive=True, group="import-save")
    def _save(self, force: bool) -> None:
        try:
            document = prepare(self.store.root, self.result, force)
            save(document)
        except (ImportFailure, OSError) as err:
            self.app.call_from_thread(self._failed, str(err))
            return
        note = document.history_note
        self.app.call_from_thread(self._saved, document.path, note)

    def _failed(self, message: str) -> None:
        row = self._current()
        self.message, self.message_row = message, row.number if row else None
        self._detail()

    def _saved(self, path: Path, note: str | None) -> None:
        self.app.notify(f"Sparat i {path}" + (f". {note}" if note else ""))
        self.post_message(StoreWritten())
        self.dismiss(None)

