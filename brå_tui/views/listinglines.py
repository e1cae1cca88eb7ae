"""The meetings list as plain lines, for a pipe or a file: no Rich console, text or table is needed (listing.py
styles the same words and cells for a terminal)."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from brå_tui.model import Finding, Meeting, ScheduleEntry, Store
from brå_tui.questions.ahead import has_passed
from brå_tui.store.paths import MEETING_NAME, date_of_name
from brå_tui.store.queries import MeetingSummary
from brå_tui.views.format import PASSED, long_date, time_span, weekday
from brå_tui.views.plain import KEY_WIDTH, Column, cell, paragraph
from brå_tui.views.plain import lines as plain_lines


@dataclass
class BrokenFile:
    """A meeting file that could not be read: its key, the date its name gives, and why."""

    key: str
    date: dt.date | None
    reason: str
    line: int | None


def broken_files(store: Store) -> list[BrokenFile]:
    """The store's meeting files that did not parse, by name."""
    return broken_from({f.path.stem: f for f in store.broken if MEETING_NAME.match(f.path.name)})


def broken_from(findings: dict[str, Finding]) -> list[BrokenFile]:
    """Broken meeting files from each one's first error, by key, newest first."""
    out = [BrokenFile(key, date_of_name(f.path), f.message, f.line) for key, f in findings.items()]
    return sorted(out, key=lambda b: b.key, reverse=True)


def counts(meeting: Meeting) -> dict[str, int]:
    """How much a meeting holds: attendees, items, decisions, follow-ups."""
    return {"attendees": len(meeting.present()), "items": len(meeting.items),
            "decisions": len(meeting.decisions()), "followups": len(meeting.followups)}


COLUMNS = [Column("Datum", KEY_WIDTH), Column("Dag", 3), Column("Tid", 11), Column("Plats"), Column("Närv", 4, True),
           Column("Ärenden", 7, True), Column("Beslut", 6, True), Column("Uppf", 4, True)]


def meeting_cells(m: MeetingSummary) -> list[str]:
    """One meeting's row: date, weekday, time, place and its counts."""
    return [m.key, weekday(m.date)[:3], time_span(m.start, m.end), cell(m.place or ""), str(m.attendees),
            str(m.items), str(m.decisions), str(m.followups)]


def broken_reason(broken: BrokenFile) -> str:
    """Why a file could not be read, with its line."""
    return f"trasig: {broken.reason}" + (f" (rad {broken.line})" if broken.line else "")


PLANNED_COLUMNS = [Column("Datum", KEY_WIDTH), Column("Dag", 3), Column("Tid", 11), Column("Plats")]
PASSED_COLUMN = Column("Läge", len(PASSED))


def planned_columns(entries: list[ScheduleEntry], today: dt.date) -> list[Column]:
    """The planned meetings' columns: date, weekday, time, place, and Läge when any of their dates has passed."""
    return PLANNED_COLUMNS + ([PASSED_COLUMN] if any(has_passed(e.date, today) for e in entries) else [])


def planned_cells(entry: ScheduleEntry, today: dt.date, marked: bool = False) -> list[str]:
    """One planned meeting's row: date, weekday, time, place; with marked (a Läge column), "passerat" when its date
    has passed on today."""
    return [entry.date.isoformat(), weekday(entry.date)[:3], time_span(entry.start, entry.end), cell(entry.place or ""),
            *([PASSED if has_passed(entry.date, today) else ""] if marked else [])]


def next_sentence(upcoming: dt.date | None) -> str:
    """Nästa möte: the next meeting's date (questions.notice.next_meeting_day), or that none is ahead."""
    if upcoming is None:
        return NONE_AHEAD
    return f"Nästa möte: {weekday(upcoming)} {long_date(upcoming)}."


NO_MEETINGS = "Inga möten ännu; skapa ett med 'bra new'."
NO_PLANNED = "Inga planerade möten i någon tidplan."
NONE_AHEAD = "Nästa möte: inget planerat; tidplanens datum har passerat."


def listing_lines(meetings: Iterable[MeetingSummary], broken: list[BrokenFile], planned_entries: list[ScheduleEntry],
                  width: int, today: dt.date | None = None, upcoming: dt.date | None = None,
                  whole_rows: bool = False) -> Iterator[str]:
    """The whole list as plain lines, the meetings streamed as they are read; planned dates that have passed on
    today (by default the real one) marked so, and the next meeting (upcoming, from
    questions.notice.next_meeting_day) named; whole_rows: each row on one line (views.plain.lines)."""
    today = today or dt.date.today()
    yield "Möten"
    rows = iter(meetings)
    first = next(rows, None)
    if first is None:
        yield from paragraph(NO_MEETINGS, width)
    else:
        yield from plain_lines(COLUMNS, (meeting_cells(m) for m in itertools.chain([first], rows)), width,
                               whole_rows=whole_rows)
    if broken:
        yield ""
        yield "Filer som inte kan läsas"
        yield from plain_lines([Column("", KEY_WIDTH), Column("")], ([b.key, broken_reason(b)] for b in broken), width,
                               header=False, whole_rows=whole_rows)
        yield from paragraph("Kör 'bra check' för detaljer.", width)
    yield ""
    yield "Planerade möten"
    if planned_entries:
        columns = planned_columns(planned_entries, today)
        marked = len(columns) > len(PLANNED_COLUMNS)
        yield from plain_lines(columns, (planned_cells(e, today, marked) for e in planned_entries), width,
                               whole_rows=whole_rows)
        yield from paragraph(next_sentence(upcoming), width)
    else:
        yield from paragraph(NO_PLANNED, width)
        if upcoming is not None:  # today's meeting, written ahead and not yet ended
            yield from paragraph(next_sentence(upcoming), width)
