"""A list of a meeting's entries (attendees, items, follow-ups…): added, changed, removed and reordered."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from brå_tui.drafts import OpenForm
from brå_tui.text import titled
from brå_tui.tui.screens.confirm import ask
from brå_tui.views.wrap import Hanging

T = TypeVar("T")


@dataclass(frozen=True)
class Place(Generic[T]):
    """Where a form's entry goes: the list of the meeting it belongs to, and how to put it there.

    put(entries, entry) places the entry in the list and returns its index. list_id is the id of the list widget,
    index the entry the form changes (None: a new one) and cursor the list's cursor as the form opened: what a
    draft keeps of an open form to open it again (drafts.OpenForm). restore, when the form is opened from a
    draft, is what it held then, and the forms that were open over it; restored is called once all of them are
    open and filled in (or those that could be).
    """

    entries: list[T]
    put: Callable[[list[T], T], int]
    list_id: str = ""
    index: int | None = None
    cursor: int | None = None
    restore: tuple[OpenForm, ...] = ()
    restored: Callable[[], None] | None = None  # called once the last of the forms in restore is filled in


# A form for an entry (None: a new one), given where the entry goes: when the form is accepted, and in the
# drafts of the edits while it is open.
FormFactory = Callable[[T | None, Place[T]], Screen[Any]]


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

    def on_focus(self) -> None:
        """An empty list shows that it has the focus."""
        if not self.entries:
            self.rebuild()

    def on_blur(self) -> None:
        """An empty list shows that it has lost the focus."""
        if not self.entries:
            self.rebuild()

    def set_entries(self, entries: list[T]) -> None:
        """Show another list (after the meeting was read again)."""
        self.entries = entries
        self.rebuild()

    def rebuild(self, keep: int | None = None) -> None:
        """Show the entries again, keeping the cursor where it was (or at keep)."""
        index = self.highlighted if keep is None else keep
        self.clear_options()
        if not self.entries:  # reversed while the list has the focus: seen without colour, with no row to mark
            self.add_option(Option(Text(f"(inga — tryck a för att lägga till {self.noun})",
                                        style="reverse" if self.has_focus else ""), disabled=True))
            return
        # Every line of an entry after its first, its own or a wrapped one, starts at the same indent.
        self.add_options([Option(Hanging(self.describe(e))) for e in self.entries])
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
        self._open(None)

    def action_select(self) -> None:
        """Change the entry under the cursor, through its form."""
        self._open(self.current)

    def reopen(self, forms: Sequence[OpenForm], restored: Callable[[], None] | None = None) -> None:
        """Open again, filled in, a form a draft kept of this list (forms[0]; those that were open over it follow),
        its cursor where it was: a new entry still goes where it was being added. restored: as Place's."""
        kept = forms[0]
        if kept.cursor is not None and kept.cursor < len(self.entries):
            self.highlighted = kept.cursor
        index = kept.index if kept.index is not None and kept.index < len(self.entries) else None
        self._open(index, tuple(forms), restored)

    def _open(self, index: int | None, restore: tuple[OpenForm, ...] = (),
              restored: Callable[[], None] | None = None) -> None:
        """The form for the entry at index (None: a new one, placed after the cursor when the form closes);
        restore and restored: what it is to hold (reopen)."""

        def put(entries: list[T], entry: T) -> int:
            if index is not None:
                entries[index] = entry
                return index
            at = len(entries) if self.current is None else self.current + 1
            entries.insert(at, entry)
            return at

        def done(entry: T | None) -> None:
            if entry is not None:
                self._changed(put(self.entries, entry))

        place = Place(self.entries, put, self.id or "", index, self.current, restore, restored)
        form = self.form(None if index is None else self.entries[index], place)
        self.app.push_screen(form, done)

    def empty_message(self, what: str) -> str:
        """Why a key for an entry does nothing on an empty list, and what to do instead."""
        return f"Listan är tom: inget att {what}. Tryck a för att lägga till {self.noun}."

    def action_remove(self) -> None:
        """Remove the entry under the cursor, after asking."""
        index = self.current
        if index is None:
            self.app.notify(self.empty_message("ta bort"))
            return

        def remove() -> None:
            del self.entries[index]
            self._changed(max(0, index - 1))

        first_line = self.describe(self.entries[index]).splitlines()[0]  # a follow-up's status stays out
        ask(self.app, f"Ta bort {titled(first_line)}? j/n", remove)

    def action_move(self, step: int) -> None:
        """Move the entry under the cursor up (-1) or down (1); say why when it cannot go there."""
        index = self.current
        if index is None:
            self.app.notify(self.empty_message("flytta"))
            return
        target = index + step
        label = titled(self.describe(self.entries[index]).splitlines()[0])
        if len(self.entries) == 1:
            self.app.notify(f"{label} är ensam i listan och kan inte flyttas.")
            return
        if not 0 <= target < len(self.entries):
            self.app.notify(f"{label} står redan {'först' if step < 0 else 'sist'}.")
            return
        self.entries[index], self.entries[target] = self.entries[target], self.entries[index]
        self._changed(target)
        self.app.notify(f"{label} flyttad {'upp' if step < 0 else 'ner'}, till plats {target + 1} av "
                        f"{len(self.entries)}.")
