"""One entry point for the command line and the app: a meeting as a finished document."""

from __future__ import annotations

from typing import Protocol

from brå_tui.export.layout import meeting_lines, to_text
from brå_tui.export.markdown import to_markdown
from brå_tui.model import Council, Meeting
from brå_tui.questions.people import Directory, meeting_shown
from brå_tui.text import printable, quoted

FORMATS = ("md", "html", "txt", "docx")


class ExportError(Exception):
    """A document that cannot be made; the message is one sentence for the user."""


class Meetings(Protocol):
    """Where a document's meeting comes from: a whole store (model.Store) or the index (store/index.py)."""

    @property
    def council(self) -> Council:
        """The council (its name and the names of its areas)."""

    def meeting(self, key: str) -> Meeting | None:
        """The meeting named by its date or file stem; 'latest' is the newest."""


def document_title(council: Council, meeting: Meeting) -> str:
    """'Anteckningar Lokala Brå 2024-02-09'."""
    return f"Anteckningar {council.short_name} {meeting.date.isoformat()}"


def default_filename(meeting: Meeting, fmt: str, public: bool = False) -> str:
    """A file name to offer when saving: 'anteckningar-2024-11-15-publik.html'."""
    return f"anteckningar-{meeting.key}{'-publik' if public else ''}.{fmt}"


def render_meeting(council: Council, meeting: Meeting, fmt: str, public: bool = False) -> bytes:
    """The meeting in a format: md, html, txt (UTF-8) or docx; control characters shown, never carried."""
    council = printable(council)
    meeting = printable(meeting)
    if fmt == "md":
        return to_markdown(meeting, council, public).encode("utf-8")
    if fmt == "html":
        from brå_tui.export.html import to_html

        return to_html(to_markdown(meeting, council, public), document_title(council, meeting)).encode("utf-8")
    if fmt == "txt":
        return to_text(meeting_lines(meeting, council, public)).encode("utf-8")
    if fmt == "docx":
        try:
            from brå_tui.export.word import to_docx

            return to_docx(meeting_lines(meeting, council, public), document_title(council, meeting), council)
        except ImportError:
            from brå_tui.extras import missing_message

            raise ExportError(missing_message("docx", ".docx")) from None
    raise ExportError(f"Okänt format {quoted(fmt)}; välj bland {', '.join(FORMATS)}.")


def export_meeting(meetings: Meetings, meeting_key: str, fmt: str, public: bool = False,
                   directory: Directory | None = None) -> bytes:
    """The meeting named by its key (a date, or 'latest') as a document; ExportError if there is none. With the
    directory of the store's people, owners written short in older notes that pick out one person are given by
    their full names (people.meeting_shown)."""
    meeting = meetings.meeting(meeting_key)
    if meeting is None:
        raise ExportError(f"Det finns inget möte {meeting_key} i lagringen.")
    if directory is not None:
        meeting = meeting_shown(directory, meeting)
    return render_meeting(meetings.council, meeting, fmt, public)
