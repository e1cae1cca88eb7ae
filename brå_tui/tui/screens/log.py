"""Åtgärdslogg: the rolling action log as a table, filtered by open/all, owner and area."""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import DataTable, Header, Input, Select, Static

from brå_tui.questions.actionlog import LogEntry, filter_log
from brå_tui.questions.people import with_owners_shown
from brå_tui.tui.screens.base import ViewScreen, escape_to_rest
from brå_tui.tui.screens.shows_only import ShowsOnly
from brå_tui.tui.widgets.cut_table import Column, CutTable
from brå_tui.tui.widgets.footer import WidgetKey, bra_footer
from brå_tui.tui.widgets.meeting_tabs import Spot
from brå_tui.tui.widgets.text_input import TextInput
from brå_tui.views.actionlog import entry_detail, history_view, owners_text
from brå_tui.views.format import state_word
from brå_tui.views.loglines import flags, meetings_open, owner_problem
from brå_tui.views.wrap import hint_line

SORTS = ["", "äldst först", "nyast först"]
# At narrow widths the table leaves out how long an item has been open and its first meeting (the selected row is
# shown in full below it), before the title would be cut to fewer than 20 cells.
COLUMNS = [Column("Ärende", "title", 20, grows=True), Column("Ansvarig", "owners", 12), Column("Läge", "state", 16),
           Column("Öppen", "open", 10, drop=2), Column("Första möte", "first", 11, drop=1)]


class FollowUpHistoryScreen(ShowsOnly, ModalScreen[str | None]):
    """One follow-up's whole history across meetings; Enter opens its latest meeting."""


    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Stäng", id="history.close"),
        Binding("enter", "open_meeting", "Öppna senaste mötet", id="history.open"),
    ]

    def __init__(self, entry: LogEntry) -> None:
        super().__init__()
        self.entry = entry

    def compose(self) -> ComposeResult:
        """The history table, scrolling."""
        with Vertical(id="history-box"):
            with VerticalScroll(id="history-scroll"):
                yield Static(history_view(self.entry), id="history")
        yield bra_footer()  # at the bottom of the terminal, over the log's own

    def on_mount(self) -> None:
        """Scroll with the arrows at once."""
        self.query_one("#history-scroll").focus()

    def action_close(self) -> None:
        """Back to the log."""
        self.dismiss(None)

    def action_open_meeting(self) -> None:
        """Back, and open the meeting where the item was last written."""
        self.dismiss(self.entry.last_key)


class LogScreen(ViewScreen):
    """The log; a (öppna/alla), s (sortera), an owner field and an area choice filter it."""

    SUB_TITLE = "Åtgärdslogg"
    REST = "#log-table"
    BINDINGS: ClassVar[list[BindingType]] = [
        *escape_to_rest("Till tabellen"),
        Binding("a", "toggle_all", "Öppna/alla", tooltip="Visa bara öppna eller alla", id="log.all"),
        Binding("s", "sort", "Sortera", tooltip="Sortera efter ålder: äldst först, nyast först, loggens ordning",
                id="log.sort"),
        Binding("f", "owner_field", "Ansvarig", tooltip="Gå till fältet för ansvarig och skriv ett namn",
                id="log.owner_field"),
    ]
    WIDGET_KEYS: ClassVar[tuple[WidgetKey, ...]] = (
        WidgetKey("#log-table", "enter", "Enter", "Historik",
                  "Historik – ärendets historik över alla möten (där öppnar Enter det senaste mötet)"),
        WidgetKey("#log-owner", "enter", "Enter", "Till tabellen"),
    )

    def __init__(self, show_id: str | None = None) -> None:
        super().__init__()
        self.include_closed = show_id is not None
        self.sort = 0
        self.show_id = show_id
        self.shown: list[LogEntry] = []

    def compose(self) -> ComposeResult:
        """Filters on top, the table below."""
        yield Header(icon="≡")
        with Horizontal(id="log-filters"):
            yield TextInput(placeholder="Ansvarig …", id="log-owner")
            yield Select[str]([], prompt="Alla områden", id="log-area")
        yield Static(id="log-state")
        yield CutTable(id="log-table", cursor_type="row", zebra_stripes=False)
        with VerticalScroll(id="log-detail-scroll"):  # the whole entry; scrolled (Tab, arrows) when taller
            yield Static(id="log-detail")
        yield bra_footer()

    def on_mount(self) -> None:
        """Columns, the areas to choose from, the rows."""
        table = self.query_one(CutTable)
        table.set_columns(COLUMNS)
        self.refresh_view()
        table.focus()
        if self.show_id is not None:
            self.open_history(self.show_id)

    def refresh_view(self) -> None:
        """Areas from the council and the log, then the rows."""
        areas = list(self.store.council.areas)
        for entry in self.bra.log_entries:
            areas += [a for a in entry.areas if a not in areas]
        select = self.query_one("#log-area", Select)
        chosen = select.value
        with select.prevent(Select.Changed):
            select.set_options([(a, a) for a in areas])
            if isinstance(chosen, str) and chosen in areas:
                select.value = chosen
        self._fill()

    def _filtered(self) -> list[LogEntry]:
        owner = self.query_one("#log-owner", Input).value.strip() or None
        area_value = self.query_one("#log-area", Select).value
        area = area_value if isinstance(area_value, str) else None
        entries = filter_log(self.bra.log_entries, self.bra.directory, self.include_closed, owner, area)
        if self.sort == 1:
            entries = sorted(entries, key=lambda e: (e.first, e.first_key))
        elif self.sort == 2:
            entries = sorted(entries, key=lambda e: (e.first, e.first_key), reverse=True)
        return with_owners_shown(self.bra.directory, entries)  # "Mikael J" of older notes as Mikael Jansson

    def _fill(self) -> None:
        table = self.query_one(DataTable)
        self.shown = self._filtered()
        table.clear()
        for entry in self.shown:
            state = Text(state_word(entry.state), style="bold" if entry.is_open else "dim")
            for flag in flags(entry):
                state.append(" ")
                state.append(flag, style="bold reverse")
            owners = owners_text(entry.owners)
            owners_line = Text(", ".join(entry.owners)) if entry.owners else owners
            table.add_row(entry.title, owners_line, state,
                          meetings_open(entry), entry.first_key, key=entry.id)
        self.query_one("#log-detail", Static).update(entry_detail(self.shown[0]) if self.shown else "")
        what = "alla" if self.include_closed else "öppna"
        owner = self.query_one("#log-owner", Input).value.strip()
        problem = owner_problem(self.bra.directory, self.bra.log_entries, owner) if owner else None
        self.query_one("#log-state", Static).update(
            Text(problem, style="bold") if problem is not None else
            hint_line([f"Visar {what} ({len(self.shown)})", *filter(None, [SORTS[self.sort]]),
                       "a: öppna/alla", "s: sortera", "f: ansvarig", "Enter: historik"]))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """The highlighted entry in full under the table: what the columns cut, its status and last meeting."""
        entry = next((e for e in self.shown if e.id == event.row_key.value), None)
        self.query_one("#log-detail", Static).update(entry_detail(entry) if entry is not None else "")

    def on_input_changed(self, event: Input.Changed) -> None:
        """The owner filter applies as you type."""
        self._fill()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the owner field goes to the table."""
        self.query_one(DataTable).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        """The area filter applies at once."""
        self._fill()

    def action_owner_field(self) -> None:
        """Go to the owner filter; letters typed after go into it."""
        self.query_one("#log-owner", Input).focus()

    def action_toggle_all(self) -> None:
        """Open only, or every item."""
        self.include_closed = not self.include_closed
        self._fill()

    def action_sort(self) -> None:
        """By age: oldest first, newest first, the log's own order."""
        self.sort = (self.sort + 1) % len(SORTS)
        self._fill()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter shows the item's history."""
        if event.row_key.value is not None:
            self.open_history(event.row_key.value)

    def open_history(self, entry_id: str) -> None:
        """Show one item's history; from there Enter opens its latest meeting."""
        entry = next((e for e in self.bra.log_entries if e.id == entry_id), None)
        if entry is None:
            return
        # The app's log comes from the index without the histories: this one's from its rows.
        history = entry.history or self.store.history(entry.id)
        # Owners written short in older notes by the full name of the one person they name, at every meeting.
        followups = with_owners_shown(self.bra.directory, [h.followup for h in history])
        entry = replace(with_owners_shown(self.bra.directory, [entry])[0],
                        history=[replace(h, followup=f) for h, f in zip(history, followups, strict=True)])

        def done(key: str | None) -> None:
            if key:
                self.bra.show_meeting(key, "uppfoljning",
                                      Spot(lambda m: next((f for f in m.followups if f.id == entry.id), None)))

        self.app.push_screen(FollowUpHistoryScreen(entry), done)
