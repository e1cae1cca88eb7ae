"""Möten, the start screen: the meetings list beside the selected meeting in tabs."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option, OptionDoesNotExist

from brå_tui.questions.ahead import has_passed
from brå_tui.questions.people import meeting_shown
from brå_tui.tui.keys import NEEDS_MEETING, SCREEN_ACTIONS, VIEWS, meeting_bindings, navigation_bindings
from brå_tui.tui.screens.base import ViewScreen
from brå_tui.tui.widgets.footer import WidgetKey, bra_footer
from brå_tui.tui.widgets.meeting_tabs import TAB_IDS, TABS, MeetingTabs, Spot, broken_notice, planned_notice
from brå_tui.views.format import PASSED

if TYPE_CHECKING:
    from brå_tui.importer.report import ImportResult
    from brå_tui.model import Finding, ScheduleEntry
    from brå_tui.questions.snapshot import Snapshot
    from brå_tui.tui.app import BraApp

EMPTY = "Inga möten ännu. Tryck n för att skriva det första, eller kör 'bra new'."




def _tab_bindings() -> list[Binding]:
    return [Binding(str(n), f"tab('{tab_id}')", f"Flik {label}", show=False, id=f"meetings.tab{n}")
            for n, (tab_id, label, _) in enumerate(TABS, start=1)]


class MeetingsScreen(Screen[None]):
    """The meetings, newest first, then planned ones; the highlighted one shown in tabs."""

    TITLE = "Lokala Brå"
    SUB_TITLE = "Möten"
    # In the order the footer shows them (widgets/footer.py): the screen's own keys (the tabs, then the work on the
    # meetings), then, after ? and q, the keys that only open another screen.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("right", "step_tab(1)", "Flik", key_display="← →", priority=True,
                tooltip="Nästa flik (← föregående, 1–7 en viss flik)", id="meetings.next_tab"),
        Binding("left", "step_tab(-1)", "Föregående flik", show=False, priority=True, id="meetings.previous_tab"),
        *_tab_bindings(),
        *meeting_bindings("meetings", shown=True, names=("edit", "export")),
        *navigation_bindings("meetings", show=True, namespace="app.", names=("new", "notice")),
        *meeting_bindings("meetings", shown=True, names=("history", "import")),
        Binding("escape", "focus_list", "Till listan", show=False, tooltip="Tillbaka till möteslistan",
                id="meetings.focus_list"),
        *navigation_bindings("meetings", show=True, namespace="app.", names=VIEWS),
    ]

    # The footer's groups (widgets/footer.py): the seven tab keys shown as one, and the keys to other screens.
    FOOTER_STAND_INS: ClassVar[dict[str, tuple[str, str]]] = {"meetings.tab1": ("1–7", "Flik")}
    FOOTER_ELSEWHERE: ClassVar[frozenset[str]] = frozenset(f"meetings.{name}" for name in VIEWS)
    # The list's own keys, which no binding names (widgets/footer.py, the help).
    WIDGET_KEYS: ClassVar[tuple[WidgetKey, ...]] = (
        WidgetKey("#meeting-list", "down", "↑ ↓", "Möte", "Välj möte i listan; det valda visas i flikarna"),)

    # Whether the highlighted entry is a meeting held in the store (not a planned one or a broken file): Redigera,
    # Historik and the tab keys work only then, and the footer follows.
    meeting_selected: reactive[bool] = reactive(False, bindings=True, repaint=False, init=False)
    # Whether it is a broken file: Historik works on it too (restoring a version that reads is the way to mend it).
    broken_selected: reactive[bool] = reactive(False, bindings=True, repaint=False, init=False)

    def __init__(self) -> None:
        super().__init__()
        self._planned: dict[str, ScheduleEntry] = {}
        self._broken: dict[str, Finding] = {}
        self._selected: str | None = None
        self._held: set[str] = set()  # the keys of the meetings listed
        self._shown: tuple[Snapshot, str] | None = None  # the entry the tabs show, as of which reading

    @property
    def bra(self) -> BraApp:
        """The app, typed."""
        return cast("BraApp", self.app)

    def compose(self) -> ComposeResult:
        """Header, list and tabs, a status line while reading, footer."""
        yield Header(icon="≡")
        yield Static("Läser möten …", id="status")
        yield Static(EMPTY, id="empty")
        with Horizontal(id="body"):
            with Vertical(id="list-pane"):
                yield OptionList(id="meeting-list")
            yield MeetingTabs(id="meeting")
        yield bra_footer(self.FOOTER_STAND_INS, self.FOOTER_ELSEWHERE)

    def on_mount(self) -> None:
        """Until the store is read only the status line shows; from then on, follow the app's reads."""
        self.query_one("#empty").display = False
        self.query_one("#body").display = False
        self.bra.store_read.subscribe(self, self._store_read)
        self.bra.read_progress.subscribe(self, self.show_progress)
        self.bra.read_failed.subscribe(self, self.show_failure)
        if self.bra.store is not None:
            self.store_changed()

    def _store_read(self, store: Snapshot) -> None:
        self.store_changed()

    def show_progress(self, progress: tuple[int, int]) -> None:
        """Läser möten … 120/1000 (files done, total)."""
        done, total = progress
        self.query_one("#status", Static).update(f"Läser möten … {done}/{total}")

    def show_failure(self, reason: str) -> None:
        """Reading ended without a store: say why and what to do, instead of a progress that never moves."""
        if self.bra.store is None:
            self.query_one("#status", Static).update(
                f"{reason}\n\nRätta felet och välj Läs om lagringen (ctrl+p), eller avsluta med q.")

    def store_changed(self) -> None:
        """Fill the list from the store, keeping the selection when it still exists."""
        store = self.bra.store
        if store is None:
            return
        self.query_one("#status").display = False
        options = self._options(store)
        empty = not options
        self.query_one("#empty").display = empty
        self.query_one("#body").display = not empty
        listing = self.query_one("#meeting-list", OptionList)
        ids = [o.id for o in options]
        if ids != [o.id for o in listing.options]:  # re-laying out thousands of rows is slow: only when they changed
            listing.clear_options()
            listing.add_options(options)
        if empty:
            self.meeting_selected = False
            return
        keep = self._selected
        listing.highlighted = ids.index(keep) if keep in ids else 0
        self._show(listing.highlighted)
        listing.focus()

    def _options(self, store: Snapshot) -> list[Option]:
        self._broken = dict(store.broken_meetings)
        held: list[tuple[str, Option]] = []
        self._held = {summary.key for summary in store.summaries}
        for key in self._held:
            held.append((key, Option(key, id=f"m:{key}")))
        for key in self._broken:
            label = Text(key)
            label.append("\nTRASIG", style="bold reverse")
            held.append((key, Option(label, id=f"b:{key}")))
        held.sort(key=lambda pair: pair[0], reverse=True)
        options = [option for _, option in held]
        self._planned = {}
        today = dt.date.today()
        for entry in store.planned:
            key = entry.date.isoformat()
            self._planned[key] = entry
            label = Text(key)
            label.append(f"\n{PASSED}" if has_passed(entry.date, today) else "\nplanerat", style="italic")
            options.append(Option(label, id=f"p:{key}"))
        return options

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Moving in the list shows that meeting at once."""
        self._show(event.option_index)

    def _show(self, index: int | None) -> None:
        store = self.bra.store
        listing = self.query_one("#meeting-list", OptionList)
        if store is None or index is None or index >= listing.option_count:
            return
        option_id = listing.get_option_at_index(index).id or ""
        self._selected = option_id
        if self._shown is not None and self._shown[0] is store and self._shown[1] == option_id:
            return  # highlighted again (as the list is filled): shown already
        self._shown = (store, option_id)
        kind, _, key = option_id.partition(":")
        tabs = self.query_one(MeetingTabs)
        if kind == "m":
            meeting = store.meeting(key)  # one row of the index, made into a meeting (about a millisecond)
            if meeting is not None:
                # Owners written short in older notes ("Mikael J") by the full name of the one person they name.
                tabs.show_meeting(meeting_shown(store.directory, meeting), store.council, store.meeting_dates())
        elif kind == "p":
            tabs.show_notice(planned_notice(self._planned[key]))
        elif kind == "b":
            tabs.show_notice(broken_notice(self._broken[key], store.root, in_git=self.bra.in_git()))
        self.meeting_selected = kind == "m"
        self.broken_selected = kind == "b"

    @property
    def selected_meeting(self) -> str | None:
        """The key of the highlighted held meeting, if one is highlighted."""
        kind, _, key = (self._selected or "").partition(":")
        return key if kind == "m" else None

    @property
    def selected_planned(self) -> dt.date | None:
        """The date of the highlighted planned meeting (in the schedule, not yet written), if one is highlighted."""
        kind, _, key = (self._selected or "").partition(":")
        return self._planned[key].date if kind == "p" and key in self._planned else None

    def prefer(self, key: str) -> None:
        """Select a meeting now if it is listed, and keep it selected when the store is read again."""
        self._selected = f"m:{key}"
        listing = self.query_one("#meeting-list", OptionList)
        try:
            index = listing.get_option_index(self._selected)
        except OptionDoesNotExist:
            return  # not read yet: store_changed selects it when it is
        listing.highlighted = index
        self._show(index)

    def select_meeting(self, key: str, tab: str | None = None, spot: Spot | None = None) -> None:
        """Highlight a meeting by key and show one of its tabs, at a spot in it if given (MeetingTabs.activate)."""
        listing = self.query_one("#meeting-list", OptionList)
        try:
            index = listing.get_option_index(f"m:{key}")
        except OptionDoesNotExist:
            self.notify(f"Mötet {key} finns inte längre.", severity="warning")
            return
        listing.highlighted = index
        self._show(index)
        if tab in TAB_IDS:
            self.query_one(MeetingTabs).activate(tab, spot)
        listing.focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Redigera needs a held meeting (on a planned or broken one `e` says why not: on_key); the tab keys need the
        tabs."""
        if action == "history":
            return self.meeting_selected or self.broken_selected
        if action in NEEDS_MEETING or action in ("tab", "step_tab"):
            return self.meeting_selected
        return True

    def on_key(self, event: events.Key) -> None:
        """`e` on a planned or broken meeting, where Redigera is not offered, says why instead of doing nothing."""
        if event.key == "e" and (self._selected or "").partition(":")[0] in ("p", "b"):
            event.stop()
            event.prevent_default()
            self.action_edit()

    def _held_key(self, planned: str, broken: str) -> str | None:
        """The highlighted meeting's key when it is a held meeting; for a planned or a broken one, a warning saying
        why not (planned, broken: what follows "Mötet KEY" and "Filen för KEY") and None."""
        kind, _, key = (self._selected or "").partition(":")
        if kind == "p":
            self.notify(f"Mötet {key} {planned}", severity="warning")
        elif kind == "b":
            self.notify(f"Filen för {key} {broken}", severity="warning")
        return key if kind == "m" else None

    def action_edit(self) -> None:
        """Redigera the highlighted meeting; a planned or broken one says why it cannot be edited."""
        key = self._held_key("är bara planerat och har inga anteckningar ännu; tryck n för att skriva dem.",
                             "går inte att läsa och kan inte redigeras här; rätta den först (se 'bra check') "
                             "eller återställ en tidigare version med h.")
        if key is not None:
            self.bra.edit_meeting(key)

    def action_history(self) -> None:
        """Historik for the highlighted meeting."""
        from brå_tui.tui.screens.history import HistoryScreen

        kind, _, key = (self._selected or "").partition(":")
        if kind in ("m", "b"):
            self.app.push_screen(HistoryScreen(self.bra.root, key))

    def action_import(self) -> None:
        """Importera: a file named, read, then reviewed line by line before it is saved."""
        from brå_tui.tui.screens.importing import ImportFileDialog, ImportScreen

        store = self.bra.store
        if store is None:
            self.notify("Mötena läses fortfarande in; försök igen om en stund.", severity="warning")
            return

        def saved(key: str | None) -> None:
            if key is not None:
                self.prefer(key)

        def read(result: ImportResult | None) -> None:
            if result is not None:
                self.app.push_screen(ImportScreen(store, result), saved)

        self.app.push_screen(ImportFileDialog(store), read)

    def action_export(self) -> None:
        """Exportera the highlighted meeting; a planned or broken one says why it cannot be."""
        store = self.bra.store
        if store is None:
            self.notify("Mötena läses fortfarande in; försök igen om en stund.", severity="warning")
            return
        key = self._held_key("är bara planerat och har inga anteckningar att exportera ännu.",
                             "går inte att läsa och kan inte exporteras; rätta den först (se 'bra check').")
        if key is not None and key in self._held:
            self.open_export(key)

    def open_export(self, key: str) -> None:
        """Open the export dialog for one held meeting."""
        from brå_tui.tui.screens.export import ExportScreen

        store = self.bra.store
        meeting = None if store is None else store.meeting(key)
        if store is not None and meeting is not None:
            self.app.push_screen(ExportScreen(store, meeting))

    def action_focus_list(self) -> None:
        """Back to the meetings list from the tabs."""
        self.query_one("#meeting-list", OptionList).focus()

    def action_tab(self, tab_id: str) -> None:
        """Show one tab by id."""
        self.query_one(MeetingTabs).activate(tab_id)

    def action_step_tab(self, delta: int) -> None:
        """Next or previous tab."""
        self.query_one(MeetingTabs).step(delta)


def works_over(screen: Screen[object], action: str) -> bool:
    """Whether an app key (its action's name) works over screen: the keys that open a screen (SCREEN_ACTIONS) over
    Möten and the screens opened over it, never over Redigera or a dialog; the others everywhere."""
    return action not in SCREEN_ACTIONS or isinstance(screen, (MeetingsScreen, ViewScreen))
