"""The follow-up list of Redigera: follow-ups with keys for their life (done, dropped, reopened, linked)."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.binding import Binding, BindingType

from brå_tui.model import FollowUp
from brå_tui.questions.actionlog import LogEntry
from brå_tui.text import titled
from brå_tui.tui.editing.dialogs import PickDialog
from brå_tui.tui.editing.entrylist import EntryList, FormFactory
from brå_tui.validate import STATE_NAMES

FOLLOWUP_KEYS = "k klar · s stryk · o öppna igen · l länka till en tidigare (samma id)"


def describe_followup(f: FollowUp) -> str:
    """A follow-up: its state in words, title and owners, and its status on the line under them."""
    owners = f" – {', '.join(f.owners)}" if f.owners else ""
    status = f"\n    {f.status}" if f.status.strip() else "\n    (ingen status)"
    return f"[{STATE_NAMES.get(f.state, f.state)}] {f.title}{owners}{status}"


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
            self.app.notify(self.empty_message(f"markera som {STATE_NAMES[state]}"))
            return
        followup = self.entries[index]
        if followup.state == state:
            self.app.notify(f"{titled(followup.title)} är redan {STATE_NAMES[state]}.")
            return
        followup.state = state
        self._changed(index)
        self.app.notify(f"{titled(followup.title)}: {STATE_NAMES[state]}")

    def action_link(self) -> None:
        """Give the follow-up under the cursor the id of an earlier one (the same item in the log): never its own
        (the follow-up itself, or the earlier one it is linked to already), nor one another row has."""
        index = self.current
        if index is None:
            self.app.notify(self.empty_message("länka"))
            return
        taken = {f.id for f in self.entries}
        choices = [(f"{e.id} — {e.title} ({e.last_key})", e) for e in self.followup_log if e.id not in taken]
        if not choices:
            self.app.notify("Det finns ingen tidigare uppföljning att länka till." if not self.followup_log else
                            "Varje tidigare uppföljning är redan länkad till en rad i listan.")
            return

        def chosen(entry: LogEntry | None) -> None:
            if entry is None:
                return
            followup = self.entries[index]
            followup.id = entry.id
            self._changed(index)
            self.app.notify(f"Länkad till {entry.id}")

        self.app.push_screen(PickDialog("Länka till en tidigare uppföljning (samma id)", choices), chosen)
