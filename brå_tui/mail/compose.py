"""The e-mails bra sends, in Swedish: a reminder to an owner, the notice to a member; plain text with an HTML part."""

from __future__ import annotations

import datetime as dt
import html
import re
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr

from brå_tui.model import Council, MailSettings, Person
from brå_tui.questions.actionlog import LogEntry
from brå_tui.questions.notice import Notice
from brå_tui.questions.reminders import Reminder
from brå_tui.text import printable
from brå_tui.views.format import at_time, long_date, weekday

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]+")


def header_text(text: str) -> str:
    """Text safe for a header: control characters (line breaks included) become one space."""
    return _CONTROL.sub(" ", text).strip()


def address(person: Person) -> Address:
    """'Mikael Jansson <mikael.jansson@avesta.se>' as an Address; ValueError if the address is unusable."""
    return Address(display_name=header_text(person.name), addr_spec=(person.email or "").strip())


def when_and_where(notice: Notice) -> str:
    """'fredag 14 februari 2025 kl. 09.00–11.30 i Visenten, Stadshuset'."""
    m = notice.meeting
    text = f"{weekday(m.date)} {long_date(m.date)}"
    if m.start is not None:
        text += f" {at_time(m.start, m.end)}"
    if m.place:
        text += f" i {m.place}"
    return text


def _base(settings: MailSettings, to: Address, subject: str, today: dt.datetime | None) -> EmailMessage:
    message = EmailMessage()
    message["From"] = header_text(settings.sender)
    message["To"] = to
    message["Subject"] = header_text(subject)
    message["Date"] = format_datetime(today or dt.datetime.now().astimezone())
    domain = parseaddr(settings.sender)[1].rpartition("@")[2] or None
    message["Message-ID"] = make_msgid("bra", domain=domain)
    if settings.reply_to:
        message["Reply-To"] = header_text(settings.reply_to)
    return message


def _entry_lines(entry: LogEntry) -> list[str]:
    lines = [f"- {entry.title}"]
    if entry.status:
        lines.append(f"  Status: {entry.status}")
    if entry.due is not None:
        lines.append(f"  Senast: {entry.due.isoformat()}" + (" (försenad)" if entry.overdue else ""))
    lines.append(f"  Sedan: {entry.first_key}")
    return lines


def _signature(notice: Notice, council: Council) -> list[str]:
    lines = ["Med vänliga hälsningar"]
    if notice.secretary:
        lines.append(f"{notice.secretary}, sekreterare")
    lines.append(council.name + (f", {council.municipality}" if council.municipality else ""))
    return lines


def reminder_subject(council: Council, notice: Notice, count: int = 2) -> str:
    """'Påminnelse: dina uppföljningar inför Lokala Brå 14 februari 2025' ('din uppföljning' for one, count)."""
    what = "din uppföljning" if count == 1 else "dina uppföljningar"
    return f"Påminnelse: {what} inför {council.short_name} {long_date(notice.meeting.date)}"


def _headings(reminder: Reminder) -> tuple[str, str]:
    """The headings over the overdue follow-ups and over the rest, in the number each list has."""
    rest = len(reminder.entries) - len(reminder.overdue)
    late = "Försenad" if len(reminder.overdue) == 1 else "Försenade"
    if reminder.overdue:
        return late, "Öppen" if rest == 1 else "Öppna"
    return late, "Uppföljning" if rest == 1 else "Uppföljningar"


def reminder_text(reminder: Reminder, notice: Notice, council: Council) -> str:
    """The reminder's plain text."""
    first = reminder.person.name.split()[0] if reminder.person.name.split() else reminder.person.name
    what = "denna uppföljning" if len(reminder.entries) == 1 else "dessa uppföljningar"
    lines = [f"Hej {first}!", "",
             f"Inför nästa möte i {council.short_name}, {when_and_where(notice)}, står du som ansvarig för {what}.",
             ""]
    overdue = reminder.overdue
    rest = [e for e in reminder.entries if not e.overdue]
    late, others = _headings(reminder)
    if overdue:
        lines += [f"{late}:", ""]
        for e in overdue:
            lines += [*_entry_lines(e), ""]
    if rest:
        lines += [f"{others}:", ""]
        for e in rest:
            lines += [*_entry_lines(e), ""]
    lines += ["Skicka gärna en kort lägesrapport till sekreteraren före mötet.", "", *_signature(notice, council)]
    return "\n".join(lines) + "\n"


def _html_page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n<title>{html.escape(title)}</title>\n'
            f"</head>\n<body>\n{body}</body>\n</html>\n")


def reminder_html(reminder: Reminder, notice: Notice, council: Council) -> str:
    """The reminder as an HTML page (the same words as the text)."""
    def rows(entries: list[LogEntry]) -> str:
        out = []
        for e in entries:
            due = "" if e.due is None else e.due.isoformat() + (" (försenad)" if e.overdue else "")
            out.append(f"<tr><td>{html.escape(e.title)}</td><td>{html.escape(e.status)}</td>"
                       f"<td>{html.escape(due)}</td><td>{html.escape(e.first_key)}</td></tr>")
        return ("<table border=\"1\" cellpadding=\"4\"><tr><th>Uppföljning</th><th>Status</th><th>Senast</th>"
                f"<th>Sedan</th></tr>{''.join(out)}</table>\n")
    first = reminder.person.name.split()[0] if reminder.person.name.split() else reminder.person.name
    body = [f"<p>Hej {html.escape(first)}!</p>",
            f"<p>Inför nästa möte i {html.escape(council.short_name)}, {html.escape(when_and_where(notice))}, "
            "står du som ansvarig för följande.</p>"]
    late, others = _headings(reminder)
    if reminder.overdue:
        body += [f"<h3>{late}</h3>", rows(reminder.overdue)]
    rest = [e for e in reminder.entries if not e.overdue]
    if rest:
        body += [f"<h3>{others}</h3>", rows(rest)]
    body += ["<p>Skicka gärna en kort lägesrapport till sekreteraren före mötet.</p>",
             "<p>" + "<br>".join(html.escape(x) for x in _signature(notice, council)) + "</p>"]
    return _html_page(reminder_subject(council, notice, len(reminder.entries)), "\n".join(body) + "\n")


def reminder_message(reminder: Reminder, notice: Notice, council: Council, settings: MailSettings,
                     now: dt.datetime | None = None) -> EmailMessage:
    """One owner's reminder as an e-mail: text/plain with a text/html alternative; nothing raw from the files."""
    reminder, notice, council = printable(reminder), printable(notice), printable(council)
    message = _base(settings, address(reminder.person), reminder_subject(council, notice, len(reminder.entries)), now)
    message.set_content(reminder_text(reminder, notice, council))
    message.add_alternative(reminder_html(reminder, notice, council), subtype="html")
    return message


def notice_subject(council: Council, notice: Notice) -> str:
    """'Kallelse till Lokala Brå 14 februari 2025'."""
    return f"Kallelse till {council.short_name} {long_date(notice.meeting.date)}"


def notice_message(person: Person, notice: Notice, council: Council, settings: MailSettings,
                   text: str, page: str, attachment: tuple[str, bytes, str, str] | None,
                   now: dt.datetime | None = None) -> EmailMessage:
    """The notice to one member: its text, its HTML, and the document attached (name, data, type, subtype).

    text and page are the rendered notice (already printable); the rest is made printable here."""
    person, notice, council = printable(person), printable(notice), printable(council)
    message = _base(settings, address(person), notice_subject(council, notice), now)
    first = person.name.split()[0] if person.name.split() else person.name
    intro = f"Hej {first}!\n\nHär är kallelsen till {council.short_name}, {when_and_where(notice)}.\n\n"
    message.set_content(intro + text)
    html_intro = (f"<p>Hej {html.escape(first)}!</p><p>Här är kallelsen till {html.escape(council.short_name)}, "
                  f"{html.escape(when_and_where(notice))}.</p>\n")
    message.add_alternative(page.replace("<body>\n", "<body>\n" + html_intro, 1), subtype="html")
    if attachment is not None:
        name, data, maintype, subtype = attachment
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return message
