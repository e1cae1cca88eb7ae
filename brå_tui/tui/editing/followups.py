"""The follow-up list of Redigera: follow-ups with keys for their life (done, dropped, reopened, linked)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.binding import Binding, BindingType

from brå_tui.model import FollowUp
from brå_tui.questions.actionlog import LogEntry
from brå_tui.questions.people import Directory, owners_shown
from brå_tui.text import titled
from brå_tui.tui.editing.dialogs import PickDialog
from brå_tui.tui.editing.entrylist import EntryList, FormFactory
from brå_tui.validate import STATE_NAMES

FOLLOWUP_KEYS = "k klar · s stryk · o öppna igen · l länka till en tidigare (samma id)"


def describe_followup(f: FollowUp, directory: Directory | None = None) -> str:
    """A follow-up: its state in words, title and owners (written short in older notes, by the full name of the one
    person they name, with directory), and its status on the line under them."""
    written = owners_shown(directory, f.owners) if directory is not None else f.owners
    owners = f" – {', '.join(written)}" if written else ""
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


# Narrower than this, a follow-up's line in the list cannot show all it holds readably: the list shows what each
# is and where it stands, and the card under it shows the highlighted one whole.
CARD_BELOW_WIDTH = 100


def describe_briefly(f: FollowUp) -> str:
    """A follow-up in the list above its card: its state in words and its title, and its status on the line under
    them (the card shows the rest)."""
    status = f"\n    {f.status}" if f.status.strip() else "\n    (ingen status)"
    return f"[{STATE_NAMES.get(f.state, f.state)}] {f.title}{status}"


def followup_card(f: FollowUp, directory: Directory | None = None, due: dt.date | None = None) -> Table:
    """One follow-up whole: every field under its Swedish label, each value wrapped between words beside it; due is
    its due date as the action log judges it (questions.due.due_date), else its own."""
    due = due or f.due
    owners = owners_shown(directory, f.owners) if directory is not None else f.owners
    card = Table.grid(padding=(0, 1))
    card.add_column(no_wrap=True, style="bold")
    card.add_column(overflow="fold", ratio=1)
    for label, value in (("Ärende", f.title), ("Status", f.status.strip() or "(ingen status)"),
                         ("Ansvariga", ", ".join(owners) or "ingen"),
                         ("Senast", due.isoformat() if due else "(inget datum)"),
                         ("Läge", STATE_NAMES.get(f.state, f.state)), ("Områden", ", ".join(f.areas) or "inga"),
                         ("Id", f.id)):
        card.add_row(f"{label}:", Text(value))
    return card
