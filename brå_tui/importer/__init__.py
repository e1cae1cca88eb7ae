"""Import Swedish council minutes, notes and notices (plain text or .docx) into meetings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from brå_tui.importer.build import build_meeting, note_date
from brå_tui.importer.errors import ImportFailure
from brå_tui.importer.report import ImportResult
from brå_tui.importer.source import read_note
from brå_tui.model import Meeting, Store

__all__ = ["ImportFailure", "ImportResult", "import_notes"]


def import_notes(paths: list[Path], store: Store, date: dt.date | None = None) -> list[ImportResult]:
    """Read every file and turn it into a meeting, oldest first, so follow-up ids carry from one
    imported note to the next; ImportFailure (nothing built) when any file is bad. date: the meeting's date,
    over what the file says (for one file). A file that gives no date is imported all the same, its result's
    date_missing saying why, for the user to give the date before it is saved."""
    parsed = []
    missing: dict[Path, str] = {}
    for path in paths:
        note = read_note(path)
        sections, meeting, why = note_date(path, note, date)
        if why is not None:
            missing[path] = why
        parsed.append((path, sections, meeting, note))
    dates = [m.date for path, _, m, _ in parsed if path not in missing]
    for date in dates:
        if dates.count(date) > 1:
            raise ImportFailure(f"Flera av filerna gäller mötet {date.isoformat()}; importera en i taget.")
    parsed.sort(key=lambda p: p[2].date)
    kept = [m for m in store.meetings if m.date not in dates]  # a meeting being imported again is replaced
    done: list[Meeting] = []
    results = []
    for path, sections, meeting, note in parsed:
        before = sorted([m for m in [*kept, *done] if m.date < meeting.date], key=lambda m: m.date)
        earlier = [f for m in before for f in m.followups]
        notes = [i.notes for m in before for i in [*m.items, *m.other]]
        result = build_meeting(path, sections, meeting, store.council, store.people, earlier, notes, note)
        result.date_missing = missing.get(path)
        done.append(result.meeting)
        results.append(result)
    return results
