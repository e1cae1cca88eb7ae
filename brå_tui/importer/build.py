"""Put the recognised parts of one note together into a Meeting."""

from __future__ import annotations

from pathlib import Path

from brå_tui.importer.attendees import parse_attendees
from brå_tui.importer.errors import ImportFailure
from brå_tui.importer.followups import IdMatcher, area_keywords, parse_logg
from brå_tui.importer.header import parse_tid
from brå_tui.importer.items import parse_items
from brå_tui.importer.report import UNPLACED_TITLE, ImportResult
from brå_tui.importer.risk import read_risk
from brå_tui.importer.schedule import parse_schedule
from brå_tui.importer.sections import Sections, split
from brå_tui.model import Council, FollowUp, Item, Meeting, Person


def note_date(source: Path, lines: list[str]) -> tuple[Sections, Meeting]:
    """The note's parts and a meeting holding its date and times; ImportFailure if it is not in the template."""
    sections = split(lines)
    if sections.tid is None:
        raise ImportFailure(f"Filen {source} följer inte rådets mall för anteckningar "
                            "(raden ”Tid:” med mötets datum saknas).")
    date, start, end = parse_tid(sections.tid)
    if date is None:
        raise ImportFailure(f"Raden ”Tid:” i {source} anger inget datum som går att läsa "
                            f"(”{sections.tid}”; skriv till exempel ”Den 9 februari 2024 klockan 09.00 – 11.00”).")
    if not sections.attendees and "Ärenden" not in sections.found:
        raise ImportFailure(f"Filen {source} följer inte rådets mall för anteckningar "
                            "(varken Närvarande eller Ärenden finns).")
    if start is not None and end is not None and end < start:
        end = None
    return sections, Meeting(date=date, start=start, end=end, place=sections.plats or None)


def build_meeting(source: Path, sections: Sections, meeting: Meeting, council: Council, people: list[Person],
                  earlier: list[FollowUp], earlier_notes: list[str]) -> ImportResult:
    """Fill the meeting from the note's parts; whatever fits nowhere goes into an other question."""
    meeting.attendees, unplaced = parse_attendees(sections.attendees, people)
    unplaced = sections.unplaced + unplaced
    meeting.items, rest = parse_items(sections.items, meeting.attendees, untitled_ok=False)
    unplaced += rest
    meeting.other, rest = parse_items(sections.other, meeting.attendees, untitled_ok=True)
    unplaced += rest
    meeting.risk = read_risk(meeting.items, council, meeting.date)
    rows, rest = parse_logg(sections.logg)
    unplaced += rest
    texts = [*earlier_notes, *(i.notes for i in [*meeting.items, *meeting.other])]
    meeting.followups = IdMatcher(earlier).build(rows, area_keywords(council.areas, texts))
    meeting.schedule, rest = parse_schedule(sections.schedule, meeting.date)
    unplaced += rest
    if unplaced:
        meeting.other.append(Item(title=UNPLACED_TITLE, notes="\n\n".join(unplaced) + "\n"))
    found = list(sections.found)
    if meeting.risk is not None:
        found.append("Lägesbild")
    if meeting.decisions():
        found.append("Beslut")
    hints = []
    if not council.areas and any("lägesbild" in i.title.lower() for i in meeting.items):
        hints.append("Lägesbilden kunde inte läsas: council.toml har inga riskområden ([risk] areas) att känna igen.")
    return ImportResult(source=source, meeting=meeting, found=found, unplaced=unplaced, hints=hints)
