"""What goes out in one run: the reminders or the notices, each checked against the sent log, then delivered."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from email.message import EmailMessage
from pathlib import Path
from typing import Protocol

from brå_tui.export.html import to_html
from brå_tui.export.notice import default_filename, notice_markdown, notice_title, render_notice
from brå_tui.mail.compose import notice_message, reminder_message
from brå_tui.mail.send import MailError
from brå_tui.mail.sentlog import LOG_NAME, LogUnusable, Sent, already_sent, held, read_log, record
from brå_tui.model import Council, MailSettings, Meeting, Person, Store
from brå_tui.oserrors import cause
from brå_tui.questions.actionlog import LogEntry, build_log
from brå_tui.questions.notice import Notice
from brå_tui.questions.people import Directory
from brå_tui.questions.reminders import Unreachable, reminders
from brå_tui.store.config import config_files, own_mail_settings
from brå_tui.text import fold

ATTACH_TYPES = {"docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
                "html": ("text", "html"), "txt": ("text", "plain"), "md": ("text", "markdown")}


class Transport(Protocol):
    """Anything that sends one message or raises MailError."""

    def send(self, message: EmailMessage) -> None:
        """Send it."""

    def close(self) -> None:
        """Finish."""


@dataclass
class Outgoing:
    """One message to send: its kind (reminder | notice), the meeting it is about, who gets it."""

    kind: str
    meeting: str
    person: Person
    message: EmailMessage
    about: list[str] = field(default_factory=list)  # the follow-ups a reminder lists

    @property
    def address(self) -> str:
        """The recipient's address."""
        return (self.person.email or "").strip()


@dataclass
class Outcome:
    """How a run went: what was sent, what had been sent already, and what could not be sent and why."""

    sent: list[Outgoing] = field(default_factory=list)
    skipped: list[Outgoing] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (who, one Swedish sentence)

    @property
    def ok(self) -> bool:
        """Whether everything that should go out did."""
        return not self.failed


class MailSetupError(Exception):
    """The store has no [mail] settings, or they cannot be used; one sentence for the user."""


def mail_settings(council: Council) -> MailSettings:
    """How this user sends the council's mail; MailSetupError when there is no sender.

    The council's [mail] in council.toml gives the sender and, unless the user's own settings say
    otherwise, the server (without login). [mail] in the user's (else the system's) config.toml, which
    only they may change, replaces the whole way of sending: server, login, password, sendmail; a login
    is thus only ever sent to a server named in the same file. Its from and reply_to win when given.
    """
    shared = council.mail
    for config in config_files():  # a broken file of one's own may hold the way to send: never pass it over
        if config.error:
            raise MailSetupError(config.error)
    own = own_mail_settings()
    sender = (own.sender if own else "") or (shared.sender if shared else "")
    if not sender and shared is not None:  # [mail] is there, but its from is missing or no address (bra check)
        raise MailSetupError("E-post kan inte skickas: from under [mail] i council.toml saknas eller är ingen "
                             "e-postadress; 'bra check' visar felet med fil och rad.")
    if not sender:
        raise MailSetupError("E-post är inte inställt: lägg till [mail] med minst from = \"…\" i council.toml "
                             "(se README, avsnittet ”Mellan mötena: kallelse och påminnelser”).")
    if own is None:
        assert shared is not None
        return shared
    return replace(own, sender=sender, reply_to=own.reply_to or (shared.reply_to if shared else None))


def reminder_outgoing(store: Store, notice: Notice, settings: MailSettings, only: Person | None = None,
                      today: dt.date | None = None, now: dt.datetime | None = None
                      ) -> tuple[list[Outgoing], list[Unreachable]]:
    """A reminder for each owner of an open follow-up (or only one person), and the owners who cannot be reached."""
    return reminder_outgoing_from(store.council, build_log(store, today), Directory.from_store(store), notice,
                                  settings, only, now)


def reminder_outgoing_from(council: Council, entries: list[LogEntry], directory: Directory, notice: Notice,
                           settings: MailSettings, only: Person | None = None, now: dt.datetime | None = None
                           ) -> tuple[list[Outgoing], list[Unreachable]]:
    """reminder_outgoing() from the council, the action log and everyone the store knows."""
    found, unreachable = reminders(entries, directory, only)
    key = notice.meeting.date.isoformat()
    out = []
    for r in found:
        try:
            message = reminder_message(r, notice, council, settings, now)
        except (ValueError, IndexError):
            unreachable.append(Unreachable(r.person.name, f"adressen {r.person.email} går inte att använda"))
            continue
        out.append(Outgoing("reminder", key, r.person, message, [e.title for e in r.entries]))
    return out, unreachable


MEMBER_MEETINGS = 4  # about a year of a council's meetings


def members(store: Store, notice: Notice) -> list[str]:
    """Who is called: the attendees the meeting lists, then everyone present at one of the four meetings before it."""
    return members_from(notice, store.meetings_newest_first())


def members_from(notice: Notice, newest_first: Iterable[Meeting]) -> list[str]:
    """members() from the meetings, newest first (read only until the four before the notice's meeting)."""
    names = [a.name for a in notice.meeting.attendees]
    for m in itertools.islice((m for m in newest_first if m.date < notice.meeting.date), MEMBER_MEETINGS):
        names += [a.name for a in m.attendees]
    return list(dict.fromkeys(names))


def notice_outgoing(store: Store, notice: Notice, settings: MailSettings, attach: str | None = "docx",
                    now: dt.datetime | None = None) -> tuple[list[Outgoing], list[Unreachable]]:
    """The notice for every attendee the meeting lists (its members), with the document attached."""
    return notice_outgoing_to(store.council, Directory.from_store(store), members(store, notice), notice, settings,
                              attach, now)


def notice_outgoing_to(council: Council, directory: Directory, names: list[str], notice: Notice,
                       settings: MailSettings, attach: str | None = "docx",
                       now: dt.datetime | None = None) -> tuple[list[Outgoing], list[Unreachable]]:
    """notice_outgoing() to the names (members()), each found in the directory of everyone the store knows."""
    text = render_notice(notice, council, "txt").decode("utf-8")
    page = to_html(notice_markdown(notice, council), notice_title(council, notice))
    attachment = None
    if attach is not None:
        maintype, subtype = ATTACH_TYPES[attach]
        attachment = (default_filename(notice, attach), render_notice(notice, council, attach), maintype, subtype)
    out: list[Outgoing] = []
    unreachable: list[Unreachable] = []
    seen: set[str] = set()
    for name in names:
        resolution = directory.resolve(name)
        person = resolution.person
        if person is None or fold(person.name) in seen:
            if person is None:
                unreachable.append(Unreachable(name, "namnet finns inte i people.toml"))
            continue
        seen.add(fold(person.name))
        if not person.email:
            unreachable.append(Unreachable(person.name, "saknar e-postadress i people.toml"))
            continue
        try:
            message = notice_message(person, notice, council, settings, text, page, attachment, now)
        except (ValueError, IndexError):
            unreachable.append(Unreachable(person.name, f"adressen {person.email} går inte att använda"))
            continue
        out.append(Outgoing("notice", notice.meeting.date.isoformat(), person, message))
    return out, unreachable


def _send_each(outgoing: list[Outgoing], transport: Transport, history: list[Sent], fd: int, today: dt.date,
               again: bool, outcome: Outcome, progress: Callable[[Outgoing], None] | None) -> None:
    for n, item in enumerate(outgoing):
        if not again and already_sent(history, item.kind, item.meeting, item.address, today):
            outcome.skipped.append(item)
            continue
        try:
            transport.send(item.message)
        except MailError as err:
            outcome.failed.append((item.person.name, str(err)))
            if err.fatal:
                outcome.failed.extend((o.person.name, "skickades inte (se ovan)") for o in outgoing[n + 1:])
                return
            continue
        outcome.sent.append(item)
        if progress is not None:
            progress(item)
        if fd >= 0:
            try:
                record(fd, Sent(dt.datetime.now().astimezone(), item.kind, item.meeting, item.address,
                                str(item.message["Message-ID"])))
            except OSError as err:
                outcome.failed.append((item.person.name, f"skickat, men kunde inte antecknas i sent.log: "
                                                         f"{cause(err)}"))


def deliver(root: Path, outgoing: list[Outgoing], transport: Transport, today: dt.date | None = None,
            again: bool = False, log: bool = True, progress: Callable[[Outgoing], None] | None = None) -> Outcome:
    """Send each message not already sent (unless again), recording each in the sent log as it goes.

    A refused recipient fails that message only; a server that cannot be used fails the rest.
    With log False (a dry run) the sent log is neither written nor trusted less: it is still read.
    """
    today = today or dt.date.today()
    outcome = Outcome()
    try:
        with held(root) if log else nullcontext(-1) as fd:
            history = read_log(root)
            _send_each(outgoing, transport, history, fd, today, again, outcome, progress)
    except OSError as err:
        why = err.strerror if isinstance(err, LogUnusable) else cause(err)
        reason = f"utskicksloggen {root / LOG_NAME} kan inte skrivas ({why}), så inget skickas"
        outcome.failed.extend((o.person.name, reason) for o in outgoing if o not in outcome.sent)
    finally:
        transport.close()
    return outcome
