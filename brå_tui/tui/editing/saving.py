"""What keeps Redigera's file: saving beside the screen, conflicts with someone else's save, and noticing
another user's change on disk — never losing anyone's work."""

from __future__ import annotations

import copy
from abc import abstractmethod
from collections.abc import Callable
from functools import partial
from pathlib import Path

from textual import events, work
from textual.message import Message
from textual.notifications import SeverityLevel
from textual.reactive import reactive
from textual.screen import Screen

from brå_tui import drafts
from brå_tui.model import Meeting
from brå_tui.oserrors import cause
from brå_tui.questions.snapshot import Snapshot
from brå_tui.store.merge import changed_fields, field_names, merge_meetings
from brå_tui.store.paths import free_meeting_path, meetings_on
from brå_tui.store.read import read_meeting
from brå_tui.store.save import BrokenFileError, ConflictError, MeetingDocument, SaveError, fingerprint
from brå_tui.store.watch import stamp
from brå_tui.text import counted, ordinal
from brå_tui.tui.editing.dialogs import ConflictDialog
from brå_tui.tui.editing.fields import Field, ambiguity_question, ambiguous_names
from brå_tui.tui.editing.forms import open_forms
from brå_tui.tui.editing.savenote import save_message
from brå_tui.tui.screens.base import StoreWritten
from brå_tui.tui.screens.confirm import ask
from brå_tui.views.fieldchanges import file_changes

DISK_SECONDS = 2.0  # how often the file is looked at for someone else's change
NOTHING_TO_SAVE = "Inga ändringar att spara."
AUTOSAVE_SECONDS = 2.0  # edits are in the draft at most this long after they are typed (SIGKILL loses no more)



def same_day_question(root: Path, meeting: Meeting, target: Path) -> str:
    """The question before a new meeting is saved on a date that has meetings: how many there are, and which
    of the day's meetings this one becomes, under the file name it will get."""
    held = len(meetings_on(root, meeting.date))
    return (f"Det finns redan {counted(held, 'möte', 'möten')} den {meeting.date}. Spara det här som dagens "
            f"{ordinal(held + 1)} möte ({target.stem})? j/n")

class SavingScreen(Screen[None]):
    """A screen editing one meeting's file: the edits, the file as read, saving, conflicts and the disk watch.

    The screen built on it shows the meeting in fields (read_fields, refill, show_field).
    """

    # The state of the edits; the title line of the screen built on this one follows each of them.
    heading: reactive[str] = reactive("", repaint=False, init=False)  # which meeting: "Redigera 2024-11-15"
    unsaved: reactive[bool] = reactive(False, repaint=False, init=False)  # has_unsaved(), as last looked at
    invalid: reactive[dict[str, str]] = reactive(dict, repaint=False, init=False)  # field id → why it is wrong
    disk_changed: reactive[bool] = reactive(False, repaint=False, init=False)  # someone else changed the file
    saving: reactive[bool] = reactive(False, repaint=False, init=False)  # a save is running beside the screen
    reloaded: reactive[bool] = reactive(False, repaint=False, init=False)  # the file's version was read in since
    # the last save (the other's, after a conflict): nothing of this user's is in the file

    class SaveEnded(Message):
        """A save running beside the screen has ended.

        saved is the meeting as it was when the save began; conflict is true when someone else had
        changed the file (nothing was written); error is a Swedish sentence when the file could not be
        written; note is what to tell the user after a save that succeeded, and its severity (found in the
        worker, since asking git whether the store is kept there can take seconds).
        """

        def __init__(self, saved: Meeting, *, conflict: bool = False, error: str | None = None,
                     note: tuple[str, SeverityLevel] = ("", "information")) -> None:
            super().__init__()
            self.saved = saved
            self.conflict = conflict
            self.error = error
            self.note = note

    def __init__(self, store: Snapshot, meeting: Meeting, document: MeetingDocument | None, *,
                 new: bool = False, draft: drafts.Draft | None = None, baseline: Meeting | None = None) -> None:
        super().__init__()
        self.store = store
        self.meeting = meeting
        self.document = document
        self.new = new
        self.draft = draft
        self.baseline = copy.deepcopy(baseline if baseline is not None else meeting)
        self.saved_once = False
        self.merged_with = ""  # the other's changes joined into the save under way, in words
        self.written_over = ""  # the fields of theirs that the save under way writes over with mine, in words
        self.base_mismatch = draft is not None and document is not None and \
            (draft.base is None or draft.base != _print(document))
        self.disk_stamp = stamp(document.path) if document is not None else None
        # This session's draft (a restored draft is taken over), the number of the last change sent to it, and
        # the meeting and what was typed beside it that it holds (the file's meeting while there is no draft).
        self.keeper = drafts.DraftKeeper(store.root, draft.file if draft is not None else None)
        self.draft_changes = 0
        self._kept = (copy.deepcopy(meeting if draft is not None else self.baseline),
                      draft.unfinished if draft is not None else drafts.Unfinished())
        # What a draft being taken up holds beside its meeting, until it is back in the fields and forms: a draft
        # written meanwhile (the terminal gone at once) keeps it.
        self.restoring = draft.unfinished if draft is not None and draft.unfinished else None
        self._autosave_failed = False

    @property
    def path(self) -> Path | None:
        """The file being edited (None for a new meeting not yet saved)."""
        return self.document.path if self.document is not None and not self.new else self.meeting.path

    @property
    def saved_key(self) -> str | None:
        """The key of the meeting's file once it has been saved here, else None."""
        return self.document.path.stem if self.saved_once and self.document is not None else None

    def has_unsaved(self) -> bool:
        """Whether anything typed here, or in a form open over the screen, is not yet in the file."""
        if self.new and not self.saved_once:
            return True
        return bool(self.invalid) or self.meeting != self.baseline or bool(self.unfinished().forms)

    def save_running(self) -> bool:
        """Whether a save has begun here and not yet ended (the screen is not left meanwhile)."""
        return self.saving

    def take_stock(self) -> None:
        """After the meeting changed here: which meeting it is and whether it differs from the file (the title
        line follows through the reactive attributes)."""
        self.heading = f"Nytt möte {self.meeting.date}" if self.new and not self.saved_once \
            else f"Redigera {self.key_text()}"
        self.unsaved = self.has_unsaved()

    def on_screen_suspend(self, _event: events.ScreenSuspend) -> None:
        """A form opened over the screen: what is typed in it counts as unsaved (has_unsaved)."""
        self.take_stock()

    def on_screen_resume(self, _event: events.ScreenResume) -> None:
        """The screen is shown again, a form over it closed (finished or thrown away): the title line follows what
        is unsaved now, never what was unsaved while the form was open."""
        self.take_stock()

    def key_text(self) -> str:
        """The meeting's name (its file stem) for the title."""
        return self.path.stem if self.path is not None else self.meeting.date.isoformat()

    def on_mount(self) -> None:
        """Keep an eye on the file and the edits in a draft; say when a draft being taken up was written over an
        older file."""
        self.set_interval(DISK_SECONDS, self.check_disk)
        self.set_interval(AUTOSAVE_SECONDS, self.autosave)
        if self.base_mismatch:
            self.notify("Filen har ändrats sedan utkastet skrevs; när du sparar får du välja vad som gäller.",
                        severity="warning", timeout=8)
        elif self.draft is not None and self.document is not None and self.document.changed_on_disk():
            self.disk_changed = True  # a draft taken up over a file someone changed since: joined when saved
            self.notify("Filen har ändrats av någon annan sedan utkastet skrevs. När du sparar visas vad de "
                        "ändrade; ändringar i olika fält sparas tillsammans.", severity="warning", timeout=8)

    # What the screen built on this one shows ---------------------------------------------------

    @abstractmethod
    def read_fields(self) -> None:
        """Take what is typed in the fields into the meeting, and the reasons of those that are wrong into invalid."""

    @abstractmethod
    def refill(self) -> None:
        """Put the meeting (read again) into every field and list."""

    @abstractmethod
    def show_field(self, key: str) -> None:
        """Go to the field with that id (one named in invalid)."""

    @abstractmethod
    def unheld_texts(self) -> dict[str, str]:
        """The texts of the screen's own fields that the meeting does not hold as typed (a wrong one), by field id."""

    # Saving -----------------------------------------------------------------------------------

    def action_save(self, confirmed: bool = False, second: str | None = None) -> None:
        """Write the meeting to its file (ctrl+s); refused while a field is wrong; a name that fits several people
        is asked about first, and so is a new meeting on a date that has one (it becomes the day's second,
        2025-02-14-2, as `bra new 2025-02-14-2` makes it, or third …): second is the file name agreed to, asked
        again when someone else has taken it meanwhile and the meeting would get another; a conflict asks what
        to do."""
        self.read_fields()
        self.take_stock()
        if self.invalid:
            for field in self.query(Field):
                if field.id in self.invalid:
                    field.judge(self.invalid[field.id])  # trying to save shows every reason
            self.mutate_reactive(SavingScreen.invalid)  # and counts them in the status line
            key, reason = next(iter(self.invalid.items()))
            self.notify(f"Kan inte spara: {reason}", title="Fel i formuläret", severity="error")
            self.show_field(key)
            return
        if self.saving:
            return
        if not self.has_unsaved() and not self.base_mismatch and self.document is not None:
            self.notify(NOTHING_TO_SAVE)  # the file holds what the screen shows: nothing is written, nor said saved
            return
        unclear = [] if confirmed else ambiguous_names(self.query(Field))
        if unclear:
            ask(self.app, ambiguity_question(unclear), lambda: self.action_save(confirmed=True))
            return
        if self.base_mismatch:
            self.ask_conflict()
            return
        if self.document is None or (self.new and not self.saved_once):
            target = free_meeting_path(self.store.root, self.meeting.date)
            if target.stem != self.meeting.date.isoformat() and target.stem != second:
                ask(self.app, same_day_question(self.store.root, self.meeting, target),
                    partial(self.action_save, confirmed=True, second=target.stem))
                return
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
            self.post_message(self.SaveEnded(saved, note=save_message(document, self.store.root)))

    def on_saving_screen_save_ended(self, message: SaveEnded) -> None:
        """The save has ended: show how it went; edits made meanwhile stay unsaved."""
        self.saving = False
        if message.conflict:
            self.ask_conflict()
        elif message.error is not None:
            self.merged_with = self.written_over = ""
            self.notify(message.error, severity="error", timeout=10)
        else:
            self.after_save(message.saved, message.note)

    def after_save(self, saved: Meeting, note: tuple[str, SeverityLevel]) -> None:
        """The file holds saved (the meeting as the save began): forget drafts, tell the app, update the title;
        note is the notification for the save and its severity."""
        assert self.document is not None
        self.meeting.path = self.document.path
        saved.path = self.document.path
        self.saved_once = True
        self.reloaded = False
        self.new = False
        self.base_mismatch = False
        self.disk_changed = False
        self.disk_stamp = stamp(self.document.path)
        self.baseline = saved
        # The draft goes beside the screen: an autosave writing to a slow folder holds the keeper meanwhile.
        self.app.run_worker(partial(self._in_worker, self._discard_step()), thread=True, group="drafts",
                            exit_on_error=False)
        self.draft = None
        message, severity = note
        self.notify(message, severity=severity, timeout=10 if severity == "warning" else 5)
        if not self.document.path.stem.startswith(self.meeting.date.isoformat()):
            self.notify(f"Filen heter fortfarande {self.document.path.name}; datumet i filen "
                        f"({self.meeting.date}) gäller, och bra check påpekar skillnaden.", severity="warning")
        if self.written_over:
            kept = f" Deras övriga ändringar ({self.merged_with}) är kvar." if self.merged_with else ""
            self.notify(f"Dina ändringar av {self.written_over} skrev över deras.{kept}", title="Skrivet över",
                        timeout=10)
        elif self.merged_with:
            self.notify(f"Någon annan hade ändrat {self.merged_with} under tiden; deras och dina ändringar "
                        "är sparade tillsammans.", title="Sammanfogat", timeout=10)
        self.merged_with = self.written_over = ""
        self.take_stock()
        self.post_message(StoreWritten())

    def ask_conflict(self) -> None:
        """Someone else saved the file: both edits saved together when they touch different fields; else
        reload, overwrite or keep mine as a draft, after seeing what they changed — never silently lose."""
        theirs = self.read_theirs()
        clashes: list[str] = []
        kept = ""
        if theirs is not None:
            document, meeting = theirs
            merged, clashes = merge_meetings(self.baseline, self.meeting, meeting)
            if merged is not None:
                self.save_merged(document, merged, meeting)
                return
            kept = field_names([f for f in changed_fields(self.baseline, meeting) if f not in clashes])
        name = str(self.document.path if self.document else self.meeting.path)
        self.app.push_screen(ConflictDialog(name, self.their_changes(), field_names(clashes), kept),
                             self.resolve_conflict)

    def read_theirs(self) -> tuple[MeetingDocument, Meeting] | None:
        """The file as the other left it, opened for editing and read; None when it cannot be joined with this
        edit (a draft from another version, a file gone or broken)."""
        path = self.path
        if self.base_mismatch or path is None or self.document is None or self.document.original is None:
            return None
        try:
            document = MeetingDocument.open(path)
        except BrokenFileError:
            return None
        meeting, _ = read_meeting(path) if document.original is not None else (None, [])
        return (document, meeting) if meeting is not None else None

    def their_changes(self) -> str:
        """What the other changed in the file since it was read here, field by field (views.fieldchanges); '' when
        not known."""
        path = self.path
        if self.base_mismatch or path is None or self.document is None:
            return ""
        try:
            now = path.read_bytes()
        except OSError:
            now = None
        return file_changes(path, self.document.original, now)

    def save_merged(self, document: MeetingDocument, merged: Meeting, theirs: Meeting,
                    written_over: list[str] | None = None) -> None:
        """Save the meeting with both edits into the other's file, in the save worker like any save; their
        version becomes the base, so a further change of theirs meanwhile is joined the same way. written_over:
        the fields where mine was chosen over theirs, said after the save and in the commit message."""
        over = written_over or []
        self.merged_with = field_names([f for f in changed_fields(self.baseline, theirs) if f not in over])
        self.written_over = field_names(over)
        document.overwrites = self.written_over.lower()
        merged.path = document.path
        self.document = document
        self.meeting = merged
        self.baseline = copy.deepcopy(theirs)
        self.refill()
        self.take_stock()
        self.start_save()

    def write_over(self) -> None:
        """Write mine over theirs only where we both changed the same field or entry; the rest of their changes
        stay (merge_meetings with mine winning). A file that cannot be joined (gone, broken) is written over."""
        theirs = self.read_theirs()
        if theirs is None:
            self.start_save(force=True)
            return
        document, meeting = theirs
        merged, clashes = merge_meetings(self.baseline, self.meeting, meeting, mine_wins=True)
        assert merged is not None
        self.save_merged(document, merged, meeting, clashes)

    def resolve_conflict(self, choice: str | None) -> None:
        """Do what was chosen in the conflict dialog."""
        if choice == "reload":
            self.reload_from_disk()
        elif choice == "overwrite":
            self.write_over()
        elif choice == "draft":
            filed, _, new, _ = self._draft_target()
            what = f"det nya mötet {self.meeting.date}" if new or filed is None else f"mötet {filed.stem}"
            try:
                file = self.write_draft()
            except OSError as err:
                self.notify(f"Kunde inte spara utkastet: {cause(err)}.", severity="error")
                return
            self.keeper = drafts.DraftKeeper(self.store.root)  # that draft is kept apart; editing goes on in a new one
            made = self.made_meanwhile()
            if made is not None:  # the meeting this one was to become exists now: go on with it, as its file holds it
                self.new = False
                self.meeting.path = made
            self.reload_from_disk()
            if file is not None:
                self.notify(f"Dina ändringar av {what} finns kvar som utkast; de erbjuds nästa gång bra startar.",
                            timeout=10)

    # Drafts -----------------------------------------------------------------------------------

    def forms_over(self) -> list[drafts.OpenForm]:
        """What is typed in the forms open over this screen, as a draft keeps it (forms.open_forms)."""
        stack = self.app.screen_stack
        return open_forms(stack[stack.index(self) + 1:] if self in stack else [])

    def unfinished(self) -> drafts.Unfinished:
        """What is typed here but not in the meeting: wrong texts in its fields, and the forms open over it (what a
        draft being taken up holds, until it is back in them)."""
        if self.restoring is not None:
            return self.restoring
        return drafts.Unfinished(self.unheld_texts(), self.forms_over())

    def restored(self) -> None:
        """What a draft held beside its meeting is back in the fields and forms (or as much of it as could be)."""
        self.restoring = None
        self.take_stock()

    def _draft_target(self) -> tuple[Path | None, str | None, bool, bytes | None]:
        """The file the draft belongs to, the fingerprint of that file as editing began, whether it is new, and
        that file's bytes (None when not known: a draft from an earlier version of bra, taken up again)."""
        path = None if self.new and not self.saved_once else self.path
        made = self.made_meanwhile() if path is None else None
        if made is not None:  # a draft of that meeting, measured against its file as restoring finds it
            return made, None, False, None
        base_file = self.document.original if self.document is not None and path is not None else None
        base = fingerprint(base_file) if base_file is not None else None
        if self.draft is not None and self.draft.base and self.base_mismatch:
            base, base_file = self.draft.base, None
        return path, base, path is None, base_file

    def made_meanwhile(self) -> Path | None:
        """The file a new meeting was being saved to when someone else made that meeting first (the save stopped
        as a conflict), when it is there now; else None."""
        if not self.new or self.saved_once or self.document is None or self.document.original is not None:
            return None
        return self.document.path if self.document.path.exists() else None

    def _draft_step(self) -> Callable[[], Path | None]:
        """Count a change to this session's draft and return the work that carries it out: writing the edits as
        they are now (what is typed in fields and open forms included), or removing the draft when nothing
        differs from the file."""
        snapshot, unfinished = copy.deepcopy(self.meeting), self.unfinished()
        self._kept = (snapshot, unfinished)
        self.draft_changes += 1
        if snapshot == self.baseline and not unfinished:
            return partial(self.keeper.remove, self.draft_changes)
        return partial(self.keeper.write, self.draft_changes, snapshot, *self._draft_target(), unfinished)

    def write_draft(self) -> Path | None:
        """Keep the edits (open forms included) in this session's draft now; None when nothing differs from the file."""
        return self._draft_step()()

    def _discard_step(self) -> Callable[[], None]:
        """Count the change that throws this session's draft away and return the work that removes it."""
        self.draft_changes += 1
        self._kept = (copy.deepcopy(self.baseline), drafts.Unfinished())
        return partial(self.keeper.remove, self.draft_changes)

    def discard_draft(self) -> None:
        """The edits are saved or thrown away: this session's draft goes (now, as when leaving or quitting)."""
        self._discard_step()()

    def autosave(self) -> None:
        """Every few seconds: edits made since the last time go into this session's draft (written by a worker).
        Not once the app is ending: its drafts are written (the guard) or thrown away (quitting) by then, and the
        screen being taken down would show them as empty."""
        if self.app.return_code is not None:
            return
        if (self.meeting, self.unfinished()) != self._kept:
            self.app.run_worker(partial(self._in_worker, self._draft_step()), thread=True, group="drafts",
                                exit_on_error=False)

    def _in_worker(self, step: Callable[[], Path | None]) -> None:
        """Carry out a step of the draft beside the screen; a failure is said once, until a step succeeds again."""
        try:
            step()
        except OSError as err:
            if not self._autosave_failed:
                self._autosave_failed = True
                message = f"Kunde inte spara utkast av ändringarna: {cause(err)}. Spara med ctrl+s."
                try:
                    self.app.call_from_thread(self.notify, message, severity="warning", timeout=10)
                except RuntimeError:  # the app has ended meanwhile
                    pass
        else:
            self._autosave_failed = False

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
        self.discard_draft()
        self.draft = None
        self.reloaded = True
        self.refill()
        self.take_stock()

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


def _print(document: MeetingDocument) -> str | None:
    """The fingerprint of the file as the document read it (None for a file not yet written)."""
    return fingerprint(document.original) if document.original is not None else None
