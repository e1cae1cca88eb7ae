"""Forms that change one entry of a meeting: attendee, item (with its decisions), decision, follow-up, schedule."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import ClassVar, Generic, TypeVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, Label, Select
from textual.widgets.select import InvalidSelectValueError

from brå_tui.drafts import OpenForm
from brå_tui.model import ATTENDEE_GROUPS, ITEM_KINDS, Attendee, Decision, FollowUp, Item, ScheduleEntry
from brå_tui.questions.actionlog import LogEntry
from brå_tui.questions.people import Directory
from brå_tui.text import GROUP_WORDS, KIND_WORDS, fold, slug, titled
from brå_tui.tui.editing.dialogs import PickDialog
from brå_tui.tui.editing.entrylist import EntryList, Place
from brå_tui.tui.editing.fields import (
    ChoiceSelect,
    Field,
    ListSuggester,
    ambiguity_question,
    ambiguous_names,
    areas_remark,
    people_suggester,
    resolution_note,
    split_list,
    steps_between_fields,
    unknown_areas,
    whole_names,
)
from brå_tui.tui.editing.notes import NotesArea, editor_hint
from brå_tui.tui.screens.confirm import ask, close_asking
from brå_tui.tui.widgets.dialog_notice import DialogScroll, fit_dialog
from brå_tui.tui.widgets.footer import bra_footer
from brå_tui.validate import (
    STATE_NAMES,
    amount_error,
    date_error,
    format_time,
    id_error,
    normal_date,
    normal_time,
    parse_amount,
    parse_date,
    parse_time,
    range_error,
    time_error,
    title_error,
)
from brå_tui.views.format import amount
from brå_tui.views.wrap import hint_line

T = TypeVar("T")
V = TypeVar("V")


def _text(value: str | None) -> str:
    return value or ""


def _or_none(text: str) -> str | None:
    return text.strip() or None


class FormScreen(ModalScreen["T | None"], Generic[T]):
    """A form over the edit screen: Enter in a field or ctrl+s accepts, Escape cancels; ↑ ↓ move between its
    fields as in the tabs of Redigera (steps_between_fields)."""

    CSS_PATH = "editing.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "accept", "Klar", id="form.accept"),
        Binding("escape", "cancel", "Avbryt", id="form.cancel"),
        # Before the form's scrolling body, which would take ↑ ↓ in a long form; off in lists and notes (check_action).
        Binding("down", "step_field(1)", "Nästa fält", key_display="↓", show=False, priority=True,
                id="form.next_field"),
        Binding("up", "step_field(-1)", "Föregående fält", key_display="↑", show=False, priority=True,
                id="form.previous_field"),
    ]
    HEADING = ""

    def __init__(self, entry: T | None, place: Place[T] | None = None) -> None:
        super().__init__(classes="edit-form")
        self.entry = entry
        self.place = place  # where the entry goes: when the form is accepted, and in drafts while it is open
        self._start: tuple[object, ...] | None = None  # what the form held once it was built
        self._start_texts: dict[str, str] = {}  # the text of each field and notes area once the form was built

    def compose(self) -> ComposeResult:
        """The heading, the fields, and the keys."""
        with Vertical(classes="form"):
            yield Label(f"{self.HEADING}: {'ändra' if self.entry is not None else 'ny'}", classes="form-heading")
            # Not a Tab stop of its own (it would show no focus): focusing a field scrolls it into view, and the
            # body shrinks to what the screen has room for, so the field is never below the screen's edge.
            with DialogScroll(classes="form-body", can_focus=False):
                yield from self.fields()
            yield Label(hint_line(["Enter/ctrl+s: klar", "Esc: avbryt", "Tab: nästa fält"]), classes="form-hint")
        yield bra_footer()

    def fields(self) -> ComposeResult:
        """The form's own fields."""
        yield from ()

    def on_mount(self) -> None:
        """Start in the start field; remember what the form held, to know later whether anything was typed."""
        start = self.start_field()
        if start is not None:
            start.focus()
        self.call_after_refresh(self._remember_start)

    def on_resize(self, event: events.Resize) -> None:
        """The terminal changed size: fit the form in it."""
        self.call_after_refresh(fit_dialog, self)

    def start_field(self) -> Field | None:
        """The field the form opens in: the first (the focus goes straight there, so no field is left on the way
        and judged before the user has been in it)."""
        return next(iter(self.query(Field)), None)

    def _remember_start(self) -> None:
        self._start = self.state()
        self._start_texts = {f.id: f.value for f in self.query(Field) if f.id}
        self._start_texts.update({n.id: n.text for n in self.query(NotesArea) if n.id})
        if self.place is not None and self.place.restore:
            self.restore(self.place.restore)

    def kept(self) -> OpenForm | None:
        """What a draft keeps of this form: where its entry goes and every field as typed (drafts.OpenForm); None
        while the form is still being built or taken down."""
        if self.place is None or self._start is None or not self.is_mounted:
            return None
        try:
            lists = list(self.query(EntryList))
            return OpenForm(
                in_list=self.place.list_id, index=self.place.index, cursor=self.place.cursor,
                texts={f.id: f.value for f in self.query(Field) if f.id},
                choices={s.id: s.value for s in self.query(Select) if s.id and isinstance(s.value, str | bool)},
                notes={n.id: n.text for n in self.query(NotesArea) if n.id},
                # An item's decisions are the only list a form holds.
                decisions=[copy.deepcopy(d) for d in lists[0].entries if isinstance(d, Decision)] if lists else None,
                focus=self._focus_id())
        except NoMatches:
            return None

    def _focus_id(self) -> str | None:
        """The id of the field (or list, or notes) that has the cursor."""
        for widget in self.focused.ancestors_with_self if self.focused is not None else []:
            if widget is self:
                break
            if widget.id:
                return widget.id
        return None

    def restore(self, forms: Sequence[OpenForm]) -> None:
        """Fill the form with what a draft kept of it (forms[0]), as if typed, and open again the forms that were
        open over it (the rest). A text that is wrong shows its reason, as when the draft was written."""
        kept = forms[0]
        for field in self.query(Field):
            if field.id in kept.texts:
                field.restore(kept.texts[field.id])
        for select in self.query(Select):
            choice = kept.choices.get(select.id or "")
            try:
                select.value = Select.NULL if choice is None else choice
            except InvalidSelectValueError:
                pass  # not one of the choices, or blank where one must be chosen: the entry's own stays
        for notes in self.query(NotesArea):
            if notes.id in kept.notes:
                notes.put_back(kept.notes[notes.id])
        for entries in self.query(EntryList):
            if kept.decisions is not None:
                entries.entries[:] = kept.decisions  # the list is the item's own: build() takes it from there
                entries.rebuild()
        # Back in the field the cursor was in; never silently in a drop-down, where typing does nothing: the form's
        # first text field then, as when it opened.
        focus = next((w for w in self.query() if w.id == kept.focus and not isinstance(w, Select)), None) \
            or self.start_field()
        if focus is not None:
            focus.focus()  # a field puts the cursor in its input
        over = forms[1:]
        inner = next((e for e in self.query(EntryList) if e.id == over[0].in_list), None) if over else None
        restored = self.place.restored if self.place is not None else None
        if inner is not None:
            inner.reopen(over, restored)
        elif restored is not None:
            restored()

    def state(self) -> tuple[object, ...]:
        """What the form holds now: every field, text, choice and list in it."""
        held: list[object] = [f.value for f in self.query(Field)]
        held += [t.text for t in self.query(NotesArea)]
        held += [s.value for s in self.query(Select)]
        held += [c.value for c in self.query(Checkbox)]
        held += [repr(e.entries) for e in self.query(EntryList)]
        return tuple(held)

    def touched(self) -> bool:
        """Whether anything in the form differs from how it opened."""
        return self._start is not None and self.state() != self._start

    def changed(self, widget_id: str) -> bool:
        """Whether a field (or notes area) of the form holds another text than it opened with."""
        widget = self.query_one(f"#{widget_id}")
        text = widget.text if isinstance(widget, NotesArea) else self.field(widget_id).value
        return text != self._start_texts.get(widget_id, text)

    def typed_or(self, widget_id: str, original: V, made: V) -> V:
        """made (what the entry keeps of the field's text) for a new entry, or once the field has been changed;
        while it holds the text it opened with, the entry's own value, as the file has it: a value the field shows
        trimmed or with its line breaks made plain is not changed by a form that is only opened and closed."""
        return made if self.entry is None or self.changed(widget_id) else original

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """↑ ↓ step between fields only from a field; in a list or the notes they are the widget's own."""
        if action == "step_field":
            return steps_between_fields(self.focused)
        return True

    def action_step_field(self, step: int) -> None:
        """↓ to the next field, ↑ to the one before (the same order as Tab and shift+Tab)."""
        if step > 0:
            self.focus_next()
        else:
            self.focus_previous()

    def field(self, id: str) -> Field:
        """One field by id."""
        return self.query_one(f"#{id}", Field)

    def cross_errors(self) -> dict[str, str]:
        """Reasons that involve more than one field, by the id of the field to show them under."""
        return {}

    def pick_area(self, areas: list[str]) -> None:
        """Add one of the council's risk areas to the Områden field, chosen from a list: the chosen area takes the
        place of a name being typed at the end of the field (one the council does not list, 'Bro'), and the list
        opens on the first area that begins with it."""
        field = self.field("f-areas")
        typed = split_list(field.value)
        known = {fold(a) for a in areas}
        partial = typed[-1] if typed and not field.value.rstrip().endswith(",") and fold(typed[-1]) not in known \
            else None
        kept = typed[:-1] if partial is not None else typed
        chosen_already = {fold(a) for a in kept}
        choices = [(a, a) for a in areas if fold(a) not in chosen_already]
        if not choices:
            self.notify("Alla rådets riskområden är redan valda." if areas else "Rådet har inga riskområden.")
            return
        start = next((n for n, (a, _) in enumerate(choices) if partial and fold(a).startswith(fold(partial))), 0)

        def chosen(area: str | None) -> None:
            if area is not None:
                field.type_in(", ".join([*kept, area]) + ", ")  # the next area after a comma
            field.focus()

        self.app.push_screen(PickDialog("Välj ett riskområde att koppla till", choices, highlighted=start), chosen)

    def problems(self) -> list[tuple[Field, str]]:
        """Every field that is wrong, with its reason, shown under each field."""
        cross = self.cross_errors()
        found = []
        for f in self.query(Field):
            extra = cross.get(f.id or "")
            f.judge(extra)
            reason = f.error or extra
            if reason:
                found.append((f, reason))
        return found

    def on_input_changed(self, event: Input.Changed) -> None:
        """Recheck the reasons that tie fields together where one is shown: one put right goes while it is typed,
        but a new one waits until the field is left (on_input_blurred)."""
        cross = self.cross_errors()
        for f in self.query(Field):
            if f.has_class("invalid"):
                f.show_reason(cross.get(f.id or ""))

    def on_input_blurred(self, event: Input.Blurred) -> None:
        """A field just left is judged (Field); show the reasons that tie it to others as well."""
        cross = self.cross_errors()
        for f in self.query(Field):
            if f.judged:
                f.show_reason(cross.get(f.id or ""))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in a field accepts the form."""
        event.stop()
        self.action_accept()

    def action_accept(self, confirmed: bool = False) -> None:
        """Close with the entry, unless a field is wrong (then say why and go there); a name that fits several
        people, or an area typed that the council does not list, is asked about first. A form for an entry left as
        it opened changes nothing."""
        if self.entry is not None and not self.touched():
            self.dismiss(None)
            return
        problems = self.problems()
        if problems:
            field, reason = problems[0]
            field.focus()
            self.notify(f"{field.label}: {reason}", title="Kan inte spara", severity="error")
            return
        unclear = [] if confirmed else ambiguous_names(self.query(Field))
        # areas asked about as typed, not as read from the file into a field left as it was
        areas = [] if confirmed else unknown_areas(f for f in self.query(Field)
                                                   if self.entry is None or (f.id and self.changed(f.id)))
        if unclear or areas:
            ask(self.app, ambiguity_question(unclear, areas), lambda: self.action_accept(confirmed=True))
            return
        self.dismiss(self.build())

    def build(self) -> T:
        """The entry as the form now holds it."""
        raise NotImplementedError

    def action_cancel(self) -> None:
        """Close without changing anything; asks first when something has been typed."""
        close_asking(self, self.touched())


class AttendeeForm(FormScreen[Attendee]):
    """Who was present (called, for a kallelse: called): name, party, title, organisation, role."""

    HEADING = "Närvarande"

    def __init__(self, entry: Attendee | None, directory: Directory,
                 place: Place[Attendee] | None = None, called: bool = False) -> None:
        super().__init__(entry, place)
        self.directory = directory
        self.called = called
        if called:
            self.HEADING = "Kallade"

    def fields(self) -> ComposeResult:
        """Name (completed from known people), party, title, organisation, role."""
        a = self.entry or Attendee(name="")
        yield Field("Namn", a.name, check=lambda t: title_error(t, "Namnet"), note=resolution_note(self.directory),
                    suggester=people_suggester(self.directory), id="f-name")
        yield Field("Parti", _text(a.party), placeholder="S, M, C …", id="f-party")
        yield Field("Titel", _text(a.title), id="f-title")
        yield Field("Organisation", _text(a.org), id="f-org")
        yield Field("Roll", _text(a.role), placeholder="ordförande, sekreterare …",
                    suggester=ListSuggester(lambda: ["ordförande", "sekreterare"]), id="f-role")
        with Horizontal(classes="select-row"):
            yield Label("Närvaro:", classes="field-label")
            yield ChoiceSelect([("kallad" if self.called else "närvarande", False),
                                ("anmält förhinder/frånvarande", True)], value=a.absent,
                               allow_blank=False, compact=True, id="f-absent")
        with Horizontal(classes="select-row"):
            yield Label("Grupp:", classes="field-label")
            yield ChoiceSelect([(GROUP_WORDS[g], g) for g in ATTENDEE_GROUPS], value=a.group or Select.NULL,
                               allow_blank=True, prompt="anges inte", compact=True, id="f-group")
        yield Field("Del av mötet", _text(a.partial), placeholder="t.ex. t.o.m. punkt 5", id="f-partial")

    def _whole_name(self) -> str:
        """The name typed, as the whole name of the one known person it picks out, if it does."""
        typed = self.field("f-name").value.strip()
        person = self.directory.resolve(typed).person
        return person.name if person is not None else typed

    def cross_errors(self) -> dict[str, str]:
        """A person who is in the meeting's list already (under another entry than this one)."""
        name = self._whole_name()
        if not name or self.place is None:
            return {}
        for other in self.place.entries:
            if other is not self.entry and fold(other.name) == fold(name):
                side = "kallade" if self.called else "närvarande"
                return {"f-name": f"{other.name} finns redan bland de {side}; ändra den raden i stället."}
        return {}

    def on_input_blurred(self, event: Input.Blurred) -> None:
        """Leaving the name of a person in people.toml fills the empty fields (party, title, organisation) from
        there; what is typed in them stays."""
        if event.input is self.field("f-name").input:
            for field_id, known in self._known().items():
                field = self.field(field_id)
                if known and not field.value.strip():
                    field.value = known
        super().on_input_blurred(event)

    def _known(self) -> dict[str, str | None]:
        """What people.toml says of the person named, by field id: party, title, organisation."""
        person = self.directory.resolve(self.field("f-name").value.strip()).person
        if person is None:
            return {}
        return {"f-party": person.party, "f-title": person.title, "f-org": person.org}

    def _value(self, field_id: str, original: str | None) -> str | None:
        """A field's value; when left empty, what people.toml says (the entry's own while neither the name nor the
        field has been changed)."""
        made = _or_none(self.field(field_id).value) or self._known().get(field_id)
        return made if self.changed("f-name") else self.typed_or(field_id, original, made)

    def build(self) -> Attendee:
        """The attendee; a name that picks out one known person by a short form ('Jimmy Sp', what the note
        under the field shows as 'Jimmy Sp → Jimmy Spolander') is written as that person's whole name, so the
        meeting never lists a second, made-up person; that person's party, title and organisation in people.toml
        fill the fields left empty."""
        base = copy.deepcopy(self.entry) if self.entry else Attendee(name="")
        base.name = self.typed_or("f-name", base.name, self._whole_name())
        base.party, base.title, base.org = (self._value(f, getattr(base, a)) for f, a in
                                            (("f-party", "party"), ("f-title", "title"), ("f-org", "org")))
        base.role = self.typed_or("f-role", base.role, _or_none(self.field("f-role").value))
        base.absent = self.query_one("#f-absent", Select).value is True
        group = self.query_one("#f-group", Select).value
        base.group = group if isinstance(group, str) else None
        base.partial = self.typed_or("f-partial", base.partial, _or_none(self.field("f-partial").value))
        return base


class ScheduleForm(FormScreen[ScheduleEntry]):
    """A planned meeting: date, times, place."""

    HEADING = "Tidplan"

    def fields(self) -> ComposeResult:
        """Date, start, end and place."""
        s = self.entry
        yield Field("Datum", s.date.isoformat() if s else "", check=date_error, normal=normal_date,
                    placeholder="ÅÅÅÅ-MM-DD",
                    id="f-date")
        yield Field("Start", format_time(s.start) if s else "", check=time_error, normal=normal_time,
                    placeholder="TT:MM",
                    id="f-start")
        yield Field("Slut", format_time(s.end) if s else "", check=time_error, normal=normal_time,
                    placeholder="TT:MM", id="f-end")
        yield Field("Plats", _text(s.place) if s else "", id="f-place")

    def cross_errors(self) -> dict[str, str]:
        """An end before the start."""
        reason = range_error(self.field("f-start").value, self.field("f-end").value)
        return {"f-end": reason} if reason else {}

    def build(self) -> ScheduleEntry:
        """The schedule entry."""
        date = parse_date(self.field("f-date").value)
        assert date is not None
        base = copy.deepcopy(self.entry) if self.entry else ScheduleEntry(date=date)
        base.date = date
        base.start = parse_time(self.field("f-start").value)
        base.end = parse_time(self.field("f-end").value)
        base.place = self.typed_or("f-place", base.place, _or_none(self.field("f-place").value))
        return base


class DecisionForm(FormScreen[Decision]):
    """A decision: its text, and an amount and account when money is involved."""

    HEADING = "Beslut"

    def fields(self) -> ComposeResult:
        """Text, amount, account."""
        d = self.entry
        yield Field("Beslut", d.text if d else "", check=lambda t: title_error(t, "Beslutstexten"),
                    placeholder="Rådet beslutar att …", id="f-text")
        yield Field("Belopp (kr)", str(d.amount_sek) if d and d.amount_sek is not None else "",
                    check=amount_error, placeholder="t.ex. 10 000", id="f-amount")
        yield Field("Konto", _text(d.account) if d else "", placeholder="t.ex. ID110 16", id="f-account")

    def build(self) -> Decision:
        """The decision."""
        base = copy.deepcopy(self.entry) if self.entry else Decision(text="")
        base.text = self.typed_or("f-text", base.text, self.field("f-text").value.strip())
        base.amount_sek = self.typed_or("f-amount", base.amount_sek, parse_amount(self.field("f-amount").value))
        base.account = self.typed_or("f-account", base.account, _or_none(self.field("f-account").value))
        return base


def describe_decision(d: Decision) -> str:
    """A decision on one line."""
    extra = []
    if d.amount_sek is not None:
        extra.append(amount(d.amount_sek))
    if d.account:
        extra.append(f"konto {d.account}")
    return d.text + (f" ({', '.join(extra)})" if extra else "")


class ItemForm(FormScreen[Item]):
    """An agenda item or other question: title, case number, time slot, presenters, areas, confidentiality,
    notes and decisions."""

    HEADING = "Ärende"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("ctrl+o", "pick_area", "Välj område", id="item_form.area")]

    def __init__(self, entry: Item | None, directory: Directory, areas: list[str], heading: str = "Ärende",
                 place: Place[Item] | None = None) -> None:
        super().__init__(entry, place)
        self.HEADING = heading
        self.directory = directory
        self.areas = areas
        self.work = copy.deepcopy(entry) if entry else Item(title="")

    def fields(self) -> ComposeResult:
        """Title, case number, time slot, presenters, areas, confidential, notes, decisions."""
        item = self.work
        yield Field("Rubrik", item.title, check=title_error, id="f-title")
        yield Field("Diarienummer", _text(item.case_number), placeholder="t.ex. KS-2025/12.181", id="f-case")
        yield Field("Tid från", format_time(item.start), check=time_error, normal=normal_time,
                    placeholder="TT:MM (på dagordningen)",
                    id="f-start")
        yield Field("Tid till", format_time(item.end), check=time_error, normal=normal_time,
                    placeholder="TT:MM", id="f-end")
        yield Field("Nummer", _text(item.number), placeholder="som det skrivs: 3, § 77", id="f-number")
        with Horizontal(classes="select-row"):
            yield Label("Slag:", classes="field-label")
            yield ChoiceSelect([(KIND_WORDS[k], k) for k in ITEM_KINDS], value=item.kind or Select.NULL,
                               allow_blank=True, prompt="anges inte", compact=True, id="f-kind")
        yield Field("Föredragande", ", ".join(item.presenters), note=resolution_note(self.directory),
                    suggester=people_suggester(self.directory), placeholder="namn, åtskilda med komma",
                    id="f-presenters")
        yield Field("Områden", ", ".join(item.areas), remark=areas_remark(self.areas),
                    suggester=ListSuggester(lambda: self.areas),
                    placeholder="riskområden, åtskilda med komma; ctrl+o: välj",
                    id="f-areas")
        with Horizontal(classes="select-row"):
            yield Label("Sekretess:", classes="field-label")
            yield ChoiceSelect([("nej", False), ("ja (utelämnas i offentlig export)", True)], value=item.confidential,
                               allow_blank=False, compact=True, id="f-confidential")
        yield Label(f"Anteckningar ({editor_hint()}):", classes="form-label")
        yield NotesArea(item.notes, id="f-notes")
        yield Label("Beslut (a lägg till, Enter ändra, d ta bort, u/y flytta):", classes="form-label")
        yield EntryList(item.decisions, noun="ett beslut", describe=describe_decision,
                        form=DecisionForm, id="f-decisions")

    def cross_errors(self) -> dict[str, str]:
        """An end before the start."""
        reason = range_error(self.field("f-start").value, self.field("f-end").value)
        return {"f-end": reason} if reason else {}

    def action_pick_area(self) -> None:
        """ctrl+o: choose a risk area from the council's list."""
        self.pick_area(self.areas)

    def build(self) -> Item:
        """The item."""
        item = self.work
        item.title = self.typed_or("f-title", item.title, self.field("f-title").value.strip())
        item.number = self.typed_or("f-number", item.number, _or_none(self.field("f-number").value))
        kind = self.query_one("#f-kind", Select).value
        item.kind = kind if isinstance(kind, str) else None
        item.case_number = self.typed_or("f-case", item.case_number, _or_none(self.field("f-case").value))
        item.start = parse_time(self.field("f-start").value)
        item.end = parse_time(self.field("f-end").value)
        item.presenters = self.typed_or("f-presenters", item.presenters,
                                        whole_names(self.directory, self.field("f-presenters").value))
        item.areas = self.typed_or("f-areas", item.areas, areas_remark(self.areas).saved(self.field("f-areas").value))
        item.confidential = self.query_one("#f-confidential", Select).value is True
        notes = self.query_one("#f-notes", NotesArea).text
        if notes != item.notes and notes.strip() and not notes.endswith("\n"):
            notes += "\n"  # multi-line notes in the files end with a line break
        item.notes = self.typed_or("f-notes", item.notes, notes if notes.strip() else "")
        return item


class FollowUpForm(FormScreen[FollowUp]):
    """A follow-up: id (shared with earlier meetings), title, status, owners, state, areas."""

    HEADING = "Uppföljning"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+l", "link", "Länka till tidigare", id="followup_form.link"),
        Binding("ctrl+o", "pick_area", "Välj område", id="followup_form.area"),
    ]

    def __init__(self, entry: FollowUp | None, directory: Directory, areas: list[str], log: list[LogEntry],
                 taken: set[str], place: Place[FollowUp] | None = None) -> None:
        super().__init__(entry, place)
        self.directory = directory
        self.areas = areas
        self.followup_log = log
        self.taken = taken - ({entry.id} if entry else set())
        self._auto_id: str | None = None  # the id last made from the title, while it is not typed by hand

    def fields(self) -> ComposeResult:
        """Id, title, status, due date, owners, state, areas."""
        f = self.entry or FollowUp(id="", title="")
        yield Field("Id", f.id, check=self.check_id, note=self.id_note,
                    suggester=ListSuggester(lambda: [e.id for e in self.followup_log]),
                    placeholder="tomt: skapas av rubriken; ctrl+l: välj en tidigare", id="f-id")
        yield Field("Rubrik", f.title, check=title_error, id="f-title")
        yield Field("Status", f.status, id="f-status")
        yield Field("Senast", f.due.isoformat() if f.due else "", check=lambda t: date_error(t, required=False),
                    normal=normal_date, placeholder="ÅÅÅÅ-MM-DD; tomt: nästa möte om statusen säger det", id="f-due")
        yield Field("Ansvariga", ", ".join(f.owners), note=resolution_note(self.directory),
                    suggester=people_suggester(self.directory), placeholder="namn, åtskilda med komma",
                    id="f-owners")
        with Horizontal(classes="select-row"):
            yield Label("Läge:", classes="field-label")
            yield ChoiceSelect([(name, key) for key, name in STATE_NAMES.items()], value=f.state, allow_blank=False,
                               compact=True, id="f-state")
        yield Field("Områden", ", ".join(f.areas), remark=areas_remark(self.areas),
                    suggester=ListSuggester(lambda: self.areas),
                    placeholder="riskområden, åtskilda med komma; ctrl+o: välj",
                    id="f-areas")

    def check_id(self, text: str) -> str | None:
        """Why the id is wrong; a new follow-up may leave it empty (it is made from the title)."""
        if self.entry is None and not text.strip():
            return None
        return id_error(text, self.taken)

    def id_note(self, text: str) -> str:
        """Which earlier follow-up an id links to."""
        entry = next((e for e in self.followup_log if e.id == text.strip()), None)
        if entry is None:
            return "Nytt id (ingen tidigare uppföljning har det)." if text.strip() else ""
        return f"Samma som tidigare: {titled(entry.title)} ({entry.first_key}–{entry.last_key})."

    def start_field(self) -> Field | None:
        """A new follow-up starts at its title; the id can be made from it."""
        return self.field("f-title") if self.entry is None else super().start_field()

    def on_input_changed(self, event: Input.Changed) -> None:
        """Keep a new follow-up's id in step with its title until the id is typed by hand."""
        super().on_input_changed(event)
        title = self.field("f-title")
        if self.entry is None and event.input is title.input:
            ident = self.field("f-id")
            if not ident.value or ident.value == self._auto_id:
                self._auto_id = slug(title.value) if title.value.strip() else ""
                ident.value = self._auto_id

    def restore(self, forms: Sequence[OpenForm]) -> None:
        """As FormScreen.restore; a new follow-up's id that was made from its title goes on following it."""
        super().restore(forms)
        ident, title = self.field("f-id").value, self.field("f-title").value
        if self.entry is None and title.strip() and ident == slug(title):
            self._auto_id = ident

    def action_pick_area(self) -> None:
        """ctrl+o: choose a risk area from the council's list."""
        self.pick_area(self.areas)

    def action_link(self) -> None:
        """Choose the id of an earlier follow-up from the action log, so both are the same item: never this one's
        own (the follow-up itself), nor one another row of the list has."""
        own = {self.entry.id} if self.entry is not None else set()
        choices = [(f"{e.id} — {e.title} ({e.last_key})", e) for e in self.followup_log
                   if e.id not in own | self.taken]
        if not choices:
            self.notify("Åtgärdsloggen är tom." if not self.followup_log else
                        "Varje tidigare uppföljning är redan länkad till en rad i listan.")
            return

        def chosen(entry: LogEntry | None) -> None:
            if entry is None:
                return
            self.field("f-id").value = entry.id
            self._auto_id = None
            if not self.field("f-title").value.strip():
                self.field("f-title").value = entry.title
            self.field("f-id").focus()

        self.app.push_screen(PickDialog("Välj en tidigare uppföljning att länka till", choices), chosen)

    def build(self) -> FollowUp:
        """The follow-up."""
        base = copy.deepcopy(self.entry) if self.entry else FollowUp(id="", title="")
        base.title = self.typed_or("f-title", base.title, self.field("f-title").value.strip())
        base.id = self.typed_or("f-id", base.id, self.field("f-id").value.strip() or slug(base.title))
        base.status = self.typed_or("f-status", base.status, self.field("f-status").value.strip())
        base.due = parse_date(self.field("f-due").value)
        base.owners = self.typed_or("f-owners", base.owners, whole_names(self.directory, self.field("f-owners").value))
        state = self.query_one("#f-state", Select).value
        base.state = state if isinstance(state, str) else "open"
        base.areas = self.typed_or("f-areas", base.areas, areas_remark(self.areas).saved(self.field("f-areas").value))
        return base


def open_forms(forms: Sequence[object]) -> list[OpenForm]:
    """What a draft keeps of the forms open over the editor (outermost first, each over the one before it): each
    as typed, valid or not, up to the last that holds something typed (drafts.OpenForm). A form just opened, with
    nothing typed in it or in one over it, is not kept."""
    kept: list[OpenForm] = []
    touched = 0
    for form in forms:
        if not isinstance(form, FormScreen):
            break
        held = form.kept()
        if held is None:
            break
        kept.append(held)
        if form.touched():
            touched = len(kept)
    return kept[:touched]
