"""The Lägesbild tab's level for one risk area: the council's own words, in its order, each with a letter."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Static

from brå_tui.text import fold
from brå_tui.tui.editing.dialogs import PickDialog
from brå_tui.views.theme import LEVELS, level_meaning, level_style

NOT_REPORTED = "ej"


@dataclass(frozen=True)
class LevelChoice:
    """A level to choose: the letter that picks it, the store's key (NOT_REPORTED: none) and the word shown."""

    letter: str
    key: str
    word: str


def level_choices(meanings: dict[str, str]) -> list[LevelChoice]:
    """The council's levels in the order council.toml gives them, in its own words, then 'ej rapporterad'.

    Each gets the first letter of its word (å, ä → a; ö → o) not taken by one before it. A council that
    names no levels gets red, yellow and green as the views word them.
    """
    keys = list(meanings) or list(LEVELS)
    named = [(key, level_meaning(key, meanings)) for key in keys] + [(NOT_REPORTED, "ej rapporterad")]
    taken: set[str] = set()
    out = []
    for key, word in named:
        letter = next((c for c in fold(word) if c.isascii() and c.isalpha() and c not in taken), "")
        taken.add(letter)
        out.append(LevelChoice(letter, key, word))
    return out


class LevelPicker(Static, can_focus=True):
    """One area's level: Enter opens the framed list of the council's levels; a level's letter sets it here."""

    DEFAULT_CSS = """
    LevelPicker { width: 1fr; height: 1; }
    LevelPicker:focus { background: $accent 40%; text-style: bold reverse; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "pick", "Välj nivå", id="level.pick")]

    class Changed(Message):
        """The level of an area was changed."""

        def __init__(self, picker: LevelPicker) -> None:
            super().__init__()
            self.picker = picker

    def __init__(self, area: str, level: str | None, choices: list[LevelChoice], *, id: str) -> None:
        super().__init__("", id=id, markup=False)
        self.area = area
        self.choices = choices
        self.level = level or NOT_REPORTED

    def on_mount(self) -> None:
        """Show the level."""
        self.show()

    def show(self) -> None:
        """Glyph and word (never colour alone), and the letters that change it."""
        choice = next((c for c in self.choices if c.key == self.level), None)
        look = level_style(None if self.level == NOT_REPORTED else self.level)
        word = choice.word if choice else f"{self.level} (okänd nivå)"
        text = Text(f"{look.glyph} {word}", style=look.style)
        self.update(text)

    def set_level(self, key: str) -> None:
        """Take a level (a store key, or NOT_REPORTED) and say so."""
        if key != self.level:
            self.level = key
            self.show()
            self.post_message(self.Changed(self))

    def on_key(self, event: events.Key) -> None:
        """A level's letter sets it."""
        for choice in self.choices:
            if event.character == choice.letter:
                event.stop()
                event.prevent_default()
                self.set_level(choice.key)
                return

    def action_pick(self) -> None:
        """Open the list of levels, the current one highlighted."""
        labels = [(f"{c.letter}  {c.word}", c.key) for c in self.choices]
        current = next((n for n, c in enumerate(self.choices) if c.key == self.level), 0)

        def chosen(key: str | None) -> None:
            if key is not None:
                self.set_level(key)

        self.app.push_screen(PickDialog(f"Nivå för {self.area}", labels, highlighted=current,
                                        letters={c.letter: c.key for c in self.choices}), chosen)
