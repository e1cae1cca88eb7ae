"""What a document says about a meeting, in the council's words, whatever the format."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from brå_tui.export.words import join_names
from brå_tui.model import Attendee, Council, Item, Meeting, RiskPicture, ScheduleEntry
from brå_tui.questions.ahead import has_passed
from brå_tui.text import GROUP_WORDS, MONTHS, fold
from brå_tui.views.format import PASSED, at_time, long_date
from brå_tui.views.theme import level_meaning


def tid(meeting: Meeting) -> str:
    """'Den 9 februari 2024 kl. 09.00–11.00'."""
    text = f"Den {long_date(meeting.date)}"
    if meeting.start is not None:
        text += f" {at_time(meeting.start, meeting.end)}"
    return text


def attendee_line(a: Attendee) -> str:
    """'Blerta Krenzi (S) ordförande', 'Tobias Åsell, kommundirektör', 'Anna Berg (S), ersättare, t.o.m. punkt 5'."""
    line = a.name + (f" ({a.party})" if a.party else "")
    parts = [p for p in (a.title, a.org) if p]
    tail = [p for p in (GROUP_WORDS.get(a.group or ""), a.partial) if p]
    if a.role and a.party and not parts and not tail:
        return f"{line} {a.role}"
    if a.role:
        parts.append(a.role)
    return line + "".join(f", {p}" for p in [*parts, *tail])


def issued_label(meeting: Meeting) -> str:
    """What the document's own date is called: a notice is issued (utfärdad), minutes are signed."""
    return "Utfärdad" if meeting.document == "kallelse" else "Undertecknat"


def meeting_facts(meeting: Meeting) -> list[tuple[str, str]]:
    """The meeting's roles and the document's date and case number as the minutes write them: ('Ordförande',
    'Blerta Krenzi'), ('Justerare', 'Johan Thomasson (justering 20 november 2024, Stadshuset)'), ('Undertecknat', …),
    ('Diarienummer', 'KS 2024/12')."""
    out = []
    if meeting.chair:
        out.append(("Ordförande", meeting.chair))
    if meeting.secretary:
        out.append(("Sekreterare", meeting.secretary))
    if meeting.adjusters:
        adjusting = join_names(meeting.adjusters)
        when = ", ".join(x for x in (long_date(meeting.adjusting_date) if meeting.adjusting_date else "",
                                     meeting.adjusting_place or "") if x)
        out.append(("Justerare", adjusting + (f" (justering {when})" if when else "")))
    elif meeting.adjusting_date or meeting.adjusting_place:
        out.append(("Justering", ", ".join(x for x in (long_date(meeting.adjusting_date)
                                                         if meeting.adjusting_date else "",
                                                         meeting.adjusting_place or "") if x)))
    if meeting.issued:
        out.append((issued_label(meeting), long_date(meeting.issued)))
    if meeting.case_number:
        out.append(("Diarienummer", meeting.case_number))
    return out


def item_heading(item: Item) -> str:
    """An item's title with its number as written: '§ 77 Budget', '3. Lägesbild'."""
    if not item.number:
        return item.title
    number = item.number.strip()
    return f"{number} {item.title}" if number.startswith("§") or number.endswith(".") else f"{number}. {item.title}"


def other_questions(meeting: Meeting) -> tuple[str, str | None, list[Item]]:
    """The heading over the other questions, the case number they all share, and the questions under it: a number
    and a case number they all share (they were taken up under '§ 26 Övriga frågor', registered as 'KS 2026/5')
    stand on the heading, once, and not on each ('§ 26 Övriga frågor' over 'Diarienummer: KS 2026/5')."""
    numbers = {item.number for item in meeting.other}
    shared = numbers.pop() if len(numbers) == 1 else None
    cases = {item.case_number for item in meeting.other}
    case = cases.pop() if len(cases) == 1 and shared else None  # read back only under a numbered heading
    questions = [replace(i, number=None if shared else i.number, case_number=None if case else i.case_number)
                 for i in meeting.other]
    return item_heading(Item("Övriga frågor", number=shared)), case, questions


def hidden(item: Item, public: bool) -> bool:
    """Whether an item's notes and decisions are left out of this document."""
    return public and item.confidential


def presenters_unwritten(item: Item) -> bool:
    """Whether the notes leave out someone who presented the item."""
    notes = fold(item.notes)
    return any(fold(p) not in notes for p in item.presenters)


def risk_sentence(risk: RiskPicture, meanings: dict[str, str]) -> str:
    """'Markeringar i lägesbilden för december 2023 (Länsstyrelsen): ANDT omfattande, Hot och våld
    återkommande.': each level in the council's own word (level_meaning), never only its colour."""
    head = "Markeringar i lägesbilden"
    if risk.period:
        try:
            year, month = (int(x) for x in risk.period.split("-")[:2])
            head += f" för {MONTHS[month - 1]} {year}"
        except (ValueError, IndexError):
            head += f" för {risk.period}"
    if risk.source:
        head += f" ({risk.source})"
    marks = ", ".join(f"{area} {level_meaning(level, meanings)}" for area, level in risk.areas.items())
    return f"{head}: {marks}."


RISK_HEADING = "Lägesbild sociala risker"


def risk_heading(council: Council) -> str:
    """The title of the council's own risk item: its standing item about the Lägesbild, else RISK_HEADING."""
    return next((s.title for s in council.standing_items if "lagesbild" in fold(s.title)), RISK_HEADING)


def risk_item(meeting: Meeting, council: Council) -> Item | None:
    """The item the risk picture belongs with: the meeting's item titled exactly as the council's risk item
    (risk_heading; case and accents aside) that is not confidential; None when there is none.

    Never an item that merely names the Lägesbild ("Åtgärdsplan utifrån lägesbilden") or a marked area: the
    picture read under it would describe the wrong thing; never a confidential item, whose text a public
    document leaves out. Without one the documents give the picture a section of its own (risk_heading).
    """
    if meeting.risk is None or not meeting.risk.areas:
        return None
    wanted = fold(risk_heading(council)).strip()
    return next((item for item in meeting.items
                 if not item.confidential and fold(item.title).strip() == wanted), None)


def schedule_by_year(entries: list[ScheduleEntry]) -> list[tuple[int, list[ScheduleEntry]]]:
    """The schedule grouped by year, in date order."""
    years: dict[int, list[ScheduleEntry]] = {}
    for entry in sorted(entries, key=lambda e: e.date):
        years.setdefault(entry.date.year, []).append(entry)
    return sorted(years.items())


def schedule_line(entry: ScheduleEntry, today: dt.date | None = None) -> tuple[str, str]:
    """('14 februari', 'kl. 09.00–11.30, Visenten') as the Tidplan writes it; a date that has passed on today (by
    default the real one) ends '(passerat)': ('14 februari', 'kl. 09.00–11.30, Visenten (passerat)')."""
    when = at_time(entry.start, entry.end) if entry.start is not None else ""
    if entry.place:
        when = f"{when}, {entry.place}" if when else entry.place
    if has_passed(entry.date, today or dt.date.today()):
        when = f"{when} ({PASSED})" if when else f"({PASSED})"
    return long_date(entry.date, year=False), when


def owners_text(owners: list[str]) -> str:
    """'Thomas N och Mikael J'."""
    return join_names(owners)


def generated_on(today: dt.date | None = None) -> str:
    """The date a document is made, for its footer."""
    return long_date(today or dt.date.today())
