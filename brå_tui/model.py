"""Plain data: the council, its people and its meetings, as read from the store."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TIMEZONE = "Europe/Stockholm"  # the IANA zone a meeting's clock times are in (the ics export, bra check)


class NoExtra(dict[str, Any]):
    """The empty `extra` shared by everything read without unknown keys; it refuses changes (assign a new dict)."""

    __slots__ = ()

    def _refuse(self, *args: Any, **kwargs: Any) -> Any:
        raise TypeError("this extra is shared by many objects; assign a new dict instead of changing it")

    __setitem__ = __delitem__ = __ior__ = update = pop = popitem = clear = setdefault = _refuse

    def __hash__(self) -> int:  # type: ignore[override]  # it never changes, so objects holding it can be told apart by value
        return 0


NO_EXTRA = NoExtra()

RISK_LEVELS = ("red", "yellow", "green")
FOLLOWUP_STATES = ("open", "done", "dropped")
MAIL_METHODS = ("smtp", "sendmail")
MAIL_SECURITY = ("starttls", "ssl", "none")
# Format 2: who an attendee is at the meeting, what kind an item is, what kind of document the notes are.
ATTENDEE_GROUPS = ("member", "substitute", "adjunct", "invited", "other")
ITEM_KINDS = ("information", "decision", "pause", "adjournment")
DOCUMENT_KINDS = ("anteckningar", "minnesanteckningar", "protokoll", "kallelse")


@dataclass(slots=True)
class Person:
    """Someone the council knows: a member, an official, a guest."""

    name: str
    title: str | None = None
    org: str | None = None
    party: str | None = None
    aliases: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    email: str | None = None


@dataclass(slots=True)
class MailSettings:
    """How bra sends e-mail: council.toml's [mail] table. The password is never stored in it."""

    sender: str = ""  # the From address, e.g. "Lokala Brå <bra@avesta.se>"
    method: str = "smtp"  # smtp | sendmail
    host: str = "localhost"
    port: int | None = None  # None: 25, 465 for security "ssl", 587 for "starttls"
    security: str = "starttls"  # starttls | ssl | none
    username: str | None = None
    password_env: str = "BRA_SMTP_PASSWORD"  # the environment variable holding the password
    password_file: str | None = None  # a file readable by its owner alone
    sendmail: str = "/usr/sbin/sendmail"
    reply_to: str | None = None


@dataclass(slots=True)
class StandingItem:
    """An agenda point that every new meeting starts with."""

    title: str
    since: dt.date | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Council:
    """The council itself: names, risk areas and what the risk levels mean."""

    name: str = "Brottsförebyggande rådet"
    short_name: str = "Lokala Brå"
    municipality: str = ""
    default_place: str = ""
    risk_source: str = ""
    areas: list[str] = field(default_factory=list)
    levels: dict[str, str] = field(default_factory=dict)
    standing_items: list[StandingItem] = field(default_factory=list)
    mail: MailSettings | None = None


@dataclass(slots=True)
class Attendee:
    """One person on a meeting's list, as the notes list them: present, or absent when `absent` is set."""

    name: str
    party: str | None = None
    title: str | None = None
    org: str | None = None
    role: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    absent: bool = False  # anmält förhinder / frånvarande
    group: str | None = None  # one of ATTENDEE_GROUPS: ledamot, ersättare, adjungerad, inbjuden, övrig
    partial: str | None = None  # attendance in part or from elsewhere, as written: "t.o.m. punkt 5", "via Teams"


@dataclass(slots=True)
class Decision:
    """A decision (Beslut) taken under an agenda item."""

    text: str
    amount_sek: int | None = None
    account: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    carried_out: dt.date | None = None  # the day it was carried out (verkställt)
    carried_out_by: str | None = None  # who carried it out, as written
    carried_out_note: str | None = None  # how, in a sentence
    reported_back: dt.date | None = None  # the day it was reported back to the council (återrapporterat)

    @property
    def is_open(self) -> bool:
        """Whether the decision is neither carried out nor reported back."""
        return self.carried_out is None and self.reported_back is None


@dataclass(slots=True)
class Item:
    """An agenda item (Ärende) or an other question (Övrig fråga)."""

    title: str
    presenters: list[str] = field(default_factory=list)
    areas: list[str] = field(default_factory=list)
    confidential: bool = False
    notes: str = ""
    decisions: list[Decision] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    case_number: str | None = None  # diarienummer, as written: "KS-2018/451.181"
    start: dt.time | None = None  # the item's time slot on the agenda, when the notice gives one
    end: dt.time | None = None
    number: str | None = None  # the number as written: "3", "§ 77"
    kind: str | None = None  # one of ITEM_KINDS: information, decision, pause, adjournment


@dataclass(slots=True)
class RiskPicture:
    """The county board's picture of social risks as reported at one meeting."""

    period: str | None = None
    source: str | None = None
    areas: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class FollowUp:
    """A follow-up (Logg/Uppföljning) entry; the same id across meetings is the same item."""

    id: str
    title: str
    status: str = ""
    owners: list[str] = field(default_factory=list)
    state: str = "open"
    areas: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    due: dt.date | None = None  # to be done by this date; see questions.due for the default


@dataclass(slots=True)
class ScheduleEntry:
    """A meeting announced in the Tidplan."""

    date: dt.date
    start: dt.time | None = None
    end: dt.time | None = None
    place: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Meeting:
    """One meeting of the council: one file in the store."""

    date: dt.date
    start: dt.time | None = None
    end: dt.time | None = None
    place: str | None = None
    attendees: list[Attendee] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    risk: RiskPicture | None = None
    followups: list[FollowUp] = field(default_factory=list)
    schedule: list[ScheduleEntry] = field(default_factory=list)
    other: list[Item] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    document: str | None = None  # one of DOCUMENT_KINDS: what the notes are
    issued: dt.date | None = None  # the day the document was issued or signed
    chair: str | None = None  # ordförande, as written
    secretary: str | None = None  # sekreterare, as written
    adjusters: list[str] = field(default_factory=list)  # justerare, as written
    adjusting_date: dt.date | None = None  # the day set for adjusting (justering)
    adjusting_place: str | None = None
    case_number: str | None = None  # diarienummer of the whole document (the kallelse's or protokoll's), as written
    path: Path | None = field(default=None, compare=False)  # last: the cache pickles the fields before it in order

    @property
    def key(self) -> str:
        """The meeting's name in the store: its file stem, else its date."""
        return self.path.stem if self.path is not None else self.date.isoformat()

    def with_role(self, role: str) -> list[Attendee]:
        """The attendees with a given role (ordförande, sekreterare)."""
        return [a for a in self.attendees if (a.role or "").casefold() == role.casefold()]

    def chair_names(self) -> list[str]:
        """Who chaired: the meeting's `chair` (format 2), else the attendees whose role is ordförande (format 1)."""
        return [self.chair] if self.chair else [a.name for a in self.with_role("ordförande")]

    def secretary_names(self) -> list[str]:
        """Who kept the minutes: `secretary` (format 2), else the attendees whose role is sekreterare."""
        return [self.secretary] if self.secretary else [a.name for a in self.with_role("sekreterare")]

    @property
    def called(self) -> bool:
        """Whether the attendees not absent are called to the meeting rather than there: the notes are its kallelse,
        written before it was held, which says who is called and who has sent apologies, never who came."""
        return self.document == "kallelse"

    def present_word(self) -> str:
        """What every view calls the attendees not absent, as a heading: 'Kallade' for a kallelse's, else
        'Närvarande'."""
        return "Kallade" if self.called else "Närvarande"

    def present(self) -> list[Attendee]:
        """The attendees who were there (for a kallelse: called, see called)."""
        return [a for a in self.attendees if not a.absent]

    def absentees(self) -> list[Attendee]:
        """The attendees listed as absent (anmält förhinder, frånvarande)."""
        return [a for a in self.attendees if a.absent]

    def decisions(self) -> list[tuple[Item, Decision]]:
        """Every decision in the meeting with the item it belongs to."""
        return [(item, d) for item in [*self.items, *self.other] for d in item.decisions]


def _by_date(meeting: Meeting) -> tuple[dt.date, str]:
    return meeting.date, meeting.key


# A finding's severity as `bra check` writes it on a line (sökväg:rad:kolumn: fel: meddelande); --json keeps the
# English keys (error, warning) for scripts.
SEVERITY_WORDS = {"error": "fel", "warning": "varning"}


@dataclass(slots=True)
class Finding:
    """A problem found in a store file: where it is and what is wrong."""

    path: Path
    message: str
    line: int | None = None
    column: int | None = None
    severity: str = "error"  # error | warning

    def __str__(self) -> str:
        where = str(self.path)
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {SEVERITY_WORDS.get(self.severity, self.severity)}: {self.message}"


@dataclass(slots=True)
class Store:
    """A whole store as read: the council, the people, the meetings that parsed, the files that did not.

    Treat it as read-only: empty extras are shared NoExtra mappings (NO_EXTRA), which refuse
    changes. To change a meeting, read its file anew (read_meeting) and save that.
    """

    root: Path
    council: Council
    people: list[Person]
    meetings: list[Meeting]
    broken: list[Finding] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)

    def meetings_newest_first(self) -> list[Meeting]:
        """The meetings sorted by date, newest first."""
        return sorted(self.meetings, key=_by_date, reverse=True)

    def meetings_oldest_first(self) -> list[Meeting]:
        """The meetings sorted by date, oldest first."""
        return sorted(self.meetings, key=_by_date)

    def latest(self) -> Meeting | None:
        """The most recent meeting, if any."""
        ordered = self.meetings_newest_first()
        return ordered[0] if ordered else None

    def meeting(self, key: str) -> Meeting | None:
        """The meeting named by its date or file stem; 'latest' is the newest."""
        if key == "latest":
            return self.latest()
        for m in self.meetings:
            if m.key == key:
                return m
        return None
