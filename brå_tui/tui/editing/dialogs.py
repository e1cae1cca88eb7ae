"""Small dialogs of the editing screens: a save conflict, a list to pick from."""

from __future__ import annotations

from typing import ClassVar, Generic, TypeVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from brå_tui.tui.widgets.footer import bra_footer
from brå_tui.views.fieldchanges import LEGEND, changes_text

T = TypeVar("T")


class ConflictDialog(ModalScreen[str]):
    """Someone else saved the meeting: what they changed, and the ways on: reload theirs, overwrite with mine,
    or keep mine as a draft."""

    CSS_PATH = "editing.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("l", "choose('reload')", "Läs in deras", id="conflict.reload"),
        Binding("s", "choose('overwrite')", "Skriv över", id="conflict.overwrite"),
        Binding("u", "choose('draft')", "Som utkast", id="conflict.draft"),
        Binding("escape", "choose('cancel')", "Avbryt", id="conflict.cancel"),
        Binding("enter", "choose_highlighted", "Välj", id="conflict.choose"),
    ]

    CHOICES: ClassVar[list[tuple[str, str]]] = [("reload", "l  Läs in deras (mina ändringar kastas)"),
               ("overwrite", "s  Skriv över med mina (deras ändringar försvinner)"),
               ("draft", "u  Spara mina som utkast och läs in deras"),
               ("cancel", "Esc  Avbryt (fortsätt redigera, inget sparas)")]

    DIFF_LINES = 9  # the most lines of the diff shown at once, its frame included

    def __init__(self, path: str, changes: str = "", clashes: str = "", kept: str = "") -> None:
        super().__init__(classes="edit-dialog")
        self.path = path
        self.changes = changes
        self.clashes = clashes
        self.kept = kept  # what they changed where I did not: kept when mine are written over theirs

    def choices(self) -> list[tuple[str, str]]:
        """The choices, the overwrite one saying what of theirs it keeps (only what we both changed is mine)."""
        if not self.clashes:
            return self.CHOICES
        kept = f"; deras ändringar av {self.kept} behålls" if self.kept else ""
        overwrite = f"s  Skriv över med mina där ni båda ändrat ({self.clashes}){kept}"
        return [(key, overwrite if key == "overwrite" else label) for key, label in self.CHOICES]

    def compose(self) -> ComposeResult:
        """What happened and the three ways on."""
        with Vertical(classes="dialog"):
            yield Label(f"Någon annan har sparat {self.path} medan du redigerade. Vad vill du göra?",
                        markup=False, classes="dialog-question")
            if self.clashes:
                yield Label(f"Ni har båda ändrat: {self.clashes}.", markup=False, classes="dialog-hint")
            if self.changes:
                yield Label(f"Deras ändringar ({LEGEND}; Tab, sedan ↑ ↓ bläddrar):",
                            classes="dialog-hint")
                with VerticalScroll(id="conflict-diff"):
                    yield Static(changes_text(self.changes), markup=False)
            yield OptionList(*[Option(Text(label), id=key) for key, label in self.choices()], id="conflict-choices")
        yield bra_footer()

    def choices_list(self) -> list[Option]:
        """The choices as shown."""
        options = self.query_one("#conflict-choices", OptionList)
        return [options.get_option_at_index(n) for n in range(options.option_count)]

    def on_mount(self) -> None:
        """The dialog says all there is to say: earlier notices (the file changed on disk) would cover its choices."""
        self.app.clear_notifications()

    def on_resize(self) -> None:
        """Another size of the terminal (and the first): lay the diff out for it."""
        self.call_after_refresh(self.fit_diff)

    def fit_diff(self) -> None:
        """The diff as high as the screen leaves it beside the rest of the dialog and a footer of two lines (at
        least 3 lines, at most its height in the CSS), so that the choices below it are never cut off; it scrolls."""
        diffs = self.query("#conflict-diff")
        if not diffs:
            return
        diff, box = diffs.first(), self.query_one(".dialog")
        rest = box.outer_size.height - box.content_size.height + sum(
            child.outer_size.height for child in box.children if child.display and child is not diff)
        diff.styles.max_height = max(3, min(self.DIFF_LINES, self.size.height - 2 - rest))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a choice."""
        event.stop()
        self.dismiss(event.option.id or "cancel")

    def action_choose(self, choice: str) -> None:
        """A key for a choice."""
        self.dismiss(choice)

    def action_choose_highlighted(self) -> None:
        """Enter: the highlighted choice (the list's own Enter does the same when it has the focus)."""
        self.query_one(OptionList).action_select()


class PickDialog(ModalScreen["T | None"], Generic[T]):
    """Choose one of a list of values with the arrows and Enter, or by its letter; Escape chooses nothing."""

    CSS_PATH = "editing.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "choose", "Välj", id="pick.choose"),
                                             Binding("escape", "cancel", "Avbryt", id="pick.cancel")]

    def __init__(self, title: str, choices: list[tuple[str, T]], highlighted: int = 0,
                 letters: dict[str, T] | None = None) -> None:
        super().__init__(classes="edit-dialog")
        self.title_text = title
        self.choices = choices
        self.first = highlighted
        self.letters = letters or {}

    def compose(self) -> ComposeResult:
        """The title and the list."""
        with Vertical(classes="dialog"):
            yield Label(self.title_text, markup=False, classes="dialog-question")
            options = [Option(Text(label), id=str(n)) for n, (label, _) in enumerate(self.choices)]
            yield OptionList(*options, id="pick-list")
        yield bra_footer()

    def on_mount(self) -> None:
        """Start on the value chosen now."""
        self.query_one(OptionList).highlighted = self.first

    def on_key(self, event: events.Key) -> None:
        """A choice's letter chooses it."""
        if event.character is not None and event.character in self.letters:
            event.stop()
            self.dismiss(self.letters[event.character])

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter chooses."""
        event.stop()
        self.dismiss(self.choices[int(event.option.id or 0)][1])

    def action_choose(self) -> None:
        """Enter: the highlighted value (the list's own Enter does the same when it has the focus)."""
        self.query_one(OptionList).action_select()

    def action_cancel(self) -> None:
        """Choose nothing."""
        self.dismiss(None)
