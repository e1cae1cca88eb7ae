"""The app: the store's index brought up to date in the background, the Möten screen first, the other screens a
key away."""

from __future__ import annotations

import io
import os
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from rich.console import Console
from textual import work
from textual.app import SystemCommand
from textual.binding import Binding, BindingType
from textual.command import CommandPalette, Provider
from textual.filter import LineFilter
from textual.message import Message
from textual.notifications import SeverityLevel
from textual.reactive import reactive
from textual.screen import ModalScreen, Screen
from textual.signal import Signal
from textual.worker import Worker

from brå_tui.tui import editing
from brå_tui.tui.commands import BraCommands
from brå_tui.tui.editing.guard import HasUnsaved
from brå_tui.tui.keys import KEY_NAMES, NEEDS_MEETING, SCREEN_ACTIONS, meeting_bindings, navigation_bindings
from brå_tui.tui.no_color import use_no_color
from brå_tui.tui.printable import ControlsOff
from brå_tui.tui.screens.base import StoreWritten, ViewScreen
from brå_tui.tui.screens.meetings import MeetingsScreen, works_over
from brå_tui.tui.swedish import translate_textual
from brå_tui.tui.typeahead import TypeAheadApp
from brå_tui.tui.widgets.dialog_notice import show_in_dialog

if TYPE_CHECKING:
    from textual.driver import Driver

    from brå_tui.questions.actionlog import LogEntry
    from brå_tui.questions.people import Directory
    from brå_tui.questions.snapshot import Snapshot
    from brå_tui.store.watch import StoreWatcher
    from brå_tui.tui.widgets.meeting_tabs import Spot


# The last line of a traceback names the error: "ZeroDivisionError: division by zero".
_ERROR_NAME = re.compile(r"([A-Za-z_][\w.]*)(?::|$)")


class _ReadCancelled(Exception):
    """The background read was given up (the app is quitting)."""


class StoreProgress(Message):
    """How far the background read has come; a newer one waiting in the queue replaces an older one."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done = done
        self.total = total

    def can_replace(self, message: Message) -> bool:
        """Only the latest count is worth showing."""
        return isinstance(message, StoreProgress)


class StoreLoaded(Message):
    """The background read is done (store is None when it failed)."""

    def __init__(self, store: Snapshot | None, error: str | None = None) -> None:
        super().__init__()
        self.store = store
        self.error = error


class BraApp(TypeAheadApp[None]):
    """Lokala Brå: meetings, risk picture, action log, owners and search over one store."""

    CSS_PATH = Path(__file__).parent / "app.tcss"
    # Keys typed while these run wait for them: Sök's hits, Historik's versions, the file Importera reads.
    ANSWERS = frozenset({"search", "history", "import-read"})
    TITLE = "Lokala Brå"
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {BraCommands}  # holds system commands too
    COMMAND_PALETTE_BINDING = "ctrl+p"
    SUSPENDED_SCREEN_CLASS = "-covered"  # a screen under another; under a dialog its toasts are hidden (app.tcss)
    WATCH_SECONDS: ClassVar[float] = 2.0  # how often the store's files are looked at for others' changes
    BINDINGS: ClassVar[list[BindingType]] = [
        *navigation_bindings("bra", show=False),
        *meeting_bindings("bra", on_app=True),
        Binding("question_mark", "help", "Hjälp", key_display="?", tooltip="Visa alla tangenter",
                id="bra.help"),
        Binding("q", "quit_app", "Avsluta", tooltip="Avsluta bra", id="bra.quit"),
        Binding("ctrl+q", "quit_app", "Avsluta", show=False, priority=True, tooltip="Avsluta bra",
                id="bra.quit_ctrl"),
        Binding("ctrl+p", "command_palette", "Hitta", priority=True,
                tooltip="Hitta möten, personer och uppföljningar", id="bra.palette"),
        Binding("ctrl+c", "help_quit", show=False, system=True, id="bra.ctrl_c"),
    ]

    # The store as last read through its index (None until the first read is done): the lists, and the index to ask
    # for the rest. Setting it, even to an equal one, tells the screens (store_read) and the footer (the screen keys
    # work once it is read).
    store: reactive[Snapshot | None] = reactive(None, always_update=True, bindings=True, repaint=False, init=False)

    def __init__(self, root: Path) -> None:
        if os.environ.get("NO_COLOR") == "":
            # Only a non-empty NO_COLOR asks for no colour (https://no-color.org); Textual takes any.
            del os.environ["NO_COLOR"]
        translate_textual()
        super().__init__()
        self._controls_off = ControlsOff()
        use_no_color(self)
        self.animation_level = "none"
        self.root = root
        self._in_git: bool | None = None  # whether the store is kept in git, once asked (in_git)
        self.progress: tuple[int, int] = (0, 0)
        # What the screens follow: the store read (again), how far a read has come (files done, total), and why a
        # read failed as a whole (one sentence).
        self.store_read: Signal[Snapshot] = Signal(self, "store-read")
        self.read_progress: Signal[tuple[int, int]] = Signal(self, "read-progress")
        self.read_failed: Signal[str] = Signal(self, "read-failed")
        self._store_files: StoreWatcher | None = None  # the store's files as last seen, once the store is read
        self._store_scan: Worker[None] | None = None
        # What Textual prints when the app ends on an error (a traceback) is kept for the crash report instead of
        # reaching the terminal; bra never ends the app with a message of its own, so whatever is here is a fault.
        self.error_console = Console(file=io.StringIO(), width=120, color_system=None, markup=False,
                                     highlight=False, emoji=False)
        self._ended_on: tuple[str, Path | None] | None = None

    def crash(self) -> tuple[str, Path | None] | None:
        """Once the app has ended: when it ended on an error in bra itself, the error's type name and the crash
        report written for it (None when that could not be written); None after an ordinary end."""
        if self._ended_on is None:
            stream = self.error_console.file
            details = stream.getvalue() if isinstance(stream, io.StringIO) else ""
            if not details.strip():
                return None
            from brå_tui.crash import save_report

            last = next((line.strip() for line in reversed(details.splitlines()) if line.strip()), "")
            name = _ERROR_NAME.match(last)
            self._ended_on = (name.group(1) if name else "okänt fel", save_report(details, "appen"))
        return self._ended_on

    def get_line_filters(self) -> Sequence[LineFilter]:
        """Textual's filters, then the one that keeps control characters from files off the terminal."""
        return [*super().get_line_filters(), self._controls_off]

    def get_driver_class(self) -> type[Driver]:
        """Textual's terminal driver, made to turn a terminal that goes away into SIGHUP (see terminal.py)."""
        from textual.drivers.linux_driver import LinuxDriver

        from brå_tui.tui.terminal import HangupDriver

        driver = super().get_driver_class()
        return HangupDriver if driver is LinuxDriver else driver

    # The store and what is derived from it -------------------------------------------------

    def on_mount(self) -> None:
        """Start reading the store as soon as the first screen is up; keep edits if the terminal goes."""
        editing.install_draft_guard(self)
        self.call_after_refresh(self.reload_store)  # the first screen is drawn before the read competes with it
        if os.environ.get("BRA_BENCH_EXIT") == "ready":  # the benchmark times the start up to here
            self.call_after_refresh(self.exit)

    def reload_store(self) -> None:
        """Bring the store's index up to date in the background (only changed files are read); screens are told
        when it is done."""
        # Loaded here, after the first screen is drawn and in the main thread: the TOML accelerator must load in the
        # main thread (store/parse.py).
        from brå_tui.store import parse  # noqa: F401

        self._read_store()

    @work(thread=True, exclusive=True, group="store", exit_on_error=False)
    def _read_store(self) -> None:
        from textual.worker import get_current_worker

        from brå_tui.crash import sentence, write_report
        from brå_tui.oserrors import cause
        from brå_tui.questions.snapshot import Snapshot
        from brå_tui.store.paths import StoreError

        worker = get_current_worker()

        def progress(done: int, total: int) -> None:
            if worker.is_cancelled:  # quitting: stop reading instead of holding the exit up
                raise _ReadCancelled
            self.post_message(StoreProgress(done, total))

        try:
            # The lists, the action log and the people come from the index (the log is kept there and only what
            # changed is worked out anew), here in the worker, so no screen folds the whole store when it opens.
            store = Snapshot.read(self.root, progress)
        except _ReadCancelled:
            return
        except StoreError as err:
            self.post_message(StoreLoaded(None, str(err)))
            return
        except OSError as err:
            self.post_message(StoreLoaded(None, f"Kunde inte läsa lagringen {self.root}: {cause(err)}."))
            return
        except Exception as err:  # never leave the screen waiting for a read that ended: say so, with a report
            report = write_report(err, "läsningen av lagringen")
            self.post_message(StoreLoaded(None, sentence(type(err).__name__, report)))
            return
        if worker.is_cancelled:  # a newer read was asked for (exclusive) and may see a later change: only it is shown
            return
        self.post_message(StoreLoaded(store))

    def on_store_progress(self, message: StoreProgress) -> None:
        """Show how far the read has come."""
        self.progress = (message.done, message.total)
        self.read_progress.publish(self.progress)

    def on_store_loaded(self, message: StoreLoaded) -> None:
        """Keep the new store and let every screen show it."""
        if not self.screen_stack:  # the app is ending: a read finished too late has nothing to show
            return
        if message.store is None:
            reason = message.error or "Kunde inte läsa lagringen."
            self.notify(reason, severity="error", timeout=10)
            self.read_failed.publish(reason)
            return
        first = self.store is None
        self.store = message.store
        if first:
            editing.offer_drafts(self, message.store)
            self.follow_store_files()
        if os.environ.get("BRA_BENCH_EXIT") == "loaded":  # the benchmark measures a fully read store
            self.call_after_refresh(self.exit)

    def watch_store(self, store: Snapshot | None) -> None:
        """A store read (again): tell the screens."""
        if store is not None:
            self.store_read.publish(store)

    def on_store_written(self, message: StoreWritten) -> None:
        """A screen wrote to the store: read it again."""
        self.reload_store()

    def follow_store_files(self) -> None:
        """From now on, look at the store's files every few seconds for changes by other users."""
        from brå_tui.store.watch import StoreWatcher

        self._store_files = StoreWatcher(self.root)
        self.set_interval(self.WATCH_SECONDS, self._look_at_store_files, name="store-watch")

    def _look_at_store_files(self) -> None:
        if self._store_scan is None or self._store_scan.is_finished:  # one look at a time
            self._store_scan = self._scan_store_files()

    @work(thread=True, group="store-watch", exit_on_error=False)
    def _scan_store_files(self) -> None:
        """Stat the store's files beside the screen (thousands take tens of ms); read it again if one changed."""
        if self._store_files is not None and self._store_files.changes():
            self.call_from_thread(self.reload_store)

    @property
    def directory(self) -> Directory:
        """Everyone the store knows, for resolving written names."""
        assert self.store is not None
        return self.store.directory

    @property
    def log_entries(self) -> list[LogEntry]:
        """The rolling action log over the whole store (entries without their histories)."""
        assert self.store is not None
        return self.store.log

    # Screens --------------------------------------------------------------------------------

    def get_default_screen(self) -> Screen[Any]:
        """Möten is where the app starts."""
        return MeetingsScreen()

    @property
    def meetings_screen(self) -> MeetingsScreen:
        """The Möten screen at the bottom of the stack."""
        for screen in self.screen_stack:
            if isinstance(screen, MeetingsScreen):
                return screen
        raise LookupError("no meetings screen")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Screen keys work once the store is read, and only over the app's own screens (works_over)."""
        if action in SCREEN_ACTIONS and self.store is None:
            return False
        if action == "meeting" and parameters and parameters[0] in NEEDS_MEETING:
            return self._meeting_about() is not None and works_over(self.screen, action)
        return works_over(self.screen, action)

    def _meeting_about(self) -> str | None:
        """The meeting the keys for a meeting act on: the one the screen shows (Historik), else Möten's selection."""
        from brå_tui.tui.screens.history import HistoryScreen

        screen = self.screen
        return screen.meeting_key if isinstance(screen, HistoryScreen) else self.meetings_screen.selected_meeting

    def _via_meetings(self, then: Callable[[MeetingsScreen], object]) -> None:
        """Change screen: leave every screen over Möten the one way screens are left (editing.leave: asks first
        when edits are unsaved or a dialog is open, waits while a save runs), then do then() on Möten."""
        stack = self.screen_stack
        meetings = self.meetings_screen
        above = [s for s in stack[stack.index(meetings) + 1:] if not isinstance(s, CommandPalette)]
        editing.leave(self, above, lambda: then(self.meetings_screen))

    def leave_screen(self, screen: Screen[Any]) -> None:
        """Escape on a screen: leave it (and whatever is over it) the way every screen is left (editing.leave)."""
        stack = self.screen_stack
        if screen in stack:
            editing.leave(self, [s for s in stack[stack.index(screen):] if not isinstance(s, CommandPalette)])

    def action_goto(self, name: str) -> None:
        """Open one of the view screens (risk, log, owner, search) over Möten."""
        from brå_tui.tui.screens import log, notice, owner, risk, search

        screens: dict[str, type[ViewScreen]] = {
            "risk": risk.RiskScreen, "log": log.LogScreen, "owner": owner.OwnerScreen,
            "search": search.SearchScreen, "notice": notice.NoticeScreen,
        }
        if isinstance(self.screen, screens[name]):
            return
        self._via_meetings(lambda _meetings: self.push_screen(screens[name]()))

    def open_screen(self, screen: ViewScreen) -> None:
        """Show a view screen (already built, e.g. with a query) over Möten."""
        self._via_meetings(lambda _meetings: self.push_screen(screen))

    def show_meeting(self, key: str, tab: str | None = None, spot: Spot | None = None) -> None:
        """Go back to Möten with the meeting key selected (and a tab, e.g. 'arenden', at a spot in it: the item,
        person or follow-up sought, marked and in view)."""
        self._via_meetings(lambda meetings: meetings.select_meeting(key, tab, spot))

    def show_owner(self, name: str) -> None:
        """Open Ansvarig for a name."""
        from brå_tui.tui.screens.owner import OwnerScreen

        self.open_screen(OwnerScreen(name))

    def show_history(self, entry_id: str) -> None:
        """Open the action log with one item's history shown."""
        from brå_tui.tui.screens.log import LogScreen

        self.open_screen(LogScreen(show_id=entry_id))

    def action_meeting(self, name: str) -> None:
        """A key for the selected meeting (keys.MEETING_KEYS) pressed over a screen opened from Möten: back to Möten,
        with the meeting the screen was about selected, and do there what the key does on Möten."""
        from brå_tui.tui.screens.history import HistoryScreen

        if name == "history" and isinstance(self.screen, HistoryScreen):
            return  # already the meeting's history
        about = self._meeting_about()

        def there(meetings: MeetingsScreen) -> None:
            if about is not None:
                meetings.prefer(about)
            actions = {"edit": meetings.action_edit, "history": meetings.action_history,
                       "export": meetings.action_export, "import": meetings.action_import}
            actions[name]()

        self._via_meetings(there)

    def action_new_meeting(self) -> None:
        """Open Nytt möte: on the planned meeting highlighted in Möten, else on the next date in the schedule still
        ahead, else today (and a note says so)."""
        self._open_editor(None)

    def in_git(self) -> bool:
        """Whether the store is kept in git (asked of git once; an error counts as not)."""
        if self._in_git is None:
            from brå_tui.store.gitrun import GitError, work_tree

            try:
                self._in_git = work_tree(self.root) is not None
            except GitError:
                self._in_git = False
        return self._in_git

    def edit_meeting(self, key: str) -> None:
        """Open Redigera for one meeting."""
        self._open_editor(key)

    def _open_editor(self, key: str | None) -> None:
        if self.store is None:
            return

        def open_it(meetings: MeetingsScreen) -> None:
            if self.store is None:
                return
            screen = editing.edit_meeting_screen(self.store, key) if key else \
                editing.new_meeting_screen(self.store, meetings.selected_planned)

            def left(_result: object) -> None:
                from brå_tui.tui.editing.saving import SavingScreen

                saved = screen.saved_key if isinstance(screen, SavingScreen) else None
                if saved is not None:
                    self.meetings_screen.prefer(saved)  # back on Möten at the meeting just written

            self.push_screen(screen, left)
            if not key and meetings.selected_planned is None:
                import datetime as dt

                from brå_tui.questions.indexed import next_planned
                from brå_tui.questions.newmeeting import none_ahead_sentence

                today = dt.date.today()
                if next_planned(self.store.index, today) is None:  # the new meeting took today's date: say why
                    self.notify(none_ahead_sentence(today), severity="warning", timeout=10)

        self._via_meetings(open_it)

    def action_command_palette(self) -> None:
        """ctrl+p: find meetings, people and follow-ups by name."""
        from brå_tui.tui.commands import BraPalette

        if not isinstance(self.screen, CommandPalette):
            self.push_screen(BraPalette())

    def action_help(self) -> None:
        """Show every key."""
        from brå_tui.tui.help_sections import HELP_SECTIONS
        from brå_tui.tui.screens.help import HelpScreen

        self.push_screen(HelpScreen(self.screen, HELP_SECTIONS))

    # Quitting -------------------------------------------------------------------------------

    def has_unsaved(self) -> bool:
        """Whether any open screen holds changes not yet saved."""
        return any(isinstance(s, HasUnsaved) and s.has_unsaved() for s in self.screen_stack)

    def action_quit_app(self) -> None:
        """Quit; ask first when something is unsaved."""
        if not self.has_unsaved():
            editing.discard_all_drafts(self)
            self.exit()
            return
        from brå_tui.tui.screens.confirm import ask

        def quit_without_saving() -> None:
            editing.discard_all_drafts(self)  # quitting without saving throws the edits away, drafts too
            self.exit()

        ask(self, "Det finns osparade ändringar. Avsluta ändå?", quit_without_saving)

    def get_key_display(self, binding: Binding) -> str:
        """Keys as the README and the help write them: 'ctrl+s' (not '^s'), 'Esc', 'Enter' (keys.KEY_NAMES)."""
        if binding.key_display:
            return binding.key_display
        key = binding.key.split(",")[0].strip()
        if key.startswith("ctrl+"):
            return key
        return KEY_NAMES.get(key) or super().get_key_display(binding)

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = True) -> None:
        """A notice, always as plain text: what notices say comes from files and messages that may hold
        brackets ('lägg till [mail] …', a title '[röd] skylt'), which Textual would read as markup and drop. Over
        a dialog it is also written into the dialog (widgets/dialog_notice.py), since toasts are not shown over
        dialogs."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=False)
        if threading.current_thread() is not threading.main_thread():
            self.call_from_thread(self._notice_in_dialog, message, title, severity)
        else:
            self._notice_in_dialog(message, title, severity)

    def _notice_in_dialog(self, message: str, title: str, severity: str) -> None:
        if self.is_running and isinstance(self.screen, ModalScreen) and not isinstance(self.screen, CommandPalette):
            show_in_dialog(self.screen, message, title, severity)

    def action_help_quit(self) -> None:
        """ctrl+c does not quit; say which key does."""
        self.notify("Tryck q för att avsluta.", title="Avsluta?")

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """The palette's fixed commands, in Swedish."""
        yield SystemCommand("Hjälp", "Visa alla tangenter", self.action_help)
        yield SystemCommand("Avsluta", "Avsluta bra", self.action_quit_app)
        yield SystemCommand("Läs om lagringen", "Läs in alla möten på nytt", self.reload_store)
        yield SystemCommand("Ljust eller mörkt tema", "Växla mellan ljust och mörkt", self.toggle_theme)

    def toggle_theme(self) -> None:
        """Light or dark: both read well in 16 colours and turn grey with NO_COLOR."""
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"
