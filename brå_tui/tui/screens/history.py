"""Historik: a meeting's versions in git (who, when, what), the diff of one, and restoring one."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.console import Group, RenderableType
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.reactive import reactive
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from brå_tui.store.gitrun import GitError
from brå_tui.store.gitstore import Version, history, is_broken, last_good, restore, version_files
from brå_tui.store.paths import meeting_path
from brå_tui.tui.screens.base import StoreWritten, ViewScreen
from brå_tui.tui.screens.confirm import ask
from brå_tui.tui.widgets.footer import WidgetKey, bra_footer
from brå_tui.views.fieldchanges import LEGEND, changes_text, file_changes

BROKEN_HINT = ("Filen är trasig. Den senaste versionen som går att läsa är vald: t återställer den, och den "
               "trasiga texten sparas först som en egen version.")


def hint(versions: int) -> str:
    """The line above the list: only the keys that work with this many versions (Återställ needs an older one)."""
    keys = ["Enter visar vad versionen ändrade"] if versions else []
    keys += ["t återställer den"] if versions > 1 else []
    return " · ".join([*keys, "Esc tillbaka"])


def version_label(version: Version) -> Text:
    """One row of the list: short id, date and time, author; the message below."""
    label = Text(f"{version.short}  {version.date.strftime('%Y-%m-%d %H:%M')}  {version.author}")
    label.append(f"\n{version.message}", style="italic")
    return label


def diff_view(version: Version, changes: str) -> RenderableType:
    """A version's heading and what it changed, field by field (views.fieldchanges); a sign leads each change, so
    colour is never needed."""
    heading = Text(f"Version {version.short}, {version.date.strftime('%Y-%m-%d %H:%M')}, "
                   f"{version.author} <{version.email}>\n", style="bold")
    heading.append(f"{version.message}\n")
    if not changes.strip():
        return Group(heading, Text("Versionen ändrade inte filens innehåll."))
    return Group(heading, Text(f"({LEGEND})", style="italic"), changes_text(changes))


class HistoryScreen(ViewScreen):
    """Historik for one meeting: its versions newest first, the diff of the chosen one, återställ; opened over Möten
    like the other view screens, so the keys that work there work here too."""

    DEFAULT_CSS = """
    HistoryScreen #versions-pane { height: 2fr; }
    HistoryScreen #versions { height: 1fr; }
    HistoryScreen #version-diff-scroll { height: 3fr; border-top: solid $foreground 50%; }
    HistoryScreen #history-hint { height: auto; padding: 0 1; text-style: italic; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("t", "restore", "Återställ", tooltip="Gör den valda versionen gällande, som en ny version",
                id="historik.restore"),
    ]
    WIDGET_KEYS: ClassVar[tuple[WidgetKey, ...]] = (
        WidgetKey("#versions", "enter", "Enter", "Visa ändringen", "Visa vad versionen ändrade"),)

    # The versions as git last told them, newest first, and the index of the highlighted one: Återställ works on
    # an older version only, and the footer follows both.
    versions: reactive[list[Version]] = reactive(list, bindings=True, repaint=False, init=False)
    position: reactive[int | None] = reactive(None, bindings=True, repaint=False, init=False)

    def __init__(self, store_root: Path, meeting_key: str) -> None:
        super().__init__()
        self.store_root = store_root
        self.meeting_key = meeting_key
        self._wanted: str | None = None
        self.sub_title = f"Historik för {meeting_key}"
        self.broken = False  # whether the file is broken now (then even the newest version can be restored)

    def compose(self) -> ComposeResult:
        """The list of versions above, the chosen version's diff below."""
        yield Header(icon="≡")
        with Vertical(id="versions-pane"):
            yield Static(hint(0), id="history-hint")
            yield OptionList(id="versions")
        with VerticalScroll(id="version-diff-scroll"):
            yield Static("Läser historiken …", id="version-diff")
        yield bra_footer()

    def on_mount(self) -> None:
        """Read the history in the background."""
        self.load_history()

    def refresh_view(self) -> None:
        """The store was read again (a save here or by someone else): read the history again."""
        self.load_history()

    @work(thread=True, exclusive=True, group="history", exit_on_error=False)
    def load_history(self) -> None:
        """Ask git for the meeting's versions; for a broken file, also the newest version that reads."""
        try:
            versions = history(self.store_root, self.meeting_key)
            broken = is_broken(meeting_path(self.store_root, self.meeting_key))
            good = last_good(self.store_root, self.meeting_key, versions) if broken else None
        except GitError as err:
            self.app.call_from_thread(self._show_error, str(err))
            return
        self.app.call_from_thread(self._show_versions, versions, broken, good)

    def watch_versions(self, versions: list[Version]) -> None:
        self.query_one("#history-hint", Static).update(hint(len(versions)))

    def _show_error(self, message: str) -> None:
        self.versions = []
        self.position = None
        self.query_one("#versions", OptionList).clear_options()
        self.query_one("#version-diff", Static).update(Text(message))

    def _show_versions(self, versions: list[Version], broken: bool = False, good: Version | None = None) -> None:
        self.broken = broken
        self.versions = versions
        listing = self.query_one("#versions", OptionList)
        listing.clear_options()
        listing.add_options([Option(version_label(v), id=v.rev) for v in versions])
        if not versions:
            self.query_one("#version-diff", Static).update(f"Mötet {self.meeting_key} har ingen historik i git ännu.")
        start = versions.index(good) if good is not None else 0
        self.position = listing.highlighted = start if versions else None
        if broken:
            self.query_one("#history-hint", Static).update(
                BROKEN_HINT if good is not None else "Filen är trasig, och ingen version i historiken går att läsa.")
        if versions:
            self.show_version(versions[start])
        listing.focus()

    @property
    def chosen(self) -> Version | None:
        """The highlighted version, if any."""
        index = self.query_one("#versions", OptionList).highlighted
        return self.versions[index] if index is not None and index < len(self.versions) else None

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter shows what the version changed."""
        if event.option_index < len(self.versions):
            self.show_version(self.versions[event.option_index])

    def show_version(self, version: Version) -> None:
        """Show what one version changed (read in the background)."""
        self._wanted = version.rev
        self.load_diff(version)

    @work(thread=True, exclusive=True, group="history-diff", exit_on_error=False)
    def load_diff(self, version: Version) -> None:
        """Ask git for one version's diff."""
        try:
            before, after = version_files(self.store_root, self.meeting_key, version.rev)
            path = meeting_path(self.store_root, self.meeting_key)
            view: RenderableType = diff_view(version, file_changes(path, before, after))
        except GitError as err:
            view = Text(str(err))
        self.app.call_from_thread(self._show_diff, version.rev, view)

    def _show_diff(self, rev: str, view: RenderableType) -> None:
        if rev != self._wanted:
            return
        self.query_one("#version-diff", Static).update(view)
        self.query_one("#version-diff-scroll", VerticalScroll).scroll_home(animate=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Återställ needs a version that is not already the current one (when the file is broken, none is)."""
        if action == "restore":
            return bool(self.versions) and self.position is not None and (self.position > 0 or self.broken)
        return True

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Moving in the list changes which keys work."""
        self.position = event.option_index

    def action_restore(self) -> None:
        """Ask, then make the chosen version the current one as a new version."""
        version = self.chosen
        if version is None:
            return

        first = " Den trasiga texten sparas först som en egen version." if self.broken else ""
        ask(self.app, f"Återställa mötet {self.meeting_key} till version {version.short} "
                      f"({version.date.strftime('%Y-%m-%d %H:%M')}, {version.author})? Det blir en ny version; "
                      f"inget försvinner ur historiken.{first}", lambda: self.restore_version(version))

    @work(thread=True, exclusive=True, group="history-restore", exit_on_error=False)
    def restore_version(self, version: Version) -> None:
        """Restore in the background, then show the new history and let the app read the store again."""
        try:
            restore(self.store_root, self.meeting_key, version.rev)
        except GitError as err:
            self.app.call_from_thread(self.notify, str(err), severity="error", timeout=10)
            return
        self.app.call_from_thread(self._restored, version)

    def _restored(self, version: Version) -> None:
        self.notify(f"Mötet {self.meeting_key} är återställt till version {version.short}.", title="Återställt")
        self.post_message(StoreWritten())
        self.load_history()
