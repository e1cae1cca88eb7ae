"""The drafts left by an earlier run, offered back: Återställ opens one for editing, Släng throws it away. Draft files
that cannot be read are listed too, as damaged: they can be thrown away, never restored."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from brå_tui.drafts import DamagedDraft, Draft, Unfinished, discard_draft, leave_damaged
from brå_tui.text import quoted, visible
from brå_tui.tui.screens.confirm import ask
from brå_tui.tui.widgets.footer import bra_footer
from brå_tui.views.changes import meeting_changes
from brå_tui.views.wrap import Hanging, counted

if TYPE_CHECKING:
    from brå_tui.questions.snapshot import Snapshot


# The lists of Redigera and its forms by id: what one entry is called, and a new one.
LIST_NOUNS = {"list-attendees": ("närvarande", "ny närvarande"), "list-items": ("ärende", "nytt ärende"),
              "list-followups": ("uppföljning", "ny uppföljning"),
              "list-schedule": ("möte i tidplanen", "nytt möte i tidplanen"),
              "list-other": ("övrig fråga", "ny övrig fråga"), "f-decisions": ("beslut", "nytt beslut")}


CHANGED_SINCE = "filen har ändrats sedan dess; du får se skillnaderna när du återställer"


def unfinished_phrases(unfinished: Unfinished) -> list[str]:
    """What a draft holds that is typed but not finished, in Swedish: fields with a wrong text, and the forms open
    ("öppet formulär: ärende 2 › nytt beslut")."""
    phrases = []
    if unfinished.texts:
        phrases.append(f"{counted(len(unfinished.texts), 'ofärdigt fält', 'ofärdiga fält')} i mötet")
    if unfinished.forms:
        names = []
        for form in unfinished.forms:
            noun, new = LIST_NOUNS.get(form.in_list, ("rad", "ny rad"))
            names.append(new if form.index is None else f"{noun} {form.index + 1}")
        phrases.append("öppet formulär: " + " › ".join(names))
    return phrases


def draft_changes(store: Snapshot, draft: Draft) -> str:
    """What a draft changes in its meeting, and what it holds unfinished (open forms, fields with a wrong text), in
    one Swedish line.

    The changes are the draft's own: against the version of the file it began from (Draft.began), and a file
    changed since is said as well, not taken for the draft's doing. A draft that keeps no copy of that version (from
    an earlier version of bra) is measured against the file as the store holds it now, as restoring it is.
    """
    typed = unfinished_phrases(draft.unfinished)
    if draft.new or draft.meeting_path is None:
        return ", ".join(meeting_changes(None, draft.meeting) + typed)
    current = store.meeting(draft.key)
    if current is None:
        return ", ".join(["filen finns inte längre; utkastet sparas som ett nytt möte", *typed])
    began = draft.began()
    phrases = meeting_changes(current if began is None else began, draft.meeting) + typed
    if not draft.file_changed():
        return ", ".join(phrases) if phrases else "samma som filen nu"
    if began is None:
        return f"jämfört med filen nu, som har ändrats sedan utkastet skrevs: {', '.join(phrases) or 'inga skillnader'}"
    return ", ".join([*(phrases or ["inga egna ändringar"]), CHANGED_SINCE])


def damaged_label(damaged: DamagedDraft) -> str:
    """Swedish lines for a draft file that cannot be read: its whole path (control characters as symbols, never
    obeyed), why, with its line where known, and what the user can do about it."""
    finding = damaged.finding
    where = f" (rad {finding.line})" if finding.line is not None else ""
    if damaged.link:
        todo = "s tar bort länken (inte det den pekar på) efter en fråga; Esc lämnar den och den visas inte igen"
    elif damaged.removable:
        todo = "s tar bort filen efter en fråga; Esc lämnar den och den visas inte igen"
    else:
        todo = ("bra tar inte bort den, eftersom den inte är din; ta bort den själv eller be den som äger den. "
                "Esc lämnar den och den visas inte igen")
    return (f"Trasigt utkast {quoted(damaged.file.name)}, kan inte återställas\n"
            f"{visible(finding.message)}{where}\n"
            f"i mappen {visible(str(damaged.file.parent))}\n{todo}.")


class DraftsDialog(ModalScreen["Draft | None"]):
    """Unsaved edits kept from last time, each with its time and what it changes: restore one (Enter/a) or
    throw it away (s). Draft files that cannot be read follow, as damaged: s throws such a file away (one that is
    not this user's own regular file is left as it is)."""

    CSS_PATH = "editing.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,a", "restore", "Återställ", key_display="Enter/a", id="drafts.restore"),
        Binding("s", "discard", "Släng", id="drafts.discard"),
        Binding("escape", "later", "Senare", id="drafts.later"),
    ]

    def __init__(self, found: list[Draft], store: Snapshot, damaged: list[DamagedDraft] | None = None) -> None:
        super().__init__(classes="edit-dialog")
        self.found = list(found)
        self.damaged = list(damaged or [])
        self.changes = {d.file: draft_changes(store, d) for d in self.found}

    def compose(self) -> ComposeResult:
        """What was kept, and the keys."""
        with Vertical(classes="dialog"):
            yield Label("Osparade ändringar från förra gången finns kvar som utkast:", classes="dialog-question")
            yield OptionList(id="draft-list")
            yield Label("Enter/a: Återställ · s: Släng · Esc: senare (utkasten finns kvar; trasiga som lämnas "
                        "visas inte igen)", classes="dialog-hint")
        yield bra_footer()

    def on_mount(self) -> None:
        """Fill the list and start in it."""
        self.fill()
        self.query_one(OptionList).focus()

    def fill(self) -> None:
        """The drafts, one a line."""
        options = self.query_one(OptionList)
        options.clear_options()
        # What changed is indented under the draft's name, its wrapped lines as well.
        options.add_options([Option(Hanging(f"{d.label()}\n{self.changes[d.file]}", indent="  "))
                             for d in self.found])
        options.add_options([Option(Hanging(damaged_label(d), indent="  ")) for d in self.damaged])
        if self.found or self.damaged:
            options.highlighted = 0

    def _entries(self) -> list[Draft | DamagedDraft]:
        return [*self.found, *self.damaged]

    def _highlighted(self) -> Draft | DamagedDraft | None:
        index = self.query_one(OptionList).highlighted
        entries = self._entries()
        return entries[index] if index is not None and index < len(entries) else None

    def _current(self) -> Draft | None:
        entry = self._highlighted()
        if isinstance(entry, DamagedDraft):
            self.app.notify("Ett trasigt utkast kan inte återställas; s slänger det.", severity="warning")
            return None
        return entry

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter restores."""
        event.stop()
        self.action_restore()

    def action_restore(self) -> None:
        """Open the draft for editing (it is thrown away once saved)."""
        draft = self._current()
        if draft is not None:
            self.dismiss(draft)

    def action_discard(self) -> None:
        """Throw the draft away, or the damaged draft file, after asking."""
        entry = self._highlighted()
        if entry is None:
            return
        if isinstance(entry, DamagedDraft) and not entry.removable:
            self.app.notify(f"Utkastet {quoted(entry.file.name)} i mappen {quoted(str(entry.file.parent))} är inte "
                            "ditt, så bra tar inte bort det; ta bort det själv eller be den som äger det.",
                            severity="warning", timeout=10)
            return

        def discard() -> None:
            discard_draft(entry.file)
            if isinstance(entry, DamagedDraft):
                self.damaged.remove(entry)
            else:
                self.found.remove(entry)
            if not self._entries():
                self.dismiss(None)
            else:
                self.fill()

        if isinstance(entry, DamagedDraft):
            question = (f"Ta bort länken {quoted(str(entry.file))} (inte det den pekar på)?" if entry.link
                        else f"Släng det trasiga utkastet {quoted(str(entry.file))}?")
        else:
            question = f"Släng utkastet för {entry.label()}?"
        ask(self.app, f"{question} j/n", discard)

    def action_later(self) -> None:
        """Close; the drafts stay for next time, and the damaged files left now are not offered again."""
        leave_damaged(self.damaged)
        self.dismiss(None)
