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

from brå_tui.extras import command_apart
from brå_tui.importer import FORMATS
from brå_tui.importer.errors import ImportFailure
from brå_tui.importer.ledger import UNPLACED, UNSURE
from brå_tui.importer.notes import import_notes
from brå_tui.importer.report import (
    ABSENT,
    CALLED,
    DECISIONS,
    ITEMS,
    PRESENT,
    UNPLACED_LINES,
    UNSURE_LINES,
    ImportResult,
)
from brå_tui.importer.review import (
    GROUP_CHOICES,
    TARGETS,
    ReviewRefused,
    Row,
    group_word,
    move,
    people_on,
    rows,
    set_date,
    set_groups,
)
from brå_tui.importer.save import import_target, prepare, save
from brå_tui.questions.snapshot import Snapshot
from brå_tui.store.folders import HomeError, expand_home
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
            try:
                path = expand_home(text)
            except HomeError as err:
                self._status(str(err))
                return
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
            said, keys = command_apart(shown_name(err)), "Enter: läs filen · Esc: avbryt"
            self.app.call_from_thread(self._status, f"{said}\n{keys}" if "\n" in said else f"{said} {keys}")
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
        from brå_tui.text import not_a_date
        from brå_tui.validate import parse_date

        text = self.query_one("#import-date", Input).value.strip()
        day = parse_date(text)
        if day is None:
            self.query_one("#import-date-hint", Label).update(
                Text(not_a_date(text)))
            return
        self.dismiss(day)

    def action_cancel(self) -> None:
        """Escape: no date; asks first when a date was typed (close_asking)."""
        close_asking(self, self.query_one("#import-date", TextInput).typed)


class GroupDialog(ModalScreen["list[str | None] | None"]):
    """A group for each of the people a line of the review named, chosen in a small table (person, group): Enter
    gives the person under the cursor the next group (ledamot → ersättare → … → ingen grupp → ledamot), ctrl+s
    closes with every person's group, Esc with none."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "next_group", "Nästa grupp", id="import_group.next",
                                                     priority=True),
                                             Binding("ctrl+s", "accept", "Klar", id="import_group.accept"),
                                             Binding("escape", "cancel", "Avbryt", id="import_group.cancel")]
    DEFAULT_CSS = """
    GroupDialog { align: center middle; }
    GroupDialog > Vertical { width: 64; max-width: 100%; height: auto; border: round $primary; padding: 0 1; }
    GroupDialog CutTable { height: auto; max-height: 12; }
    """

    def __init__(self, names: list[str], groups: list[str | None]) -> None:
        super().__init__()
        self.names = names
        self.groups = [g if g in GROUP_CHOICES else None for g in groups]

    def compose(self) -> ComposeResult:
        """The question, the table of people, the keys."""
        with Vertical():
            yield Label("Grupp för var och en på raden:")
            yield CutTable(id="import-groups", cursor_type="row", zebra_stripes=False)
            yield Label("Enter: nästa grupp · ctrl+s: klar · Esc: avbryt")
        yield bra_footer()

    def on_mount(self) -> None:
        """Fill the table and start on its first person."""
        table = self.query_one(CutTable)
        table.set_columns([Column("Person", "name", 20, grows=True), Column("Grupp", "group", 18)])
        self._fill(0)
        table.focus()

    def _fill(self, at: int) -> None:
        table = self.query_one(CutTable)
        table.clear()
        for n, (name, group) in enumerate(zip(self.names, self.groups, strict=True)):
            table.add_row(Text(name), group_word(group), key=str(n))
        table.move_cursor(row=at)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter in the table: the next group for that person."""
        event.stop()
        self.action_next_group()

    def action_next_group(self) -> None:
        """The person under the cursor gets the next group of GROUP_CHOICES."""
        at = self.query_one(CutTable).cursor_row
        if 0 <= at < len(self.groups):
            self.groups[at] = GROUP_CHOICES[(GROUP_CHOICES.index(self.groups[at]) + 1) % len(GROUP_CHOICES)]
            self._fill(at)

    def action_accept(self) -> None:
        """ctrl+s: every person's group as chosen."""
        self.dismiss(list(self.groups))

    def action_cancel(self) -> None:
        """Escape: nothing changes."""
        self.dismiss(None)


class ImportScreen(Screen[str | None]):
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
        there = CALLED if m.called else PRESENT  # a kallelse's people: called to a meeting not yet held
        text = (f"{shown_name(self.result.source.name)} → {when}: {counted(len(m.present()), *there)}, "
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
        if target == "grupp" and len(people_on(row)) > 1:
            self._choose_groups(row, index)  # a group for each person, in a small table
            return
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

    def _choose_groups(self, row: Row, index: int) -> None:
        """g on a line of several people: a group for each, chosen in GroupDialog."""
        people = people_on(row)

        def chosen(groups: list[str | None] | None) -> None:
            if groups is None:
                return
            now = set_groups(self.result, row, groups)
            self.found = rows(self.result)
            self.message, self.message_row = f"Rad {row.label} blev {now.rstrip('.')}.", row.number
            self._fill(index)

        self.app.push_screen(GroupDialog([a.name for a in people], [a.group for a in people]), chosen)

    def _ask_date(self, row: Row) -> None:
        """The meeting's date, typed in a form, when the document gives none and the line under the cursor none."""
        def typed(day: dt.date | None) -> None:
            if day is not None:
                now = set_date(self.result, day, self.store.people)
                self.found = rows(self.result)  # the note was read again for the date
                self.message, self.message_row = f"Rad {row.label}: {now}.", row.number
                self._fill(self.query_one(DataTable).cursor_row)

        self.app.push_screen(MeetingDateDialog(), typed)

    def _ask_date_to_save(self) -> None:
        """ctrl+s without a date: the date asked for; the meeting saved on it, or (Esc) the review goes on."""
        def typed(day: dt.date | None) -> None:
            if day is None:
                self._failed(f"Inget sparades än: mötet har inget datum ({self.result.date_missing}). Alla flyttar "
                             "finns kvar; tryck d på en rad med datumet, eller ctrl+s igen för att skriva det.")
                return
            now = set_date(self.result, day, self.store.people)
            self.found = rows(self.result)  # the note was read again for the date, the moves made again on it
            row = self._current()
            self.message, self.message_row = f"{now[0].upper()}{now[1:]}.", row.number if row else None
            self._fill(self.query_one(DataTable).cursor_row)
            self.action_save()

        self.app.push_screen(MeetingDateDialog(), typed)

    def has_unsaved(self) -> bool:
        """The review is unsaved work until ctrl+s writes the meeting (then the screen closes): quitting asks."""
        return True

    def action_cancel(self) -> None:
        """Escape: leave without saving, after asking."""
        ask(self.app, "Avbryta importen? Ingenting sparas.", lambda: self.dismiss(None))

    def action_save(self) -> None:
        """ctrl+s: write the meeting; ask first when a meeting on that date exists. Without a date (the document
        gave none) the date is asked for (MeetingDateDialog), every move kept, and the meeting saved once it is
        given; Esc there leaves the review as it was, the line under the cursor saying how to give the date."""
        if self.result.date_missing:
            self._ask_date_to_save()
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
        self.dismiss(path.stem)  # Möten selects the meeting just written

