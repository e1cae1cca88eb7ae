"""Who is to be reminded of what: each owner's open follow-ups, and the owners who cannot be reached."""

from __future__ import annotations

from dataclasses import dataclass, field

from brå_tui.model import Person
from brå_tui.questions.actionlog import LogEntry
from brå_tui.questions.people import Directory
from brå_tui.text import fold


@dataclass
class Reminder:
    """One person's open follow-ups (overdue first), to be sent to their e-mail address."""

    person: Person
    entries: list[LogEntry] = field(default_factory=list)

    @property
    def overdue(self) -> list[LogEntry]:
        """The entries past their due date."""
        return [e for e in self.entries if e.overdue]


@dataclass
class Unreachable:
    """An owner written in the notes who cannot be e-mailed, and why (in Swedish)."""

    written: str
    reason: str
    entries: list[LogEntry] = field(default_factory=list)


def reminders(entries: list[LogEntry], directory: Directory, only: Person | None = None
              ) -> tuple[list[Reminder], list[Unreachable]]:
    """One reminder per person who owns an open follow-up, and the owners without a usable address.

    A written owner is resolved as everywhere else (people.toml, aliases, "Mikael J"); an ambiguous
    or unknown name, or a person without `email`, is unreachable. With only, just that person.
    """
    by_person: dict[str, Reminder] = {}
    unreachable: dict[str, Unreachable] = {}
    for entry in (e for e in entries if e.is_open):
        for written in entry.owners:
            resolution = directory.resolve(written)
            person = resolution.person
            if only is not None and (person is None or fold(person.name) != fold(only.name)):
                continue
            if person is None:
                reason = ("namnet kan vara flera personer" if resolution.ambiguous
                          else "namnet finns inte i people.toml")
                unreachable.setdefault(fold(written), Unreachable(written, reason)).entries.append(entry)
            elif not person.email:
                unreachable.setdefault(fold(person.name), Unreachable(person.name, "saknar e-postadress i people.toml")
                                       ).entries.append(entry)
            else:
                reminder = by_person.setdefault(fold(person.name), Reminder(person))
                if entry not in reminder.entries:
                    reminder.entries.append(entry)
    for reminder in by_person.values():
        reminder.entries.sort(key=lambda e: (not e.overdue, e.due or e.last, e.title))
    return list(by_person.values()), list(unreachable.values())
