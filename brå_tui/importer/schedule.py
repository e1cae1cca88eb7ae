"""Tidplan: '14 februari kl 09:00 – 11:30' under 'Tidplan 2025'."""

from __future__ import annotations

import datetime as dt
import re

from brå_tui.importer.bilingual import ENGLISH_HALF
from brå_tui.importer.decisions import opens_decision
from brå_tui.importer.header import (
    BEFORE_A_DAY,
    DAY_WITHOUT_YEAR,
    MONTH_PATTERN,
    NUMERIC_DATE,
    ORDINAL,
    day_without_year,
    month_number,
    parse_span,
    with_iso_dates,
    with_spoken_times,
)
from brå_tui.importer.ledger import Ledger
from brå_tui.importer.when_where import BUILDING, place_in_text, stands_as_place, words_after_when
from brå_tui.model import ScheduleEntry
from brå_tui.text import CAPITAL
from brå_tui.text import fold_line as fold

# "Onsdagar kl.15:30-17:30": the time every date below it has, when they give none of their own.
_WEEKDAY_TIMES = re.compile(r"^(?:mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag)(?:ar|en)?\b[^\d]*\d")
_DAY_IN_SENTENCE = re.compile(rf"\b(?:den\s+)?(\d{{1,2}}){ORDINAL}\s+({MONTH_PATTERN})(?:\s+(\d{{4}}))?\b")
_DAY = re.compile(rf"^(?:\w+dag(?:en)?\s+(?:den\s+)?)?(\d{{1,2}}){ORDINAL}\s+({MONTH_PATTERN})(?:\s+(\d{{4}}))?\b")
# "Nästa möte: 16 maj kl. 13.00, Stadshuset sal A.", "Nästa sammanträde hålls den 7 juni 2017 kl. 09.00–12.00 i
# Rådhuset": the next meeting, wherever in the minutes it is written.
# Also in a sentence that says the council meets next time ('Rådet sammanträder nästa gång tisdagen den 5 maj',
# 'Nästa gång träffas gruppen 14/4', 'Vi ses igen den 3 juni').
_MEETS_VERB = r"(?:sammanträder|träffas|möts|ses|samlas)"
NEXT_MEETING = re.compile(r"^\W*" + ENGLISH_HALF +
                          r"(?:(?:nästa|kommande)\s+(?:möte(?:t|n|na)?|sammanträde(?:t|n|na)?|träff(?:en|ar|arna)?|"
                          r"rådsmöte(?:t|n|na)?|avstämning(?:en|ar|arna)?)\b|"
                          rf"(?:[\w-]+\s+){{0,3}}?{_MEETS_VERB}\s+(?:vi\s+)?(?:nästa\s+gång|härnäst|igen)\b|"
                          rf"nästa\s+gång\s+(?:[\w-]+\s+){{0,2}}?{_MEETS_VERB}\b(?:\s+(?:vi|rådet|gruppen)\b)?)"
                          r"(?P<rest>.*)$", re.IGNORECASE)
# A date that is a deadline, not a meeting: "Anmäl förhinder senast 10 maj", "OSA senast …".
_DEADLINE = re.compile(r"\b(?:senast|förhinder|anmäl\w*|osa|svar\w*)\b", re.IGNORECASE)
_LEAD = re.compile(r"^\W*(?:nästa|kommande)\s+\w+\s*(?:hålls|äger\s+rum|är|blir|planeras(?:\s+till)?)?\s*[:.–-]?\s*",
                   re.IGNORECASE)
# A planned meeting's place said as this meeting's ('samma lokal', 'i samma plats som i dag', compared folded):
# place_in gives SAME_PLACE for it, for the caller to put this meeting's place in.
_SAME_PLACE = re.compile(r"\b(?:i\s+|pa\s+)?samma\s+(?:lokal|plats|stalle|rum|sal|lokaler)\b")
SAME_PLACE = "samma lokal"
# The doubt about a line that said 'samma lokal' when the meeting has no place (yet): settled when it gets one.
SAME_PLACE_DOUBT = "”samma lokal” är mötets plats, men mötet har ingen plats – ge mötet dess plats"
# A day and month in numbers without a year, as a next meeting is often written: '22/4', '5.5'.
_NUMERIC_DAY = re.compile(BEFORE_A_DAY + DAY_WITHOUT_YEAR)
# Where one date of a list ends and the next begins: '9 september, 4 november och 9 december'.
_DATES_APART = re.compile(r"\s*[,;]\s*(?=\d)|\s+(?:och|samt)\s+(?=\d)")
# A decision that sets when the council meets: 'Rådet beslutar att sammanträda 2025-04-10, 2025-06-12 och …'.
_MEETS = re.compile(r"\b(?:sammanträd\w*|mötas|träffas|mötestider\w*|mötesdag\w*|mötesplan\w*|"
                    r"(?:nästa|kommande)\s+(?:möte|sammanträde)\w*)\b", re.IGNORECASE)
_ANY_DATE = re.compile(rf"\b\d{{4}}-\d{{2}}-\d{{2}}\b|{NUMERIC_DATE}|"
                       rf"\b\d{{1,2}}{ORDINAL}\s+(?:{MONTH_PATTERN})\b(?:\s+\d{{4}})?", re.IGNORECASE)
# A time or place said of every date of a list: 'samtliga kl. 09.00', 'alla i Kommunhuset'.
_FOR_ALL = re.compile(r"\b(?:samtliga|alla|båda|samtliga\s+möten|alla\s+möten)\b", re.IGNORECASE)
_PLACE_AFTER = re.compile(r"\b(?:i|på)\s+([" + CAPITAL + r"][\w-]*(?:[ ,]+[\wåäöÅÄÖ-]+)*?)\s*[.;]?$")


def decided_meetings(decision: str, meeting_date: dt.date, year: int | None = None) -> list[ScheduleEntry]:
    """The meetings a decision sets ('Rådet beslutar att sammanträda 2025-04-10, 2025-06-12 och 2025-10-09,
    samtliga kl. 09.00.'): each date of it, with the time written after it or said of them all ('samtliga kl.
    09.00'), and a place after the last ('… i Kommunhuset'); none for a decision about anything but meeting or
    for a deadline ('senast 30 april'). A date without a year is in year (a schedule heading's), else the next
    such date after the meeting."""
    if not _MEETS.search(decision) or is_deadline(decision):
        return []
    year = lead_year(decision) or year
    dates = list(_ANY_DATE.finditer(decision))
    entries = []
    for n, match in enumerate(dates):
        after = decision[match.end(): dates[n + 1].start() if n + 1 < len(dates) else len(decision)]
        entry = parse_line(match.group(0) + (after if re.search(r"\bkl\.?\s*\d|\d[.:]\d{2}", after) else ""),
                           year, meeting_date)
        if entry is not None:
            entry.place = None
            entries.append(entry)
    tail = decision[dates[-1].end():] if dates else ""
    every = parse_span(fold(tail)) if _FOR_ALL.search(tail) else (None, None)
    place = _PLACE_AFTER.search(tail)
    for entry in entries:
        if entry.start is None and every[0] is not None:
            entry.start, entry.end = every
        entry.place = place.group(1).strip(" ,") if place else None
    return entries


def add_decided(entries: list[ScheduleEntry], decisions: list[str], meeting_date: dt.date) -> None:
    """Add the meetings the decisions set (decided_meetings) to entries, a date already there being one meeting."""
    for decision in decisions:
        for entry in decided_meetings(decision, meeting_date):
            _add(entries, entry)


def is_deadline(line: str) -> bool:
    """Whether a dated line is a deadline ('Anmäl förhinder senast 10 maj.'), which no meeting is."""
    return bool(_DEADLINE.search(line))


def at_this_place(entries: list[ScheduleEntry], place: str | None) -> list[ScheduleEntry]:
    """Put this meeting's place (place) in every entry whose place was said as this meeting's (SAME_PLACE: 'Nästa
    träff: 14/4 kl 15 samma lokal.'); those entries, for the place the meeting may get later (the review's)."""
    same = [entry for entry in entries if entry.place == SAME_PLACE]
    for entry in same:
        entry.place = place
    return same


def next_meeting_line(line: str) -> bool:
    """Whether a line announces the next meeting with its date ('Nästa möte: 2024-05-16', 'Nästa möte hålls
    16 maj kl. 13.00 i Stadshuset')."""
    match = NEXT_MEETING.match(line.strip())
    if match is None or is_deadline(line):
        return False
    return parse_line(match.group("rest"), None, dt.date.min) is not None


# What follows the words for the next meeting when the line goes on to say when it is ('Nästa möte: v. 20', 'Nästa
# sammanträde hålls i vecka 20').
_SAYS_WHEN = re.compile(r"\s*(?:[:–—-]|hålls\b|äger\s+rum\b|blir\b|planeras\b|är\b)\s*\S", re.IGNORECASE)


def undated_next_meeting(line: str) -> bool:
    """Whether a line sets out to say when the next meeting is ('Nästa möte: v. 20', 'Nästa möte hålls i vecka 20')
    but gives no date that can be read: the line is to be checked, never taken silently for notes."""
    match = NEXT_MEETING.match(line.strip())
    if match is None or is_deadline(line) or not _SAYS_WHEN.match(match.group("rest")):
        return False
    return parse_line(match.group("rest"), None, dt.date.min) is None


def place_in(line: str) -> str | None:
    """The place a schedule line gives, its lead ('Nästa möte hålls', 'Rådet sammanträder nästa gång') left out,
    as when_where.place_in_text reads it ('…, Stadshuset sal A.', '… i Rådhuset.', 'Nästa möte hålls i Rådhuset den
    11 september'), when it stands as a place stands (place_and_rest)."""
    return place_and_rest(line)[0]


# A list's bullet before a planned meeting ('* tors 17/12 09:00–11:30').
_BULLET = re.compile(r"^\s*[-–•·*]\s+")
# A weekday, written out or shortened ('tors', 'tis.', 'torsdagen'), by its number (Monday 0): compared folded.
_WEEKDAY_SHORT = ("man", "tis", "ons", "tors", "fre", "lor", "son")
WEEKDAY_WORD = re.compile(r"\b(man|tis|ons|tors|fre|lor|son)(?:dag(?:en|ar)?)?\b\.?", re.IGNORECASE)
_WEEKDAY_NAMES = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")


# The words before a list of dates that say the council meets on them, with the year of them all ('Rådet sammanträder
# 2027: 10 februari, …', 'Mötestider 2027 – 12/2 …', 'Gruppen träffas under 2027 12/2'): no place.
_MEETS_LEAD = re.compile(rf"^\W*(?:[\w-]+\s+){{0,3}}?(?:{_MEETS_VERB}|mötestider|mötesdagar|sammanträdesdagar|"
                         r"sammanträdestider)(?:\s+(?:under|år))?(?:\s+(?:19|20)\d{2}(?![\d-]))?\s*[:–-]?\s*(?=\d)",
                         re.IGNORECASE)


def place_and_rest(line: str) -> tuple[str | None, str | None]:
    """The place a schedule line gives (SAME_PLACE for 'samma lokal'), and the words that are no place: those
    place_in_text would have taken for a place but that do not stand as a place stands (when_where.stands_as_place:
    'Nästa möte är preliminärt satt till 14 december' → 'preliminärt satt'; 'Rådet sammanträder 2027-02-10'; '…
    kl. 13.00. Ansvarig för fika: Anna Berg.') or read as the rest of a sentence ('10/12 eller 17/12, Anna
    återkommer' → 'Anna återkommer'), or the words after the date and time that give no place at all ('kl. 13,
    lokal meddelas senare'). A bullet and a weekday before the date are neither ('* tors 17/12')."""
    if _SAME_PLACE.search(fold(line)):
        return SAME_PLACE, None
    text = with_spoken_times(line.strip())
    said = NEXT_MEETING.match(text)
    rest = said.group("rest") if said and not _LEAD.match(text) else _LEAD.sub("", text)
    rest = _MEETS_LEAD.sub("", _BULLET.sub("", rest))
    rest = re.sub(r"\b(?:mån|tis|ons|tors|fre|lör|sön)(?:dag(?:en|ar)?)?\b\.?(?=\s*,?\s*(?:den\s+)?\d)", " ", rest,
                  flags=re.IGNORECASE).strip()
    found = place_in_text(rest)
    if found is None:
        return None, words_after_when(rest)  # 'kl 13, lokal meddelas senare': read as no place, but never lost
    if stands_as_place(rest, found) and not sentence_like(found):
        return found, None
    return None, found.lstrip(" .,;:!?")  # 'Anna återkommer', 'preliminärt satt': words that are no place


# The words in lower case a place's name may hold ('Kommunhuset i Österbymo', 'Stadshuset sal A', 'Kulturhuset, övre
# plan', 'Tornio city hall'), besides the words for a building or room (when_where.BUILDING); compared folded.
_PLACE_SMALL_WORDS = {"i", "pa", "vid", "och", "hos", "via", "plan", "vaning", "van", "entre", "ingang", "ovre",
                      "nedre", "stora", "lilla", "gamla", "nya", "norra", "sodra", "ostra", "vastra", "rum", "sal",
                      # in notes written in two languages ('Tornio city hall', 'conference room 2')
                      "city", "town", "hall", "room", "conference", "meeting", "office", "library", "centre",
                      "center", "floor", "building"}


def sentence_like(place: str) -> bool:
    """Whether a place as read holds a word in lower case that no place's name does ('Anna återkommer'): a verb, the
    rest of a sentence."""
    return any(word[:1].islower() and fold(word) not in _PLACE_SMALL_WORDS and not BUILDING.search(fold(word))
               for word in re.findall(r"[^\W\d]+", place))


# Two days to choose between, joined by 'eller' ('10/12 eller 17/12', '10 eller 17 december', '10/12 alt. 17/12').
_ALTERNATIVES = re.compile(r"\d\S*(?:\s+[^\W\d]+\.?)?\s+(?:eller|alternativt|alt\.|el\.)\s+"
                           r"(?:\w+dag(?:en)?\s+)?(?:den\s+)?\d", re.IGNORECASE)


def doubts_of(line: str, entries: list[ScheduleEntry]) -> list[str]:
    """What to check in a schedule line that gave entries: words no part of it read ('preliminärt satt', 'Anna
    återkommer', which are no place: place_and_rest), days to choose between ('10/12 eller 17/12': one planned
    meeting, its day not decided), a second date in a part that gave one meeting ('10 december kl. 13, därefter 21
    januari'), a weekday the date does not fall on ('fre 17/12' for a Thursday)."""
    parts = _dated_parts(every_time(line)[0]) if len(entries) > 1 else [line]
    doubts = []
    for part, entry in zip(parts, entries, strict=False):
        left = place_and_rest(part)[1]
        if left is not None:
            doubts.append(f"”{left}” lästes inte som plats för mötet {entry.date.isoformat()}; kontrollera raden")
        iso = with_iso_dates(part)  # '5/5 2026' is one date, not '5/5' and '2026-05-05'
        written = [m.group(0) for m in _ANY_DATE.finditer(iso)] + [m.group(0) for m in _NUMERIC_DAY.finditer(iso)]
        if _ALTERNATIVES.search(part):  # '10/12 eller 17/12', '10 eller 17 december': no day is decided
            doubts.append(f"raden ger datum att välja mellan; bara {entry.date.isoformat()} blev ett planerat möte, "
                          "och dagen är inte bestämd – kontrollera datumet")
        elif len(written) > 1:  # '10 december kl. 13, därefter 21 januari'
            doubts.append(f"raden anger fler datum ({', '.join(written)}); bara {entry.date.isoformat()} blev ett "
                          "planerat möte")
        weekday = WEEKDAY_WORD.search(fold(part))
        if weekday is not None and _WEEKDAY_SHORT.index(weekday.group(1)) != entry.date.weekday():
            doubts.append(f"raden säger {weekday.group(0)}, men {entry.date.isoformat()} är en "
                          f"{_WEEKDAY_NAMES[entry.date.weekday()]}; kontrollera datumet")
    return doubts


# A time said of all the meetings of a schedule: 'Alla möten börjar kl. 13.15.', 'Samtliga sammanträden hålls kl.
# 9–11.', 'Mötena börjar klockan 13.15' (compared folded).
_ALL_AT = re.compile(r"^(?:(?:alla|samtliga)\s+(?:moten|sammantraden|traffar)|motena|sammantradena|traffarna)\b"
                     r"[^.]{0,40}?(?:\b(?:kl\.?|klockan)\s*\d|(?<![\d.:])\d{1,2}[.:]\d{2}\b)")


def parse_schedule(parts: list[tuple[int | None, list[str]]], meeting_date: dt.date,
                   ledger: Ledger) -> list[ScheduleEntry]:
    """The announced meetings; ledger records each line as its dates, the time of the dates below it
    ('Onsdagar kl.15:30-17:30'), or unplaced when it is no date (a deadline is none)."""
    entries: list[ScheduleEntry] = []
    for year, lines in parts:
        default: tuple[dt.time | None, dt.time | None] = (None, None)
        block: list[ScheduleEntry] = []  # the entries of this part, for a time said of them all after them
        for line in lines:
            if not line.strip():
                continue
            folded = fold(line.strip())
            if _WEEKDAY_TIMES.match(folded) and parse_line(line, year, meeting_date) is None:
                default = parse_span(folded)
                ledger.placed(line, "heading", None, "tidplan: tiden för datumen nedan")
                continue
            if _ALL_AT.match(folded) and parse_line(line, year, meeting_date) is None and \
                    parse_span(folded)[0] is not None:
                default = parse_span(folded)  # 'Alla möten börjar kl. 13.15.': the dates above and below
                for planned in block:
                    if planned.start is None:
                        planned.start, planned.end = default
                ledger.placed(line, "heading", None, "tidplan: tiden för alla möten")
                continue
            if is_deadline(line):
                ledger.unplaced(line)
                continue
            found = line_meetings(line, year, meeting_date)
            if found is None:
                ledger.unplaced(line)
                continue
            kept: list[ScheduleEntry] = []
            for entry in found:
                if entry.start is None and default[0] is not None:
                    entry.start, entry.end = default
                kept.append(_add(entries, entry))
            block += kept
            ledger.placed(line, "schedule", tuple(kept))
            for doubt in doubts_of(line, found):
                ledger.doubt(line, doubt)
            if NEXT_MEETING.match(line.strip()):  # 'Nästa möte: 2026-10-15' in the minutes of 2026-11-20: a slip
                for entry in found:
                    if entry.date < meeting_date:
                        ledger.doubt(line, f"nästa möte {entry.date.isoformat()} är före mötets eget datum "
                                           f"{meeting_date.isoformat()}; kontrollera datumet")
    return entries


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def every_time(line: str) -> tuple[str, tuple[dt.time | None, dt.time | None]]:
    """A line of dates without the sentence after them that gives the time of them all ('Rådet sammanträder
    2027-02-10 och 2027-04-14. Samtliga möten börjar 14.00.'), and that time; the line as it is and no time when it
    has no such sentence."""
    sentences = re.split(r"(?<=[.!?])\s+", line.strip())
    last = fold(sentences[-1])
    if len(sentences) > 1 and _ALL_AT.match(last) and not _ANY_DATE.search(sentences[-1]):
        return " ".join(sentences[:-1]), parse_span(last)
    return line, (None, None)


def every_time_sentence(sentence: str) -> bool:
    """Whether a sentence gives the time of all the meetings of a list ('Samtliga möten börjar 14.00.')."""
    return bool(_ALL_AT.match(fold(sentence.strip())))


def line_meetings(line: str, year: int | None, meeting_date: dt.date) -> list[ScheduleEntry] | None:
    """The meetings one line of a schedule gives, each date of it a meeting ('Nästa möten: 12 feb, 14 maj och 3 sept
    2027'; 'Rådet beslutar att sammanträda 10 april och 12 juni': decided_meetings); None when a part of it is no
    date. A year written after the last date of a list is the year of the dates before it that give none, the
    year before for a date later in the year than the one after it ('10 dec, 14 jan och 3 mars 2027': 2026-12-10);
    with no year written a date is in year (a schedule heading's), else the next such date after the meeting."""
    if opens_decision(line):
        decided = decided_meetings(line, meeting_date, year)
        return decided or None
    line, every = every_time(line)
    year = lead_year(line) or year
    parts = _dated_parts(line)
    found = [parse_line(part, year, meeting_date) for part in parts]
    if not found or any(entry is None for entry in found):
        return None
    entries = [entry for entry in found if entry is not None]
    said_of_all(parts[-1], entries)
    if year is None and len(parts) > 1 and _YEAR.search(parts[-1]) and not any(_YEAR.search(p) for p in parts[:-1]):
        after = entries[-1].date
        for n in range(len(parts) - 2, -1, -1):
            entry = parse_line(parts[n], after.year, meeting_date)
            if entry is not None and entry.date > after:
                entry = parse_line(parts[n], after.year - 1, meeting_date)
            if entry is None:
                return None
            entries[n] = entry
            after = entry.date
    for planned in entries:
        if planned.start is None and every[0] is not None:
            planned.start, planned.end = every
    return entries


# The year a line of dates names before its first date, for all of them: 'Rådet sammanträder 2027: 10 februari, …',
# 'Mötestider 2027 – 12/2, 15/4', 'Under 2027 träffas rådet 3 mars och …' (a year not part of a date).
_LEAD_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d{2})(?![\d/.-]\d)")


def lead_year(line: str) -> int | None:
    """The year a line of dates names before its first date ('Rådet sammanträder 2027: 10 februari, 14 april och 8
    december'), which every date of it without a year of its own is in; None when it names none there."""
    text = with_iso_dates(line)
    first = _ANY_DATE.search(text) or _NUMERIC_DAY.search(text)
    if first is None:
        return None
    years = _LEAD_YEAR.findall(text[:first.start()])
    return int(years[-1]) if years else None


def said_of_all(last: str, entries: list[ScheduleEntry]) -> None:
    """Give every entry the time and place that the last part of a list says of them all ('… och 8 december,
    samtliga kl. 14.00-16.00 i Stadshuset.', '… och 10/6, alla kl 9 i Rådhuset.'), where it has none of its own."""
    if len(entries) < 2 or not _FOR_ALL.search(last):
        return
    final = entries[-1]
    for entry in entries[:-1]:
        if entry.start is None and final.start is not None:
            entry.start, entry.end = final.start, final.end
        if entry.place is None and final.place is not None:
            entry.place = final.place


def _dated_parts(line: str) -> list[str]:
    """A line of dates parted at each date ('12 feb, 14 maj och 3 sept'), a time after a comma staying with the date
    before it ('2026-12-14, 08.30, samma plats')."""
    parts: list[str] = []
    for part in _DATES_APART.split(line.strip()):
        if parts and parse_line(part, 2000, dt.date.min) is None and parse_span(part)[0] is not None:
            parts[-1] += ", " + part
        else:
            parts.append(part)
    return parts


def _add(entries: list[ScheduleEntry], entry: ScheduleEntry) -> ScheduleEntry:
    """Add an entry unless the same meeting is there: a date written twice ('Torsdag 16 april kl. 14.00,
    Kommunhuset' and 'Mötestider våren: 16 april, 4 juni') is one meeting, with what each line says of it.
    Two lines that give the same date different times or places are both kept. Returns the entry in entries."""
    for known in entries:
        if known.date != entry.date:
            continue
        pairs: list[tuple[object, object]] = [(known.start, entry.start), (known.end, entry.end),
                                              (known.place, entry.place)]
        if all(a is None or b is None or a == b for a, b in pairs):
            known.start = known.start if known.start is not None else entry.start
            known.end = known.end if known.end is not None else entry.end
            known.place = known.place if known.place is not None else entry.place
            return known
    entries.append(entry)
    return entry


def parse_line(line: str, year: int | None, meeting_date: dt.date) -> ScheduleEntry | None:
    """One schedule line, with the place it names after the date and time; a date without a year ('16 april', '5.5',
    '16/4'; and no year from its heading) is the next such date after the meeting (header.day_without_year: a next
    meeting is never on the meeting's own day). None when the line gives no date or an impossible one."""
    line = with_iso_dates(with_spoken_times(line))
    folded = fold(_BULLET.sub("", line))
    match = _DAY.match(folded) or _DAY_IN_SENTENCE.search(folded)
    date: dt.date | None
    if match:
        day, month = int(match.group(1)), month_number(match.group(2)) or 0
        if match.group(3):
            year = int(match.group(3))
        rest = folded[match.end():]
    elif iso := re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", folded):
        year, month, day = int(iso.group(1)), int(iso.group(2)), int(iso.group(3))
        rest = folded[iso.end():]
    elif numeric := _NUMERIC_DAY.search(line):  # '5.5', '16/4'; not '5.1 Lägesbild' (folded, it would be)
        day, month = (int(n) for n in re.findall(r"\d+", numeric.group(0)))
        rest = fold(line[numeric.end():])
    else:
        return None
    if year is None:
        date = day_without_year(month, day, meeting_date, meeting=True)
    else:
        try:
            date = dt.date(year, month, day)
        except ValueError:
            date = None
    if date is None:
        return None
    start, end = parse_span(rest) if re.search(r"\d", rest) else (None, None)
    return ScheduleEntry(date=date, start=start, end=end, place=place_in(line))
