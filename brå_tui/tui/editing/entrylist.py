"""A list of a meeting's entries (attendees, items, follow-ups…): added, changed, removed and reordered."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, Generic, TypeVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from brå_tui.tui.screens.confirm import ConfirmScreen

T = TypeVar("T")

# A form for an entry (None: a new one), given where the entry goes once it is whole: when the form is
# accepted, or when the terminal goes away while it is open (then the edits are kept as a draft).
FormFactory = Callable[[T | None, Callable[[T], None]], Screen[Any]]


class EntryList(OptionList, Generic[T]):
    """The entries of one list of a meeting, edited in place through forms."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "add", "Ny", tooltip="Lägg till en ny", id="entries.add"),
        Binding("enter", "select", "Ändra", id="entries.change"),
        Binding("d", "remove", "Ta bort", tooltip="Ta bort (efter en fråga)", id="entries.remove"),
        Binding("u", "move(-1)", "Upp", tooltip="Flytta upp", id="entries.up"),
        Binding("y", "move(1)", "Ner", tooltip="Flytta ner", id="entries.down"),
    ]

    class Changed(Message):
        """An entry was added, changed, removed or moved."""

        def __init__(self, entry_list: EntryList[Any]) -> None:
            super().__init__()
            self.entry_list = entry_list

        @property
        def control(self) -> EntryList[Any]:
            """The list that changed."""
            return self.entry_list

    def __init__(self, entries: list[T], *, noun: str, describe: Callable[[T], str], form: FormFactory[T],
                 id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.entries = entries
        self.noun = noun
        self.describe = describe
        self.form = form

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
        self.post_message(self.Changed(self))

    def action_add(self) -> None:
        """Add an entry after the one under the cursor, through its form."""
        def added(entry: T | None) -> None:
            if entry is None:
                return
            at = len(self.entries) if self.current is None else self.current + 1
            self.entries.insert(at, entry)
            self._changed(at)

        self._open(None, added)

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

        self._open(self.entries[index], changed)

    def _open(self, entry: T | None, done: Callable[[T | None], None]) -> None:
        self.app.push_screen(self.form(entry, done), done)

    def action_remove(self) -> None:
        """Remove the entry under the cursor, after asking."""
        index = self.current
        if index is None:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                del self.entries[index]
                self._changed(max(0, index - 1))

        first_line = self.describe(self.entries[index]).splitlines()[0]  # a follow-up's status stays out
        self.app.push_screen(ConfirmScreen(f"Ta bort {first_line}? j/n"), answered)

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
