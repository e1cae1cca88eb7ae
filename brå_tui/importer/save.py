"""Write an imported meeting into the store, layout-preserving and refusing to replace a meeting unless asked."""

from __future__ import annotations

from pathlib import Path

from brå_tui.importer.errors import ImportFailure
from brå_tui.importer.report import ImportResult
from brå_tui.store.paths import meeting_path
from brå_tui.store.save import BrokenFileError, ConflictError, MeetingDocument
from brå_tui.text import shown_name


def import_target(root: Path, result: ImportResult) -> Path:
    """The file an imported meeting goes to: the meeting's date in the store at root."""
    return meeting_path(root, result.meeting.date.isoformat())


def unread(result: ImportResult) -> str | None:
    """Why the meeting cannot be saved as read, a Swedish sentence: the notes gave neither attendees nor items (no
    shape the import reads; every line unplaced until the review places it). None for any other meeting."""
    if result.meeting.attendees or result.meeting.items:
        return None
    return (f"I {shown_name(result.source.name)} gick varken närvarande eller ärenden att läsa, så filen följer "
            "inte rådets mall för anteckningar; ingenting sparas förrän raderna är flyttade till sina platser i "
            "granskningen.")


def prepare(root: Path, result: ImportResult, force: bool, dry_run: bool = False) -> MeetingDocument:
    """The meeting's file opened and brought in line with the import; ImportFailure when the meeting
    exists and force is not given, when the document gave no date and none was given since (ImportResult.date_missing),
    when the meeting has neither attendees nor items (notes in no shape the import reads, until the review places
    their lines), or when the file there cannot be read (it is never written over)."""
    if result.date_missing:
        raise ImportFailure(f"Mötet i {shown_name(result.source.name)} har inget datum ({result.date_missing}); "
                            "ange det först.")
    shapeless = unread(result)
    if shapeless:
        raise ImportFailure(shapeless)
    path = import_target(root, result)
    if path.exists() and not force and not dry_run:
        raise ImportFailure(f"Mötet {result.meeting.date.isoformat()} finns redan i {shown_name(path)}; "
                            "ange --force för att skriva över det.")
    try:
        document = MeetingDocument.open(path) if not dry_run else MeetingDocument(path, None)
    except BrokenFileError:
        raise ImportFailure(f"{shown_name(path)} går inte att läsa som TOML och skrivs inte över; "
                            "rätta eller flytta den först.") from None
    document.apply(result.meeting)
    return document


def save(document: MeetingDocument) -> None:
    """Write the prepared file (and commit it in a git store); ImportFailure when someone changed it meanwhile."""
    document.path.parent.mkdir(parents=True, exist_ok=True)
    try:
        document.save(kind="import")
    except ConflictError:
        raise ImportFailure(f"{document.path} ändrades av någon annan under importen; försök igen.") from None
