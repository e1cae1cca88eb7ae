"""Redigera: one meeting edited with the keyboard and saved without losing anyone's work."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any, ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.css.query import NoMatches
from textual.widgets import Header, Input, Label, OptionList, Select, Static, TabbedContent, TabPane, Tabs

from brå_tui import drafts
from brå_tui.model import DOCUMENT_KINDS, Attendee, FollowUp, Item, Meeting, RiskPicture, ScheduleEntry
from brå_tui.questions.actionlog import LogEntry
from brå_tui.questions.ahead import has_passed
from brå_tui.questions.due import due_date
from brå_tui.questions.people import Directory
from brå_tui.questions.snapshot import Snapshot
from brå_tui.store.save import MeetingDocument
from brå_tui.text import DOCUMENT_WORDS, GROUP_WORDS, KIND_WORDS
from brå_tui.tui.editing.entrylist import EntryList, Place
from brå_tui.tui.editing.fields import (
    ChoiceSelect,
    Field,
    people_suggester,
    resolution_note,
    steps_between_fields,
    whole_names,
)
from brå_tui.tui.editing.followups import (
    CARD_BELOW_WIDTH,
    FOLLOWUP_KEYS,
    FollowUpList,
    describe_briefly,
    describe_followup,
    followup_card,
)
from brå_tui.tui.editing.forms import AttendeeForm, FollowUpForm, ItemForm, ScheduleForm
from brå_tui.tui.editing.guard import leave
from brå_tui.tui.editing.levels import NOT_REPORTED, LevelPicker, level_choices
from brå_tui.tui.editing.saving import SavingScreen
from brå_tui.tui.widgets.footer import WidgetKey, bra_footer
from brå_tui.tui.widgets.tab_rows import follow_width
from brå_tui.validate import (
    date_error,
    format_time,
    normal_date,
    normal_time,
    parse_date,
    parse_time,
    period_error,
    range_error,
    time_error,
)
from brå_tui.views.format import PASSED, time_span
from brå_tui.views.wrap import hint_line, keys_line

TAB_LABELS = {"tid": "Tid", "narvarande": "Närvarande", "arenden": "Ärenden", "lagesbild": "Lägesbild",
              "uppfoljning": "Uppföljning", "tidplan": "Tidplan", "ovrigt": "Övrigt"}
TABS = list(TAB_LABELS)
LIST_KEYS = "a ny · Enter ändra · d ta bort · u/y upp/ner · ctrl+s spara · ctrl+n/ctrl+o flik"


def _by_role(names: list[str]) -> str:
    """The placeholder of the chair or secretary field when the attendee list names them by role (format 1)."""
    return f"{', '.join(names)} (roll i närvarolistan)" if names else "namn"


def describe_attendee(a: Attendee) -> str:
    """An attendee on one line; an absent one starts with [frånvarande], so it is told apart without colour."""
    extra = [x for x in (a.party, a.title, a.org, GROUP_WORDS.get(a.group or ""), a.role, a.partial) if x]
    return ("[frånvarande] " if a.absent else "") + a.name + (f" ({', '.join(extra)})" if extra else "")


def describe_item(i: Item) -> str:
    """An item on one line, its number as written first."""
    extra = []
    if i.kind:
        extra.append(KIND_WORDS[i.kind])
    if i.presenters:
        extra.append(", ".join(i.presenters))
    if i.decisions:
        extra.append(f"{len(i.decisions)} beslut")
    if i.confidential:
        extra.append("sekretess")
    return (f"{i.number} " if i.number else "") + i.title + (f" ({'; '.join(extra)})" if extra else "")


def describe_schedule(s: ScheduleEntry, today: dt.date | None = None) -> str:
    """A schedule entry on one line; "(passerat)" after it when its date has passed on today (by default the real
    one), as Möten's Tidplan and the exports say it (questions.ahead.has_passed)."""
    span = time_span(s.start, s.end)
    line = " ".join(x for x in (s.date.isoformat(), span, s.place or "") if x)
    return f"{line} ({PASSED})" if has_passed(s.date, today or dt.date.today()) else line


class EditMeetingScreen(SavingScreen):
    """Every field of one meeting, changed with the keyboard; ctrl+s saves through the layout-keeping document
    (saving, conflicts and the disk watch are SavingScreen's)."""

    CSS_PATH = "editing.tcss"
    # Open on the row of tabs, not in a text field: digits and arrows change tab, ↓ or Enter goes into it.
    AUTO_FOCUS = "#edit-tabs ContentTabs"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Spara", id="edit.save"),
        Binding("down,enter", "into_tab", "In i fliken", key_display="↓", id="edit.into_tab"),
        Binding("a", "add_from_tabs", "Ny", tooltip="Lägg till en ny i fliken", id="edit.add_from_tabs"),
        Binding("down", "step_field(1)", "Nästa fält", key_display="↓", show=False, id="edit.next_field"),
        Binding("up", "step_field(-1)", "Föregående fält", key_display="↑", show=False, id="edit.previous_field"),
        Binding("escape", "leave", "Tillbaka", id="edit.leave"),
        Binding("ctrl+n", "step_tab(1)", "Nästa flik", priority=True, show=False, id="edit.next_tab"),
        Binding("ctrl+o", "step_tab(-1)", "Föregående flik", priority=True, show=False, id="edit.previous_tab"),
        *[Binding(str(n + 1), f"digit_tab('{tab}')", f"Flik {TAB_LABELS[tab]}", show=False, id=f"edit.tab{n + 1}")
          for n, tab in enumerate(TABS)],
    ]
    # The row of tabs' own arrows (Textual's Tabs, which no binding here names) and the seven tab keys, shown in the
    # footer as one (widgets/footer.py).
    WIDGET_KEYS: ClassVar[tuple[WidgetKey, ...]] = (
        WidgetKey("#edit-tabs ContentTabs", "right", "← →", "Flik", "Föregående och nästa flik, från flikraden"),)
    FOOTER_STAND_INS: ClassVar[dict[str, tuple[str, str]]] = {"edit.tab1": ("1–7", "Flik")}

    def __init__(self, store: Snapshot, meeting: Meeting, document: MeetingDocument | None, *,
                 new: bool = False, draft: drafts.Draft | None = None, baseline: Meeting | None = None) -> None:
        super().__init__(store, meeting, document, new=new, draft=draft, baseline=baseline)
        self._own_fields: dict[str, Field] = {}
        self._status_shown: list[str] = []  # what the status line shows (show_status)
        self.pickers: list[LevelPicker] = []  # Lägesbild's level of each area, in the order of areas (compose)
        self.filled_from = copy.deepcopy(meeting)  # the meeting as the fields were last filled with it
        self.filled_texts: dict[str, str] = {}  # what each field showed then, by id (once it is shown)
        self._followups_narrow: bool | None = None  # whether the follow-ups were last listed for a narrow screen

    # What the screen knows ------------------------------------------------------------------

    @property
    def directory(self) -> Directory:
        """Everyone the store knows, for completion and name resolution."""
        return self.store.directory

    @property
    def followup_log(self) -> list[LogEntry]:
        """The action log over the store, for linking follow-ups."""
        return self.store.log

    def own_fields(self) -> dict[str, Field]:
        """The meeting's own one-line fields (Tid and Lägesbild: ids m-…, r-…) by id, found once the screen is
        composed and kept: looking them up on every keystroke would walk every widget of the screen, each area's
        level in Lägesbild among them."""
        if not self._own_fields:
            self._own_fields = {f.id: f for f in self.query(Field) if f.id and f.id.startswith(("m-", "r-"))}
        return self._own_fields

    @property
    def areas(self) -> list[str]:
        """The council's risk areas, then any others this meeting uses."""
        known = list(self.store.council.areas)
        council = set(known)
        extra = [a for a in (self.meeting.risk.areas if self.meeting.risk else {}) if a not in council]
        return known + extra

    # Layout ---------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        """A status line, the tabs, and the footer with the keys."""
        yield Header(icon="≡")
        yield Static("", id="edit-status", markup=False)
        m = self.meeting
        with TabbedContent(id="edit-tabs"):
            with TabPane(TAB_LABELS["tid"], id="tid"):
                with VerticalScroll(can_focus=False):  # no Tab stop of its own: a focused field scrolls into view
                    yield Field("Datum", m.date.isoformat(), check=date_error, normal=normal_date,
                                placeholder="ÅÅÅÅ-MM-DD", id="m-date")
                    yield Field("Start", format_time(m.start), check=time_error, normal=normal_time,
                                placeholder="TT:MM", id="m-start")
                    yield Field("Slut", format_time(m.end), check=time_error, normal=normal_time,
                                placeholder="TT:MM", id="m-end")
                    yield Field("Plats", m.place or "", placeholder="rum och byggnad", id="m-place")
                    with Horizontal(classes="select-row"):
                        yield Label("Dokument:", classes="field-label")
                        yield ChoiceSelect([(DOCUMENT_WORDS[k], k) for k in DOCUMENT_KINDS],
                                           value=m.document or Select.NULL, allow_blank=True, prompt="anges inte",
                                           compact=True, id="m-document")
                    yield Field("Daterat", m.issued.isoformat() if m.issued else "",
                                check=lambda t: date_error(t, required=False), normal=normal_date,
                                placeholder="ÅÅÅÅ-MM-DD: utfärdat eller undertecknat", id="m-issued")
                    yield Field("Diarienummer", m.case_number or "", placeholder="hela handlingens, t.ex. KS 2024/12",
                                id="m-case-number")
                    yield Field("Ordförande", m.chair or "", note=resolution_note(self.directory),
                                suggester=people_suggester(self.directory), id="m-chair",
                                placeholder=_by_role(m.chair_names()))
                    yield Field("Sekreterare", m.secretary or "", note=resolution_note(self.directory),
                                suggester=people_suggester(self.directory), id="m-secretary",
                                placeholder=_by_role(m.secretary_names()))
                    yield Field("Justerare", ", ".join(m.adjusters), note=resolution_note(self.directory),
                                suggester=people_suggester(self.directory), placeholder="namn, åtskilda med komma",
                                id="m-adjusters")
                    yield Field("Justeras den", m.adjusting_date.isoformat() if m.adjusting_date else "",
                                check=lambda t: date_error(t, required=False), normal=normal_date,
                                placeholder="ÅÅÅÅ-MM-DD", id="m-adjusting-date")
                    yield Field("Justeras var", m.adjusting_place or "", id="m-adjusting-place")
                    yield Label("Flikar: ctrl+n nästa, ctrl+o förra; 1–7 utanför textfält. ctrl+s sparar.",
                                classes="edit-hint")
            # a kallelse's people are called to a meeting not yet held: 'Kallade', never 'Närvarande'
            with TabPane(m.present_word(), id="narvarande"):
                yield EntryList(m.attendees, noun="en kallad" if m.called else "en närvarande",
                                describe=describe_attendee,
                                form=lambda a, place: AttendeeForm(a, self.directory, place, called=m.called),
                                id="list-attendees")
                yield Label(keys_line(LIST_KEYS), classes="edit-hint")
            with TabPane(TAB_LABELS["arenden"], id="arenden"):
                yield EntryList(m.items, noun="ett ärende", describe=describe_item,
                                form=lambda i, place: ItemForm(i, self.directory, self.areas, place=place),
                                id="list-items")
                yield Label(keys_line(LIST_KEYS), classes="edit-hint")
            with TabPane(TAB_LABELS["lagesbild"], id="lagesbild"):
                with VerticalScroll(id="risk-pane", can_focus=False):
                    risk = m.risk or RiskPicture()
                    yield Field("Period", risk.period or "", check=period_error,
                                placeholder="ÅÅÅÅ-MM (tomt om okänd)", id="r-period")
                    source = self.store.council.risk_source or "Länsstyrelsen"
                    yield Field("Källa", risk.source or "", placeholder=f"t.ex. {source}", id="r-source")
                    choices = level_choices(self.store.council.levels)
                    self.pickers = [LevelPicker(area, risk.areas.get(area), choices, id=f"r-area-{n}")
                                    for n, area in enumerate(self.areas)]
                    for picker in self.pickers:
                        with Horizontal(classes="select-row"):
                            yield Label(picker.area, classes="area-label", markup=False)
                            yield picker
                    keys = ", ".join(f"{c.letter} {c.word}" for c in choices)
                    yield Label(f"Nivå: Enter visar listan, eller en bokstav: {keys}.", classes="edit-hint")
            with TabPane(TAB_LABELS["uppfoljning"], id="uppfoljning"):
                yield FollowUpList(m.followups, self.followup_log, noun="en uppföljning",
                                   describe=self.describe_followup, form=self.followup_form, id="list-followups")
                yield Static(id="followup-card")  # the highlighted follow-up whole, when the list is narrow
                yield Label(keys_line(FOLLOWUP_KEYS), classes="edit-hint")
                yield Label(keys_line(LIST_KEYS), classes="edit-hint")
            with TabPane(TAB_LABELS["tidplan"], id="tidplan"):
                yield EntryList(m.schedule, noun="ett möte i tidplanen", describe=describe_schedule,
                                form=ScheduleForm, id="list-schedule")
                yield Label(keys_line(LIST_KEYS), classes="edit-hint")
            with TabPane(TAB_LABELS["ovrigt"], id="ovrigt"):
                yield EntryList(m.other, noun="en övrig fråga", describe=describe_item,
                                form=lambda i, place: ItemForm(i, self.directory, self.areas, "Övrig fråga",
                                                               place),
                                id="list-other")
                yield Label(keys_line(LIST_KEYS), classes="edit-hint")
        yield bra_footer(self.FOOTER_STAND_INS)

    def followup_form(self, followup: FollowUp | None, place: Place[FollowUp]) -> FollowUpForm:
        """The form for a follow-up, knowing the ids already used in this meeting."""
        taken = {f.id for f in self.meeting.followups}
        return FollowUpForm(followup, self.directory, self.areas, self.followup_log, taken, place)

    @property
    def narrow(self) -> bool:
        """Whether the follow-ups are too cramped on one line each: the list names them, a card shows one whole."""
        return 0 < self.size.width < CARD_BELOW_WIDTH

    def describe_followup(self, f: FollowUp) -> str:
        """A follow-up's entry in the list: all it says, or, when narrow, its state and title (the card the rest)."""
        return describe_briefly(f) if self.narrow else describe_followup(f, self.directory)

    def show_followup_card(self) -> None:
        """The highlighted follow-up whole under the list, when the list is narrow."""
        try:
            followups = self.query_one("#list-followups", FollowUpList)
            card = self.query_one("#followup-card", Static)
        except NoMatches:
            return
        index = followups.current
        shown = self.narrow and index is not None
        card.set_class(shown, "shown")
        if shown and index is not None:
            followup = followups.entries[index]
            due = due_date(followup, self.meeting.date, self.store.meeting_dates())
            card.update(followup_card(followup, self.directory, due))
        else:
            card.update("")

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """↑ ↓ in the follow-ups: the card follows the highlighted one."""
        if event.option_list.id == "list-followups":
            self.show_followup_card()

    def on_resize(self, event: events.Resize) -> None:
        """Another width: the follow-ups listed whole, or by title with the card under them."""
        narrow = self.narrow
        if narrow != self._followups_narrow:
            self._followups_narrow = narrow
            try:
                self.query_one("#list-followups", FollowUpList).rebuild()
            except NoMatches:
                return
        self.show_followup_card()

    def on_entry_list_changed(self, event: EntryList.Changed) -> None:
        """An entry of one of the lists changed (the card shows a follow-up as it now is)."""
        self.take_stock()
        self.show_followup_card()

    def on_mount(self) -> None:
        """Show the status and keep it current: it follows the reactive state of the edits."""
        for name in ("heading", "unsaved", "invalid", "disk_changed", "saving", "reloaded"):
            self.watch(self, name, self.show_status, init=False)
        self.remember_filled()
        self.take_stock()
        self.show_status()
        follow_width(self.query_one(Tabs))  # at another width the tabs may take more rows, or fewer
        if self.draft is not None:
            if self.draft.problem:
                self.notify(self.draft.problem, severity="warning", timeout=10)
            if self.draft.unfinished:
                self.call_after_refresh(self.restore_unfinished, self.draft.unfinished)

    def restore_unfinished(self, unfinished: drafts.Unfinished) -> None:
        """Put back what a draft kept beside its meeting: the texts of the fields here, each with its reason when
        it is wrong, and the forms that were open, each filled in where it was (the tab of its list shown)."""
        fields = {f.id: f for f in self.query(Field) if f.id}
        for key, text in unfinished.texts.items():
            if key in fields:
                fields[key].restore(text)
        target = next((e for e in self.query(EntryList) if e.id == unfinished.forms[0].in_list), None) \
            if unfinished.forms else None
        if target is None:
            self.restored()
            if unfinished.forms:
                self.notify("Ett formulär som var öppet i utkastet hör inte till någon lista här och öppnas inte "
                            "igen.", severity="warning", timeout=10)
        else:
            pane = next((a for a in target.ancestors if isinstance(a, TabPane)), None)
            if pane is not None and pane.id:
                self.query_one(TabbedContent).active = pane.id
            target.focus()
            target.reopen(unfinished.forms, self.restored)
        if unfinished.texts:
            self.read_fields()
            self.show_cross()
        self.take_stock()

    # Status ---------------------------------------------------------------------------------

    def show_status(self) -> None:
        """The title line: which meeting, and whether there are unsaved changes or a change on disk."""
        parts = [self.heading]
        if self.saving:
            parts.append("Sparar …")
        elif self.unsaved:
            parts.append("● Osparade ändringar")
        elif self.reloaded:
            parts.append("Inläst från disken")
        elif self.saved_once:
            parts.append("Sparat")
        elif not self.new:
            parts.append("Inga ändringar")
        shown = sum(1 for f in self.own_fields().values() if f.has_class("invalid"))  # reasons shown, none while typed
        if shown:
            parts.append(f"✗ {shown} fel")
        if self.disk_changed:
            parts.append("⚠ Filen har ändrats på disken")
        self.sub_title = f"{self.heading} ●" if self.unsaved else self.heading
        if parts != self._status_shown:  # an update lays the whole screen out again: not on every keystroke
            self._status_shown = parts
            self.query_one("#edit-status", Static).update(hint_line(parts))

    # Time, place and risk fields ------------------------------------------------------------

    def on_input_changed(self, event: Input.Changed) -> None:
        """Take a typed value into the meeting when it is valid; remember the reason when not."""
        field = next((a for a in event.input.ancestors if isinstance(a, Field)), None)
        if field is None or field.id is None or not field.id.startswith(("m-", "r-")):
            return
        self.read_fields()
        self.take_stock()

    def on_input_blurred(self, event: Input.Blurred) -> None:
        """A field just left is judged (Field): show an end before the start too, and count the reasons in the
        status line."""
        self.show_cross()
        self.show_status()

    def show_cross(self) -> None:
        """Show under Slut when it is before Start, once Slut is judged (the user left it or the field it is
        measured against, or it opened with a value)."""
        fields = {f.id: f for f in self.query(Field) if f.id in ("m-start", "m-end")}
        if len(fields) == 2 and fields["m-end"].judged:
            fields["m-end"].show_reason(range_error(fields["m-start"].value, fields["m-end"].value))

    def remember_filled(self) -> None:
        """Keep what each field shows as it is filled from the meeting (changed() measures against it)."""
        self.filled_texts = {f.id: f.value for f in self.query(Field) if f.id}

    def changed(self, field: Field) -> bool:
        """Whether a field shows another text than it was filled with from the meeting."""
        return field.value != self.filled_texts.get(field.id or "", field.initial)

    def read_fields(self) -> None:
        """The time, place and risk fields into the meeting, keeping the reasons of those that are wrong."""
        fields = self.own_fields()
        if not fields:
            return
        invalid = {key: f.error for key, f in fields.items() if f.error}
        start, end = fields["m-start"].value, fields["m-end"].value
        cross = range_error(start, end)
        if fields["m-end"].has_class("invalid"):  # one put right goes while typed; a new one waits (show_cross)
            fields["m-end"].show_reason(cross)
        if cross and "m-end" not in invalid:
            invalid["m-end"] = cross
        m = self.meeting
        if "m-date" not in invalid:
            m.date = parse_date(fields["m-date"].value) or m.date
        if not cross:
            if "m-start" not in invalid:
                m.start = parse_time(start)
            if "m-end" not in invalid:
                m.end = parse_time(end)

        filled = self.filled_from

        def text(key: str, held: str | None) -> str | None:
            """A field's text as the meeting keeps it; the value it was filled with while it shows that unchanged (a
            value with trailing spaces or a line break is not changed by typing in another field)."""
            return (fields[key].value.strip() or None) if self.changed(fields[key]) else held

        m.place = text("m-place", filled.place)
        m.case_number = text("m-case-number", filled.case_number)
        if "m-issued" not in invalid:
            m.issued = parse_date(fields["m-issued"].value)
        if "m-adjusting-date" not in invalid:
            m.adjusting_date = parse_date(fields["m-adjusting-date"].value)

        def person(key: str, held: str | None) -> str | None:
            """A field of one person's name as the meeting keeps it: a short form of a known person's name whole."""
            if not self.changed(fields[key]):
                return held
            typed = fields[key].value.strip()
            known = self.directory.resolve(typed).person if typed else None
            return known.name if known is not None else typed or None

        m.chair = person("m-chair", filled.chair)
        m.secretary = person("m-secretary", filled.secretary)
        m.adjusters = whole_names(self.directory, fields["m-adjusters"].value) if self.changed(fields["m-adjusters"]) \
            else list(filled.adjusters)
        m.adjusting_place = text("m-adjusting-place", filled.adjusting_place)
        self.invalid = invalid
        self.read_risk()

    def read_risk(self) -> None:
        """The risk picture from its fields; no picture when nothing is given."""
        fields = {key: f for key, f in self.own_fields().items() if key in ("r-period", "r-source")}
        if len(fields) < 2:
            return
        risk = copy.deepcopy(self.meeting.risk) if self.meeting.risk else RiskPicture()
        if fields["r-period"].error is None:  # a wrong one stays in its field (and in a draft: unheld_texts)
            risk.period = fields["r-period"].value.strip() or None
        risk.source = fields["r-source"].value.strip() or None if self.changed(fields["r-source"]) else \
            (self.filled_from.risk.source if self.filled_from.risk else None)
        for picker in self.pickers:  # held since compose: a query per area would walk the screen once for each
            if picker.level != NOT_REPORTED:
                risk.areas[picker.area] = picker.level
            else:
                risk.areas.pop(picker.area, None)
        empty = risk.period is None and risk.source is None and not risk.areas and not risk.extra
        self.meeting.risk = None if empty else risk

    def on_level_picker_changed(self, _event: LevelPicker.Changed) -> None:
        """A risk level chosen."""
        self.read_risk()
        self.take_stock()

    def on_select_changed(self, event: Select.Changed) -> None:
        """The document's kind chosen."""
        if event.select.id == "m-document":
            value = event.select.value
            self.meeting.document = value if isinstance(value, str) else None
            self.take_stock()

    # Tabs -----------------------------------------------------------------------------------

    def action_tab(self, tab: str) -> None:
        """Show a tab and go into it."""
        self.query_one(TabbedContent).active = tab
        self.focus_tab(tab)  # now, not after a refresh: keys typed right behind go into the new tab

    def action_digit_tab(self, tab: str) -> None:
        """A digit: show that tab. The focus lands where the next digit changes tab again, never in a text field:
        on the row of tabs it stays there (↓ goes in); from a list it goes to the new tab's list, else to the row."""
        tabbed = self.query_one(TabbedContent)
        tabbed.active = tab
        if isinstance(self.focused, Tabs):
            return
        lists = [w for w in self.query_one(f"#{tab}", TabPane).query(EntryList) if w.focusable]
        (lists[0] if lists else tabbed.query_one(Tabs)).focus()

    def _shown_list(self) -> EntryList[Any] | None:
        """The list of the tab shown (its first), None when the tab has none."""
        pane = self.query_one(f"#{self.query_one(TabbedContent).active}", TabPane)
        return next((w for w in pane.query(EntryList) if w.focusable), None)

    def action_add_from_tabs(self) -> None:
        """a on the row of tabs: into the shown tab's list and a new entry there, as ↓ then a."""
        entries = self._shown_list()
        if entries is not None:
            entries.focus()
            entries.action_add()

    def action_step_tab(self, step: int) -> None:
        """The next (1) or previous (-1) tab, going round."""
        if self.app.screen is not self:
            return
        current = self.query_one(TabbedContent).active
        index = TABS.index(current) if current in TABS else 0
        self.action_tab(TABS[(index + step) % len(TABS)])

    def show_field(self, key: str) -> None:
        """Go to a time, place or risk field by id (m-… on Tid, r-… on Lägesbild)."""
        self.action_tab("tid" if key.startswith("m-") else "lagesbild")
        self.query_one(f"#{key}", Field).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """↓ and Enter go into a tab only from the row of tabs; elsewhere they are the widget's own."""
        if action == "into_tab":
            return isinstance(self.focused, Tabs)
        if action == "add_from_tabs":  # on the row of tabs, over a tab with a list
            return isinstance(self.focused, Tabs) and self._shown_list() is not None
        if action == "step_field":
            return self._in_form()
        return True

    def _in_form(self) -> bool:
        """Whether the focus is on a field of a tab (a text field, a choice or an area's level), where ↑ ↓ move
        between them."""
        return isinstance(self.focused, LevelPicker) or steps_between_fields(self.focused)

    def action_step_field(self, step: int) -> None:
        """↓ to the next field (or area), ↑ to the one before (from the first, back to the row of tabs)."""
        if step > 0:
            self.focus_next()
        else:
            self.focus_previous()

    def action_into_tab(self) -> None:
        """From the row of tabs into the shown tab's first field or list."""
        self.focus_tab(self.query_one(TabbedContent).active)

    def focus_tab(self, tab: str) -> None:
        """Focus the first thing to edit in a tab."""
        pane = self.query_one(f"#{tab}", TabPane)
        for widget in pane.query("Input, OptionList, Select, LevelPicker"):
            if widget.focusable:
                widget.focus()
                return

    def held_texts(self) -> dict[str, str]:
        """The text of each time, place and risk field as the meeting holds it, by field id."""
        m = self.meeting
        return {"m-date": m.date.isoformat(), "m-start": format_time(m.start), "m-end": format_time(m.end),
                "m-place": m.place or "", "m-issued": m.issued.isoformat() if m.issued else "",
                "m-case-number": m.case_number or "",
                "m-chair": m.chair or "", "m-secretary": m.secretary or "", "m-adjusters": ", ".join(m.adjusters),
                "m-adjusting-date": m.adjusting_date.isoformat() if m.adjusting_date else "",
                "m-adjusting-place": m.adjusting_place or "", "r-period": (m.risk.period if m.risk else None) or "",
                "r-source": (m.risk.source if m.risk else None) or ""}

    def unheld_texts(self) -> dict[str, str]:
        """The time, place and risk fields whose text the meeting does not hold (a wrong one: "25:99"), by id."""
        held = self.held_texts()
        return {key: f.value for key, f in self.own_fields().items() if key in held and f.value != held[key]}

    def refill(self) -> None:
        """Put the meeting (read again) into every field and list."""
        m = self.meeting
        self.filled_from = copy.deepcopy(m)
        self.filled_texts = {}
        with self.prevent(Input.Changed, LevelPicker.Changed, Select.Changed):
            for key, value in self.held_texts().items():
                field = self.query_one(f"#{key}", Field)
                field.value = value
                field.show_reason()
            self.query_one("#m-document", Select).value = m.document or Select.NULL
            self.remember_filled()
            for picker in self.pickers:
                picker.set_level((m.risk.areas.get(picker.area) if m.risk else None) or NOT_REPORTED)
        lists: dict[str, list] = {"list-attendees": m.attendees, "list-items": m.items,
                                  "list-followups": m.followups, "list-schedule": m.schedule, "list-other": m.other}
        for key, entries in lists.items():
            self.query_one(f"#{key}", EntryList).set_entries(entries)
        self.invalid = {}

    # Leaving --------------------------------------------------------------------------------

    def action_leave(self) -> None:
        """Escape: back to where editing started, the way every screen is left (guard.leave): asks first when
        something is unsaved (leaving throws the draft away), and waits for a save under way."""
        leave(self.app, [self])
