"""One entry point for the command line and the app: a meeting as a finished document."""

from __future__ import annotations

from dataclasses import replace

from brå_tui.export.layout import meeting_lines, to_text
from brå_tui.export.markdown import to_markdown
from brå_tui.model import Meeting, Store
from brå_tui.text import printable

FORMATS = ("md", "html", "txt", "docx")


class ExportError(Exception):
    """A document that cannot be made; the message is one sentence for the user."""


def document_title(store: Store, meeting: Meeting) -> str:
    """'Anteckningar Lokala Brå 2024-02-09'."""
    return f"Anteckningar {store.council.short_name} {meeting.date.isoformat()}"


def default_filename(meeting: Meeting, fmt: str, public: bool = False) -> str:
    """A file name to offer when saving: 'anteckningar-2024-11-15-publik.html'."""
    return f"anteckningar-{meeting.key}{'-publik' if public else ''}.{fmt}"


def render_meeting(store: Store, meeting: Meeting, fmt: str, public: bool = False) -> bytes:
    """The meeting in a format: md, html, txt (UTF-8) or docx; control characters shown, never carried."""
    store = replace(store, council=printable(store.council))
    meeting = printable(meeting)
    if fmt == "md":
        return to_markdown(meeting, store.council, public).encode("utf-8")
    if fmt == "html":
        from brå_tui.export.html import to_html

        return to_html(to_markdown(meeting, store.council, public), document_title(store, meeting)).encode("utf-8")
    if fmt == "txt":
        return to_text(meeting_lines(meeting, store.council, public)).encode("utf-8")
    if fmt == "docx":
        try:
            from brå_tui.export.word import to_docx

            return to_docx(meeting_lines(meeting, store.council, public), document_title(store, meeting),
                           store.council)
        except ImportError:
            from brå_tui.extras import missing_message

            raise ExportError(missing_message("docx", ".docx")) from None
    raise ExportError(f"Okänt format {fmt!r}; välj bland {', '.join(FORMATS)}.")


def export_meeting(store: Store, meeting_key: str, fmt: str, public: bool = False) -> bytes:
    """The meeting named by its key (a date, or 'latest') as a document; ExportError if there is none."""
    meeting = store.meeting(meeting_key)
    if meeting is None:
        raise ExportError(f"Det finns inget möte {meeting_key} i lagringen.")
    return render_meeting(store, meeting, fmt, public)
