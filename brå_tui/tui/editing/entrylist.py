"""A list of a meeting's entries (attendees, items, follow-ups…): added, changed, removed and reordered."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from rich.text import Text
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from brå_tui.tui.screens.confirm import ConfirmScreen

T = TypeVar("T")


class EntryList(OptionList, Generic[T]):
    """The entries of one list of a meeting, edited in place through forms."""

    BINDINGS = [
        Binding("a", "add", "Ny", tooltip="Lägg till en ny", id="entries.add"),
        Binding("enter", "select", "Ändra", id="entries.change"),
        Binding("d", "remove", "Ta bort", tooltip="Ta bort (efter en fråga)", id="entries.remove"),
        Binding("u", "move(-1)", "Upp", tooltip="Flytta upp", id="entries.up"),
        Binding("y", "move(1)", "Ner", tooltip="Flytta ner", id="entries.down"),
    ]

    def __init__(self, entries: list[T], *, noun: str, describe: Callable[[T], str],
                 form: Callable[[T | None], Screen[Any]], changed_callback: Callable[[], None],
                 id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.entries = entries
        self.noun = noun
        self.describe = describe
        self.form = form
        self.changed_callback = changed_callback

    def on_mount(self) -> None:
        """Fill the list."""
        self.rebuild()

    def set_entries(self, entries: list[T]) -> None:
        """Show another list (after the meeting was read again)."""
        self.entries = entries
        self.rebuild()

    def rebuild(self, keep: int | None = None) -> None:
        """Show the entries again, keeping the cursor where it was (or at keep)."""
        index = self.highlighted if keep is None else keep
        self.clear_options()
        if not self.entries:
            self.add_option(Option(Text(f"(inga — tryck a för att lägga till {self.noun})"), disabled=True))
            return
        self.add_options([Option(Text(self.describe(e))) for e in self.entries])
        self.highlighted = min(index or 0, len(self.entries) - 1)

    @property
    def current(self) -> int | None:
        """The index of the entry under the cursor, or None when the list is empty."""
        if not self.entries or self.highlighted is None:
            return None
        return self.highlighted

    def _changed(self, keep: int | None = None) -> None:
        self.rebuild(keep)
        self.changed_callback()

    def action_add(self) -> None:
        """Add an entry after the one under the cursor, through its form."""
        def added(entry: T | None) -> None:
            if entry is None:
                return
            at = len(self.entries) if self.current is None else self.current + 1
            self.entries.insert(at, entry)
            self._changed(at)

        self._open(self.form(None), added)

    def action_select(self) -> None:
        """Change the entry under the cursor, through its form."""
        index = self.current
        if index is None:
            self.action_add()
            return

        def changed(entry: T | None) -> None:
            if entry is not None:
                self.entries[index] = entry
                self._changed(index)

        self._open(self.form(self.entries[index]), changed)

    def _open(self, form: Screen[Any], done: Callable[[Any], None]) -> None:
        # The form remembers where its entry goes, so a lost terminal can still keep what was typed in it.
        form.deliver = done
        self.app.push_screen(form, done)

    def action_remove(self) -> None:
        """Remove the entry under the cursor, after asking."""
        index = self.current
        if index is None:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                del self.entries[index]
                self._changed(max(0, index - 1))

        self.app.push_screen(ConfirmScreen(f"Ta bort {self.describe(self.entries[index])}? j/n"), answered)

    def action_move(self, step: int) -> None:
        """Move the entry under the cursor up (-1) or down (1)."""
        index = self.current
        if index is None:
            return
        target = index + step
        if not 0 <= target < len(self.entries):
            return
        self.entries[index], self.entries[target] = self.entries[target], self.entries[index]
        self._changed(target)
