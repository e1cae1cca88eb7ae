"""Put the recognised parts of one note together into a Meeting."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from brå_tui.importer.attendees import looks_like_name, name_of_someone, parse_groups, parse_people
from brå_tui.importer.decisions import informal_decision, strip_bullet
from brå_tui.importer.followups import (
    IdMatcher,
    Row,
    TakenIds,
    action_rows,
    area_keywords,
    parse_logg,
    split_owners,
)
from brå_tui.importer.header import (
    DATE_FIRST,
    after_date,
    day_up_to,
    due_day,
    parse_span,
    parse_tid,
    pauses_in,
    with_spoken_times,
    without_pauses,
)
from brå_tui.importer.items import parse_items, says_nothing
from brå_tui.importer.labels import label_of
from brå_tui.importer.ledger import PLACED, UNPLACED, Fate, Ledger, Line, as_line
from brå_tui.importer.numbered import AGENDA_LABELS, has_numbered_items, other_meta, parse_numbered
from brå_tui.importer.presenters import name_presenters
from brå_tui.importer.proposals import next_meeting_day, proposals_in
from brå_tui.importer.report import ImportResult
from brå_tui.importer.risk import read_risk
from brå_tui.importer.schedule import SAME_PLACE_DOUBT, add_decided, at_this_place, is_deadline, parse_schedule
from brå_tui.importer.sections import Sections, role_in, split
from brå_tui.importer.source import Note
from brå_tui.importer.when_where import CLOCK, HOURS, place_in_text, place_of_field, unread_time_words
from brå_tui.model import Attendee, Council, FollowUp, Item, Meeting, Person
from brå_tui.text import CAPITAL, NAME_GAP, titled, without_full_stop
from brå_tui.text import fold_line as fold


def _when(sections: Sections) -> tuple[dt.date | None, dt.time | None, dt.time | None, str | None, str | None]:
    """The date, start and end, where the date was read and where the times, from the first field that gives a
    date: Tid, Sammanträdesdag (or -datum, Mötesdatum), Datum, Plats och tid, the headings, the head's lines that
    say when in prose or under the date (Sections.when_lines), then a Word document's page header and footer
    ('Lokala Brå<TAB>Sammanträdesdatum<TAB>2025-03-04'); the times may also stand in Plats."""
    candidates = [sections.tid, sections.meeting_date_text, sections.date_text, sections.place_time,
                  *sections.headings, *sections.when_lines, *sections.page_lines]
    date = None
    source = None
    for text in candidates:
        if text:
            date = parse_tid(text)[0]
            if date is not None:
                source = text
                break
    start = end = None
    timed = None
    for text in [sections.tid, sections.place_time, sections.meeting_date_text, sections.date_text, source,
                 sections.plats, *sections.when_lines, *_day_headings(sections)]:
        plain = without_pauses(text) if text else ""  # '(ajournering 15:00–15:10)' is never the meeting's time
        said = with_spoken_times(plain)  # 'Tid: 2026-11-05, halv nio–tio'
        if text and (CLOCK.search(said) or (text in (sections.tid, sections.place_time, *sections.when_lines)
                                            and HOURS.search(said))):
            found = parse_tid(plain)
            start, end = found[1:] if found[0] is not None else parse_span(plain)
            if start is not None:
                timed = text
                break
    return date, start, end, source, timed


def document_date(sections: Sections) -> dt.date | None:
    """The meeting's date as the document itself gives it (_when), whatever date the user gave."""
    return _when(sections)[0]


def _day_headings(sections: Sections) -> list[str]:
    """The headings that say when the meeting was, with a day and a time ('Tisdagen den 3/6 kl 13-15 i
    Stadshuset'), though the import could not take its date from them (no year)."""
    return [h for h in sections.headings if due_day(h, dt.date.min) is not None and CLOCK.search(h)
            and not is_deadline(h)]


# The weekdays as written ('tisdag', 'tisdagen'), by their number (Monday 0).
_WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")(?:en)?\b", re.IGNORECASE)


def _check_weekday(sections: Sections, day: dt.date, lines: list[str | None]) -> None:
    """Mark unsure a line that says when the meeting was with a weekday other than the meeting's date falls on
    ('Tisdagen den 3/6' for a Thursday): the date given or read, or the line, is wrong."""
    for line in dict.fromkeys(x for x in lines if isinstance(x, Line)):
        said = _WEEKDAY.search(line)
        if said is not None and _WEEKDAYS.index(said.group(1).lower()) != day.weekday():
            sections.ledger.doubt(line, f"raden säger {said.group(1).lower()}, men {day.isoformat()} är en "
                                        f"{_WEEKDAYS[day.weekday()]}; kontrollera datumet")


def _day_before_sent(sections: Sections, sent: dt.date) -> tuple[dt.date | None, str | None]:
    """In notes sent by e-mail, the meeting's day from a line that writes it without its year ('Datum: 10 mars',
    'Mötet hölls 10 mars kl. 13–15 i Gamla Tingshuset.'): the last such day on or before the day the mail was sent
    (header.day_up_to), the line unsure for it; a deadline ('senast 1 april') gives none. The day and its line, or
    (None, None)."""
    for text in [sections.tid, sections.meeting_date_text, sections.date_text, sections.place_time,
                 *sections.when_lines]:
        day = day_up_to(text, sent) if text and not is_deadline(text) else None
        if text and day is not None:
            sections.ledger.doubt(text, f"datumet är skrivet utan år; året är e-postens ({sent.isoformat()})")
            return day, text
    return None, None


def _why_no_date(sections: Sections) -> str:
    """Why the note gives no date, a Swedish phrase naming the line as written that was to give it: a Sammanträdesdag
    or Datum line; else a heading or line of the head that writes a day the import cannot take for the meeting's
    ('12/3': a day without its year); else the Tid line."""
    labelled = [(text, lines[0]) for text, lines in ((sections.meeting_date_text, sections.date_lines.get(
        "meeting_date")), (sections.date_text, sections.date_lines.get("date"))) if text and lines]
    dayed = [(t, t) for t in (*sections.headings, *sections.when_lines, sections.tid, sections.place_time)
             if t and due_day(t, dt.date.min) is not None and not is_deadline(t)]  # never 'senast 30 april'
    for text, line in [*labelled, *dayed, *([(sections.tid, f"Tid: {sections.tid}")] if sections.tid else [])]:
        written = " ".join((sections.ledger.lines[line.no] if isinstance(line, Line) else line).split())
        if due_day(text, dt.date.min) is not None and not re.search(r"\d{4}", text):
            return f"raden ”{written}” anger dagen utan år"
        return f"raden ”{written}” anger inget datum som går att läsa"
    return ("dokumentet anger inget datum (en rad Tid, Datum eller Sammanträdesdag, ett datum i rubriken eller i "
            "sidhuvudet)")


# A word that names a building or room, not a person: 'Kommunhuset', 'Stadshuset Tranås', 'Sal Tärnsjö'.
_PLACE_WORD = re.compile(r"(?:hus|huset|sal|salen|rum|rummet|kontor|kontoret|kansliet|biblioteket|garden|"
                         r"centrum|torget)$")


def names_and_when(text: str) -> tuple[list[str], str]:
    """The adjusters a Justerare line names, and the adjusting's date and place written after them ('Jonas Mäki,
    2026-02-12, Kommunhuset', 'Jonas Mäki och Eva Ek<TAB>Kommunhuset 12 februari 2026'), in any order: the
    first cell is names, a later cell of names only before a cell with a date or place. A role word ('Hanna Lo,
    justerare') is left out; the date and place are empty when the line gives none."""
    names: list[str] = []
    when: list[str] = []
    # Cells apart: by tab, comma or semicolon, and by a full stop before a sentence with a date in it.
    for n, cell in enumerate(c.strip() for c in re.split(r"[\t,;]+|\.\s+(?=[^,\t;]*\d)", text) if c.strip()):
        owners = [without_full_stop(" ".join(o.split())) for o in split_owners(_strip_party(cell))]
        folded = re.findall(r"[a-z]+", fold(cell))
        place = any(_PLACE_WORD.search(w) for w in folded) or bool(re.search(r"\d", cell))
        if role_in(cell) is not None and not place:
            continue
        if n == 0 or (not when and not place and all(looks_like_name(o) for o in owners)):
            names += [o for o in owners if o not in names]
        else:
            when.append(cell)
    return names, ", ".join(when)


def note_date(source: Path, note: Note, date_given: dt.date | None = None) -> tuple[Sections, Meeting, str | None]:
    """The note's parts, a meeting holding its date and times, and when the note gives no date, why (a Swedish
    sentence): the meeting then has date_given, or today's date until the user gives it (ImportResult.date_missing).
    date_given wins over the note's date. Notes that hold neither people nor items are read all the same, every line
    of them that no part took unplaced, for the user to place in the review (save.prepare saves no such meeting)."""
    sections = split(note.lines, note.ledger, note.breaks, note.topics, note.furniture)
    date, start, end, written, timed = _when(sections)
    if date is None and note.sent is not None:
        date, written = _day_before_sent(sections, note.sent)
    missing = _why_no_date(sections) if date is None else None
    if date_given is not None:
        date, missing = date_given, None
    if not sections.people and "Ärenden" not in sections.found:
        # Notes in no shape the import reads: what only its place at the top made a heading is placed nowhere, for
        # the user to place in the review; the line that gave the date keeps it.
        for heading in (h for h in sections.headings if isinstance(h, Line) and h != written):
            fate = sections.ledger.fates.get(heading.no)
            if fate is not None and fate.what == "heading":
                sections.ledger.redo(heading.no, Fate(UNPLACED, "unplaced"))
    said = after_date(without_pauses(sections.tid)) if sections.tid else ""
    left = unread_time_words(said) if said else None
    # 'Tid: 2026-11-05 kl 24:00-25:00', 'Tid: 2026-11-05, efter lunch': a time written that cannot be read is said,
    # never dropped without a word; so are the words beside a time that was read ('kl. 13–15, därefter fika')
    if sections.tid and start is None and said and (left or re.search(r"\d|\bkl\b|\bklockan\b", said,
                                                                         re.IGNORECASE)):
        sections.ledger.doubt(sections.tid, f"tiden ”{said}” kunde inte läsas; mötet fick ingen tid")
    elif sections.tid and left:
        sections.ledger.doubt(sections.tid, f"”{left}” i raden lästes inte som tid; kontrollera raden")
    if start is not None and end is not None and end < start:  # 'kl 15-13': the end is not kept, and the line says so
        if timed is not None:
            sections.ledger.doubt(timed, f"sluttiden {end:%H.%M} är före starttiden {start:%H.%M}; mötet fick "
                                         "ingen sluttid – kontrollera tiden")
        end = None
    plats = sections.plats
    if plats and CLOCK.search(plats):
        plats = place_of_field(plats)  # 'Plats: Stadshuset kl. 13.15–15.40': the times are the meeting's, not the place
    place = plats or (place_of_field(sections.place_time) if sections.place_time else None)
    if not place and written in sections.headings and DATE_FIRST.match(written):
        place = place_of_field(written)  # a heading line '2025-06-02 kl. 15.00–17.00, Folkets hus'
    elif not place and written in sections.headings and written is not None and after_date(written) != written:
        # 'Minnesanteckningar från sammanträde 2026-05-06, kl. 08.30–10.00, Stadshuset rum 301': the place after the
        # date and time; the words before the date are the heading's title, never a place
        place = place_in_text(after_date(written))
    placed_by = None
    if not place and timed is not None and timed in _day_headings(sections) and \
            (found := place_in_text(after_date(timed))):
        place, placed_by = found, timed  # 'Tisdagen den 3/6 kl 13-15 i Stadshuset'
    if timed is not None and timed in _day_headings(sections) and isinstance(timed, Line):
        gave = [word for word, given in (("datum", written), ("tid", timed), ("plats", placed_by)) if given is timed]
        sections.ledger.redo(timed.no, Fate(PLACED, "field", None, " och ".join(gave)))
    if date is not None:
        _check_weekday(sections, date, [written, timed, placed_by, *_day_headings(sections), sections.tid,
                                        sections.meeting_date_text, sections.date_text, sections.place_time,
                                        *sections.when_lines])
    for line in sections.when_lines:
        if not place and (found := place_in_text(line)):
            place, placed_by = found, line  # '… i Rådhuset, Vadstena.', 'kl. 18–20, Kisa bibliotek'
        gave = [word for word, source in (("datum", written), ("tid", timed), ("plats", placed_by)) if source is line]
        if gave:
            sections.ledger.placed(line, "field", None, " och ".join(gave))
        else:
            sections.ledger.unplaced(line)  # said what other lines said already, or nothing the import reads
    place = without_full_stop(place) if place else None  # 'Plats: Sala stadshus, sessionssalen.'
    # Without a date, the day the mail was sent stands in: dates without a year below are read from it.
    meeting = Meeting(date=date or note.sent or dt.date.today(), start=start, end=end, place=place or None)
    return sections, meeting, missing


def _roles(sections: Sections, meeting: Meeting) -> None:
    """Chair, secretary, adjusters and the adjusting's date and place from their labels; the document's kind and
    case number, and for a notice the day it was issued (its Datum line, when the meeting's date stands elsewhere)."""
    # Notes without a kind are anteckningar (the views' default), so that kind is left unwritten.
    meeting.document = sections.document if sections.document != "anteckningar" else None
    meeting.case_number = sections.case_number
    meeting.chair = _name(sections.chair)
    meeting.secretary = _name(sections.secretary)
    meeting.adjusters = []
    adjusting = sections.adjusting
    for text in sections.adjusters:
        names, when = names_and_when(text)
        meeting.adjusters += [name for name in names if name not in meeting.adjusters]
        adjusting = adjusting or when or None
    # The chair signs under 'Justeras' as chair: a signature names an adjuster who is someone else (a label
    # naming the chair as adjuster is kept as written), unless the chair is the only one who signs there
    # ('Justeras' over 'Kerstin Ahlgren, ordförande' alone): then the chair is the adjuster too.
    chair = {fold(name) for name in meeting.chair_names()}
    others = [name for name in meeting.adjusters if fold(name) not in chair or name not in sections.signed_adjusters]
    meeting.adjusters = others or meeting.adjusters
    if adjusting:
        meeting.adjusting_date = due_day(adjusting, meeting.date)  # '24 september': header.day_without_year
        meeting.adjusting_place = place_of_field(adjusting)
    _issued(sections, meeting)


def _secretary_there(meeting: Meeting) -> None:
    """The secretary the minutes name, listed among those present when no line of attendance lists her: she wrote
    the minutes, so she was there (and a follow-up she owns names someone at the meeting, as `bra check` asks). A
    notice's secretary is none: the meeting is not yet held."""
    name = meeting.secretary
    if not name or meeting.document == "kallelse" or not looks_like_name(name) or \
            any(fold(a.name) == fold(name) for a in meeting.attendees):
        return
    at = max((n + 1 for n, a in enumerate(meeting.attendees) if not a.absent), default=0)  # after those present
    meeting.attendees.insert(at, Attendee(name=name, role="sekreterare", group="other"))


def _role_details(sections: Sections, meeting: Meeting, people: list[Person]) -> None:
    """The party or organisation a role's field gives its person ('Ordförande<TAB>Helena Åkesson (M)', 'Sekreterare:
    Oskar Lind, Kommunledningsförvaltningen'), kept on that attendee where the attendance list left it out; an
    organisation that looks like someone's name ('Ordförande: Ann Ek, Bo Ny') marks the field's line unsure."""
    present = {fold(a.name): a for a in meeting.attendees}
    for text in [sections.chair, sections.secretary, *sections.adjusters]:
        for cell in re.split(r"\t+|;|\s+och\s+", text or ""):
            named = parse_people(cell, people)
            found = named[0] if named else None
            if found is not None and len(named) == 2 and not found.org and "," in cell:
                found.org = named[1].name  # a role's field names one person: 'Ordförande: Ann Ek, Bo Ny'
            attendee = present.get(fold(found.name)) if found is not None else None
            if found is None or attendee is None:
                continue
            if found.org and not attendee.org and name_of_someone(found.org, people, meeting.attendees):
                sections.ledger.doubt(text or "", f"”{found.org}” lästes som organisation men kan vara en person")
            attendee.party = attendee.party or found.party
            attendee.org = attendee.org or found.org


def _roles_agree(meeting: Meeting, ledger: Ledger) -> None:
    """Mark unsure the attendee whose role the list of people gives ('Karin Ålund (C), ordförande') when the
    role's field or signature names someone else as chair or secretary: the file would contradict itself."""
    doubts: list[tuple[object, str]] = []
    for role, named in (("ordförande", meeting.chair), ("sekreterare", meeting.secretary)):
        for attendee in meeting.with_role(role) if named else []:
            if fold(attendee.name) != fold(named or ""):
                doubts.append((attendee, f"{attendee.name} är {role} enligt listan, men {named} enligt "
                                         "rollens fält eller underskrift; rätta det som är fel"))
    ledger.doubts_about(doubts)


# A page header's cell that dates the document: 'Datum 2026-02-24', 'Utfärdad: 2026-02-24'.
_DATED_CELL = re.compile(r"^(?P<label>datum|utfärdad|utfärdat|utskicksdatum)\s*:?\s+(?P<day>\S.*)$", re.IGNORECASE)


def _issued_on_page(sections: Sections, day: dt.date) -> tuple[dt.date, str] | None:
    """The day a page header says the document was issued, and the line that says it: its 'Utfärdad' cell, or in a
    notice its 'Datum' cell ('Strömstads kommun<TAB>KALLELSE<TAB>Datum 2026-02-24') or a cell that is a date alone
    ('Brottsförebyggande rådet      2026-03-02', a text file's header line '⇥⇥⇥⇥⇥2026-04-02' among its headings),
    when that is another day than the meeting's."""
    for line in [*sections.page_lines, *sections.headings]:
        for cell in re.split(r"\t|\s{2,}", line.strip()):
            found = _DATED_CELL.match(cell.strip())
            if found is None and sections.document == "kallelse" and _BARE_DATE.match(cell.strip()):
                written = parse_tid(cell)[0]
            else:
                written = parse_tid(found["day"])[0] if found else None
                if found and sections.document != "kallelse" and fold(found["label"]) == "datum":
                    written = None
            if written is not None and written != day:
                return written, line
    return None


# A cell that holds a date and nothing else: '2026-03-02', '2 mars 2026'.
_BARE_DATE = re.compile(r"^(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+[a-zåäö]+\s+\d{4})$", re.IGNORECASE)


def _issued(sections: Sections, meeting: Meeting) -> None:
    """The day the document was issued: its Utfärdad line, else its Datum line when the meeting's date stands
    elsewhere (a Sammanträdesdag, Tid or Plats och tid line) and differs. A date label whose date is
    neither the meeting's nor the issue's, or that repeats its label with another date, is marked unsure."""
    issued = parse_tid(sections.issued_text)[0] if sections.issued_text else None
    datum = parse_tid(sections.date_text)[0] if sections.date_text else None
    if datum is not None and datum != meeting.date and issued is None and (
            sections.meeting_date_text or sections.tid or sections.place_time):
        issued = datum
    if issued is None and datum is None and (on_page := _issued_on_page(sections, meeting.date)) is not None:
        issued, line = on_page
        fate = sections.ledger.fates.get(line.no) if isinstance(line, Line) else None
        if fate is not None and fate.what == "heading":
            fate.why = "utfärdad"  # a header line that gave the day the notice was issued
    meeting.issued = issued if issued != meeting.date else None
    for lines in sections.date_lines.values():
        for line in lines:
            label = label_of(line)
            day = parse_tid(label[2])[0] if label else None
            fate = sections.ledger.fates.get(line.no) if isinstance(line, Line) else None
            if fate is not None and day is not None and day == meeting.issued:
                fate.why = "utfärdad"  # a Datum line that gave the day the notice was issued
            if day is not None and day not in (meeting.date, issued):
                sections.ledger.doubt(line, "ett datum som varken är mötets eller utfärdandets")


_PERSON = r"[" + CAPITAL + r"][\w-]+(?:" + NAME_GAP + "[" + CAPITAL + r"][\w-]+)+(?:\s*\([^)]*\))?"
_CHOSEN = r"(?:valdes|väljs|utses|utsågs|utsedd(?:es)?)"
# 'Pia Sund valdes att justera anteckningarna.', 'Till justerare utsågs Bo Berg och Eva Ek.'
_ADJUSTERS_IN_PROSE = [
    re.compile(rf"(?P<who>{_PERSON}(?:\s+(?:och|samt)\s+{_PERSON})?)\s+{_CHOSEN}\s+(?:att\s+justera|till\s+justerare)"),
    re.compile(rf"\bjusterare\s+{_CHOSEN}\s+(?P<who>{_PERSON}(?:\s+(?:och|samt)\s+{_PERSON})?)"),
    # 'Protokollet justeras av Anders Öst den 27 november.', 'Anteckningarna justeras av Bo Berg och Eva Ek.'
    re.compile(rf"\b(?i:protokollet|anteckningarna|minnesanteckningarna|mötesanteckningarna)\s+(?:justeras|justerades)\s+"
               rf"(?:av|genom)\s+(?P<who>{_PERSON}(?:\s+(?:och|samt)\s+{_PERSON})?)"
               r"(?:\s*,?\s+(?P<when>(?:den\s+|senast\s+)?\d{1,2}(?::e|:a)?\s+\w+(?:\s+\d{4})?|"
               r"(?:den\s+)?\d{4}-\d{2}-\d{2}|(?:den\s+)?\d{1,2}/\d{1,2}))?"),
]


def _adjusters_in_prose(meeting: Meeting) -> None:
    """The adjusters the items and other questions name in words ('Pia Sund valdes att justera', 'Protokollet
    justeras av Anders Öst den 27 november.'), when no label or signature gave them; only people the meeting lists.
    A date written after them is the adjusting's, in the meeting's year when it gives none."""
    if meeting.adjusters:
        return
    present = {fold(a.name): a.name for a in meeting.present()}
    for item in [*meeting.items, *meeting.other]:
        for text in [item.title, item.notes, *(d.text for d in item.decisions)]:
            for pattern in _ADJUSTERS_IN_PROSE:
                for match in pattern.finditer(" ".join(text.split())):
                    for name in split_owners(_strip_party(match.group("who"))):
                        known = present.get(fold(name))
                        if known and known not in meeting.adjusters:
                            meeting.adjusters.append(known)
                    when = match.groupdict().get("when")
                    if when and meeting.adjusters and meeting.adjusting_date is None:
                        meeting.adjusting_date = due_day(when, meeting.date)


def _strip_party(text: str) -> str:
    return re.sub(r"\s*\([^)]*\)", "", text)


# A role's field that names nobody: 'Sekreterare: vakant', '–', 'ej utsedd', 'saknas' (compared folded).
_NOBODY_IN_ROLE = re.compile(r"^(?:[-–—?]+|vakan[st]|ej\s+utsedd|inte\s+utsedd|ingen|saknas|ej\s+tillsatt|"
                             r"inte\s+tillsatt|obesatt|n/?a)\.?$")


def _name(text: str | None) -> str | None:
    """The name in a role's field ('Anna Ek (S), ledamot', 'Anna Ek<TAB>Kommunstyrelsen', 'Anna Ek – KS (L)'), without
    the rest; None for a field that names nobody ('vakant', '–', 'ej utsedd')."""
    if not text:
        return None
    name = without_full_stop(" ".join(re.split(r"\t+|,|\s+[–—-]\s+", _strip_party(text).strip())[0].split()))
    return None if _NOBODY_IN_ROLE.match(fold(name)) else name or None


def _one_per_bullet(lines: list[str]) -> list[list[str]]:
    """The other questions' lines in parts: when they are written as a list ('- Birgitta Ström: skolan önskar …',
    '1. …', 'a) …'), each entry a question of its own, without its bullet, number or letter, with the lines up to
    the next entry. A list under a question's title belongs to that question."""
    first = next((line for line in lines if line.strip()), "")
    if _counted(first, lines) is not None:
        return _one_per_number(lines)
    if strip_bullet(first) == first.strip():
        return [lines]
    out: list[list[str]] = [[]]
    for line in lines:
        bare = strip_bullet(line)
        if line.strip() and bare != line.strip():
            out.append([bare])
        else:
            out[-1].append(line)
    return [chunk for chunk in out if chunk]


# An entry of a numbered or lettered list under Övriga frågor: '1. Sofia Berglund tog upp …', '2) Belysningen',
# 'a) Lars Nyberg: …', 'B. Julbordet'.
_COUNTED = re.compile(r"^\s*(?:(?P<number>\d{1,2})[.)]|(?P<letter>[a-zA-Z])(?P<mark>[.)]))\s+(?=\S)")


def _counted(first: str, lines: list[str]) -> re.Match[str] | None:
    """The list mark of the first entry of a numbered or lettered list ('1.', 'a)', 'A.'), when first opens one
    among lines; None for any other line. A capital with a full stop ('A. Berg tog upp …') is an initial unless
    lines have the next letter's entry ('B. …') too."""
    counted = _COUNTED.match(first)
    if counted is None or (counted.group("number") or fold(counted.group("letter"))) not in ("1", "a"):
        return None
    if counted.group("letter") is not None and counted.group("mark") == ".":
        second = chr(ord(counted.group("letter")) + 1) + "."
        if not any(line.strip().startswith(second + " ") for line in lines):
            return None
    return counted


def _entry_no(counted: re.Match[str], first: re.Match[str]) -> int | None:
    """Which entry of the list first opens a mark is (1 for '1.' or 'a)'); None for a mark of another kind than
    first's (a number in a lettered list, 'A.' in one written 'a)')."""
    if first.group("number") is not None:
        return int(counted.group("number")) if counted.group("number") is not None else None
    letter = counted.group("letter")
    if letter is None or counted.group("mark") != first.group("mark") or letter.isupper() != \
            first.group("letter").isupper():
        return None
    return ord(letter.lower()) - ord("a") + 1


def _one_per_number(lines: list[str]) -> list[list[str]]:
    """The other questions written as a numbered or lettered list ('1. …', '2. …', counting from 1; 'a) …', 'b) …'
    from a): each entry a question of its own, without its number or letter, with the lines up to the next entry;
    a number or letter out of turn is the text's."""
    out: list[list[str]] = []
    first = _COUNTED.match(next((line for line in lines if line.strip()), ""))
    if first is None:
        return [lines]
    for line in lines:
        counted = _COUNTED.match(line)
        if counted is not None and _entry_no(counted, first) == len(out) + 1:
            out.append([as_line(line[counted.end():], line)])
        else:
            out[-1].append(line)
    return out


def _other_questions(lines: list[str], heading: Item, attendees: list[Attendee], ledger: Ledger) -> list[Item]:
    """The other questions the lines under an Övriga frågor heading hold, one per list entry when they are a list; a
    line saying there were no (more) questions ('Inga fler frågor', 'Inget att rapportera') is none of them. Each
    question keeps the heading's number ('§ 26 Övriga frågor': taken up there) and case number ('Dnr 2025/12'
    under the heading, read into it by other_meta) unless it has its own; the case number's line goes to the first
    question."""
    for line in lines:
        if says_nothing(line):
            ledger.placed(line, "heading", None, "ingenting att ta upp (”inga”)")
    lines = [line for line in lines if not says_nothing(line)]
    questions = [question for chunk in _one_per_bullet(lines)
                 for question in parse_items(chunk, attendees, untitled_ok=True, ledger=ledger)[0]]
    for question in questions:
        question.number = heading.number
        question.case_number = question.case_number or heading.case_number
    taker = next((q for q in questions if heading.case_number and q.case_number == heading.case_number), None)
    for no, fate in ledger.fates.items():
        if fate.what == "case" and fate.place is heading and taker is not None:
            fate.place = taker
        elif fate.what == "case" and fate.place is heading and questions:  # each question has a case number of its own
            ledger.doubt(ledger.lines[no], "diarienummer för övriga frågor, men varje fråga har ett eget; kontrollera")
    return questions


_READ_CELLS = tuple(AGENDA_LABELS[part].split("{")[0] for part in ("proposal", "papers"))


def _tables_as_text(ledger: Ledger) -> None:
    """A table no part of the import reads (not people, fields, an agenda, an action list or the Logg) ends up as
    an item's text: each of its lines that did (a cell of a Word table, a line of cells parted by tabs) is marked
    unsure, so that the summary never calls it placed without a word."""
    for no, fate in ledger.fates.items():
        if fate.what != "note" or not isinstance(fate.place, Item):
            continue
        line = ledger.lines[no]
        if line.startswith(_READ_CELLS):
            continue  # an agenda table's proposal or papers, read as the item's text
        if ledger.origins[no].startswith("tabell") or "\t" in line.strip():
            ledger.doubt(line, "står i en tabell som inte kunde läsas; den ligger som text i "
                               f"{titled(fate.place.title)}: kontrollera")


def _due_next_meeting(rows: list[Row], meeting: Meeting, ledger: Ledger) -> None:
    """Give the follow-ups due 'till nästa möte' (Row.until_next) the day of the next meeting the minutes plan; a
    row whose minutes plan none is unsure, for the secretary to give the date."""
    upcoming = next_meeting_day(meeting)
    for row, followup in zip(rows, meeting.followups, strict=True):
        if not row.until_next:
            continue
        if upcoming is None:
            ledger.doubt(row.lines[0], "ska vara klart till nästa möte, men dokumentet anger inget datum för det; "
                                       "skriv in datumet i uppföljningen")
        else:
            followup.due = upcoming


def _informal_decisions(ledger: Ledger) -> None:
    """Each line read as a decision that tells it in everyday words ('Vi bestämde att …') marked unsure."""
    for no, fate in ledger.fates.items():
        if fate.what == "decision" and informal_decision(ledger.lines[no]):
            ledger.doubt(Line(ledger.lines[no], no), "lästes som ett beslut ur vardagliga ord; kontrollera att det "
                                                     "är ett beslut")


RUN_ON_TITLE = "Anteckning vid närvarolistan"


def _run_on(sections: Sections, meeting: Meeting, ledger: Ledger) -> None:
    """The sentences that ran on after the names of a people label, kept under the other questions (RUN_ON_TITLE),
    each line marked unsure for it: nobody and no organisation is made of them."""
    if not sections.run_on:
        return
    notes = "\n".join(sentence for _, sentence in sections.run_on)
    meeting.other.append(Item(title=RUN_ON_TITLE, notes=notes + "\n"))
    for line, sentence in sections.run_on:
        ledger.doubt(line, f"texten efter namnen, ”{sentence}”, lästes inte som personer; den ligger under Övriga "
                     f"frågor (”{RUN_ON_TITLE}”)")


def _pauses_of_the_time(sections: Sections, meeting: Meeting) -> None:
    """The pauses and adjournments the Tid field gives beside the meeting's time ('kl. 14:00 – 16:15 (ajournering
    15:00–15:10)'), kept as items of their kind with their time slot: before the first item that starts after them,
    else after the items; one the text gives as well ('Mötet ajournerades 15.00–15.10.') is that one."""
    for text in (sections.tid, sections.place_time):
        for title, kind, start, end in pauses_in(text or ""):
            if any(i.kind == kind and i.start == start for i in meeting.items):
                continue
            pause = Item(title=title, kind=kind, start=start, end=end)
            at = next((n for n, item in enumerate(meeting.items) if item.start is not None and item.start > start),
                      len(meeting.items))
            meeting.items.insert(at, pause)


def build_meeting(source: Path, sections: Sections, meeting: Meeting, council: Council, people: list[Person],
                  earlier: list[FollowUp], earlier_notes: list[str], note: Note) -> ImportResult:
    """Fill the meeting from the note's parts, recording in the note's ledger what each line became; whatever
    fits nowhere goes into an other question."""
    ledger = note.ledger
    # each person once (attendees.once): the same name with other details stays twice, its later line unsure
    meeting.attendees = parse_groups(sections.people, people, ledger, sections.tables, sections.spread,
                                     sections.remote)
    absent = {fold(a.name) for a in meeting.attendees if a.absent}
    ledger.doubts_about([(attendee, "står både bland de närvarande och de frånvarande; ta bort det som är fel")
                         for attendee in meeting.attendees if not attendee.absent and fold(attendee.name) in absent])
    _roles(sections, meeting)
    _secretary_there(meeting)
    if meeting.document == "kallelse":  # called to a meeting not yet held: invited, never 'övriga närvarande'
        for attendee in meeting.attendees:
            if not attendee.absent and attendee.group in (None, "other"):
                attendee.group = "invited"
    _role_details(sections, meeting, people)
    _roles_agree(meeting, ledger)
    extra_schedule: list[str] = []
    meeting.other = []
    if has_numbered_items(sections.items):
        numbered = parse_numbered(sections.items, meeting.attendees, ledger, sections.item_levels)
        meeting.items = numbered.items
        extra_schedule = numbered.schedule
        heading = numbered.other_item or Item("")
        meeting.other = _other_questions(numbered.other, heading, meeting.attendees, ledger)
        if heading.number and not meeting.other:
            meeting.items.insert(numbered.other_at, heading)  # 'Inga övriga frågor.': the paragraph stays
        after = numbered.after + sections.after_other
    else:
        meeting.items, _ = parse_items(sections.items, meeting.attendees, untitled_ok=False, ledger=ledger)
        after = sections.after_other
    heading = Item("Övriga frågor")  # an unnumbered heading: a case number under it is its questions'
    questions = _other_questions(other_meta(sections.other, heading, ledger), heading, meeting.attendees, ledger)
    meeting.other += questions
    if heading.case_number and not questions:
        meeting.items.append(heading)  # 'Övriga frågor' / 'Dnr KS 2024/5' / 'Inga.': an item with its case number
    if after:  # a heading that ended the other questions, and what stands under it: items
        meeting.items += parse_items(after, meeting.attendees, untitled_ok=False, ledger=ledger)[0]
    _pauses_of_the_time(sections, meeting)
    _run_on(sections, meeting, ledger)
    _informal_decisions(ledger)
    _adjusters_in_prose(meeting)
    meeting.risk = read_risk(meeting.items, council, meeting.date)
    name_presenters(meeting, ledger)
    rows = parse_logg(sections.logg, ledger, meeting.date) + [row for columns, lines in sections.actions
                                                for row in action_rows(lines, columns, meeting, people, ledger)]
    texts = [*earlier_notes, *(i.notes for i in [*meeting.items, *meeting.other])]
    meeting.followups = IdMatcher(earlier).build(rows, area_keywords(council.areas, texts))
    for row, followup in zip(rows, meeting.followups, strict=True):
        for line in row.lines:
            ledger.placed(line, "followup", followup)
    parts = list(sections.schedule) + ([(None, extra_schedule)] if extra_schedule else [])
    meeting.schedule = parse_schedule(parts, meeting.date, ledger)
    same_place = at_this_place(meeting.schedule, meeting.place)
    if meeting.place is None:
        for entry in same_place:
            ledger.doubt_about(entry, SAME_PLACE_DOUBT)
    add_decided(meeting.schedule, [d.text for i in [*meeting.items, *meeting.other] for d in i.decisions],
                meeting.date)
    _due_next_meeting(rows, meeting, ledger)
    _tables_as_text(ledger)
    hints = []
    if not council.areas and any("lägesbild" in i.title.lower() for i in meeting.items):
        hints.append("Lägesbilden kunde inte läsas: council.toml har inga riskområden ([risk] areas) att känna igen.")
    taken = TakenIds(f.id for f in [*earlier, *meeting.followups])
    proposals = proposals_in(meeting, people, taken, ledger)
    result = ImportResult(source=source, meeting=meeting, ledger=ledger, hints=hints, remarks=list(note.remarks),
                          proposals=proposals, sent=note.sent, same_place=same_place)
    result.sync_unplaced()
    return result
