"""When and where a line says the meeting is, in a field or in a sentence ('Mötet hölls den 5 maj 2026 klockan
9–11 i Rådhuset.', 'kl. 18–20, Kisa bibliotek', 'Stadshuset, sal 2, 2026-03-02 kl 13.00', 'Nästa möte: 16 maj kl.
13.00, Stadshuset sal A.'): the one reader of such lines for the import's heading, its next meetings and the
review's keys. The date and times themselves are header.parse_tid's and header.parse_span's."""

from __future__ import annotations

import re

from brå_tui.importer.header import (
    BEFORE_A_DAY,
    DAY_WITHOUT_YEAR,
    ENDS,
    MONTH_PATTERN,
    NUMERIC_DATE,
    ORDINAL,
    with_spoken_times,
)
from brå_tui.text import CAPITAL, SENTENCE_END
from brå_tui.text import fold_line as fold

# A clock time: after 'kl.'/'klockan', or with its minutes ('9.30', '13:15').
CLOCK = re.compile(r"\b(?:kl\.?|klockan)\s*\d|(?<![\d.:])\d{1,2}[.:]\d{2}(?![.:]?\d)")  # never '12.03.2026'
# A span of whole hours ('9-11', '09–11', '9 till 11'), a time only in a field that gives the time (Tid, Plats och
# tid) or a sentence that says when: elsewhere such a span is a room's or a street's number ('Rum 1-2').
HOURS = re.compile(r"(?<![\d.:/-])\d{1,2}\s*(?:[-–—]|till)\s*\d{1,2}(?![\d.:/-])")
# A date, a time or a weekday, with the words that go with them ('tisdagen den 24 februari 2026', 'kl. 9.30–11.00').
_WHEN = re.compile(r"\b(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\s*,?\s*)?(?:den\s+)?\d{1,2}\s+\w+\s+\d{4}|"
                   rf"\b(?:den\s+)?\d{{1,2}}{ORDINAL}\s+(?:{MONTH_PATTERN})\b\.?|{NUMERIC_DATE}|{BEFORE_A_DAY}{DAY_WITHOUT_YEAR}|"
                   r"\d{4}-\d{2}-\d{2}|\b(?:kl\.?|klockan)\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–—]\s*\d{1,2}(?:[.:]\d{2})?)?|"
                   r"(?<![\d.:-])\d{1,2}[.:]\d{2}(?:\s*(?:[-–—]|till)\s*\d{1,2}[.:]\d{2})?(?![\d.:-]*\d)|"
                   r"\b(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\b", re.IGNORECASE)
# A date in a sentence, with or without its year ('den 5 maj', '2026-05-05', '5/5 2026'), compared folded.
_DATE_IN = re.compile(rf"\b\d{{1,2}}{ORDINAL}\s+(?:{MONTH_PATTERN})\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b|{NUMERIC_DATE}")
_CLOCK_WORD = re.compile(r"\b(?:kl\.?|klockan)\s*\d", re.IGNORECASE)
# A time at the start of a line: 'kl. 18–20, Kisa bibliotek', '18.00–20.00 i Kisa bibliotek'.
_TIME_FIRST = re.compile(r"^(?:kl\.?|klockan)\s*\d|^\d{1,2}[.:]\d{2}\b(?![.:]\d)", re.IGNORECASE)
# Words around the place in a field: 'justeras 2026-02-12 i Kommunhuset', 'äger rum i Rådhuset'.
_PLACE_FILLER = re.compile(r"^(?:(?:justeras|justering(?:en)?|sker|äger\s+rum|i|på|vid)\b\s*)+", re.IGNORECASE)
# The word before the end time after the place ('vid Domkyrkan, avslut kl. 20.15', 'vid Domkyrkan till kl. 20'): no
# part of the place.
_ENDS_AFTER = re.compile(r",?\s*(?:" + ENDS + r"\D{0,12}|\btill\s*)$", re.IGNORECASE)
# The place at a sentence's end, after 'i' or 'på': '… klockan 9.30–11.00 i Rådhuset, Vadstena.'
_PLACE_AT_END = re.compile(r"(?:^|\s)(?:i|på)\s+(?P<place>[" + CAPITAL + r"][^.;:]*?)\s*[.;]?$")
# The place right after the last date or time, after a comma or 'i'/'på' ('… kl. 13.30, Kommunhuset i Österbymo.',
# '… kl. 13.00–15.00 i kommunhusets sal Tärnan.'), or in lower case right before the first ('Vi möttes på
# biblioteket den 5 maj.').
_AFTER = re.compile(r"^\s*(?:,\s*(?:(?:i|på)\s+)?|(?:i|på)\s+)(?P<place>[^\W\d][^.;:]*?)\s*[.;]?$")
_LOWER_BEFORE = re.compile(r"\s(?:i|på)\s+(?P<place>[^\W\d][\w -]*?)\s*,?\s*$")
# What a sentence says of the time of day, which is no place: 'på kvällen', 'på distans'.
_NO_PLACE = re.compile(r"^(?:kvällen|morgonen|förmiddagen|eftermiddagen|dagen|natten|lunchen|distans|"
                       r"samma\s+\w+|nytt|vanligt)\b", re.IGNORECASE)
# A label before the dates: 'Mötestider våren:', 'Plats och tid:' (no digits, so that '13:15' is none).
_LABEL = re.compile(r"^[^\d:]{1,40}:\s*")
# A place's own label inside a line that gives the time first ('Tid: kl. 13.15–15.30. Plats: Sala stadshus').
_PLACE_LABEL = re.compile(r"(?<=[\s.,;])(?:plats|lokal|mötesplats)\s*:\s*", re.IGNORECASE)


def says_when(text: str) -> bool:
    """Whether text gives a date (with or without its year: 'den 5 maj', '2026-05-05', '5/5 2026') or a clock time
    after 'kl.'/'klockan'."""
    return bool(_DATE_IN.search(fold(text)) or _CLOCK_WORD.search(text))


def opens_with_time(text: str) -> bool:
    """Whether text opens with a time: 'kl. 18–20, Kisa bibliotek', '18.00–20.00 i Kisa bibliotek'."""
    return bool(_TIME_FIRST.match(text))


def place_of_field(text: str) -> str | None:
    """The place in a field that gives the place with the date and times ('Plats och tid', a Justering's 'justeras
    2026-02-12 i Kommunhuset'), before or after them (with or without 'kl.', '13:15-15:40'): what is left without
    them, the first such part (a walk's 'kl. 18.00 vid Domkyrkan, avslut kl. 20.15 på Teatern' → 'Domkyrkan')."""
    parts = [_ENDS_AFTER.sub("", _PLACE_FILLER.sub("", p.strip(" ,;–-"))).strip(" ,;–-") for p in _WHEN.split(text)]
    place = next((p for p in parts if p and not p.isdigit()), "")
    return place or None


def _a_place(text: str) -> bool:
    """Whether what is left of a line is a place: no time of day ('kvällen') and no sentence (three words in lower
    case before the first comma: 'och alla var där')."""
    return not _NO_PLACE.match(text) and len([w for w in text.split(",")[0].split() if w[:1].islower()]) < 3


# A bracket, which may say when and where on its own ('(10 mars, 13–15 i Gamla Tingshuset)').
_BRACKET = re.compile(r"\(([^()]*)\)")


# The words that name a kind of document ('Protokoll', 'KALLELSE', 'Minnesanteckningar'), as a heading writes them
# first (folded) → the kind the meeting's `document` holds. Such a word is the heading's, never part of a place.
DOCUMENT_HEADINGS = {"protokoll": "protokoll", "sammantradesprotokoll": "protokoll", "motesprotokoll": "protokoll",
                     "protokollsutdrag": "protokoll", "utdrag": "protokoll",  # an extract of minutes
                     "minnesanteckningar": "minnesanteckningar", "anteckningar": "anteckningar",
                     "motesanteckningar": "anteckningar", "kallelse": "kallelse"}


def place_in_text(text: str) -> str | None:
    """The place a line gives (_place_read), never one holding a word that names the kind of document
    (DOCUMENT_HEADINGS: 'Minnesanteckningar 2026-10-28 kl. 14.00–16.00' gives no place, only the document's kind)."""
    found = _place_read(text)
    if found is None or any(word in DOCUMENT_HEADINGS for word in re.findall(r"[a-z]+", fold(found))):
        return None
    return found


def _place_read(text: str) -> str | None:
    """The place a line gives, without a label, the date, the times and the words around them: right after the last
    date or time, after a comma or 'i'/'på' ('Mötet hölls den 24 februari 2026 klockan 9.30–11.00 i Rådhuset,
    Vadstena.' → 'Rådhuset, Vadstena'; '… kl. 13.30, Kommunhuset i Österbymo.'; '… i kommunhusets sal Tärnan.'),
    else after 'i' or 'på' at the end ('Mötet hölls i Rådhuset den 5 maj 2026.' → 'Rådhuset'), in lower case right
    before the first date ('Vi möttes på biblioteket den 5 maj.'), else what is left ('kl. 18–20, Kisa bibliotek'
    → 'Kisa bibliotek'); a bracket or a sentence that says when is read first, on its own ('… vårt möte i tisdags
    (10 mars, 13–15 i Gamla Tingshuset). Vi var' → 'Gamla Tingshuset'). None when nothing is left, only the time of
    day ('på kvällen') or only a sentence."""
    parts = [*_BRACKET.findall(text), *SENTENCE_END.split(text)]
    for said in parts:  # '… möte i tisdags (10 mars, 13–15 i Gamla Tingshuset). Vi var'
        if said.strip() != text.strip() and (_WHEN.search(said) or HOURS.search(said)) and (
                found := place_in_text(said)):
            return found
    inner = _PLACE_LABEL.search(text.strip())
    text = text.strip()[inner.end():] if inner else _LABEL.sub("", text.strip())
    said = [*_WHEN.finditer(text), *HOURS.finditer(text)]
    first, last = (min(m.start() for m in said), max(m.end() for m in said)) if said else (0, 0)
    after = _AFTER.match(text[last:]) if said else None
    if after is not None and _a_place(after.group("place")) and _kept(after.group("place")):
        return _kept(after.group("place"))
    bare = HOURS.sub(" ", _WHEN.sub(" ", text))
    at_end = _PLACE_AT_END.search(bare)
    if at_end is not None and _kept(at_end.group("place")):
        return _kept(at_end.group("place"))
    before = _LOWER_BEFORE.search(text[:first]) if said else None
    if before is not None and _a_place(before.group("place")) and len(before.group("place").split()) <= 5:
        return _kept(before.group("place"))
    place = place_of_field(bare)
    if place is None or not _a_place(place):
        return None
    return _kept(place.rstrip("."))


def words_after_when(text: str) -> str | None:
    """The words after a line's last date or time, without the punctuation and brackets around them ('2026-12-10 kl
    13, lokal meddelas senare' → 'lokal meddelas senare'); None when no word follows them, or the line says no date
    or time."""
    said = [*_WHEN.finditer(text), *HOURS.finditer(text)]
    if not said:
        return None
    rest = text[max(m.end() for m in said):].strip(" \t.,;:!?()[]–—-")
    return rest if re.search(r"[^\W\d]", rest) else None


# The words a time is written with, which say nothing of their own: 'kl.', 'ca', 'till', 'den', a weekday.
_TIME_WORDS = re.compile(r"\b(?:kl|klockan|ca|cirka|omkring|till|den|från|mellan|och|(?:mån|tis|ons|tors|fre|lör|sön)"
                         r"dag(?:en)?)\b\.?", re.IGNORECASE)


def unread_time_words(text: str) -> str | None:
    """The words of a field that gives a date and time which are neither ('2026-11-05, efter lunch' → 'efter
    lunch', 'kl. 13.00–15.00, därefter fika' → 'därefter fika'), without punctuation and brackets; None when every
    word is a date, a time or a word that goes with them ('tisdagen den 5 maj kl. 13–ca 15')."""
    bare = HOURS.sub(" ", _WHEN.sub(" ", with_spoken_times(text)))
    bare = re.sub(r"[()\[\]]", " ", _TIME_WORDS.sub(" ", bare))
    left = " ".join(bare.split()).strip(" .,;:–—-")
    return left if re.search(r"[^\W\d]", left) else None


# What a place follows: a place word ('i', 'på', 'vid') or a place's label ('Plats:', 'lokal').
_PLACE_WORD_BEFORE = re.compile(r"(?:^|[\s(,])(?:i|på|vid|plats|lokal|mötesplats|lokalen)\s*:?$", re.IGNORECASE)
# A word in lower case that names a building or room ('kommunhuset', 'kommunhusets', 'biblioteket'), compared folded.
BUILDING = re.compile(r"(?:hus|huset|husets|sal|salen|rum|rummet|kontor|kontoret|kansliet|bibliotek|biblioteket|garden|"
                      r"gardens|centrum|torget|lokal|lokalen|lokaler|skola|skolan|kyrkan|hallen|stationen)$")
# What stands right before a place that follows the date and time: a comma or dash, a digit, a month's name.
_AFTER_WHEN = re.compile(rf"(?:[\d,–—-]|\b{MONTH_PATTERN})$")


def stands_as_place(text: str, place: str) -> bool:
    """Whether place (as place_in_text read it from text) stands where a place stands: after a place word or label
    ('… i Rådhuset', 'Lokal: Forum'), right after the date and time ('16 maj kl. 13.00, Stadshuset sal A'), or
    before them with a comma ('Stadshuset, sal 2, 2026-03-02 kl 13.00'). Words before the date without a comma
    ('Rådet sammanträder 2027-02-10', 'preliminärt satt till 14 december'), a new sentence after it ('kl. 13.00.
    Ansvarig för fika'), a word in lower case after it ('kl. 13, därefter 21 januari') and a bracket's words ('(OBS!
    ny tid kl. 10.00)') are none."""
    if not place[:1].isalnum():
        return False  # '. Ansvarig för fika': what follows a full stop
    found = re.search(r"\s*".join(re.escape(word) for word in place.split()), text)
    if found is None:
        return True  # read from the text's own words in another shape: kept as before
    before = text[:found.start()].rstrip()
    if _PLACE_WORD_BEFORE.search(before):
        return True
    if re.search(r"\d", before):  # after the date and time a place is a name ('…, Stadshuset') or a building in
        # lower case ('…, kommunhuset'), never a word like 'därefter'
        return bool(_AFTER_WHEN.search(fold(before))) and (place[:1].isupper() or bool(
            BUILDING.search(fold(place.split()[0]).rstrip(",.;"))))
    return text[found.end():].lstrip().startswith(",")


# A remark in brackets about the date rather than a place ('(prel.)', '(preliminärt)', '(ändrat datum)'), where a
# place would stand.
_REMARK = re.compile(r"^\s*\([^)]*\)")


def _kept(place: str) -> str | None:
    """A place as read, without the punctuation around it and a remark in brackets before it ('(prel.), Rådhuset'
    → 'Rådhuset'); None when no letter is left ('(prel.)', '.')."""
    place = " ".join(_REMARK.sub("", place.strip(" ,;–-")).split()).strip(" ,;–-")
    return place if re.search(r"[^\W\d]", place) else None
