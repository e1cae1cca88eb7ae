"""The lines at the top of the template: Tid and Plats."""

from __future__ import annotations

import datetime as dt
import re

from brå_tui.text import CAPITAL, MONTHS, NUMERIC_DATE, with_iso_dates
from brå_tui.text import fold_line as fold

# The one month reader of every date reader: a month as folded text, by its name or shortened as Swedes shorten
# it ('jan', 'feb', 'mars', 'sep', 'sept', 'okt', 'dec'), a full stop after it or not ('12 okt.'); month_number reads
# what it matched. No groups, for use inside other patterns.
_MONTH_WORDS = sorted({fold(m) for m in MONTHS} | {fold(m)[:3] for m in MONTHS} | {"sept"}, key=len, reverse=True)
MONTH_PATTERN = r"(?:" + "|".join(_MONTH_WORDS) + r")\b\.?"
# The ordinal ending a day may carry before its month ('den 7:e maj', '1:a april', '12e mars'): every reader of
# a day with its month's name allows it after the day's digits. No groups.
ORDINAL = r"(?::?[ae](?=\s))?"
_TIME = r"(?<![\d.:])(\d{1,2})(?:[.:](\d{2}))?(?!\d|[.:]\d)"
_DATE = re.compile(rf"\b(\d{{1,2}}){ORDINAL}\s+({MONTH_PATTERN})\s+(\d{{4}})\b")
# The end may carry its own clock word or an 'about' ('kl. 8.30 - kl. 10', '13.00 - ca 15.00').
_SPAN = re.compile(rf"{_TIME}(?:\s*(?:–|—|-|till)\s*(?:(?:kl\.?|klockan|ca\.?|cirka|omkring)\s*)?{_TIME})?",
                   re.IGNORECASE)
_CLOCK_WORD = re.compile(r"\b(?:kl|klockan)\b\.?\s*", re.IGNORECASE)


# A text that opens with a date (after a weekday: 'tisdagen den 24 februari 2026', '2026-02-18', '5/3 2026').
DATE_FIRST = re.compile(r"^\s*(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\s*,?\s*)?(?:den\s+)?"
                        rf"(?:\d{{4}}-\d{{2}}-\d{{2}}\b|\d{{1,2}}\s+\w+\.?\s+\d{{4}}\b|{NUMERIC_DATE})", re.IGNORECASE)
# What never stands before a day written in numbers: a digit or separator, 'kl.'/'klockan' (a time follows), 'punkt'
# or '§' (an item's number follows: 'punkt 5.1'). For use before DAY_WITHOUT_YEAR.
BEFORE_A_DAY = r"(?<![\d/.:-])(?<!kl\.\s)(?<!kl\s)(?<!kl\.)(?<!klockan\s)(?<![Pp]unkt\s)(?<!§\s)(?<!§)"
# A day written in numbers without its year, day before month: '15/4', '5.5', '10.12'. With a dot the month has no
# leading zero, and neither a span, a further number nor a capitalised word follows, so that a time ('9.00',
# '13.30', '9.10–11') and an item's number ('5.1.2', '5.1 Lägesbild') are none. No groups, for use inside other
# patterns.
DAY_WITHOUT_YEAR = (r"(?:\d{1,2}/\d{1,2}(?![\d/])|"
                    r"\d{1,2}\.(?:1[0-2]|[1-9])(?![\d/:]|\.\d|\s*[-–—]\s*\d|\.?\s+[" + CAPITAL + r"][a-zåäö]))")
# Every day written in numbers, which is never a time: '2026-03-12', '2026/03/12', '12.3.2026', '12/3 2026', '12/3'.
NO_TIME = re.compile(rf"(?<![\d/.-])\d{{4}}[-/]\d{{1,2}}[-/]\d{{1,2}}(?![\d/-])|{NUMERIC_DATE}|"
                     r"(?<![\d/.-])\d{1,2}/\d{1,2}(?![\d/])")


def month_number(word: str) -> int | None:
    """1–12 for a Swedish month's name or its short form as MONTH_PATTERN reads it ('sept', 'okt.'), in any case or
    accent."""
    word = fold(word).strip().rstrip(".")
    for n, name in enumerate(MONTHS, start=1):
        if word in _MONTH_WORDS and len(word) >= 3 and fold(name).startswith(word):
            return n
    return None


# A day as a follow-up's due date is written: '2026-04-15', '15 april 2026', 'den 15:e april', '15 apr.', '15/4',
# '15/4 2026', '15/4-26', '15/4/2026', '5.5.2026', '5.5' (the year after the month being optional). The one
# definition of these forms: due_day reads them, and the proposals take them off the end of an assignment's text.
DUE_DAY_FORMS = (rf"{BEFORE_A_DAY}(?:(\d{{4}})-(\d{{2}})-(\d{{2}})(?![\d-])|"
                 rf"(\d{{1,2}}){ORDINAL}\s+({MONTH_PATTERN})(?:\s+(\d{{4}})\b)?|"
                 rf"(\d{{1,2}}/\d{{1,2}}\s*[-/ ]\s*(?:\d{{4}}|\d{{2}})\b(?![\d/])|{NUMERIC_DATE}|{DAY_WITHOUT_YEAR}))")
_DUE_DAY = re.compile(DUE_DAY_FORMS)


def day_without_year(month: int, day: int, meeting_date: dt.date, meeting: bool = False) -> dt.date | None:
    """The day a date written without a year ('15 april', '15/4') means in a meeting's document: its next
    occurrence on or after the meeting's day (meeting_date). This one rule serves a follow-up's due date, the
    adjusting's day and a planned next meeting alike; only a next meeting (meeting=True) cannot be on the meeting's
    own day, so that day means the same date a year later. '15 april' at a meeting on 2026-03-12 is 2026-04-15, at
    one on 2026-05-01 it is 2027-04-15; '29/2' is the next leap year's. None for a day no year has ('31/4')."""
    for year in range(meeting_date.year, meeting_date.year + 9):
        try:
            found = dt.date(year, month, day)
        except ValueError:
            continue
        if found > meeting_date or (found == meeting_date and not meeting):
            return found
    return None


def due_day(text: str, meeting_date: dt.date, anchored: bool = False) -> dt.date | None:
    """The first day written in text (at its start when anchored), in any form of DUE_DAY_FORMS; a day without a
    year is its next occurrence on or after meeting_date (day_without_year). None when text gives no such day or
    an impossible one ('31/2')."""
    folded = fold(with_iso_dates(text))
    match = _DUE_DAY.match(folded.lstrip()) if anchored else _DUE_DAY.search(folded)
    if match is None:
        return None
    iso, long, numeric = match.group(1, 2, 3), match.group(4, 5, 6), match.group(7)
    try:
        if iso[0]:
            return dt.date(int(iso[0]), int(iso[1]), int(iso[2]))
        if long[0]:
            day, month, year_text = int(long[0]), month_number(long[1]) or 0, long[2]
        else:  # '15/4 2026', '5.5.2026', '15/4', '5.5'
            day_text, month_text, *years = re.findall(r"\d+", numeric)
            day, month, year_text = int(day_text), int(month_text), years[0] if years else None
        if year_text:
            return dt.date(int(year_text) + (2000 if len(year_text) == 2 else 0), month, day)
        return day_without_year(month, day, meeting_date)
    except ValueError:
        return None


def day_up_to(text: str, limit: dt.date) -> dt.date | None:
    """The first day written in text (any form of DUE_DAY_FORMS), a day without a year being its last occurrence on
    or before limit: a meeting's day in notes sent by e-mail on limit ('10 mars' in a mail sent 2026-03-12 is
    2026-03-10, in one sent 2026-03-02 it is 2025-03-10). None when text gives no such day."""
    return due_day(text, limit - dt.timedelta(days=364))


def parse_time(h: str, m: str | None) -> dt.time | None:
    """A clock time from hour and minute text, or None when impossible."""
    try:
        return dt.time(int(h), int(m or 0))
    except ValueError:
        return None


# Hours in words, as a spoken time names them ('halv nio', 'kvart i tio', 'kl. tio'); as written and folded.
_HOUR_WORDS = {"ett": 1, "två": 2, "tva": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
               "atta": 8, "nio": 9, "tio": 10, "elva": 11, "tolv": 12}
_HOUR_WORD = r"(?:" + "|".join(_HOUR_WORDS) + r")"
# 'halv nio', 'kvart över nio', 'kvart i tio' (a clock word before them or not), and 'kl. nio' / 'klockan tio'.
_SPOKEN = re.compile(rf"\b(?:(?P<clock>kl\.?|klockan)\s*)?"
                     rf"(?:(?P<half>halv)\s+|(?P<quarter>kvart)\s+(?P<way>över|over|i)\s+)(?P<hour>{_HOUR_WORD})\b|"
                     rf"\b(?P<clock2>kl\.?|klockan)\s*(?P<whole>{_HOUR_WORD})\b", re.IGNORECASE)
# A whole hour in words ending a span whose start is written in numbers ('08.30 till tio', '08.30–tio').
_SPOKEN_END = re.compile(rf"(?P<start>(?<![\d.:])\d{{1,2}}[.:]\d{{2}})(?P<gap>\s*(?:–|—|-|till)\s*)"
                         rf"(?P<hour>{_HOUR_WORD})\b", re.IGNORECASE)
# What says a spoken time is in the afternoon or evening ('på eftermiddagen', 'i kväll', 'em').
_LATER_IN_DAY = re.compile(r"\b(?:eftermiddag\w*|kväll\w*|kvall\w*|em|e\.m\.)(?!\w)", re.IGNORECASE)


def with_spoken_times(text: str) -> str:
    """text with every time said in words written in numbers: 'halv nio' 08.30, 'kvart över nio' 09.15, 'kvart i tio'
    09.45, 'kl. tio' 10.00, and a whole hour in words that ends a span ('halv nio till tio' 08.30 till 10.00). An hour
    from seven to twelve is the morning's (or noon), one to six the afternoon's (no council meets at night); when
    the text says afternoon or evening ('på eftermiddagen', 'kväll', 'em') seven to eleven are the evening's. An end
    before its start is the afternoon's ('halv elva till ett' 10.30 till 13.00). Text without such words is returned
    as it is."""
    later = bool(_LATER_IN_DAY.search(text))

    def clock(hour: int) -> int:
        hour %= 12
        return hour + 12 if hour < 7 or (later and hour < 12) else hour

    def spoken(match: re.Match[str]) -> str:
        said = (match.group("clock") or match.group("clock2") or "")
        said = f"{said} " if said and not said.endswith(" ") else said
        if match.group("whole"):
            return f"{said}{clock(_HOUR_WORDS[match.group('whole').lower()]):02d}.00"
        hour = _HOUR_WORDS[match.group("hour").lower()]
        if match.group("half"):
            return f"{said}{clock(hour - 1):02d}.30"
        if match.group("way").lower() == "i":
            return f"{said}{clock(hour - 1):02d}.45"
        return f"{said}{clock(hour):02d}.15"

    def end(match: re.Match[str]) -> str:
        start = int(re.split(r"[.:]", match.group("start"))[0])
        hour = clock(_HOUR_WORDS[match.group("hour").lower()])
        hour = hour + 12 if hour <= start and hour + 12 < 24 else hour
        return f"{match.group('start')}{match.group('gap')}{hour:02d}.00"

    if not re.search(_HOUR_WORD, text, re.IGNORECASE):
        return text
    return _SPOKEN_END.sub(end, _SPOKEN.sub(spoken, text))


def parse_span(text: str) -> tuple[dt.time | None, dt.time | None]:
    """Start and end from '09.00 – 11:00' anywhere in the text ('kl.15:30-17:30' too). A number is a time only
    in a time's shape: after 'kl.'/'klockan' (which wins over any other), with minutes ('8.30'), a span of hours
    ('9-11'), or an hour standing alone ('Tid: 14'); a street number ('Stora Södergatan 2, kl. 08.30') and a day
    written in numbers (NO_TIME: '2026-03-12', '12.3.2026', '12/3') never are. A time said in words is read as
    with_spoken_times reads it ('kl. halv nio')."""
    text = with_spoken_times(text)
    text = re.sub(r"(?<=[^\W\d])\.(?=\d)", ". ", NO_TIME.sub(" ", text))  # a date is never a time
    clock = _CLOCK_WORD.search(text)
    match = _SPAN.match(text, clock.end()) if clock else None
    if match is None:
        match = next((m for m in _SPAN.finditer(text) if m.group(2) or m.group(4)), None)
    if match is None:
        match = next((m for m in _SPAN.finditer(text) if m.group(3)), None)
    if match is None:
        match = _SPAN.fullmatch(re.sub(r"^\s*tid\b\s*:?", "", text, flags=re.IGNORECASE).strip(" \t,;:–—-"))
    if not match:
        return None, None
    start = parse_time(match.group(1), match.group(2))
    end = parse_time(match.group(3), match.group(4)) if match.group(3) else None
    if end is None and (ends := _ENDS_AT.search(text, match.end())):
        end = parse_time(ends.group(1), ends.group(2))  # 'kl. 18.00 vid Domkyrkan, avslut kl. 20.15 på …'
    return start, end


# The end of a meeting written apart from its start, after a word that says it ends: 'Samling kl. 18.00 vid
# Domkyrkan, avslut kl. 20.15', 'kl. 9.00, slut ca kl. 11.30', 'åter kl. 21', 'avslut 20.15', or after 'till'
# with its own clock word ('kl. 18 till kl. 20.15'). Without 'kl.' the end time has its minutes ('avslut 20.15').
ENDS = r"\b(?:avslut(?:as|ning)?|slut(?:ar)?|åter|hemgång)\b"  # the words before an end time; no groups
END_WORDS = rf"(?:{ENDS}\D{{0,12}}?|\btill\s*(?=kl\b|klockan\b))"  # ENDS, or 'till' before 'kl.'; no groups
_ENDS_AT = re.compile(END_WORDS + r"(?:(?:kl\.?|klockan)\s*|(?=\d{1,2}[.:]\d{2}))"
                      r"(\d{1,2})(?:[.:](\d{2}))?(?![\d.:]\d)", re.IGNORECASE)


# A pause or adjournment a Tid field gives with the meeting's time, with its time or times: '(ajournering
# 15:00–15:10)', ', paus 14.30–14.45', 'ajournering kl. 15.00–15.10 och 15.45–15.50', 'lunch 12–13'.
_PAUSE_SPAN = (r"(?:(?:kl\.?|klockan)\s*)?\d{1,2}(?:[.:]\d{2})?\s*(?:–|—|-|till)\s*"
               r"(?:(?:kl\.?|klockan)\s*)?\d{1,2}(?:[.:]\d{2})?")
PAUSE_IN_FIELD = re.compile(r"[(,;]?\s*\b(?P<word>ajournering(?:ar)?|ajournerat|ajournerades|ajourneras|paus(?:er)?|"
                            r"kaffepaus|fikapaus|lunchpaus|kaffe|fika|lunch)\b\s*:?\s*"
                            rf"(?P<spans>{_PAUSE_SPAN}(?:\s*(?:,|och|samt|&)\s*{_PAUSE_SPAN})*)\s*\)?",
                            re.IGNORECASE)


def pauses_in(text: str) -> list[tuple[str, str, dt.time, dt.time | None]]:
    """The pauses and adjournments a Tid field gives beside the meeting's time ('kl. 14:00 – 16:15 (ajournering
    15:00–15:10)'): (title, kind, start, end) for each time written, the title 'Ajournering' with the kind
    'adjournment', else the word as written ('Paus', 'Lunch') with the kind 'pause'."""
    out = []
    for found in PAUSE_IN_FIELD.finditer(text):
        word = found.group("word").lower()
        adjourned = word.startswith("ajourner")
        title = "Ajournering" if adjourned else "Paus" if word.startswith("paus") else word.capitalize()
        for span in re.finditer(_PAUSE_SPAN, found.group("spans"), re.IGNORECASE):
            start, end = parse_span(span.group(0))
            if start is not None:
                out.append((title, "adjournment" if adjourned else "pause", start, end))
    return out


def without_pauses(text: str) -> str:
    """A Tid field without the pauses and adjournments it gives (pauses_in), whose times are never the meeting's."""
    return PAUSE_IN_FIELD.sub(" ", text)


def after_date(text: str) -> str:
    """What a Tid field says after its date ('kl 24:00-25:00' in '2026-11-05 kl 24:00-25:00'), without the
    punctuation around it; the whole text when it gives no date."""
    text = with_iso_dates(with_spoken_times(text))
    folded = fold(text)
    match = _DATE.search(folded)
    iso = re.search(r"\b\d{4}-\d{2}-\d{2}\b", text)
    rest = folded[match.end():] if match else text[iso.end():] if iso else text
    return rest.strip(" \t,;:–—-.")


def parse_tid(text: str) -> tuple[dt.date | None, dt.time | None, dt.time | None]:
    """Date, start and end from 'Den 9 februari 2024 klockan 09.00 – 11:00', '2024-02-09 kl. 9' or '9/2 2024 kl. 9'
    (or 'kl. halv nio': with_spoken_times)."""
    text = with_iso_dates(with_spoken_times(text))
    folded = fold(text)
    match = _DATE.search(folded)
    if not match:
        iso = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text)
        if not iso:
            return None, None, None
        try:
            day = dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        except ValueError:
            return None, None, None
        rest = text[iso.end():]
    else:
        try:
            day = dt.date(int(match.group(3)), month_number(match.group(2)) or 0, int(match.group(1)))
        except ValueError:
            return None, None, None
        rest = folded[match.end():]
    start, end = parse_span(rest)
    return day, start, end
