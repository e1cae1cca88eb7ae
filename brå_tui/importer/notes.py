"""Turn note files into meetings: the importer's one entry point."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from brå_tui.importer.build import build_meeting, document_date, note_date
from brå_tui.importer.errors import ImportFailure
from brå_tui.importer.report import ImportResult
from brå_tui.importer.sections import Sections
from brå_tui.importer.source import Note, read_note
from brå_tui.model import Meeting, Store


def import_notes(paths: list[Path], store: Store, date: dt.date | None = None, rebuildable: bool = True
                 ) -> list[ImportResult]:
    """Read every file and turn it into a meeting, oldest first, so follow-up ids carry from one
    imported note to the next; ImportFailure (nothing built) when any file is bad. date: the meeting's date,
    over what the file says (for one file). A file that gives no date is imported all the same, its result's
    date_missing saying why, for the user to give the date before it is saved; each result can be read again
    for another date (ImportResult.rebuild), so that dates written without a year follow the meeting's; without
    rebuildable (an import that is not reviewed, where nothing gives another date) it cannot, and no copy of the
    note as read is kept for it."""
    parsed = []
    missing: dict[Path, str] = {}
    for path in paths:
        note = read_note(path)
        # the note as read, before building fills its ledger: for a rebuild
        unread = copy.deepcopy(note) if rebuildable else None
        sections, meeting, why = note_date(path, note, date)
        own = document_date(sections) if date is not None else None
        if own is not None and own != date:  # a date typed over the document's own: said, never silently taken
            note.remarks.append(f"Dokumentet anger {own.isoformat()}; --date {meeting.date.isoformat()} används.")
        if why is not None:
            missing[path] = why
        parsed.append((path, sections, meeting, note, unread))
    dates = [m.date for path, _, m, _, _ in parsed if path not in missing]
    for date in dates:
        if dates.count(date) > 1:
            raise ImportFailure(f"Flera av filerna gäller mötet {date.isoformat()}; importera en i taget.")
    parsed.sort(key=lambda p: p[2].date)
    kept = [m for m in store.meetings if m.date not in dates]  # a meeting being imported again is replaced
    done: list[Meeting] = []
    results: list[ImportResult] = []
    for path, sections, meeting, note, unread in parsed:
        result = _build(path, sections, meeting, note, store, [*kept, *done])
        result.date_missing = missing.get(path)
        result.rebuild = _rebuilder(path, unread, store, kept, results) if unread is not None else None
        done.append(result.meeting)
        results.append(result)
    return results


def _build(path: Path, sections: Sections, meeting: Meeting, note: Note, store: Store,
           others: list[Meeting]) -> ImportResult:
    """The meeting built from the note, the follow-ups and notes of the meetings before it carried on."""
    before = sorted([m for m in others if m.date < meeting.date], key=lambda m: m.date)
    earlier = [f for m in before for f in m.followups]
    notes = [i.notes for m in before for i in [*m.items, *m.other]]
    return build_meeting(path, sections, meeting, store.council, store.people, earlier, notes, note)


def _rebuilder(path: Path, unread: Note, store: Store, kept: list[Meeting],
               results: list[ImportResult]) -> Callable[[dt.date], ImportResult]:
    """How to read the note again as the meeting of another day: the other files of the same import (results, as
    they are then) stand before or after it by their dates."""
    def rebuild(day: dt.date) -> ImportResult:
        note = copy.deepcopy(unread)
        sections, meeting, _ = note_date(path, note, day)
        others = [r.meeting for r in results if r.source != path]
        result = _build(path, sections, meeting, note, store, [*kept, *others])
        result.rebuild = rebuild
        return result

    return rebuild
