"""Redigera: one meeting edited with the keyboard and saved without losing anyone's work."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Label, Select, Static, TabbedContent, TabPane

from brå_tui import drafts
from brå_tui.model import Attendee, FollowUp, Item, Meeting, RiskPicture, ScheduleEntry, Store
from brå_tui.questions.actionlog import LogEntry, build_log
from brå_tui.questions.people import Directory
from brå_tui.store.paths import free_meeting_path
from brå_tui.store.read import read_meeting
from brå_tui.store.save import BrokenFileError, ConflictError, MeetingDocument, SaveError, fingerprint
from brå_tui.store.watch import stamp
from brå_tui.tui.editing.dialogs import ConflictDialog, PickDialog
from brå_tui.tui.editing.entrylist import EntryList, FormFactory
from brå_tui.tui.editing.fields import Field
from brå_tui.tui.editing.forms import AttendeeForm, FollowUpForm, ItemForm, ScheduleForm
from brå_tui.tui.editing.savenote import save_message
from brå_tui.tui.screens.base import StoreWritten
from brå_tui.tui.screens.confirm import ConfirmScreen
from brå_tui.validate import (
    LEVEL_NAMES,
    STATE_NAMES,
    date_error,
    format_time,
    parse_date,
    parse_time,
    period_error,
    range_error,
    time_error,
)
from brå_tui.views.format import time_span

TABS = ["tid", "narvarande", "arenden", "lagesbild", "uppfoljning", "tidplan", "ovrigt"]
NOT_REPORTED = "ej"
LIST_KEYS = "a ny · Enter ändra · d ta bort · u/y upp/ner · ctrl+s spara · ctrl+n/ctrl+o flik"
FOLLOWUP_KEYS = "k klar · s stryk · o öppna igen · l länka till en tidigare (samma id)"


def describe_attendee(a: Attendee) -> str:
    """An attendee on one line."""
    extra = [x for x in (a.party, a.title, a.org, a.role) if x]
    return a.name + (f" ({', '.join(extra)})" if extra else "")


def describe_item(i: Item) -> str:
    """An item on one line."""
    extra = []
    if i.presenters:
        extra.append(", ".join(i.presenters))
    if i.decisions:
        extra.append(f"{len(i.decisions)} beslut")
    if i.confidential:
        extra.append("sekretess")
    return i.title + (f" ({'; '.join(extra)})" if extra else "")


def describe_followup(f: FollowUp) -> str:
    """A follow-up on one line, its state in words."""
    owners = f" – {', '.join(f.owners)}" if f.owners else ""
    return f"[{STATE_NAMES.get(f.state, f.state)}] {f.title}{owners}"


def describe_schedule(s: ScheduleEntry) -> str:
    """A schedule entry on one line."""
    span = time_span(s.start, s.end)
    return " ".join(x for x in (s.date.isoformat(), span, s.place or "") if x)


class FollowUpList(EntryList[FollowUp]):
    """Follow-ups, with keys for their life: done, dropped, reopened, linked to an earlier one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("k", "state('done')", "Klar", id="followups.done"),
        Binding("s", "state('dropped')", "Stryk", id="followups.drop"),
        Binding("o", "state('open')", "Öppna", tooltip="Öppna igen", id="followups.reopen"),
        Binding("l", "link", "Länka", tooltip="Länka till en tidigare uppföljning (samma id)", id="followups.link"),
    ]

    def __init__(self, entries: list[FollowUp], log: list[LogEntry], *, noun: str,
                 describe: Callable[[FollowUp], str], form: FormFactory[FollowUp], id: str | None = None) -> None:
        super().__init__(entries, noun=noun, describe=describe, form=form, id=id)
        self.followup_log = log  # the earlier follow-ups a follow-up may be linked to

    def action_state(self, state: str) -> None:
        """Mark the follow-up under the cursor done, dropped or open again."""
        index = self.current
        if index is None:
            return
        followup = self.entries[index]
        if followup.state != state:
            followup.state = state
            self._changed(index)
        self.app.notify(f"{followup.title}: {STATE_NAMES[state]}")

    def action_link(self) -> None:
        """Give the follow-up under the cursor the id of an earlier one (the same item in the log)."""
        index = self.current
        if index is None:
            return
        taken = {f.id for n, f in enumerate(self.entries) if n != index}
        choices = [(f"{e.id} — {e.title} ({e.last_key})", e) for e in self.followup_log if e.id not in taken]

        def chosen(entry: LogEntry | None) -> None:
            if entry is not None and entry.id != self.entries[index].id:
                self.entries[index].id = entry.id
                self._changed(index)
                self.app.notify(f"Länkad till {entry.id}")

        self.app.push_screen(PickDialog("Länka till en tidigare uppföljning (samma id)", choices), chosen)


class EditMeetingScreen(Screen[None]):
    """Every field of one meeting, changed with the keyboard; ctrl+s saves through the layout-keeping document."""

    CSS_PATH = "editing.tcss"
    AUTO_FOCUS = "#m-date Input"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Spara", id="edit.save"),
        Binding("escape", "leave", "Tillbaka", id="edit.leave"),
        Binding("ctrl+n", "step_tab(1)", "Nästa flik", priority=True, show=False, id="edit.next_tab"),
        Binding("ctrl+o", "step_tab(-1)", "Förra flik", priority=True, show=False, id="edit.previous_tab"),
        *[Binding(str(n + 1), f"tab('{tab}')", f"Flik {n + 1}", show=False, id=f"edit.tab{n + 1}")
          for n, tab in enumerate(TABS)],
    ]

    # What the title line shows; a change to any of them redraws it (see on_mount).
    heading: reactive[str] = reactive("", repaint=False, init=False)  # which meeting: "Redigera 2024-11-15"
    unsaved: reactive[bool] = reactive(False, repaint=False, init=False)  # has_unsaved(), as last looked at
    invalid: reactive[dict[str, str]] = reactive(dict, repaint=False, init=False)  # field id → why it is wrong
    disk_changed: reactive[bool] = reactive(False, repaint=False, init=False)  # someone else changed the file
    saving: reactive[bool] = reactive(False, repaint=False, init=False)  # a save is running beside the screen

    class SaveEnded(Message):
        """A save running beside the screen has ended.

        saved is the meeting as it was when the save began; conflict is true when someone else had
        changed the file (nothing was written); error is a Swedish sentence when the file could not be
        written.
        """

        def __init__(self, saved: Meeting, *, conflict: bool = False, error: str | None = None) -> None:
            super().__init__()
            self.saved = saved
            self.conflict = conflict
            self.error = error

    def __init__(self, store: Store, meeting: Meeting, document: MeetingDocument | None, *,
                 new: bool = False, draft: drafts.Draft | None = None, baseline: Meeting | None = None) -> None:
        super().__init__()
        self.store = store
        self.meeting = meeting
        self.document = document
        self.new = new
        self.draft = draft
        self.baseline = copy.deepcopy(baseline if baseline is not None else meeting)
        self.saved_once = False
        self.base_mismatch = draft is not None and document is not None and \
            (draft.base is None or draft.base != _print(document))
        self.disk_stamp = stamp(document.path) if document is not None else None
        self._directory: Directory | None = None
        self._log: list[LogEntry] | None = None

    # What the screen knows ------------------------------------------------------------------

    @property
    def directory(self) -> Directory:
        """Everyone the store knows, for completion and name resolution."""
        if self._directory is None:
            self._directory = Directory.from_store(self.store)
        return self._directory

    @property
    def followup_log(self) -> list[LogEntry]:
        """The action log over the store, for linking follow-ups."""
        if self._log is None:
            self._log = build_log(self.store)
        return self._log

    @property
    def areas(self) -> list[str]:
        """The council's risk areas, then any others this meeting uses."""
        known = list(self.store.council.areas)
        extra = [a for a in (self.meeting.risk.areas if self.meeting.risk else {}) if a not in known]
        return known + extra

    @property
    def path(self) -> Path | None:
        """The file being edited (None for a new meeting not yet saved)."""
        return self.document.path if self.document is not None and not self.new else self.meeting.path

    def has_unsaved(self) -> bool:
        """Whether anything typed here is not yet in the file."""
        if self.new and not self.saved_once:
            return True
        return bool(self.invalid) or self.meeting != self.baseline

    # Layout ---------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        """A status line, the tabs, and the footer with the keys."""
        yield Header(icon="≡")
        yield Static("", id="edit-status", markup=False)
        m = self.meeting
        with TabbedContent(id="edit-tabs"):
            with TabPane("Tid", id="tid"):
                with VerticalScroll():
                    yield Field("Datum", m.date.isoformat(), check=date_error, placeholder="ÅÅÅÅ-MM-DD",
                                id="m-date")
                    yield Field("Start", format_time(m.start), check=time_error, placeholder="TT:MM", id="m-start")
                    yield Field("Slut", format_time(m.end), check=time_error, placeholder="TT:MM", id="m-end")
                    yield Field("Plats", m.place or "", placeholder="rum och byggnad", id="m-place")
                    yield Label("Flikar: ctrl+n nästa, ctrl+o förra; 1–7 utanför textfält. ctrl+s sparar.",
                                classes="edit-hint")
            with TabPane("Närvarande", id="narvarande"):
                yield EntryList(m.attendees, noun="en närvarande", describe=describe_attendee,
                                form=lambda a, deliver: AttendeeForm(a, self.directory, deliver),
                                id="list-attendees")
                yield Label(LIST_KEYS, classes="edit-hint")
            with TabPane("Ärenden", id="arenden"):
                yield EntryList(m.items, noun="ett ärende", describe=describe_item,
                                form=lambda i, deliver: ItemForm(i, self.directory, self.areas, deliver=deliver),
                                id="list-items")
                yield Label(LIST_KEYS, classes="edit-hint")
            with TabPane("Lägesbild", id="lagesbild"):
                with VerticalScroll(id="risk-pane"):
                    risk = m.risk or RiskPicture()
                    yield Field("Period", risk.period or "", check=period_error,
                                placeholder="ÅÅÅÅ-MM (tomt om okänd)", id="r-period")
                    source = self.store.council.risk_source or "Länsstyrelsen"
                    yield Field("Källa", risk.source or "", placeholder=f"t.ex. {source}", id="r-source")
                    for n, area in enumerate(self.areas):
                        with Horizontal(classes="select-row"):
                            yield Label(area, classes="area-label", markup=False)
                            yield Select(self.level_options(), value=risk.areas.get(area, NOT_REPORTED),
                                         allow_blank=False, compact=True, id=f"r-area-{n}")
            with TabPane("Uppföljning", id="uppfoljning"):
                yield FollowUpList(m.followups, self.followup_log, noun="en uppföljning", describe=describe_followup,
                                   form=self.followup_form, id="list-followups")
                yield Label(FOLLOWUP_KEYS, classes="edit-hint")
                yield Label(LIST_KEYS, classes="edit-hint")
            with TabPane("Tidplan", id="tidplan"):
                yield EntryList(m.schedule, noun="ett möte i tidplanen", describe=describe_schedule,
                                form=ScheduleForm, id="list-schedule")
                yield Label(LIST_KEYS, classes="edit-hint")
            with TabPane("Övrigt", id="ovrigt"):
                yield EntryList(m.other, noun="en övrig fråga", describe=describe_item,
                                form=lambda i, deliver: ItemForm(i, self.directory, self.areas, "Övrig fråga",
                                                                 deliver),
                                id="list-other")
                yield Label(LIST_KEYS, classes="edit-hint")
        yield Footer()

    @staticmethod
    def level_options() -> list[tuple[str, str]]:
        """The levels a risk area can be given, in words (never colour alone)."""
        return [*((name, key) for key, name in LEVEL_NAMES.items()), ("ej rapporterad", NOT_REPORTED)]

    def followup_form(self, followup: FollowUp | None, deliver: Callable[[FollowUp], None]) -> FollowUpForm:
        """The form for a follow-up, knowing the ids already used in this meeting."""
        taken = {f.id for f in self.meeting.followups}
        return FollowUpForm(followup, self.directory, self.areas, self.followup_log, taken, deliver)

    def on_entry_list_changed(self, event: EntryList.Changed) -> None:
        """An entry of one of the lists changed."""
        self.take_stock()

    def on_mount(self) -> None:
        """Show the status, keep it current, and keep an eye on the file."""
        for name in ("heading", "unsaved", "invalid", "disk_changed", "saving"):
            self.watch(self, name, self.show_status, init=False)
        self.take_stock()
        self.show_status()
        self.set_interval(2.0, self.check_disk)
        if self.base_mismatch:
            self.notify("Filen har ändrats sedan utkastet skrevs; när du sparar får du välja vad som gäller.",
                        severity="warning", timeout=8)

    # Status ---------------------------------------------------------------------------------

    def take_stock(self) -> None:
        """After the meeting changed here: which meeting it is and whether it differs from the file (the title
        line follows through the reactive attributes)."""
        self.heading = f"Nytt möte {self.meeting.date}" if self.new and not self.saved_once \
            else f"Redigera {self.key_text()}"
        self.unsaved = self.has_unsaved()

    def show_status(self) -> None:
        """The title line: which meeting, and whether there are unsaved changes or a change on disk."""
        parts = [self.heading]
        if self.saving:
            parts.append("Sparar …")
        elif self.unsaved:
            parts.append("● Osparade ändringar")
        else:
            parts.append("Sparat")
        if self.invalid:
            parts.append(f"✗ {len(self.invalid)} fel")
        if self.disk_changed:
            parts.append("⚠ Filen har ändrats på disken")
        self.sub_title = f"{self.heading} ●" if self.unsaved else self.heading
        self.query_one("#edit-status", Static).update(" · ".join(parts))

    def key_text(self) -> str:
        """The meeting's name (its file stem) for the title."""
        return self.path.stem if self.path is not None else self.meeting.date.isoformat()

    # Time, place and risk fields ------------------------------------------------------------

    def on_input_changed(self, event: Input.Changed) -> None:
        """Take a typed value into the meeting when it is valid; remember the reason when not."""
        field = next((a for a in event.input.ancestors if isinstance(a, Field)), None)
        if field is None or field.id is None or not field.id.startswith(("m-", "r-")):
            return
        self.read_fields()
        self.take_stock()

    def read_fields(self) -> None:
        """The time, place and risk fields into the meeting, keeping the reasons of those that are wrong."""
        fields = {f.id: f for f in self.query(Field) if f.id and f.id.startswith(("m-", "r-"))}
        if not fields:
            return
        invalid = {key: f.error for key, f in fields.items() if f.error}
        start, end = fields["m-start"].value, fields["m-end"].value
        cross = range_error(start, end)
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
        m.place = fields["m-place"].value.strip() or None
        self.invalid = invalid
        self.read_risk()

    def read_risk(self) -> None:
        """The risk picture from its fields; no picture when nothing is given."""
        fields = {f.id: f for f in self.query(Field) if f.id in ("r-period", "r-source")}
        if len(fields) < 2:
            return
        risk = copy.deepcopy(self.meeting.risk) if self.meeting.risk else RiskPicture()
        risk.period = fields["r-period"].value.strip() or None
        risk.source = fields["r-source"].value.strip() or None
        for n, area in enumerate(self.areas):
            selects = self.query(f"#r-area-{n}")
            if not selects:
                continue
            value = selects.first(Select).value
            if value in LEVEL_NAMES:
                risk.areas[area] = str(value)
            else:
                risk.areas.pop(area, None)
        empty = risk.period is None and risk.source is None and not risk.areas and not risk.extra
        self.meeting.risk = None if empty else risk

    def on_select_changed(self, event: Select.Changed) -> None:
        """A risk level chosen."""
        if event.select.id and event.select.id.startswith("r-area-"):
            self.read_risk()
            self.take_stock()

    # Tabs -----------------------------------------------------------------------------------

    def action_tab(self, tab: str) -> None:
        """Show a tab and go into it."""
        self.query_one(TabbedContent).active = tab
        self.focus_tab(tab)  # now, not after a refresh: keys typed right behind go into the new tab

    def action_step_tab(self, step: int) -> None:
        """The next (1) or previous (-1) tab, going round."""
        if self.app.screen is not self:
            return
        current = self.query_one(TabbedContent).active
        index = TABS.index(current) if current in TABS else 0
        self.action_tab(TABS[(index + step) % len(TABS)])

    def focus_tab(self, tab: str) -> None:
        """Focus the first thing to edit in a tab."""
        pane = self.query_one(f"#{tab}", TabPane)
        for widget in pane.query("Input, OptionList, Select"):
            if widget.focusable:
                widget.focus()
                return

    # Saving ---------------------------------------------------------------------------------

    def action_save(self) -> None:
        """Write the meeting to its file (ctrl+s); refused while a field is wrong; a conflict asks what to do."""
        self.read_fields()
        self.take_stock()
        if self.invalid:
            key, reason = next(iter(self.invalid.items()))
            self.notify(f"Kan inte spara: {reason}", title="Fel i formuläret", severity="error")
            self.action_tab("tid" if key.startswith("m-") else "lagesbild")
            self.query_one(f"#{key}", Field).focus()
            return
        if self.saving:
            return
        if self.base_mismatch:
            self.ask_conflict()
            return
        if self.document is None or (self.new and not self.saved_once):
            target = free_meeting_path(self.store.root, self.meeting.date)
            try:
                self.document = MeetingDocument.open(target)
            except BrokenFileError as err:  # a file put at that name meanwhile is never written over
                self.notify(f"{err} Dina ändringar finns kvar här.", severity="error", timeout=10)
                return
        self.start_save()

    def start_save(self, force: bool = False) -> None:
        """Save beside the screen: writing and the git commit (which may wait seconds for git) never freeze it."""
        assert self.document is not None
        self.document.apply(self.meeting)
        self.saving = True
        self.save_document(self.document, copy.deepcopy(self.meeting), force)

    @work(thread=True, group="save")
    def save_document(self, document: MeetingDocument, saved: Meeting, force: bool) -> None:
        """Write the file and commit it where the store is kept in git; SaveEnded tells how it went."""
        try:
            document.save(force=force)
        except ConflictError:
            self.post_message(self.SaveEnded(saved, conflict=True))
        except SaveError as err:  # a full disk, a read-only store: the edits stay on screen
            self.post_message(self.SaveEnded(saved, error=f"{err} Dina ändringar finns kvar här."))
        else:
            self.post_message(self.SaveEnded(saved))

    def on_edit_meeting_screen_save_ended(self, message: SaveEnded) -> None:
        """The save has ended: show how it went; edits made meanwhile stay unsaved."""
        self.saving = False
        if message.conflict:
            self.ask_conflict()
        elif message.error is not None:
            self.notify(message.error, severity="error", timeout=10)
        else:
            self.after_save(message.saved)

    def after_save(self, saved: Meeting) -> None:
        """The file holds saved (the meeting as the save began): forget drafts, tell the app, update the title."""
        assert self.document is not None
        self.meeting.path = self.document.path
        saved.path = self.document.path
        self.saved_once = True
        self.new = False
        self.base_mismatch = False
        self.disk_changed = False
        self.disk_stamp = stamp(self.document.path)
        self.baseline = saved
        if self.draft is not None:
            drafts.discard_draft(self.draft)
            self.draft = None
        message, severity = save_message(self.document, self.store.root)
        self.notify(message, severity=severity, timeout=10 if severity == "warning" else 5)
        if not self.document.path.stem.startswith(self.meeting.date.isoformat()):
            self.notify(f"Filen heter fortfarande {self.document.path.name}; datumet i filen "
                        f"({self.meeting.date}) gäller, och bra check påpekar skillnaden.", severity="warning")
        self.take_stock()
        self.post_message(StoreWritten())

    def ask_conflict(self) -> None:
        """Someone else saved the file: reload, overwrite or keep mine as a draft — never silently lose."""
        name = str(self.document.path if self.document else self.meeting.path)
        self.app.push_screen(ConflictDialog(name), self.resolve_conflict)

    def resolve_conflict(self, choice: str | None) -> None:
        """Do what was chosen in the conflict dialog."""
        if choice == "reload":
            self.reload_from_disk()
        elif choice == "overwrite":
            self.start_save(force=True)
        elif choice == "draft":
            file = self.write_draft()
            self.reload_from_disk()
            self.notify(f"Dina ändringar finns kvar som utkast ({file.name}); de erbjuds nästa gång bra startar.",
                        timeout=10)

    def write_draft(self) -> Path:
        """Keep the meeting as it is here in a recovery draft."""
        path = None if self.new and not self.saved_once else self.path
        base = _print(self.document) if self.document is not None and path is not None else None
        if self.draft is not None and self.draft.base and self.base_mismatch:
            base = self.draft.base
        return drafts.save_draft(self.store.root, self.meeting, path, base=base, new=path is None)

    def reload_from_disk(self) -> None:
        """Throw away the edits here and show the meeting as the file holds it now."""
        path = self.path
        if path is None:
            return
        try:
            document = MeetingDocument.open(path)
        except BrokenFileError as err:
            self.notify(f"Filen går inte att läsa och kan inte redigeras: {err}", severity="error", timeout=10)
            return
        meeting, _ = read_meeting(path) if path.exists() else (None, [])
        if meeting is None:
            self.notify(f"{path.name} finns inte längre eller går inte att läsa.", severity="error")
            return
        self.document = document
        self.meeting = meeting
        self.baseline = copy.deepcopy(meeting)
        self.base_mismatch = False
        self.disk_changed = False
        self.disk_stamp = stamp(path)
        if self.draft is not None:
            self.draft = None
        self.refill()
        self.take_stock()

    def refill(self) -> None:
        """Put the meeting (read again) into every field and list."""
        m = self.meeting
        values = {"m-date": m.date.isoformat(), "m-start": format_time(m.start), "m-end": format_time(m.end),
                  "m-place": m.place or "", "r-period": (m.risk.period if m.risk else None) or "",
                  "r-source": (m.risk.source if m.risk else None) or ""}
        with self.prevent(Input.Changed, Select.Changed):
            for key, value in values.items():
                field = self.query_one(f"#{key}", Field)
                field.value = value
                field.show_reason()
            for n, area in enumerate(self.areas):
                for select in self.query(f"#r-area-{n}").results(Select):
                    select.value = (m.risk.areas.get(area) if m.risk else None) or NOT_REPORTED
        lists: dict[str, list] = {"list-attendees": m.attendees, "list-items": m.items,
                                  "list-followups": m.followups, "list-schedule": m.schedule, "list-other": m.other}
        for key, entries in lists.items():
            self.query_one(f"#{key}", EntryList).set_entries(entries)
        self.invalid = {}

    def check_disk(self) -> None:
        """Every two seconds: did someone else change the file? Reload when nothing is unsaved, else warn."""
        path = self.path
        if path is None or self.saving:  # our own save is writing the file
            return
        now = stamp(path)
        if now == self.disk_stamp:
            return
        self.disk_stamp = now
        if self.document is not None and not self.document.changed_on_disk():
            return
        if not self.has_unsaved():
            self.reload_from_disk()
            self.notify(f"{path.name} ändrades av någon annan och har lästs in på nytt.")
            return
        if not self.disk_changed:
            self.disk_changed = True
            self.notify(f"{path.name} har ändrats på disken av någon annan. Dina ändringar finns kvar; "
                        "när du sparar får du välja vad som gäller.", severity="warning", timeout=10)

    # Leaving --------------------------------------------------------------------------------

    def action_leave(self) -> None:
        """Back to where editing started; asks first when something is unsaved."""
        if self.saving:
            self.notify("Sparar fortfarande; vänta ett ögonblick.")
            return
        if not self.has_unsaved():
            self.dismiss()
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self.dismiss()

        self.app.push_screen(ConfirmScreen("Lämna utan att spara ändringarna? j/n"), answered)


def _print(document: MeetingDocument) -> str | None:
    """The fingerprint of the file as the document read it (None for a file not yet written)."""
    return fingerprint(document.original) if document.original is not None else None
