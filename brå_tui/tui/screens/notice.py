"""Kallelse: the next meeting's notice and the owners' reminders, previewed, saved and sent from the app."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import ClassVar

from rich.console import Group
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Header, Static

from brå_tui.export.notice import NoticeFormatError, default_filename, render_notice
from brå_tui.export.target import OutputRefused, output_problem, write_export
from brå_tui.model import MailSettings
from brå_tui.oserrors import cause
from brå_tui.questions.notice import Notice, NoticeError, build_notice, none_ahead_sentence
from brå_tui.questions.reminders import reminders
from brå_tui.store.folders import HomeError, home_folder
from brå_tui.tui.screens.base import ViewScreen
from brå_tui.tui.screens.confirm import ask
from brå_tui.tui.widgets.footer import bra_footer
from brå_tui.views.notice import notice_view, reminders_view


class MailSent(Message):
    """A send has finished: one Swedish summary, and whether all of it went out."""

    def __init__(self, summary: str, ok: bool) -> None:
        super().__init__()
        self.summary = summary
        self.ok = ok


class NoticeScreen(ViewScreen):
    """The notice for the next meeting and who would be reminded of what; s sends the notice, p the reminders."""

    SUB_TITLE = "Kallelse och påminnelser"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("s", "send('notice')", "Skicka", tooltip="Skicka kallelsen till mötets närvarande",
                id="notice.send"),
        Binding("p", "send('reminder')", "Påminn",
                tooltip="Påminn varje ansvarig om sina öppna uppföljningar", id="notice.remind"),
        Binding("x", "save", "Spara fil", tooltip="Spara kallelsen som Word-fil (annars html) i hemmappen",
                id="notice.save"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.notice: Notice | None = None
        self.sending = False

    def compose(self) -> ComposeResult:
        """The preview, scrollable."""
        yield Header(icon="≡")
        with VerticalScroll(id="notice-scroll"):
            yield Static(id="notice-preview")
            yield Static(id="notice-reminders")
        yield bra_footer()

    def on_mount(self) -> None:
        """Show the preview; the scroll area takes the arrow keys."""
        self.refresh_view()
        self.query_one("#notice-scroll").focus()

    def refresh_view(self) -> None:
        """Build the notice and the reminders from the store as now read."""
        from brå_tui.questions.indexed import IndexMeetings

        store = self.store
        try:
            self.notice = build_notice(IndexMeetings(store.index))
        except NoticeError as err:
            self.notice = None
            self.query_one("#notice-preview", Static).update(str(err))
            self.query_one("#notice-reminders", Static).update("")
            return
        from brå_tui.questions.indexed import next_planned

        preview = notice_view(self.notice, store.council)
        if not self.notice.planned_file and next_planned(store.index, dt.date.today()) is None:
            preview = Group(Text(none_ahead_sentence(self.notice.meeting.date), style="bold"), Text(), preview)
        self.query_one("#notice-preview", Static).update(preview)
        found, unreachable = reminders(self.bra.log_entries, self.bra.directory)
        self.query_one("#notice-reminders", Static).update(reminders_view(found, unreachable))

    def action_save(self) -> None:
        """Write the notice into the home folder; ask before replacing a file that exists (as Exportera does)."""
        if self.notice is None:
            return
        fmt = "docx"
        try:
            data = render_notice(self.notice, self.store.council, fmt)
        except NoticeFormatError:
            fmt = "html"
            data = render_notice(self.notice, self.store.council, fmt)
        try:
            path = home_folder() / default_filename(self.notice, fmt)
        except HomeError as err:
            self.notify(str(err), severity="error")
            return
        if (problem := output_problem(path, self.store.root)) is not None:
            self.notify(problem, severity="error")
            return
        if path.exists():
            ask(self.app, f"{path} finns redan. Skriva över den?", lambda: self._write(path, data))
            return
        self._write(path, data)

    def _write(self, path: Path, data: bytes) -> None:
        try:
            write_export(path, data, self.store.root, replace=True)  # a new file, or replacing was confirmed
        except OutputRefused as err:
            self.notify(str(err), severity="error")
            return
        except OSError as err:
            self.notify(f"Kunde inte skriva {path}: {cause(err)}.", severity="error")
            return
        self.notify(f"Kallelsen sparades i {path}.")

    def action_send(self, kind: str) -> None:
        """Ask, then send the notice or the reminders in the background."""
        if self.notice is None or self.sending:
            return
        from brå_tui.mail.outbox import (
            MailSetupError,
            mail_settings,
            members_from,
            notice_outgoing_to,
            reminder_outgoing_from,
        )

        store = self.store
        try:
            settings = mail_settings(store.council)
            if kind == "notice":
                # The members of the last meetings, found by people.toml and the attendees.
                names = members_from(self.notice, store.index.meetings(newest_first=True,
                                                                        until=self.notice.meeting.date))
                outgoing, unreachable = notice_outgoing_to(store.council, store.directory, names, self.notice,
                                                           settings)
            else:
                outgoing, unreachable = reminder_outgoing_from(store.council, store.log, store.directory,
                                                               self.notice, settings)
        except MailSetupError as err:
            self.notify(str(err), severity="error", timeout=10)
            return
        if not outgoing:
            self.notify("Ingen att skicka till: ingen har e-post i people.toml.", severity="warning")
            return
        what = "kallelsen" if kind == "notice" else "påminnelser"
        question = f"Skicka {what} till {len(outgoing)} mottagare?"
        if unreachable:
            question += f" {len(unreachable)} kan inte nås: {', '.join(u.written for u in unreachable)}."

        def send() -> None:
            self.sending = True
            self.notify(f"Skickar {what} …")
            self._deliver(settings, outgoing, len(unreachable))

        ask(self.app, question, send)

    @work(thread=True, exclusive=True, group="mail", exit_on_error=False)
    def _deliver(self, settings: MailSettings, outgoing: list, unreachable: int) -> None:  # type: ignore[type-arg]
        from brå_tui.mail.outbox import deliver
        from brå_tui.mail.send import MailError, transport

        try:
            outcome = deliver(self.store.root, outgoing, transport(settings), dt.date.today())
        except MailError as err:
            self.post_message(MailSent(str(err), False))
            return
        lines = [f"Skickade {len(outcome.sent)} av {len(outgoing)}."]
        if outcome.skipped:
            lines.append(f"{len(outcome.skipped)} hade redan skickats.")
        lines += [f"Inte till {who}: {why}" for who, why in outcome.failed]
        if unreachable:
            lines.append(f"{unreachable} saknar e-post.")
        self.post_message(MailSent(" ".join(lines), outcome.ok and not unreachable))

    def on_mail_sent(self, message: MailSent) -> None:
        """Say how the send went."""
        self.sending = False
        self.notify(message.summary, severity="information" if message.ok else "warning", timeout=12)
