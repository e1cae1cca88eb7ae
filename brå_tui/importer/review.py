"""Review before saving: every source line beside what it became, and moving a line to another field.

What each line became is read from the import's ledger, where the parser recorded it as it took the line; a line
is known by its number in the source, never found by its text. Moving a line takes it out of where it is and puts
it where the secretary says: attendee, absent, item, other question, decision, follow-up, notes, next meeting,
ignore; or sets the meeting's chair, secretary, adjusters, date, time or place, or the adjusting's day and place,
from it; or gives the people it named the next group (ledamot, ersättare, …). The ledger then records the line's
new fate, so the summary counts what the review made of it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass, field

from rich.table import Table
from rich.text import Text

from brå_tui.importer.attendees import SAID_ONCE, full_names, once
from brå_tui.importer.decisions import PARTED_DECISION, decision_at, decision_sentence, strip_bullet
from brå_tui.importer.header import day_up_to, due_day, parse_tid
from brå_tui.importer.items import parse_items
from brå_tui.importer.labels import label_of
from brå_tui.importer.ledger import PLACED, SET_ASIDE, UNPLACED, UNSURE, Fate, Ledger
from brå_tui.importer.numbered import agenda_cells, parse_numbered, time_first, written_start
from brå_tui.importer.presenters import who_is
from brå_tui.importer.proposals import proposal_in
from brå_tui.importer.report import UNPLACED_TITLE, ImportResult
from brå_tui.importer.review_values import (
    ReviewRefused,
    adjusting_of,
    followup_of,
    one_line,
    people_of,
    place_of,
    role_names,
    time_of,
    title_of,
    with_label,
)
from brå_tui.importer.schedule import (
    NEXT_MEETING,
    SAME_PLACE_DOUBT,
    at_this_place,
    doubts_of,
    is_deadline,
    line_meetings,
)
from brå_tui.importer.sections import label_column, section_of
from brå_tui.importer.source import table_row
from brå_tui.model import ATTENDEE_GROUPS, Attendee, FollowUp, Item, Meeting, Person, ScheduleEntry
from brå_tui.text import GROUP_WORDS, sentence_spans, sentences
from brå_tui.text import fold_line as fold

# Where a line can be moved, with the key that moves it there (letters only: they arrive everywhere). The first
# group moves the line; the second sets one of the meeting's fields from it, the line staying where it is
# (a person who chaired the meeting also attended it) unless it was placed nowhere or in the notes.
TARGETS: dict[str, str] = {"n": "närvarande", "f": "frånvarande", "a": "ärende", "v": "övrig fråga",
                           "b": "beslut", "u": "uppföljning", "t": "anteckning", "m": "nästa möte",
                           "i": "ignorera", "o": "ordförande", "s": "sekreterare", "j": "justerare", "d": "datum",
                           "e": "utfärdad", "k": "tid", "p": "plats", "r": "justering", "g": "grupp", "c": "dela",
                           "h": "hel rad"}
FIELD_TARGETS = ("ordförande", "sekreterare", "justerare", "datum", "utfärdad", "tid", "plats", "justering")


__all__ = ["TARGETS", "ReviewRefused", "Row", "move", "review_table", "row_of", "rows", "set_date"]


@dataclass
class Row:
    """One source line and what it became (a short Swedish phrase, '? ' before it when it is unsure, and the doubt
    in doubt). number is the line's number in the source as read; what and place are its fate's (the part and the
    object it went into); under the item whose title stands above the line; nth which of the identical lines in
    that place it is."""

    number: int
    text: str
    became: str
    under: Item | None = field(default=None, compare=False, repr=False)
    place: object = field(default=None, compare=False, repr=False)
    nth: int = 0
    what: str = ""
    kind: str = PLACED
    doubt: str = ""
    origin: str = ""  # where the line stands in a Word document ('tabell 1, rad 3'); empty for text
    no: int = -1  # the line's index in the ledger (a sentence of a line parted by 'dela' has its own)
    label: str = ""  # its number as shown: '12', or '12.2' for the second sentence of line 12


def _label(item: Item) -> str:
    return f"{item.number} {item.title}" if item.number else item.title


def _in(obj: object, objects: list[Item]) -> bool:
    return any(obj is o for o in objects)


def _times(m: Meeting) -> str:
    return "–".join(t.strftime("%H:%M") for t in (m.start, m.end) if t is not None)


def _planned(entry: ScheduleEntry) -> str:
    """A planned meeting as the review shows it: its date, time and place ('2026-12-17 09:00–11:30, Stadshuset')."""
    times = "–".join(t.strftime("%H:%M") for t in (entry.start, entry.end) if t is not None)
    return ", ".join(x for x in (f"{entry.date.isoformat()} {times}".strip(), entry.place) if x)


# What the review shows for the meeting's date when the document gave none it could read (the meeting's date is then
# a stand-in, ImportResult.date_missing).
NO_DATE = "kunde inte läsas"


def _field_phrase(m: Meeting, name: str, undated: bool = False) -> str:
    """A field of the meeting with its value as imported ('plats: Rådhuset'); '–' for a field left empty; with
    undated, the date as missing (NO_DATE), never its stand-in."""
    adjusting = " ".join(x for x in (m.adjusting_date and m.adjusting_date.isoformat(), m.adjusting_place) if x)
    day = f"datum {NO_DATE}" if undated else m.date.isoformat()
    value = {"ordförande": m.chair, "sekreterare": m.secretary, "justerare": ", ".join(m.adjusters),
             "datum": NO_DATE if undated else day, "sammanträdesdag": NO_DATE if undated else day,
             "utfärdad": m.issued and m.issued.isoformat(), "diarienummer": m.case_number,
             "plats": m.place, "tid": _times(m), "justering": adjusting,
             "plats och tid": ", ".join(x for x in (day, _times(m), m.place) if x)}.get(name)
    if name == "paragrafer":
        return "paragrafer (protokollets omfång)"
    if value is None and " och " in name:  # a line that gave several fields ('tid och plats'): each with its value
        return "; ".join(_field_phrase(m, part, undated) for part in name.split(" och "))
    return f"{name}: {value or '–'}"


_IN_ITEM = {"note": "anteckning i", "decision": "beslut i", "presenter": "föredragande i", "time": "tid i",
            "case": "diarienummer i"}


def _with_group(attendee: Attendee) -> str:
    """A person's name with their group, as the review shows it ('Tove Ljung (ersättare)'); the name alone without
    one."""
    return f"{attendee.name} ({GROUP_WORDS[attendee.group]})" if attendee.group in GROUP_WORDS else attendee.name


def phrase(m: Meeting, fate: Fate, undated: bool = False) -> str:
    """What a line became, in words, from its fate in the ledger and the meeting as it is now; undated when the
    meeting's date is missing (ImportResult.date_missing), which a date field then shows."""
    if fate.kind == SET_ASIDE:
        return f"åt sidan: {fate.why}"
    if fate.kind == UNPLACED:
        return "INTE PLACERAD (övriga frågor)"
    place = fate.place
    if fate.what == "people" and place == ():
        return fate.why  # a line of a sentence of people read with the line it began on
    if fate.what == "people" and isinstance(place, tuple):
        people = [a for a in place if isinstance(a, Attendee)]
        present, away = [_with_group(a) for a in people if not a.absent], [_with_group(a) for a in people if a.absent]
        there = "kallade" if m.called else "närvarande"  # a kallelse's people: called to a meeting not yet held
        said = [f"{word}: {', '.join(names)}" for word, names in ((there, present), ("frånvarande", away)) if names]
        return "; ".join([_field_phrase(m, fate.why)] * bool(fate.why) + said)  # 'plats: Forum; närvarande: …'
    if fate.what == "item" and isinstance(place, Item):
        return ("övrig fråga " if _in(place, m.other) else "ärende ") + _label(place)
    if fate.what in _IN_ITEM and isinstance(place, Item):
        return f"{_IN_ITEM[fate.what]} {_label(place)}"
    if fate.what == "followup" and isinstance(place, FollowUp):
        return f"uppföljning: {place.title}"
    if fate.what == "schedule" and isinstance(place, tuple):
        return "tidplan: " + "; ".join(_planned(e) for e in place if isinstance(e, ScheduleEntry))
    if fate.what == "field":
        return _field_phrase(m, fate.why, undated)
    return fate.why


def rows(result: ImportResult) -> list[Row]:
    """Every non-blank source line with what it became, in the source's order, from the import's ledger."""
    ledger = result.ledger
    out: list[Row] = []
    current: Item | None = None
    in_place: dict[tuple[int, str], int] = {}
    for line in ledger.shown():
        if not line.strip():
            continue
        fate = ledger.fates.get(line.no, Fate(UNPLACED, "unplaced"))
        place = fate.place
        if fate.what == "item" and isinstance(place, Item):
            current = place
        kind = ledger.kind(line.no)
        said = phrase(result.meeting, fate, result.date_missing is not None)
        key = " ".join(fold(line).split())
        nth = in_place.get((id(place), key), 0)
        in_place[(id(place), key)] = nth + 1
        out.append(Row(ledger.source_no(line.no) + 1, line.strip(), ("? " if kind == UNSURE else "") + said,
                       place if isinstance(place, Item) else current, place, nth, fate.what, kind,
                       ledger.doubts.get(line.no, "") if kind == UNSURE else "", ledger.origins[line.no], line.no,
                       ledger.label(line.no)))
    return out


def _take_out(result: ImportResult, row: Row) -> None:
    """Remove a line from where the import put it (the place its fate names), and only from there. What stood
    under an item taken out goes to the item before it, or is unplaced when there is none."""
    m = result.meeting
    ledger = result.ledger
    place = row.place
    if row.kind in (UNPLACED, SET_ASIDE):
        return
    if row.what == "people" and isinstance(place, tuple):
        elsewhere = {id(p) for no, fate in ledger.fates.items() if no != row.no and fate.what == "people"
                     and isinstance(fate.place, tuple) for p in fate.place}  # a person another line names too
        m.attendees = [a for a in m.attendees if id(a) in elsewhere or not any(a is p for p in place)]
    elif row.what == "item" and isinstance(place, Item) and _in(place, m.items):
        n = next(i for i, item in enumerate(m.items) if item is place)
        del m.items[n]
        if n > 0:
            # Not an item after all: what stood under it belongs to the item before.
            before = m.items[n - 1]
            before.notes = "\n\n".join(x.strip("\n") for x in (before.notes, place.notes) if x.strip())
            before.notes += "\n" if before.notes else ""
            before.decisions = [*before.decisions, *place.decisions]
            ledger.moved(place, before, ("note", "decision"))
        else:
            ledger.lost_with(place)
    elif row.what == "item" and isinstance(place, Item):
        m.other = [o for o in m.other if o is not place]
        ledger.lost_with(place)
    elif row.what == "decision" and isinstance(place, Item):
        key = " ".join(fold(strip_bullet(row.text)).split())
        index = next((i for i, d in enumerate(place.decisions)
                      if (text := " ".join(fold(d.text).split())) and (text in key or key in text)), None)
        if index is not None:
            del place.decisions[index]
        if PARTED_DECISION in ledger.doubts.get(row.no, ""):  # the sentences before the decision, in the notes
            place.notes = _without_sentences(place.notes, row.text)
    elif row.what == "note" and isinstance(place, Item) and row.no in ledger.whole:
        place.notes = _without_sentences(place.notes, row.text)
    elif row.what == "note" and isinstance(place, Item):
        place.notes = _without(place.notes, row.text, row.nth)
    elif row.what == "time" and isinstance(place, Item):
        place.start = place.end = None
    elif row.what == "case" and isinstance(place, Item):
        place.case_number = None
    elif row.what == "presenter" and isinstance(place, Item):
        place.presenters = [p for p in place.presenters if p not in row.text]
    elif row.what == "followup" and isinstance(place, FollowUp):
        m.followups = [f for f in m.followups if f is not place]
        ledger.lost_with(place)
    elif row.what == "schedule" and isinstance(place, tuple):
        m.schedule = [e for e in m.schedule if not any(e is p for p in place)]


def _without(text: str, line: str, nth: int) -> str:
    """text without the nth of its lines that read as line."""
    kept, seen = [], 0
    for x in text.split("\n"):
        if " ".join(fold(x).split()) == " ".join(fold(line).split()):
            seen += 1
            if seen == nth + 1:
                continue
        kept.append(x)
    out = "\n".join(kept).strip("\n")
    return out + "\n" if out.strip() else ""


def _without_sentences(text: str, sentence: str) -> str:
    """text without the sentences of sentence (one or more sentences of a line parted by 'dela'), each taken out of
    the first line of text that holds it."""
    lines = text.split("\n")
    for said in sentences(sentence):
        for n, line in enumerate(lines):
            flat = " ".join(line.split())
            if said in flat:
                lines[n] = " ".join(flat.replace(said, " ", 1).split())
                break
    out = "\n".join(x for x in lines if x.strip()).strip("\n")
    return out + "\n" if out.strip() else ""


def _set_field(result: ImportResult, row: Row, target: str, people: list[Person]) -> None:
    """Set one of the meeting's fields from a line; ReviewRefused when the line does not give it."""
    m = result.meeting
    text = row.text
    if target == "ordförande":
        m.chair = role_names(text, "chair", people)[0]
    elif target == "sekreterare":
        m.secretary = role_names(text, "secretary", people)[0]
    elif target == "justerare":
        for name in role_names(text, "adjuster", people):
            if name not in m.adjusters:
                m.adjusters.append(name)
    elif target == "datum":
        set_date(result, _day_in(result, text), people)
    elif target == "utfärdad":
        m.issued = _day_in(result, text)
    elif target == "tid":
        start, end = time_of(text)
        m.start, m.end = start, end if end is not None and end >= start else None
    elif target == "justering":  # the adjusting's day and place: what the line gives of them
        day, place = adjusting_of(text, m.date)
        m.adjusting_date = day or m.adjusting_date
        m.adjusting_place = place or m.adjusting_place
    elif target == "plats":
        m.place = place_of(text)
        for entry in result.same_place:  # 'Nästa gång träffas vi 8/12, samma lokal.'
            entry.place = m.place
            _settle(result, entry, SAME_PLACE_DOUBT)


def _settle(result: ImportResult, place: object, doubt: str) -> None:
    """Take doubt off the lines that went into place: the review has settled it."""
    ledger = result.ledger
    for no in ledger.at(place):
        left = [d for d in ledger.doubts.get(no, "").split("; ") if d and d != doubt]
        if no in ledger.doubts:
            ledger.doubts[no] = "; ".join(left)
            if not left:
                del ledger.doubts[no]


def _now(result: ImportResult, no: int) -> str:
    """What line no became, in words, as its row says it."""
    fate = result.ledger.fates.get(no, Fate(UNPLACED, "unplaced"))
    return phrase(result.meeting, fate, result.date_missing is not None)


def _day_in(result: ImportResult, text: str) -> dt.date:
    """The date a line gives, a day without a year ('(10 mars, 13–15 i Gamla Tingshuset)') in the year the document
    gives: the meeting's, or without a date the last such day on or before the day the e-mail holding the notes was
    sent (header.day_up_to); ReviewRefused when it gives none, or no year can be had."""
    if (labelled := label_of(with_label(text))) is not None and labelled[0] == "adjusting":
        raise ReviewRefused("Raden anger justeringens dag och plats, inte mötets.")
    day = parse_tid(text)[0]
    if day is not None:
        return day
    if result.date_missing is None:
        day = due_day(text, dt.date(result.meeting.date.year, 1, 1))
    elif result.sent is not None:
        day = day_up_to(text, result.sent)
    elif due_day(text, result.meeting.date) is not None:
        raise ReviewRefused("Raden anger dagen utan år, och dokumentet säger inte vilket år (skriv datumet med år, "
                            "som 16 maj 2024).")
    if day is None:
        raise ReviewRefused("Raden anger inget datum (skriv det som 2024-05-16 eller 16 maj 2024).")
    return day


def set_date(result: ImportResult, day: dt.date, people: list[Person]) -> str:
    """Give the meeting a date (from a line, or typed for a document that gives none on any line); what it is now, in
    words. The date is no longer missing (ImportResult.date_missing). A new date reads the note again for it
    (ImportResult.rebuild), so that the dates it gives without a year (a due date 'till 15 mars', 'Nästa möte 9
    september', the adjusting's day) are that date's; the review's moves so far are made again on it."""
    if result.rebuild is not None and day != result.meeting.date:
        _rebuild(result, day, people)
    result.meeting.date = day
    result.date_missing = None
    return f"mötets datum: {day.isoformat()}"


def _rebuild(result: ImportResult, day: dt.date, people: list[Person]) -> None:
    """result read again as the meeting of day, in place, with the review's moves (but a date's) made again."""
    assert result.rebuild is not None
    old = result.meeting
    taken = bool(result.proposals) and all(any(p is f for f in old.followups) for p in result.proposals)
    new = result.rebuild(day)
    if taken:  # the proposals were added to the meeting (import --proposals): so they are again
        new.meeting.followups.extend(new.proposals)
    for label, target in result.moves:
        row = next((r for r in rows(new) if r.label == label), None)
        if row is None or target == "datum":
            continue
        if target.startswith("grupp:"):  # a group chosen for each person
            with contextlib.suppress(ReviewRefused):
                set_groups(new, row, [g or None for g in target.removeprefix("grupp:").split(",")])
            continue
        try:
            move(new, row, target, people)
        except ReviewRefused:
            continue  # the line stays as the import read it, its fate in the ledger
    result.meeting, result.ledger = new.meeting, new.ledger
    result.hints, result.remarks, result.proposals = new.hints, new.remarks, new.proposals
    result.moves, result.same_place = new.moves, new.same_place


def move(result: ImportResult, row: Row, target: str, people: list[Person]) -> str:
    """Move a source line to target (a value of TARGETS), or set a field of the meeting from it; what it is now,
    in words. The ledger records the line's new fate, the result the move (ImportResult.moves). ReviewRefused
    (nothing changed) when the line does not give what the target needs."""
    if target not in TARGETS.values():
        raise ValueError(target)
    if target in ("dela", "hel rad"):
        now = _split(result, row, people) if target == "dela" else _join(result, row)
        result.moves.append((row.label, target))
        return now
    partly = _partly(result, row, target, people)
    if partly is not None:
        return partly
    if target == "datum":
        set_date(result, _day_in(result, row.text), people)  # a new date reads the note again: the row anew
        row = next((r for r in rows(result) if r.label == row.label), row)
    now = _move(result, row, target, people)
    result.moves.append((row.label, target))
    return now


def row_of(result: ImportResult, found: list[Row], label: str, target: str, people: list[Person]) -> Row:
    """The row a number typed in the review names for target: the row of that label; for the number of a line
    parted into sentences ('8' after '8 d' parted it into 8.1 and 8.2), the one sentence that gives what target
    reads (k: the sentence with the time; of several, the one that gave a field of the meeting already, as the
    sentence 'd' took the date from gives the time and place too), any of them for h. ReviewRefused, naming the
    sentences to use, when no such row is there or the key does not tell which sentence is meant."""
    by_label = {row.label: row for row in found}
    if label in by_label:
        return by_label[label]
    source = int(label) - 1 if label.isdigit() else -1
    parts = [row for row in found if row.no in result.ledger.parts.get(source, [])]
    if not parts:
        raise ReviewRefused(f"Rad {label} finns inte bland raderna ovan.")
    if target == "hel rad":
        return parts[0]
    if target in _READING:
        read = [row for n, row in enumerate(parts)
                if _reads(result, row.text, parts[n - 1].text if n else "", target, people)]
        fields = [row for row in read if row.what == "field"]  # the sentence that gave the date gives time, place
        if len(read) == 1 or len(fields) == 1:
            return read[0] if len(read) == 1 else fields[0]
        parts = read or parts
    named = ", ".join(f"{row.label} ”{row.text}”" for row in parts)
    raise ReviewRefused(f"Rad {label} är delad i meningar; skriv numret på den mening du menar: {named}.")


def _context(result: ImportResult, row: Row) -> tuple[list[str], int]:
    """The lines a row is read among and its place in them: the note's lines for a source line (a list's entry is
    read with the words above it); a sentence (or sentences) of a line parted by 'dela' alone, as the row says."""
    if row.no in result.ledger.whole:
        return [row.text], 0
    return list(result.ledger.lines), row.no


def _move(result: ImportResult, row: Row, target: str, people: list[Person]) -> str:
    """move, once the target is known to be one."""
    text = row.text
    m = result.meeting
    ledger = result.ledger
    no = row.no
    # the item (or other question) whose heading the line is
    heading = row.place if row.what == "item" and isinstance(row.place, Item) and _in(row.place, [*m.items, *m.other]) \
        else None
    if target in FIELD_TARGETS:
        _set_field(result, row, target, people)
        if row.kind in (UNPLACED, SET_ASIDE) or row.what == "note":
            _take_out(result, row)
            ledger.redo(no, Fate(PLACED, "field", None, target))
            result.sync_unplaced()
        return _field_phrase(m, target, result.date_missing is not None)
    if target == "grupp":
        return _next_group(result, row)
    if target == "nästa möte":
        planned = line_meetings(NEXT_MEETING.sub(r"\g<rest>", text).strip(" :"), _schedule_year(result, row), m.date)
        if planned is None or is_deadline(text):
            raise ReviewRefused("Raden anger inget datum för ett möte.")
        result.same_place += at_this_place(planned, m.place)
        _take_out(result, row)
        m.schedule += planned  # 'Nästa möten: 12 feb, 14 maj och 3 sept 2027': a planned meeting each
        ledger.redo(no, Fate(PLACED, "schedule", tuple(planned)))
        unsure = doubts_of(text, planned)  # what is still to check in the line ('10/12 eller 17/12') stays marked
        if unsure:
            ledger.doubts[no] = "; ".join(unsure)
    elif target == "övrig fråga" and row.what == "item" and isinstance(row.place, Item) and _in(row.place, m.items):
        moved = row.place  # the item and what stands under it become an other question
        m.items = [i for i in m.items if i is not moved]
        m.other.insert(len([o for o in m.other if o.title != UNPLACED_TITLE]), moved)
    elif target in ("närvarande", "frånvarande"):
        own = row.place if row.what == "people" and isinstance(row.place, tuple) else ()
        others = [a for a in m.attendees if not any(a is p for p in own)]  # not the line's own people
        around, at = _context(result, row)
        column = label_column(around, at) if around[at] == text else text  # 'Insynsplats Johan Ek' over its column
        try:
            added, unsure = people_of(column, target == "frånvarande", people, others)
            took, said = [row], ""
        except ReviewRefused:
            spanned = _people_of_sentence(result, row, target == "frånvarande", people, others)
            if spanned is None:
                raise
            added, unsure, took = spanned
            lines = f"{took[0].label}–{took[-1].label}" if len(took) > 1 else took[0].label
            said = f" (läst ur rad {lines}" + (
                f"; rad {row.label} har också annan text och står kvar)" if row not in took else ")")
        group = _label_group(result, row)
        for attendee in added:  # '    Lisa Ek, Polisen' under 'Ersättare:': the label's group, unless one is written
            attendee.group = attendee.group or group
        no = took[0].no
        for line in took:  # the people are the first line's; a line after it was read with it
            field = ledger.fates[line.no].why if line.what in ("field", "people") else ""
            _take_out(result, line)
            ledger.redo(line.no, Fate(PLACED, "people", tuple(added), field) if line is took[0] else
                        Fate(PLACED, "people", (), f"personer, lästa med rad {ledger.label(no)}"))
        short = full_names(added, people)  # 'Anna L, Erik, Sanden': the names people.toml gives
        new = _instead(result, own, added)  # someone another line names too: that one attendee, read again
        labelled = label_of(text)  # 'Delvis närvarande: Sven Dahl (M)' names someone listed already
        again = {id(a) for a in new} if labelled is not None and labelled[1] == "partial" else set()
        m.attendees = once([*m.attendees, *new], ledger, again)  # someone listed already is one attendee
        for doubt in short:
            ledger.doubt(ledger.lines[no], doubt)
        said = "".join(f" ({doubt})" for doubt in short) + said
        if unsure:  # 'Ann Ek, Bo Ny': said with the move and kept as the line's doubt
            doubt = ", ".join(f"”{name}”" for name in unsure) + " lästes som en person men kan vara en organisation"
            ledger.doubt(ledger.lines[no], doubt)
            result.sync_unplaced()
            return f"{_now(result, no)} ({doubt}){said}"
        result.sync_unplaced()
        return _now(result, no) + said
    elif target == "ärende" and heading is not None and _in(heading, m.items):
        if not _read_again(heading, line_item(text, m)):  # where it stands, with what stands under it
            raise ReviewRefused(f"Raden är redan rubriken till ärende {_label(heading)}; ingenting flyttades.")
    elif target == "övrig fråga" and heading is not None and _in(heading, m.other):
        raise ReviewRefused(f"Raden är redan rubriken till den övriga frågan {_label(heading)}; ingenting flyttades.")
    elif target == "ärende":
        below = _below(result, row)
        _take_out(result, row)
        ledger.redo(no, Fate(PLACED, "item", _split_at(result, row, below)))
    elif target == "övrig fråga":
        _take_out(result, row)
        other = line_item(text, m)
        m.other.insert(len([o for o in m.other if o.title != UNPLACED_TITLE]), other)
        ledger.redo(no, Fate(PLACED, "item", other))
    elif target in ("beslut", "anteckning"):
        under = row.under
        if row.what == "item" and isinstance(row.place, Item) and _in(row.place, m.items):
            n = next(i for i, item in enumerate(m.items) if item is row.place)
            if not n:  # never into the last item, far from where the line stands
                raise ReviewRefused("Raden är rubriken till det första ärendet, och det finns inget ärende före "
                                    "den att lägga den i; gör den till ett ärende (a), en övrig fråga (v) eller "
                                    "ignorera den (i).")
            under = m.items[n - 1]  # an item's title made text: it belongs to the item before
        elif under is None and m.items:  # a line of the head ('Per Lind, Polisen'): never into the last item
            raise ReviewRefused("Raden står före det första ärendet, och det finns inget ärende ovanför den att "
                                "lägga den i; gör den till ett ärende (a), en övrig fråga (v) eller ignorera den (i).")
        _take_out(result, row)
        item = under if _in(under, [*m.items, *m.other]) else (m.items[-1] if m.items else None)
        if item is None:
            item = Item(title=line_item(text, m).title)
            m.items.append(item)
            ledger.redo(no, Fate(PLACED, "item", item))
        elif target == "beslut":  # '· Beslut: Enkäten skickas' → 'Enkäten skickas'; '- avsätta 40 000 kr.' under
            item.decisions.append(decision_at(*_context(result, row)))  # 'Rådet beslutar att': its words, its amount
            ledger.redo(no, Fate(PLACED, "decision", item))
        else:
            item.notes = (item.notes.rstrip("\n") + "\n" if item.notes else "") + text + "\n"
            ledger.redo(no, Fate(PLACED, "note", item))
    elif target == "uppföljning":
        found, doubts = followup_of(*_context(result, row), m, people, {f.id for f in m.followups})
        m.followups.append(found)
        result.proposals = [p for p in result.proposals if fold(p.title) != fold(found.title)]
        if heading is not None and not text.rstrip(" .").endswith(heading.title):
            # '3) Belysning: Oskar tar fram en karta …', a task beside the item's title: the item stays
            doubts = [*doubts, f"raden är också rubriken till ärende {_label(heading)}, som står kvar"]
        else:
            _take_out(result, row)
            ledger.redo(no, Fate(PLACED, "followup", found))
        for doubt in doubts:
            ledger.doubt(ledger.lines[no], doubt)
        result.sync_unplaced()
        return f"uppföljning: {found.title}" + (f" – {', '.join(found.owners)}" if found.owners else "") + \
            (f", senast {found.due.isoformat()}" if found.due else "") + (f" ({'; '.join(doubts)})" if doubts else "")
    else:
        _take_out(result, row)
        ledger.redo(no, Fate(SET_ASIDE, "aside", None, "ignorerad vid granskningen"))
    result.sync_unplaced()
    return _now(result, no)


def _instead(result: ImportResult, own: tuple[object, ...], added: list[Attendee]) -> list[Attendee]:
    """The people a line read again gives (added), each of them put in the place of the attendee of that name the
    line named before (own) when another line names that attendee too (a Markdown file's header list and its table
    both name Jonas Ek; 'Ledamöter: … Sven Dahl' and 'Delvis närvarande: Sven Dahl'): one attendee, whichever line
    is read again. It stands where that attendee stood, in the meeting and in every line naming them, with what
    the other lines said of them (party, title, organisation, role, group; on the same side, the part of the meeting
    they were at) that this reading leaves unsaid. The people not so placed, for the caller to add."""
    m = result.meeting
    ledger = result.ledger
    fresh = []
    for attendee in added:
        old = next((a for a in own if isinstance(a, Attendee) and fold(a.name) == fold(attendee.name)
                    and any(a is b for b in m.attendees)), None)  # after _take_out: kept for another line only
        if old is None:
            fresh.append(attendee)
            continue
        for key in SAID_ONCE:
            if getattr(attendee, key) is None:
                setattr(attendee, key, getattr(old, key))
        if attendee.absent == old.absent:  # the same side: when the other line says they were there holds still
            attendee.partial = attendee.partial or old.partial
        attendee.extra = {**old.extra, **attendee.extra}
        m.attendees = [attendee if a is old else a for a in m.attendees]
        for no in ledger.at(old):
            place = ledger.fates[no].place
            if isinstance(place, tuple):
                held = tuple(attendee if p is old else p for p in place)
                ledger.rehome(no, tuple(p for n, p in enumerate(held) if not any(p is q for q in held[:n])))
    return fresh


# What the review says of a sentence it proposes as a decision when it parts a line ('dela').
PROPOSED_DECISION = "föreslaget som beslut ur texten; flytta meningen med t om den inte är ett beslut"
# How a line's fate goes to the sentences it is parted into: as it is for these parts of it; any other part (a
# decision, a follow-up, people, a field) is taken out and its sentences stand as notes where the line stood.
_KEPT_IN_PARTS = ("note", "unplaced", "aside", "blank")


def _split(result: ImportResult, row: Row, people: list[Person]) -> str:
    """Part a line (a paragraph of prose) into its sentences (text.sentences: 't.ex.', 'kl. 13.00', '§ 5' end
    none), each then a row of its own ('12.1', '12.2', …) to be moved by the usual keys; a sentence that states a
    decision ('Rådet beslutade att …', 'Vi bestämde att …') is proposed as a decision of the item it stands in,
    marked unsure. What the line is now, in words. ReviewRefused for a line of one sentence, or one already
    parted."""
    ledger = result.ledger
    if row.no in ledger.whole:
        raise ReviewRefused(f"Raden är redan en mening ur rad {row.number}; h gör rad {row.number} hel igen.")
    texts = sentences(row.text)
    if len(texts) < 2 or table_row(row.text) is not None:
        raise ReviewRefused("Raden är en enda mening och kan inte delas.")
    title_of_item = row.what == "item" and isinstance(row.place, Item)
    if row.what not in _KEPT_IN_PARTS and not title_of_item:
        _take_out(result, row)  # its sentences stand as notes where it stood
        under = row.under if _in(row.under, [*result.meeting.items, *result.meeting.other]) else None
        if under is not None:
            under.notes = (under.notes.rstrip("\n") + "\n" if under.notes.strip() else "") + row.text + "\n"
        ledger.redo(row.no, Fate(PLACED, "note", under) if under is not None else Fate(UNPLACED, "unplaced"))
    parts = ledger.split(row.no, texts)
    if title_of_item:  # the first sentence stays the item's title; the others are its notes
        item = row.place
        assert isinstance(item, Item)
        if not _holds_line(item, row.text):  # a title of several sentences: its first is the title now
            item.title = line_item(texts[0], result.meeting).title
            item.notes = "".join(f"{text}\n" for text in texts[1:]) + item.notes
        for n in parts[1:]:
            ledger.redo(n, Fate(PLACED, "note", item))
    for part in [r for r in rows(result) if r.no in parts]:
        if part.what == "note" and isinstance(part.place, Item) and decision_sentence(part.text):
            _move(result, part, "beslut", people)
            ledger.doubt(ledger.lines[part.no], PROPOSED_DECISION)
    result.sync_unplaced()
    shown = [r for r in rows(result) if r.no in parts]
    return f"delad i {len(parts)} meningar: " + "; ".join(f"{r.label} {r.became}" for r in shown)


def _holds_line(item: Item, text: str) -> bool:
    """Whether an item's notes hold a line whole (an item made of a paragraph without a title)."""
    return any(" ".join(x.split()) == " ".join(text.split()) for x in item.notes.split("\n"))


def _join(result: ImportResult, row: Row) -> str:
    """A line parted into sentences whole again: each sentence taken out of where it went, and the line a note of
    the item it stands in (placed nowhere before the first item). What it is now, in words. ReviewRefused for a
    line not parted, and for one of whose sentences a key made something the joined line would lose (a follow-up,
    a decision, people, an item; a decision the parting only proposed, and a field of the meeting, which stays,
    do not count), naming each."""
    ledger = result.ledger
    source = ledger.source_no(row.no)
    if source not in ledger.parts:
        raise ReviewRefused("Raden är inte delad i meningar (c delar den).")
    made = [r for r in rows(result) if r.no in ledger.parts[source] and r.what not in (*_KEPT_IN_PARTS, "field")
            and not (r.what == "decision" and PROPOSED_DECISION in ledger.doubts.get(r.no, ""))]
    if made:  # what a sentence was made (a follow-up, a decision, people, an item) would be lost whole
        said = "; ".join(f"{r.label} är {r.became.removeprefix('? ')}" for r in made)
        notes = ", ".join(f"”{r.label} t”" for r in made)
        raise ReviewRefused(f"Raden görs inte hel, eftersom det en mening blev då skulle försvinna: {said}. Gör "
                            f"meningen till anteckning först ({notes}) om raden ska bli hel.")
    for part in [r for r in rows(result) if r.no in ledger.parts[source]]:
        _take_out(result, part)
    ledger.join(source)
    text = ledger.lines[source].strip()
    under = row.under if _in(row.under, [*result.meeting.items, *result.meeting.other]) else None
    if under is not None:
        under.notes = (under.notes.rstrip("\n") + "\n" if under.notes.strip() else "") + text + "\n"
    ledger.redo(source, Fate(PLACED, "note", under) if under is not None else Fate(UNPLACED, "unplaced"))
    result.sync_unplaced()
    return _now(result, source)


# The keys that read a value out of a line, which take only the sentences that give it (_partly).
_READING = (*FIELD_TARGETS, "närvarande", "frånvarande", "uppföljning", "nästa möte")


def _reads(result: ImportResult, text: str, before: str, target: str, people: list[Person]) -> bool:
    """Whether one sentence (before: the sentence before it) gives what target reads from a line."""
    m = result.meeting
    try:
        if target in ("ordförande", "sekreterare", "justerare"):
            role_names(text, {"ordförande": "chair", "sekreterare": "secretary", "justerare": "adjuster"}[target],
                       people)
        elif target in ("datum", "utfärdad"):
            _day_in(result, text)
        elif target == "tid":
            time_of(text)
        elif target == "plats":
            place_of(text)
        elif target == "justering":
            adjusting_of(text, m.date)
        elif target in ("närvarande", "frånvarande"):
            people_of(text, target == "frånvarande", people, m.attendees)
        elif target == "nästa möte":
            return line_meetings(NEXT_MEETING.sub(r"\g<rest>", text).strip(" :"), None, m.date) is not None and \
                not is_deadline(text)
        elif target == "uppföljning":
            return proposal_in(text, m, people, set(), before, anyone=True) is not None or \
                due_day(text, m.date) is not None
    except ReviewRefused:
        return False
    return True


def _partly(result: ImportResult, row: Row, target: str, people: list[Person]) -> str | None:
    """A key that reads a value (a name, a date, people, a follow-up's task) on a line of several sentences of
    which only some give it: the line parted into its sentences (as 'dela' parts it), the sentences that give the
    value moved as one, the others left where the line stood. What the line is now, in words; None when the key
    takes the line whole (one sentence, every sentence gives it, none does, or a line the key leaves where it is).
    The follow-up's 'Ansvarig: Lisa Ek' takes the sentence before it with it."""
    ledger = result.ledger
    if target not in _READING or row.no in ledger.whole or table_row(row.text) is not None:
        return None
    paragraph = row.what == "item" and isinstance(row.place, Item) and _holds_line(row.place, row.text)
    # a line the import made a decision of its later sentence, its other sentences notes: read as notes
    decided = row.what == "decision" and PARTED_DECISION in ledger.doubts.get(row.no, "")
    if row.what not in ("note", "unplaced", "aside") and not paragraph and not decided:  # a title, people, …
        return None
    texts = sentences(row.text)
    if len(texts) < 2:
        return None
    if target in ("närvarande", "frånvarande") and _people_of_sentence(
            result, row, target == "frånvarande", people, result.meeting.attendees) is not None:
        return None  # a sentence of people that goes on over the lines around it: read whole (_move)
    read = [n for n, text in enumerate(texts) if _reads(result, text, texts[n - 1] if n else "", target, people)]
    if target == "uppföljning":  # 'Ansvarig: Lisa Ek' gives the task of the sentence before it
        read = sorted({k for n in read for k in ((n - 1, n) if n and proposal_in(
            texts[n], result.meeting, people, set(), "", anyone=True) is None and due_day(
            texts[n], result.meeting.date) is None else (n,))})
    if not read or len(read) == len(texts):
        return None
    if decided:  # the line a note again, its decisions proposed again once the key took its sentences
        _take_out(result, row)
        under = row.place
        assert isinstance(under, Item)
        under.notes = (under.notes.rstrip("\n") + "\n" if under.notes.strip() else "") + row.text + "\n"
        ledger.redo(row.no, Fate(PLACED, "note", under))
        row = next(r for r in rows(result) if r.label == row.label)
    if target == "datum":
        set_date(result, _day_in(result, " ".join(texts[n] for n in read)), people)
        row = next(r for r in rows(result) if r.label == row.label)  # the note read again for the date
        ledger = result.ledger
    parts = ledger.split(row.no, texts)
    result.moves.append((row.label, "dela"))
    if paragraph:  # an item made of the paragraph: it stays, titled by the first sentence left in it
        item = row.place
        assert isinstance(item, Item)
        kept = [n for n in range(len(texts)) if n not in read]
        for n, no in enumerate(parts):
            if n != kept[0]:
                ledger.redo(no, Fate(PLACED, "note", item))
        if kept[0]:
            item.title = line_item(texts[kept[0]], result.meeting).title
    found = {r.no: r for r in rows(result)}
    taken = [found[parts[n]] for n in read]
    first = taken[0]
    joined = Row(first.number, " ".join(r.text for r in taken), first.became, first.under, first.place, first.nth,
                 first.what, first.kind, first.doubt, first.origin, first.no, first.label)
    now = _move(result, joined, target, people)
    fate = ledger.fates[first.no]
    for other in taken[1:]:
        if target in ("närvarande", "frånvarande"):
            ledger.redo(other.no, Fate(PLACED, "people", (), f"personer, lästa med rad {first.label}"))
        else:  # taken out of the notes with the first (_take_out of the sentences joined)
            ledger.redo(other.no, Fate(fate.kind, fate.what, fate.place, fate.why))
    result.moves.append((first.label, target))
    if decided:
        for part in [r for r in rows(result) if r.no in parts]:
            if part.what == "note" and isinstance(part.place, Item) and decision_sentence(part.text):
                _move(result, part, "beslut", people)
                ledger.doubt(ledger.lines[part.no], PROPOSED_DECISION)
    result.sync_unplaced()
    labels = ", ".join(r.label for r in taken)
    left = ", ".join(found[n].label for k, n in enumerate(parts) if k not in read)
    return f"{now} (ur rad {labels}; rad {left} står kvar där raden stod)"


# The groups the review's g steps through, in turn: ATTENDEE_GROUPS, then none.
_GROUP_TURN: list[str | None] = [*ATTENDEE_GROUPS, None]


def people_on(row: Row) -> list[Attendee]:
    """The people a line named (present or absent), in its order; none for a line that named nobody."""
    return [a for a in row.place if isinstance(a, Attendee)] if row.what == "people" and \
        isinstance(row.place, tuple) else []


# The groups the review's chooser offers for each person, in this order (README: 'g' on a line of several people).
GROUP_CHOICES: list[str | None] = [*ATTENDEE_GROUPS, None]


def group_word(group: str | None) -> str:
    """A group in the review's words ('ersättare'; 'ingen grupp')."""
    return GROUP_WORDS.get(group, "ingen grupp") if group else "ingen grupp"


def set_groups(result: ImportResult, row: Row, groups: list[str | None]) -> str:
    """Give each of the people a line named the group chosen for them (groups: one a person, in the line's order,
    each of GROUP_CHOICES); what the line is now, in words. The choice is kept with the review's moves, so that a
    new date (which reads the note again) keeps it. ReviewRefused for a line that named nobody, or a wrong count."""
    people = people_on(row)
    if not people:
        raise ReviewRefused("Raden anger ingen närvarande eller frånvarande person; gör den till det först (n eller "
                            "f).")
    if len(groups) != len(people) or any(g not in GROUP_CHOICES for g in groups):
        raise ReviewRefused(f"Ange en grupp för var och en av de {len(people)} personerna.")
    for attendee, group in zip(people, groups, strict=True):
        attendee.group = group
    result.moves.append((row.label, "grupp:" + ",".join(g or "" for g in groups)))
    return _now(result, row.no)


def _next_group(result: ImportResult, row: Row) -> str:
    """Give the people a line named the group after the first one's in _GROUP_TURN (ledamot → ersättare →
    adjungerad → inbjuden → övrig deltagare → ingen grupp → ledamot); what they are now, in words. ReviewRefused
    for a line that named nobody."""
    people = [a for a in row.place if isinstance(a, Attendee)] if row.what == "people" and \
        isinstance(row.place, tuple) else []
    if not people:
        raise ReviewRefused("Raden anger ingen närvarande eller frånvarande person; gör den till det först (n eller "
                            "f).")
    group = _GROUP_TURN[(_GROUP_TURN.index(people[0].group if people[0].group in ATTENDEE_GROUPS else None) + 1)
                        % len(_GROUP_TURN)]
    for attendee in people:
        attendee.group = group
    return _now(result, row.no) + ("" if group else " (ingen grupp)")



def _schedule_year(result: ImportResult, row: Row) -> int | None:
    """The year of the schedule a line stands in: its heading's above it ('Mötestider 2026' over '16 mars'), up to
    the item the line stands in; None when no such heading is there (a date without a year is then the next such
    day after the meeting)."""
    for no in range(result.ledger.source_no(row.no) - 1, -1, -1):
        line = result.ledger.lines[no]
        heading = section_of(line) if line.strip() else None
        if heading is not None and heading[0] == "Tidplan":
            return heading[1]
        if result.ledger.fates.get(no, Fate(UNPLACED)).what == "item":
            return None
    return None


def _label_group(result: ImportResult, row: Row) -> str | None:
    """The group of the people label a line stands under in a list ('Ersättare:' over '    Lisa Ek, Polisen' and
    '    Karl Öst, Skolan'; 'Ersättare: Lisa Ek' over 'Karl Öst'): the first people label above it with no blank
    line, item or other field between; None when the line stands in no such list, or the label gives no group
    ('Närvarande:', 'Anmält förhinder:')."""
    ledger = result.ledger
    if row.no in ledger.whole or label_of(row.text) is not None:
        return None  # 'Anmält förhinder: Lo Ek': its own label says; a sentence of a parted line stands in no list
    for no in range(ledger.source_no(row.no) - 1, -1, -1):
        line = ledger.lines[no]
        if not line.strip() or ledger.fates.get(no, Fate(UNPLACED)).what == "item":
            return None
        labelled = label_of(line)
        if labelled is not None:
            return labelled[1] if labelled[0] == "people" and labelled[1] in ATTENDEE_GROUPS else None
    return None


# How many lines before and after a line a sentence of people it is part of may reach.
_SENTENCE_LINES = 10


def _people_of_sentence(result: ImportResult, row: Row, absent: bool, people: list[Person],
                        others: list[Attendee]) -> tuple[list[Attendee], list[str], list[Row]] | None:
    """The people of the sentences a line is part of, when the sentences go on over the lines before or after it (a
    mail's '… Vi var' / 'Karin Lööf, … och Oskar Vik från' / 'räddningstjänsten. Ingela Bäck hade lämnat
    återbud.'): the sentences of its paragraph (the lines around it up to a blank line) that touch the line, those
    that read as people (people_of), and the rows of the lines wholly within those sentences, which the people
    take; a line that holds other text too stays where it is. None when no such sentence names anyone."""
    lines, origins = result.ledger.lines, result.ledger.origins

    def prose(n: int) -> bool:  # a line of text, never a table's row or cell, nor a label over a list ('Ersättare:',
        # 'Insynsplats:', one the import does not know)
        text = lines[n].strip()
        labelled = label_of(text) if text else None
        return bool(text) and "\t" not in text and not origins[n].startswith("tabell") and \
            not (labelled is not None and not labelled[2]) and not text.endswith(":")

    first = last = row.no
    if row.no in result.ledger.whole or not prose(first):  # a sentence of a line parted by 'dela': its own text
        return None
    while first > max(0, row.number - 1 - _SENTENCE_LINES) and prose(first - 1):
        first -= 1
    while last + 1 < min(len(lines), row.number + _SENTENCE_LINES) and prose(last + 1):
        last += 1
    if first == last:
        return None
    starts: dict[int, int] = {}
    at = 0
    for n in range(first, last + 1):
        starts[n] = at
        at += len(lines[n].strip()) + 1
    text = " ".join(lines[n].strip() for n in range(first, last + 1))
    ends = {n: starts[n] + len(lines[n].strip()) for n in starts}

    def touched(a: int, b: int) -> set[int]:
        return {n for n in starts if a < ends[n] and b > starts[n]}

    def names(a: int, b: int) -> bool:
        try:
            people_of(text[a:b], absent, people, others, as_written=True)
        except ReviewRefused:
            return False
        return True

    spans = sentence_spans(text)
    reached, kept = {row.no}, []  # the people sentences on the line, and those sharing a line with them
    while more := [span for span in spans if span not in kept and touched(*span) & reached and names(*span)]:
        kept += more
        reached |= {n for span in more for n in touched(*span)}
    if not kept:
        return None
    kept.sort()
    added, unsure = people_of(" ".join(text[a:b].strip() for a, b in kept), absent, people, others,
                              as_written=True)
    covered = [any(a <= i < b for a, b in kept) or text[i] == " " for i in range(len(text))]
    within = {n for n in starts if all(covered[starts[n]:ends[n]])}
    if not within:  # the sentences stand on the line with other text ('Johan Ek. Han berättade om läget.'): _partly
        return None
    return added, unsure, [r for r in rows(result) if r.no in within]


def _below(result: ImportResult, row: Row) -> list[Row]:
    """The rows after row that belong to the same item (its notes and decisions below the line), up to the next
    item's title."""
    if row.under is None:
        return []
    out = []
    found = rows(result)
    at = next((n for n, r in enumerate(found) if r.label == row.label), len(found))
    for other in found[at + 1:]:
        if other.under is not row.under or other.what == "item":
            break
        out.append(other)
    return out


def _read_again(item: Item, fresh: Item) -> bool:
    """An item's heading read again by key (a, as line_item reads a line): its number, title, presenters, time and
    case number as read now, where they are read, in place, with its notes and decisions kept; whether any
    changed."""
    before = (item.number, item.title, item.presenters, item.start, item.end, item.case_number)
    item.number = fresh.number or item.number
    item.title = fresh.title or item.title
    item.presenters = fresh.presenters or item.presenters
    item.start, item.end = (fresh.start, fresh.end) if fresh.start else (item.start, item.end)
    item.case_number = fresh.case_number or item.case_number
    return (item.number, item.title, item.presenters, item.start, item.end, item.case_number) != before


def _split_at(result: ImportResult, row: Row, below: list[Row]) -> Item:
    """A line made an item of its own: the item starts there, after the item it stood in, and takes the notes and
    decisions below the line from that item; a number written before the title ('3. Klotter') is its number.
    The new item."""
    m = result.meeting
    item = line_item(row.text, m)
    under = row.under
    if under is not None and _in(under, m.items):
        for other in below:
            if other.what == "note" and other.place is under:
                under.notes = _without(under.notes, other.text, 0)
                item.notes += other.text + "\n"
                result.ledger.rehome(other.no, item)
            elif other.what == "decision" and other.place is under:
                key = " ".join(fold(other.text).split())
                taken = next((d for d in under.decisions if (text := " ".join(fold(d.text).split()))
                              and (text in key or key in text)), None)
                if taken is not None:
                    under.decisions.remove(taken)
                    item.decisions.append(taken)
                result.ledger.rehome(other.no, item)
        m.items.insert(next(n for n, i in enumerate(m.items) if i is under) + 1, item)
    else:
        m.items.append(item)
    return item


def line_item(text: str, meeting: Meeting) -> Item:
    """An item (or other question) made from one line, read as the import reads a paragraph without a title: a line
    that is a title ('3. Klotter', '- Belysning i parken', 'Lägesbild (Erik Sand)') gives the title, its number and
    presenter; a row of a table that could not be read, its cells parted by tabs ('3<TAB>Medel till nattvandring
    <TAB>Jonas Lind<TAB>KS 2026/77'), gives its number, title, presenter (by the people at the meeting: who_is),
    time and case number from its cells as an agenda table's row does (numbered.agenda_cells); a sentence ('Lisa
    Berg tog upp belysningen vid busstationen, som är trasig sedan januari.') gives a short title (its topic or
    opening words, at most 60 characters) and stays whole in the item's notes."""
    text = time_first(text)  # '14.10  3. Lägesbild (Eva Rapp)': the number first, the time a field after the title
    start = written_start(text)
    cells = table_row(strip_bullet(start.title if start is not None and start.title else text))
    if cells is not None:
        item = Item(title="\t".join(cells))
        item.notes = "".join(f"{cell}\n" for cell in agenda_cells(item))  # 'Beslut: …' cells
        item.title = one_line(item.title)
        item.presenters = list(dict.fromkeys(who_is(p, meeting)[0] for p in item.presenters))
    elif start is not None and start.title and len(read := parse_numbered([text], meeting.attendees,
                                                                          Ledger()).items) == 1:
        item = read[0]  # '3. Lägesbild – polisen (Eva Rapp)': read as the import reads a numbered title
    else:
        title = title_of(text)
        found = parse_items([title], meeting.attendees, untitled_ok=True)[0] if title else []
        item = found[0] if found else Item(title=title)  # 'Inga fler frågor' moved by key: an item all the same
    if start is not None and start.title:
        item.number = start.number
    return item


def review_table(found: list[Row]) -> Table:
    """The source lines beside what each became, for 80 columns: number, line, what it became.
    A line placed nowhere is marked in words (INTE PLACERAD), an unsure one by '?' and its doubt, never by colour
    alone."""
    table = Table(box=None, show_header=True, header_style="bold", padding=(0, 1, 0, 0), expand=True)
    table.add_column("Rad", justify="right", no_wrap=True, width=4)
    table.add_column("I källan", ratio=3, overflow="fold")
    table.add_column("Blev", ratio=2, overflow="fold")
    for row in found:
        style = "bold" if row.kind in (UNPLACED, UNSURE) else ""
        became = f"{row.became} ({row.doubt})" if row.doubt else row.became
        source = Text(row.text)
        if row.origin:
            source.append(f" ({row.origin})", style="dim")
        table.add_row(row.label, source, Text(became, style=style))
    return table
