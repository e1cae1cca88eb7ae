"""One meeting, or a planned one, as words and plain lines, for a pipe or a file: no Rich console, text or table is
needed (meeting.py and planned.py style the same words for a terminal and the app)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from brå_tui.model import Attendee, Council, FollowUp, Item, Meeting, ScheduleEntry
from brå_tui.questions.ahead import has_passed
from brå_tui.questions.due import due_date, is_overdue
from brå_tui.text import GROUP_WORDS, KIND_WORDS, document_word, period_label
from brå_tui.views.format import PASSED, amount, long_date, names, state_word, time_span, weekday
from brå_tui.views.plain import BULLET, Column, cell, hanging, paragraph
from brå_tui.views.plain import lines as plain_lines
from brå_tui.views.theme import level_words

INDENT = 3
FOLLOWUP_TITLE_WIDTH = 26  # the widest a follow-up's title column grows: one long word ('samverkansöverenskommelse')
NO_WRAP = 1000  # a column that is not wrapped (a party, a level, a date): as wide as its widest text
OVERDUE = "FÖRSENAD"
NO_OWNER = "ingen"


def council_title(council: Council) -> str:
    """The council's name, and its short name after a dash."""
    return cell(council.name + (f" – {council.short_name}" if council.short_name else ""))


def document_title(meeting: Meeting) -> str:
    """'Anteckningar 15 november 2024' (or the word of the meeting's other kind of document)."""
    return f"{document_word(meeting.document)} {long_date(meeting.date)}"


def money(sek: int | None, account: str | None) -> str:
    """An amount and an account: '10 000 kr, konto ID110 16', either alone, or '' when neither is known."""
    parts = []
    if sek is not None:
        parts.append(amount(sek))
    if account:
        parts.append(f"konto {cell(account)}")
    return ", ".join(parts)


def fact_rows(meeting: Meeting) -> list[tuple[str, str]]:
    """The overview's facts as (label, value): time, place, chair, secretary, adjusters, signed or issued, case
    number and how many were present or absent."""
    rows = [("Tid", f"{weekday(meeting.date)} {long_date(meeting.date)}"
             + (f", {time_span(meeting.start, meeting.end)}" if meeting.start or meeting.end else "")),
            ("Plats", cell(meeting.place or "–")),
            ("Ordförande", names(meeting.chair_names())),
            ("Sekreterare", names(meeting.secretary_names()))]
    if meeting.adjusters or meeting.adjusting_date or meeting.adjusting_place:
        rows.append(("Justerare", names(meeting.adjusters)))
        when = [long_date(meeting.adjusting_date)] if meeting.adjusting_date else []
        place = [cell(meeting.adjusting_place)] if meeting.adjusting_place else []
        rows.append(("Justering", ", ".join([*when, *place]) or "–"))
    if meeting.issued:
        rows.append(("Utfärdad" if meeting.document == "kallelse" else "Undertecknat", long_date(meeting.issued)))
    if meeting.case_number:
        rows.append(("Diarienummer", meeting.case_number))
    rows.append((meeting.present_word(), str(len(meeting.present()))))
    if meeting.absentees():
        rows.append(("Frånvarande", str(len(meeting.absentees()))))
    return rows


def no_list(meeting: Meeting) -> str:
    """What the people's section says when the meeting lists nobody (a kallelse's are called, not present)."""
    return "Ingen lista över kallade." if meeting.called else "Ingen närvarolista."


def none_present(meeting: Meeting) -> str:
    """What the people's section says when everyone listed is absent."""
    return "Ingen antecknad som kallad." if meeting.called else "Ingen antecknad som närvarande."


def decision_line(item: Item, text: str, sek: int | None, account: str | None) -> tuple[str, str]:
    """A decision in the overview: its item's title (with ': ') and the decision, with its amount and account."""
    spent = money(sek, account)
    return f"{cell(item.title)}: ", cell(text) + (f" ({spent})" if spent else "")


PEOPLE_COLUMNS = [Column("Namn"), Column("Parti", NO_WRAP), Column("Titel/organisation"), Column("Grupp och roll")]


def attendee_cells(a: Attendee, meeting: Meeting) -> list[str]:
    """An attendee's row: name, party, title and organisation, group and roles (each role once: the attendee's own
    role may be the meeting's chair too)."""
    roles = [GROUP_WORDS.get(a.group or "", ""), a.role or ""]
    if meeting.chair and a.name in meeting.chair_names():
        roles.append("ordförande")
    if meeting.secretary and a.name in meeting.secretary_names():
        roles.append("sekreterare")
    if a.name in meeting.adjusters:
        roles.append("justerare")
    if a.partial:
        roles.append(a.partial)
    words: list[str] = []
    for word in (w.strip() for r in roles for w in r.split(",")):
        if word and word.casefold() not in (w.casefold() for w in words):
            words.append(word)
    return [cell(a.name), cell(a.party or ""), cell(", ".join(x for x in (a.title, a.org) if x)),
            cell(", ".join(words))]


def item_label(number: int | None, item: Item) -> str:
    """An item's number as written ('§ 4', '4.'), else its place ('4.'); none ('') for a pause written without a
    number (number None, as numbered gives it)."""
    written = (item.number or "").strip()
    if not written and number is None:
        return ""
    return written if written.startswith("§") or written.endswith(".") else f"{written or number}."


def numbered(entries: list[Item]) -> Iterator[tuple[int | None, Item]]:
    """Each item with its place among the items that are no pause written without a number (None for such a
    pause, which takes no place in the count)."""
    n = 0
    for item in entries:
        if item.kind in ("pause", "adjournment") and not (item.number or "").strip():
            yield None, item
        else:
            n += 1
            yield n, item


def item_title_notes(item: Item) -> list[str]:
    """What follows an item's title in italics: (paus), (konfidentiellt)."""
    notes = [f" ({KIND_WORDS[item.kind]})"] if item.kind in ("pause", "adjournment") else []
    return notes + ([" (konfidentiellt)"] if item.confidential else [])


def item_facts(item: Item) -> list[tuple[str, str]]:
    """An item's labelled facts, each label with ': ': time, case number, presenters, areas."""
    rows = []
    if item.start is not None:
        rows.append(("Tid: ", time_span(item.start, item.end)))
    if item.case_number:
        rows.append(("Diarienummer: ", cell(item.case_number)))
    if item.presenters:
        rows.append(("Föredragande: ", names(item.presenters)))
    if item.areas:
        rows.append(("Områden: ", names(item.areas)))
    return rows


def risk_rows(meeting: Meeting, council: Council) -> list[tuple[str, str | None, bool]]:
    """Each area of the meeting's risk picture: (name, level, whether the council knows the area), the council's
    areas first."""
    assert meeting.risk is not None
    known = list(council.areas)
    return [*((area, meeting.risk.areas.get(area), True) for area in known),
            *((area, level, False) for area, level in meeting.risk.areas.items() if area not in known)]


def unknown_area(area: str) -> str:
    """An area the council does not know, named so."""
    return f"{cell(area)} (okänt område)"


FOLLOWUP_COLUMNS = [Column("Ärende", max_width=FOLLOWUP_TITLE_WIDTH), Column("Status"),
                    Column("Ansvarig"), Column("Läge", NO_WRAP)]


def followup_state(f: FollowUp, held: dt.date, dates: list[dt.date], today: dt.date) -> tuple[str, str | None, bool]:
    """A follow-up's state word, its due date while open ('senast 2025-02-14', by questions.due) and whether it is
    overdue on today."""
    due = due_date(f, held, dates)
    return state_word(f.state), None if due is None else f"senast {due.isoformat()}", is_overdue(due, f.state, today)


def schedule_columns(meeting: Meeting, today: dt.date) -> tuple[bool, bool]:
    """Whether the schedule has a place column, and a Läge column (some date has passed on today)."""
    return (any(entry.place for entry in meeting.schedule),
            any(has_passed(entry.date, today) for entry in meeting.schedule))


def schedule_cells(entry: ScheduleEntry, places: bool, marked: bool, today: dt.date) -> list[str]:
    """A planned meeting's row in a meeting's schedule: date, weekday, time, and its place and whether its date has
    passed when the schedule has those columns (schedule_columns)."""
    return [entry.date.isoformat(), weekday(entry.date), time_span(entry.start, entry.end),
            *([cell(entry.place or "")] if places else []),
            *([PASSED if has_passed(entry.date, today) else ""] if marked else [])]


def _facts(rows: list[tuple[str, str]], width: int) -> Iterator[str]:
    """Labelled facts, each value beside its label, one space after the longest."""
    widest = max((len(label) for label, _ in rows), default=0)
    for label, value in rows:
        yield from hanging(f"{label:<{widest}} ", value, width)


def _prose(text: str, width: int) -> Iterator[str]:
    """Free text as written, line by line; a line that opens with a bullet or a list number continues under its
    own text, not under the bullet."""
    for line in text.split("\n"):
        found = BULLET.match(line)
        if found is None:
            yield from paragraph(line, width)
        else:
            yield from hanging(found.group(1), line[found.end():], width)


def _indented(lines: Iterator[str] | list[str], indent: int) -> Iterator[str]:
    return ((" " * indent + line) if line else "" for line in lines)


def _item_lines(number: int | None, item: Item, width: int) -> Iterator[str]:
    label = item_label(number, item)
    yield from hanging(f"{label} " if label else "", cell(item.title) + "".join(item_title_notes(item)), width)
    body: list[str] = []
    room = width - INDENT
    if item.kind in ("information", "decision"):
        body += paragraph(KIND_WORDS[item.kind].capitalize(), room)
    for label, value in item_facts(item):
        body += hanging(label, value, room)
    notes = item.notes.strip()
    if notes:
        body += _prose(notes, room)
    for decision in item.decisions:
        body += paragraph(f"Beslut: {cell(decision.text)}", room)
        spent = money(decision.amount_sek, decision.account)
        if spent:
            body += paragraph(spent, room)
    yield from _indented(body, INDENT)


def _items(title: str, entries: list[Item], none: str, width: int) -> Iterator[str]:
    yield title
    if not entries:
        yield from paragraph(none, width)
    for at, (n, item) in enumerate(numbered(entries)):
        if at:
            yield ""
        yield from _item_lines(n, item, width)


def meeting_lines(meeting: Meeting, council: Council, width: int, dates: list[dt.date] | None = None,
                  today: dt.date | None = None) -> Iterator[str]:
    """The whole meeting as plain lines of at most width cells, section after section, like the notes (as
    meeting.meeting_view shows it); dates (every meeting held or planned) give the follow-ups that come back at the
    next meeting their due date, judged on today (by default the real one)."""
    today = today or dt.date.today()
    yield from paragraph(council_title(council), width)
    if council.municipality:
        yield from paragraph(cell(council.municipality), width)
    yield from paragraph(document_title(meeting), width)
    yield ""
    yield from _facts(fact_rows(meeting), width)
    yield ""
    yield "Beslut"
    decided = meeting.decisions()
    if not decided:
        yield from paragraph("Inga beslut.", width)
    for item, decision in decided:
        title, text = decision_line(item, decision.text, decision.amount_sek, decision.account)
        yield from (f" {line}" for line in hanging("• ", title + text, width - 1))
    yield ""
    yield meeting.present_word()
    if not meeting.attendees:
        yield from paragraph(no_list(meeting), width)
    else:
        present, absent = meeting.present(), meeting.absentees()
        if present:
            yield from plain_lines(PEOPLE_COLUMNS, (attendee_cells(a, meeting) for a in present), width)
        else:
            yield from paragraph(none_present(meeting), width)
        if absent:
            yield ""
            yield "Anmält förhinder/frånvarande"
            yield from plain_lines(PEOPLE_COLUMNS, (attendee_cells(a, meeting) for a in absent), width)
    yield ""
    yield from _items("Ärenden", meeting.items, "Inga ärenden.", width)
    yield ""
    yield "Lägesbild sociala risker"
    risk = meeting.risk
    if risk is None:
        yield from paragraph("Ingen lägesbild vid det här mötet.", width)
    else:
        yield from _facts([("Period", period_label(risk.period) or "anges inte"),
                           ("Källa", cell(risk.source or council.risk_source or "–"))], width)
        yield from plain_lines([Column("Område"), Column("Nivå", NO_WRAP)],
                               ([cell(area) if known else unknown_area(area), level_words(level)]
                                for area, level, known in risk_rows(meeting, council)), width)
    yield ""
    yield "Logg/Uppföljning av ärenden"
    if not meeting.followups:
        yield from paragraph("Inga uppföljningar.", width)
    else:
        rows = []
        for f in meeting.followups:
            word, due, overdue = followup_state(f, meeting.date, dates or [], today)
            rows.append([cell(f.title), cell(f.status), names(f.owners) if f.owners else NO_OWNER,
                         "\n".join([word, *([due] if due else []), *([OVERDUE] if overdue else [])])])
        yield from plain_lines(FOLLOWUP_COLUMNS, rows, width)
    yield ""
    yield "Tidplan"
    if not meeting.schedule:
        yield from paragraph("Ingen tidplan.", width)
    else:
        places, marked = schedule_columns(meeting, today)
        columns = [Column("Datum", NO_WRAP), Column("Dag", NO_WRAP), Column("Tid", NO_WRAP),
                   *([Column("Plats")] if places else []), *([Column("Läge", NO_WRAP)] if marked else [])]
        yield from plain_lines(columns, (schedule_cells(entry, places, marked, today) for entry in meeting.schedule),
                               width)
    yield ""
    yield from _items("Övriga frågor", meeting.other, "Inga övriga frågor.", width)


def planned_words(entry: ScheduleEntry, how_to_write: str,
                  today: dt.date | None = None) -> tuple[str, list[tuple[str, str]], str]:
    """What a planned meeting shows: its heading, its facts (when and where) as (label, value), and the sentence
    that it has no notes yet (or, when its date has passed on today, by default the real one, that it has passed
    without notes) with how_to_write them (a sentence: the app's key or the command)."""
    passed = has_passed(entry.date, today or dt.date.today())
    rows = [("Datum", f"{weekday(entry.date)} {long_date(entry.date)}" + (f" ({PASSED})" if passed else ""))]
    if entry.start or entry.end:
        rows.append(("Tid", time_span(entry.start, entry.end)))
    rows.append(("Plats", entry.place or "–"))
    said = ("Datumet i tidplanen har passerat och mötet har inga anteckningar." if passed
            else "Mötet finns i tidplanen men har inga anteckningar än.")
    return f"Planerat möte, {PASSED}" if passed else "Planerat möte", rows, f"{said} {how_to_write}"


def planned_lines(entry: ScheduleEntry, how_to_write: str, width: int, today: dt.date | None = None) -> Iterator[str]:
    """planned.planned_notice as plain lines of at most width cells."""
    title, rows, said = planned_words(entry, how_to_write, today)
    yield from paragraph(title, width)
    yield ""
    yield from _facts([(label, cell(value)) for label, value in rows], width)
    yield ""
    yield from paragraph(said, width)
