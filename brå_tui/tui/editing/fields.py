"""Form fields: a labelled one-line input with the reason it is wrong (or a note) shown under it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import ClassVar

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.suggester import Suggester, SuggestionReady
from textual.widget import Widget
from textual.widgets import Input, Label, Select

from brå_tui.questions.people import Directory, Resolution
from brå_tui.text import case_only, council_area, fold, quoted, unknown_area
from brå_tui.tui.widgets.cut_table import wrapped
from brå_tui.tui.widgets.text_input import TextInput
from brå_tui.validate import split_names
from brå_tui.views.loglines import ambiguity_sentence

Check = Callable[[str], "str | None"]
NOTE_LINES = 4  # the most lines a note or reason under a field takes; what is left out ends in " …"


class FieldInput(TextInput):
    """A field's input: entered with the cursor at the end (TextInput), and ctrl+u empties the whole field."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("ctrl+u", "empty", "Töm fältet", id="field.empty")]

    def action_empty(self) -> None:
        """Remove everything in the field."""
        self.value = ""


class ChoiceSelect(Select[object], inherit_bindings=False):
    """A field with a fixed set of choices: Enter or Space opens the list; ↑ and ↓ move between fields as
    everywhere in Redigera (Textual's Select opens its list on them, which traps the arrows)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,space", "show_overlay", "Välj", show=False, id="field.choose"),
    ]


def steps_between_fields(widget: Widget | None) -> bool:
    """Whether ↑ ↓ on widget move to the field before or after it, as in every form and tab of Redigera: a
    one-line field's input or a field with ▼ (lists and multi-line notes keep the arrows)."""
    return isinstance(widget, ChoiceSelect) or (
        isinstance(widget, Input) and any(isinstance(a, Field) for a in widget.ancestors))


class Field(Vertical):
    """A label, an input and a line under it for the reason the value is wrong (or a helpful note).

    The reason shows once the field is judged: from the start when it opens with a value (one read from the file
    may be wrong), else after the user has left it or tried to save (judge()); an empty new form opens without
    a row of complaints, and what is being typed is judged when the field is left. A remark (an area the council
    does not list) is shown, like a reason, only once the field is judged, but does not stop a save. A note shows
    at once; one that can tell what is still being typed from what is done (Note) keeps its remarks until then.
    """

    DEFAULT_CSS = """
    Field { height: auto; }
    Field > Horizontal { height: 1; }
    Field .field-label { width: 16; }
    Field Input { width: 1fr; }
    Field .field-reason { padding-left: 16; width: 1fr; height: auto; display: none; }
    Field .field-reason.shown { display: block; }
    Field .field-whole { padding-left: 16; width: 1fr; height: auto; display: none; color: $text-muted; }
    Field .field-whole.shown { display: block; }
    Field .field-proposal { padding-left: 16; width: 1fr; height: auto; display: none; }
    Field .field-proposal.shown:nocolor { display: block; }
    """

    def __init__(self, label: str, value: str = "", *, check: Check | None = None,
                 note: Callable[[str], str] | None = None, placeholder: str = "",
                 suggester: Suggester | None = None, normal: Callable[[str], str] | None = None,
                 remark: Callable[[str], str] | None = None, id: str | None = None) -> None:
        super().__init__(id=id)
        self.remark = remark
        self.normal = normal  # what is typed, as the file keeps it ("10.00" → "10:00"), when the field is left
        self.label = label
        self.initial = value
        self.check = check
        self.note = note
        self.placeholder = placeholder
        self.suggester = suggester
        self.judged = bool(value.strip())
        self._restoring = False  # a text a draft kept is on its way into the input (restore)
        self._reason_shown: tuple[str, int] | None = None  # the text under the input, and its room (show_reason)
        self._extra: str | None = None  # the reason the form last gave (show_reason), shown again on a resize
        self._judged_text: str | None = None  # the text as it was when the field was last judged (judge)

    def compose(self) -> ComposeResult:
        """Label and input on one line, the reason under them."""
        with Horizontal():
            yield Label(f"{self.label}:", classes="field-label")
            yield FieldInput(self.initial, placeholder=self.placeholder, suggester=self.suggester, compact=True,
                             select_on_focus=False)
        # The completion proposed for what is typed, in words: without colour (NO_COLOR) the proposal after the text
        # is told from what is typed only by being dim and italic.
        yield Label("", classes="field-proposal", markup=False)
        yield Label("", classes="field-whole", markup=False)  # a value wider than the input, whole and wrapped
        yield Label("", classes="field-reason", markup=False)

    def on_mount(self) -> None:
        """Show the reason for the value the field starts with, and the value whole once the input has its width."""
        self.show_reason()
        self.call_after_refresh(self.show_whole)

    def show_whole(self) -> None:
        """Under the input, the whole value wrapped between words when it is wider than the input shows it."""
        if not self.is_mounted:
            return
        room = self.input.content_region.width
        text = self.value
        wide = room > 0 and cell_len(text) >= room
        label = self.query_one(".field-whole", Label)
        label.update(text if wide else "")
        label.set_class(wide, "shown")

    def on_resize(self, event: events.Resize) -> None:
        """Another width: the value shown whole when it no longer fits the input, the note wrapped again."""
        self.call_after_refresh(self.show_whole)
        self.show_reason(self._extra)

    @property
    def input(self) -> FieldInput:
        """The input widget."""
        return self.query_one(FieldInput)

    @property
    def value(self) -> str:
        """What has been typed."""
        return self.input.value if self.is_mounted else self.initial

    @value.setter
    def value(self, text: str) -> None:
        """Put the app's text in the field (read from the file, filled in from people.toml), the cursor after it; it
        is selected when the field is entered, so typing replaces it (TextInput)."""
        self.input.fill(text)

    def type_in(self, text: str) -> None:
        """Replace the field's text with what the user chose (added to when the field is entered, as if typed)."""
        self.input.value = text
        self.input.cursor_position = len(text)

    def restore(self, text: str) -> None:
        """Put back a text a draft kept, as typed (the cursor after it); judged at once when not empty, so a wrong
        text shows its reason as it did when the draft was written."""
        self._restoring = text != self.value
        self.type_in(text)
        self.judged = bool(text.strip())
        self.show_reason()

    @property
    def error(self) -> str | None:
        """Why the value is wrong, or None."""
        return self.check(self.value) if self.check else None

    def show_reason(self, extra: str | None = None) -> None:
        """Show the reason (or note) under the input; extra is a reason found by the form (e.g. end before start).
        Before the field is judged only the note shows."""
        self._extra = extra
        reason = (self.error or extra) if self.judged else None
        text = f"✗ {reason}" if reason else " ".join(t for t in (self.note_text(), self.remark_text()) if t)
        label = self.query_one(".field-reason", Label)
        room = self.size.width - 16  # beside the labels' column
        if (text, room) != self._reason_shown:  # an update lays the screen out again: not on every keystroke
            self._reason_shown = (text, room)
            cut = wrapped(text, room, NOTE_LINES) if text and room > 0 else None
            # Only a text taller than NOTE_LINES is given as cut; any other the label wraps itself, as wide as it is.
            label.update(cut if cut is not None and " ".join(cut.plain.split()) != " ".join(text.split()) else text)
        label.set_class(bool(text), "shown")
        label.set_class(bool(reason), "invalid")
        self.set_class(bool(reason), "invalid")

    def note_text(self) -> str:
        """The note for what is typed: in full once the field is judged; while it is being typed, only what a note
        that knows the difference (Note) says before the field is left."""
        if self.note is None:
            return ""
        if not self.judged and isinstance(self.note, Note):
            return self.note.while_typing(self.value)
        return self.note(self.value)

    def remark_text(self) -> str:
        """The remark on what is typed, once the field is judged."""
        return self.remark(self.value) if self.remark is not None and self.judged else ""

    def judge(self, extra: str | None = None) -> None:
        """From now on show why the value is wrong (the user left the field or tried to save)."""
        self.judged = True
        self._judged_text = self.value
        self.show_reason(extra)

    def show_proposal(self, proposal: str = "") -> None:
        """Under the input, the completion → takes ('Förslag (→): Annelie Ström'), shown without colour; none
        when proposal is empty."""
        label = self.query_one(".field-proposal", Label)
        label.update(f"Förslag (→): {proposal}" if proposal else "")
        label.set_class(bool(proposal), "shown")

    def on_suggestion_ready(self, event: SuggestionReady) -> None:
        """A completion proposed for the text as it is now (the input draws it after the text): said in words."""
        if event.value == self.input.value and len(event.suggestion) > len(event.value) and self.input.has_focus:
            self.show_proposal(event.suggestion)

    def on_input_changed(self, event: Input.Changed) -> None:
        """Check as it is typed; what the user is typing is judged only once the field is left or the form saved,
        also in a field that opened with a value (a half-typed date is not yet wrong)."""
        if self._restoring:
            self._restoring = False
        elif self.input.has_focus and self.input.value not in (self.input.given, self._judged_text):
            self.judged = False
        self.show_proposal()  # the input asks for a proposal for the new text (on_suggestion_ready)
        # A change reported after the field was judged with the same text (the last key of fast typing, handled
        # after ctrl+s) keeps the reason the form gave; the form judges its own reasons again after this.
        self.show_reason(self._extra if self.judged else None)
        self.show_whole()

    def on_input_blurred(self, event: Input.Blurred) -> None:
        """Leaving the field judges it (the form may then add a reason of its own), and writes a valid value as the
        file keeps it (normal). The input proposes nothing once left."""
        self.show_proposal()
        if self.normal is not None and self.error is None and (kept := self.normal(self.value)) != self.value:
            self.type_in(kept)
        if not self.judged:
            self.judged = True
            self.show_reason()

    def focus(self, scroll_visible: bool = True) -> Field:
        """Focus the input."""
        self.input.focus(scroll_visible)
        return self


class ListSuggester(Suggester):
    """Completes the last entry of a comma-separated list from known names (people, areas, ids).

    names gives each way of writing an entry, or (a way of writing it, the entry it names) where one entry is
    written in several ways (a person's name and aliases)."""

    def __init__(self, names: Callable[[], Iterable[str | tuple[str, str]]]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.names = names

    async def get_suggestion(self, value: str) -> str | None:
        """The value with its last entry completed to the one entry that begins so; nothing when it begins
        several: "Jimmy" that fits Jimmy Spolander and Jimmy Stenberg is not completed, not even to the
        "Jimmy S" they share, which would pick out neither; the field's note says in words that the name fits
        several people, and how to write each (ResolutionNote)."""
        _head, _sep, last = value.rpartition(",")
        typed = last.lstrip()
        if not typed:
            return None
        key = fold(typed)
        written = [(n, n) if isinstance(n, str) else n for n in self.names()]
        fitting = [(name, entry) for name, entry in written if fold(name).startswith(key)]
        if len({entry for _, entry in fitting}) != 1:
            return None
        longer = [name for name, _ in fitting if len(name) > len(typed)]
        return value + longer[0][len(typed):] if longer else None


def people_suggester(directory: Directory) -> ListSuggester:
    """Completion of names from everyone the store knows, by name or alias, to the person's whole name."""
    return ListSuggester(lambda: [(p.name, p.name) for p in directory.people] +
                         [(a, p.name) for p in directory.people for a in p.aliases])


class Note:
    """A note that says less while the field is being typed: what it finds wrong waits until the field is left."""

    def __call__(self, text: str) -> str:
        """The whole note, for a field left or saved."""
        raise NotImplementedError

    def while_typing(self, text: str) -> str:
        """The note while text is being typed."""
        return self(text)


class ResolutionNote(Note):
    """The note under a field of people's names: what each typed name resolves to ('Mikael J → Mikael Jansson',
    'känd person', 'okänd'); for a name that fits several people, the sentence `bra owner` gives, with a form
    that picks out each one (views.owner.ambiguity_sentence). ambiguous() tells the form what to ask about. While
    a name is being typed it is not yet called unknown: it may be a name half typed."""

    def __init__(self, directory: Directory) -> None:
        self.directory = directory

    def __call__(self, text: str) -> str:
        return self._parts(text, typing=False)

    def while_typing(self, text: str) -> str:
        """The names found, and the forms that pick out one person for a name that fits several."""
        return self._parts(text, typing=True)

    def _parts(self, text: str, typing: bool) -> str:
        parts = []
        for name in split_names(text):
            res = self.directory.resolve(name)
            if res.person is not None:
                parts.append(f"{name} → {res.person.name}" if res.person.name != name else f"{name}: känd person")
            elif res.ambiguous:
                parts.append(ambiguity_sentence(res).removesuffix("."))
            elif typing:
                continue
            else:
                parts.append(f"{name}: okänd person (sparas som skrivet)")
        return "; ".join(parts) + "." if parts else ""

    def ambiguous(self, text: str) -> list[Resolution]:
        """The names in text that fit more than one person."""
        return [res for res in map(self.directory.resolve, split_names(text)) if res.ambiguous]


def whole_names(directory: Directory, text: str) -> list[str]:
    """The names typed in a field of people's names as they are saved: a name that picks out one known person
    (what the note shows as 'Thomas → Thomas Nordström') as that person's whole name; an unknown name, or one that
    fits several people, as typed."""
    names = []
    for name in split_names(text):
        person = directory.resolve(name).person
        names.append(person.name if person is not None else name)
    return names


def resolution_note(directory: Directory) -> ResolutionNote:
    """The note for a field of people's names (ResolutionNote)."""
    return ResolutionNote(directory)


def ambiguous_names(fields: Iterable[Field]) -> list[Resolution]:
    """Each typed name, in fields of people's names, that fits more than one person."""
    return [res for f in fields if isinstance(f.note, ResolutionNote) for res in f.note.ambiguous(f.value)]


def ambiguity_question(found: list[Resolution], areas: Iterable[str] = ()) -> str:
    """The question asked before saving names that fit several people, or areas the council does not list: the
    owner sentence for each name, the sentence of `bra check` for each area, then j/n."""
    sentences = [ambiguity_sentence(res) for res in found]
    sentences += [sentence[:1].upper() + sentence[1:] + "." for sentence in areas]
    return " ".join(sentences) + " Spara ändå som det är skrivet? j/n"


class AreasRemark:
    """The remark under a field of risk areas (Field's remark: shown once the field is left), in the words of `bra
    check`: an area the council does not list, and the council's area it may mean ('hot och vald' → 'Hot och
    våld'); one written only in other case ('andt') is the council's, and is saved in its spelling."""

    def __init__(self, known: list[str]) -> None:
        self.known = known

    def __call__(self, text: str) -> str:
        parts = []
        for area in split_list(text):
            meant = council_area(area, self.known)
            if area in self.known:
                continue
            if meant is not None and case_only(area, meant):
                parts.append(f"{quoted(area)} sparas som {quoted(meant)}")
            else:
                parts.append(unknown_area(area, self.known))
        said = "; ".join(parts) + "."
        return said[:1].upper() + said[1:] if parts else ""

    def unknown(self, text: str) -> list[str]:
        """What is said of each area that is not the council's (nor one of them in other case)."""
        out = []
        for area in split_list(text):
            meant = council_area(area, self.known)
            if area not in self.known and (meant is None or not case_only(area, meant)):
                out.append(unknown_area(area, self.known))
        return out

    def saved(self, text: str) -> list[str]:
        """The areas as they are saved: one written only in other case as the council's."""
        out = []
        for area in split_list(text):
            meant = council_area(area, self.known)
            out.append(meant if meant is not None and case_only(area, meant) else area)
        return out


def areas_remark(known: list[str]) -> AreasRemark:
    """The remark for a field of risk areas (AreasRemark)."""
    return AreasRemark(known)


def unknown_areas(fields: Iterable[Field]) -> list[str]:
    """What is said of each area, in fields of risk areas, that the council does not list."""
    return [said for f in fields if isinstance(f.remark, AreasRemark) for said in f.remark.unknown(f.value)]


def split_list(text: str) -> list[str]:
    """A comma-separated field as a list."""
    return [p.strip() for p in text.split(",") if p.strip()]
