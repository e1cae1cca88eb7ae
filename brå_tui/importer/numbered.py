"""Numbered items ('§ 77', '3.', '3<TAB>Title'): titles, group headings, presenters, times and case numbers on the
lines below, Beslut with numbered decisions, pauses, a table of contents that repeats the items, next dates."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from brå_tui.importer.attendees import looks_like_name
from brå_tui.importer.bilingual import swedish_half
from brå_tui.importer.decisions import (
    BULLETS,
    PROPOSAL,
    beside_decision,
    beslut_heading,
    ends_sentence,
    is_decision,
    list_entry,
    list_goes_on,
    make_decisions,
    opens_decision,
    opens_list,
    sort_paragraph,
    strip_bullet,
)
from brå_tui.importer.followups import split_owners
from brå_tui.importer.header import parse_span
from brå_tui.importer.ledger import Ledger, Line, as_line
from brå_tui.importer.presenters import ROLE_NOUNS, labelled, presenters_in, short_title, topic_first
from brå_tui.importer.schedule import every_time_sentence, is_deadline, parse_line
from brå_tui.model import Attendee, Item
from brå_tui.text import CAPITAL, titled, without_full_stop
from brå_tui.text import fold_line as fold

BODY_LEVEL = 10
"""The heading level of a line in no heading style (a list paragraph, the body text): below every heading's."""
LIST_LEVEL = BODY_LEVEL + 1
"""The level of an entry in a list's second level (Word's w:ilvl 1; one more per level below): a list entry under
an item ('2.1 Rådet beslutar …', '3. …' in a sub-list), never an item of its own, whatever its number."""


# '§ 77 Title'; '§§ 13–14 Title' (or '§ 13–14', '§§ 13-14', '§§ 13 och 14'): one item over two paragraphs. The sign
# may be written out: 'Paragraf 1' (Göteborg's template), 'Paragraferna 13–14'.
_SECTION = re.compile(r"^\s*(?P<marks>§§?|(?i:paragraf(?:erna)?)(?=\s*\d))\s*(?P<first>\d{1,4})"
                      r"(?:\s*(?:[-–—]|och|,)\s*(?P<last>\d{1,4})(?!\d))?"
                      r"\s*[.:]?\s*(?P<title>.*?)\s*$")
# '13–14. Title', '13-14<TAB>Title': one item over two numbers without a paragraph sign, as minutes that take up two
# items in one paragraph write it.
_RANGE = re.compile(r"^\s*(?P<first>\d{1,3})\s*[-–—]\s*(?P<last>\d{1,3})(?P<mark>\.(?!\d)|\t| {1,3}|(?=\s*$))\s*"
                    r"(?P<title>.*?)\s*$")
_NUMBER = re.compile(r"^\s*(?P<word>(?:punkt|ärende|p\.)\s*)?(\d{1,3})(?:\.(?!\d)|\)|:|\t| {1,3}|(?=\s*$))\s*(.*?)\s*$",
                     re.IGNORECASE)
# An item numbered with the meeting's number before its own ('4.1 Genomgång …', '4.2 Individärenden' at meeting 4):
# the item's number as written, its value the second. A second number of two digits only after a first that is no
# hour ('13.15 Kaffe' is a time).
_DOTTED = re.compile(r"^\s*(?P<major>\d{1,3})\.(?P<minor>[1-9]|(?<=(?:2[4-9]|[3-9]\d)\.)1\d)\.?(?:\t+| {1,3})\s*"
                     r"(?P<title>\S.*?)\s*$")
# A dash between the number and the title ('Punkt 1 – Läget i Åsele', '§ 13 – 2026 års budget'): no part of the title.
_SEPARATOR = re.compile(r"^[–—-]\s+")
# The label of the title on its own line below the number: 'Paragraf 2' over 'Ärende: Lägesbild Nordost'.
_TITLE_LABEL = re.compile(r"^(?:ärende|rubrik|ämne)\s*:\s*(?=\S)", re.IGNORECASE)
_TOC_PAGE = re.compile(r"(?:\s*[.…]{3,}\s*|\t+)\d{1,3}\s*$")
_GROUPS = {"informationsarenden": "information", "informationsarende": "information",
           "informationspunkter": "information", "for information": "information", "information": "information",
           "beslutsarenden": "decision", "beslutsarende": "decision", "beslutspunkter": "decision",
           "for beslut": "decision", "arenden for beslut": "decision", "arenden for information": "information"}
# A kind before the title: 'Informationsärende: Trygghetsvandring', 'För beslut – Budget 2026'.
_KIND_IN_TITLE = re.compile(r"^((?:för\s+)?[a-zåäö]+(?:\s+för\s+[a-zåäö]+)?)\s*(?::|\s[–—-])\s*(\S.*)$",
                            re.IGNORECASE)
_PAUSE = re.compile(r"^(?:paus|kaffe|kaffepaus|fika|fikapaus|lunch|lunchpaus|bensträckare)\b", re.IGNORECASE)
_ADJOURN = re.compile(r"^(?:ajournering|mötet ajourneras|ajourneras)\b", re.IGNORECASE)
_PRESENTER = re.compile(r"^(?:föredragande|föredras av|presentatör|presenteras av|informatör|ansvarig|"
                        r"dragande|inledare)\s*:?\s*(.+)$", re.IGNORECASE)
# A presenter written after the title, on its line: 'Lägesbild från polisen – Föredragande: kommunpolis Rolf Ek',
# 'Budget (föredragande Anna Ek)'.
_PRESENTER_IN_TITLE = re.compile(r"^(?P<title>\S.*?)\s*(?:[–—-]|,|\()\s*(?:föredragande|föredras\s+av|presentatör|"
                                 r"presenteras\s+av|inledare)\s*:?\s*(?P<who>[^()]+?)\)?\s*$", re.IGNORECASE)
# The title in lower case before a presenter's name ('kommunpolis Rolf Ek', 'rektor Li Berg').
_TITLE_BEFORE_NAME = re.compile(r"^(?:[a-zåäö][\w-]*\s+)+(?=[" + CAPITAL + r"])")
_CASE_LABEL = re.compile(r"^(?:dnr|diarienummer|diarienr|diarie-?nr)\.?\s*:?\s*(\S.*)$", re.IGNORECASE)
_CASE = re.compile(r"^[" + CAPITAL + r"]{1,6}[ -]?\d{4}[/.:-]\d+(?:[.:/-]\d+)*$")
# A case number after its label with the title after it: 'Dnr 2025/0341 Kameror vid färjeläget'.
_CASE_LEAD = re.compile(r"^(?:dnr|diarienummer|diarienr|diarie-?nr)\.?\s*:?\s*"
                        r"((?-i:[" + CAPITAL + r"]{1,6}[ -]?)?\d{4}[/.:-]\d+"
                        r"(?:[.:/-]\d+)*)(?:\s*[,:–—-]\s*|\s+)(\S.*)$", re.IGNORECASE)
_TIME_LINE = re.compile(r"^(?:tid\s*:?\s*)?(?:kl\.?|klockan)?\s*\d{1,2}(?:[.:]\d{2})?\s*(?:[-–—]|till)\s*"
                        r"\d{1,2}(?:[.:]\d{2})?\s*$", re.IGNORECASE)
# A time slot in the title, at its end or before a comma, maybe in parentheses: 'Klotter, kl. 9.40–10.10',
# 'Välkomna (9.00–9.10)', 'Lägesbild (9.10–9.40), Kim Lund'; a single time only in parentheses or after 'kl.'
# ('Upprop (9.00)', 'Lägesbild kl. 9.05'), never a number that ends a title ('Budget 2.0').
_TIME_IN_TITLE = re.compile(r"\s*,?\s*(?:(?P<open>\()?\s*(?:kl\.?|klockan)?\s*(\d{1,2}[.:]\d{2})\s*[-–—]\s*"
                            r"(\d{1,2}[.:]\d{2})\s*(?(open)\))|\(\s*(?:kl\.?\s*|klockan\s*)?\d{1,2}[.:]\d{2}\s*\)|"
                            r"\b(?:kl\.?|klockan)\s*\d{1,2}[.:]\d{2})(?=\s*(?:,|$))")
_SPAN_IN_TEXT = re.compile(r"(?:\bkl\.?|\bklockan)\s*\d{1,2}[.:]\d{2}\s*(?:[-–—]|till)\s*\d{1,2}[.:]\d{2}",
                           re.IGNORECASE)
# A time in an agenda's column or before a pause's name: '08.30–09.00', 'kl. 9.30', '09.30–09.45 Kaffe'.
_CLOCK = r"(?:(?:kl\.?|klockan)\s*)?\d{1,2}[.:]\d{2}(?:\s*(?:[-–—]|till)\s*\d{1,2}[.:]\d{2})?"
_CLOCK_CELL = re.compile(rf"^{_CLOCK}$", re.IGNORECASE)
_LEAD_TIME = re.compile(rf"^\s*({_CLOCK})(?:\t+|\s+)(?=\D)", re.IGNORECASE)
_TIME_FIRST = re.compile(rf"^\s*({_CLOCK})\s+(?=\S)", re.IGNORECASE)  # a time before an item's number
_DECISION_HEADING = re.compile(r"^(?:[a-zåäö]+s\s+)?(?:beslut|beslutet|beslutades|beslöts)\s*:?\s*$", re.IGNORECASE)
_NOTES_HEADINGS = ("arendebeskrivning", "sammanfattning", "beslutsunderlag", "skickas till", "expedieras till",
                   "expedieras", "bakgrund", "yrkanden", "propositionsordning", "forslag till beslut",
                   "reservation", "protokollsanteckning")
# Whom a decision is sent to (expediering), a heading over one recipient a line or with them after it: 'Beslutet
# skickas till', 'Expedieras till: Polisen, Helsingehus', 'Beslutet delges', 'Expediering', 'Kopia till'.
DISTRIBUTION = re.compile(r"^\W*(?:(?:beslutet|protokollet|protokollsutdraget|utdrag)\s+(?:skickas|sänds|expedieras|"
                          r"delges|översänds)(?:\s+(?:till|för\s+kännedom\s+till))?|expedieras(?:\s+till)?|"
                          r"expediering|delges|för\s+kännedom\s+till|kopia\s+till|sändlista)\b\s*:?(?P<to>.*)$",
                          re.IGNORECASE)
# A line of a distribution list below its heading: a recipient, a few words without a sentence's full stop.
_RECIPIENT = re.compile(r"^[-–•*·]?\s*[\w(][^.!?]{0,60}$")
# The header row of a schedule's table ('Datum<TAB>Tid<TAB>Plats', 'Dag | Tid | Lokal'), compared folded: every cell
# a column's name.
_SCHEDULE_COLUMN = (r"(?:datum|dag|veckodag|tid|tider|klockslag|plats|lokal|motesplats|mote|sammantrade|"
                    r"anteckning|kommentar)")
_SCHEDULE_HEADER = re.compile(rf"^{_SCHEDULE_COLUMN}\s*:?(?:\s*(?:\t+|\s\|\s|\|)\s*{_SCHEDULE_COLUMN}\s*:?)+\s*$")
_SCHEDULE_TITLES = ("nasta mote", "nasta moten", "nasta sammantrade", "nasta sammantraden", "kommande moten",
                    "kommande sammantraden", "motestider", "sammantradestider", "tidplan", "datum for nasta mote",
                    "datum for nasta moten", "motesplan", "sammantradesplan")


# The header row of an agenda table ('Nr | Ärende | Tid | Föredragande'): each column's part of an item.
AGENDA_COLUMNS = {"nr": "number", "nummer": "number", "punkt": "number", "§": "number", "paragraf": "number",
                  "arende": "title", "rubrik": "title", "amne": "title", "dagordning": "title", "tid": "time",
                  "klockan": "time", "kl": "time", "tidpunkt": "time", "foredragande": "presenter",
                  "ansvarig": "presenter", "dnr": "case", "diarienummer": "case", "diarienr": "case",
                  "beslut": "decision", "forslag till beslut": "proposal", "beslutsforslag": "proposal",
                  "forslag": "proposal", "handling": "papers", "handlingar": "papers", "underlag": "papers",
                  "beslutsunderlag": "papers", "bilaga": "papers", "bilagor": "papers"}
# How an agenda table's cell of these columns is written on a line of its own under the item's title, read there as
# the decision, a proposal (the item's text, never a decision) and the papers (the item's text).
AGENDA_LABELS = {"decision": "Beslut: {}", "proposal": "Förslag till beslut: {}", "papers": "Handling: {}"}


def agenda_header(line: str) -> list[str] | None:
    """The parts of an agenda table's header row ('Nr<TAB>Ärende<TAB>Tid'), in column order, or None for any
    other line: every cell a known column, one of them the title, and at least two."""
    if "\t" not in line.strip() or len(line) > 200:
        return None  # a header row has cells parted by tabs, each a word or two
    cells = [fold(c).rstrip(".:") for c in re.split(r"\t+", line.strip())]
    fields = [AGENDA_COLUMNS.get(c) for c in cells]
    if len(cells) < 2 or None in fields or "title" not in fields:
        return None
    return [f for f in fields if f is not None]


def agenda_row(line: str, columns: list[str]) -> str:
    """A row of an agenda table written as text under its header row (columns: agenda_header's), as the items
    read one: its number and title first, the other cells after them in their order ('13.15<TAB>1<TAB>Lägesbild
    <TAB>Jonas Ask' under 'Tid | Nr | Ärende | Föredragande' → '1<TAB>Lägesbild<TAB>13.15<TAB>Jonas Ask'); a row
    without a title, or in the order already, as written."""
    cells = [c.strip() for c in line.strip("\n").split("\t")]
    if cells and not cells[0] and len(cells) == len(columns) + 1:
        cells = cells[1:]  # a row written with a tab before its first cell
    parts = [(part, AGENDA_LABELS[part].format(c) if part in AGENDA_LABELS and c else c)
             for part, c in zip(columns, cells, strict=False)]
    first = [c for kind in ("number", "title") for part, c in parts if part == kind and c]
    if not any(part == "title" and c for part, c in parts) or ([p for p, c in parts if c][:len(first)] == [
            k for k in ("number", "title") if any(p == k and c for p, c in parts)] and
            not any(part in AGENDA_LABELS and c for part, c in parts)):
        return line
    return "\t".join([*first, *(c for part, c in parts if part not in ("number", "title") and c)])


@dataclass
class Start:
    """The line that opens an item: its number as written, its value, the title after it (may be empty)."""

    number: str
    value: int
    title: str
    section: bool


def filled_after(lines: list[str], index: int, count: int) -> list[str]:
    """Up to count lines after lines[index] that hold text, stripped; the work grows with how far they are, not
    with the length of lines."""
    out: list[str] = []
    for n in range(index + 1, len(lines)):
        if text := lines[n].strip():
            out.append(text)
            if len(out) == count:
                break
    return out


def next_filled(lines: list[str], index: int) -> str:
    """The first line after lines[index] that holds text, stripped; empty when none does."""
    found = filled_after(lines, index, 1)
    return found[0] if found else ""


def sequence_starts(lines: list[str]) -> set[int]:
    """The indexes of lines '98. Title' whose next number opens a later line ('99. Title'): a numbering that goes
    on from an earlier meeting's, so its first item may have any number."""
    later: set[int] = set()
    out: set[int] = set()
    for index in range(len(lines) - 1, -1, -1):
        start = item_start(lines[index], None, any_first=True, below=next_filled(lines, index))
        if start is None or start.section:
            continue
        if start.value + 1 in later:
            out.add(index)
        later.add(start.value)
    return out


def title_like(title: str) -> bool:
    """Whether the text after a number reads as an item title: its first letter (after any quote marks or
    punctuation: '”Trygg i Gnesta” – enkätresultat', '(Utgår)') is a capital, and it is at most 100 characters."""
    letter = next((c for c in title if c.isalnum()), "")
    return letter.isupper() and len(title) <= 100


def _section(line: str) -> Start | None:
    """The item a paragraph sign opens: '§ 77 Title' (number '§ 77'), or one over a run of paragraphs, '§§ 13–14
    Title' (number '§§ 13–14', its value the last: the next item is § 15). A second number that does not follow
    the first ('§ 13 – 2026 års budget') is the title's; '§§' needs its second number."""
    match = _SECTION.match(line)
    if match is None:
        return None
    first, last = int(match["first"]), match["last"]
    if last is not None and 0 < int(last) - first <= 20:
        return Start(f"§§ {first}–{last}", int(last), _SEPARATOR.sub("", match["title"]), True)
    if match["marks"] == "§§" or (fold(match["marks"]) == "paragraferna" and last is None):
        return None
    title = match["title"] if last is None else re.sub(r"^\s*[.:]?\s*", "", line[match.end("first"):]).strip()
    return Start(f"§ {first}", first, _SEPARATOR.sub("", title), True)


def _range_start(line: str) -> tuple[int, Start, bool] | None:
    """The first number, the item and whether its number is marked ('13–14.') for a line opening with a range of
    item numbers ('13–14. Title', '13-14<TAB>Title': number '13–14.' or '13–14', its value the last: the next item
    is 15); None when the second number does not follow the first within 20."""
    match = _RANGE.match(line)
    if match is None:
        return None
    first, last = int(match["first"]), int(match["last"])
    if not 0 < last - first <= 20:
        return None
    marked = match["mark"] == "."
    title = _SEPARATOR.sub("", match["title"])
    return first, Start(f"{first}–{last}{'.' if marked else ''}", last, title, False), marked


def _number_start(line: str) -> tuple[int, Start, bool] | None:
    """The first number, the item and whether the number is marked (a '.', ')' or ':' after it, or a word before
    it: 'Punkt 2') for a line opening with an item number or a range of them, whatever the number."""
    ranged = _range_start(line)
    if ranged is not None:
        return ranged
    dotted = _DOTTED.match(line)
    if dotted is not None:
        value = int(dotted["minor"])
        number = f"{dotted['major']}.{dotted['minor']}"
        return value, Start(number, value, _SEPARATOR.sub("", dotted["title"]), False), True
    match = _NUMBER.match(line)
    if not match:
        return None
    value = int(match.group(2))
    written = line.lstrip()
    end = match.end(2) - (len(line) - len(written))
    number = written[: end + (1 if written[end:end + 1] in (".", ")") else 0)]
    marked = bool(match.group("word")) or line[match.end(2):match.end(2) + 1] in (".", ")", ":")
    return value, Start(number, value, _SEPARATOR.sub("", match.group(3).strip()), False), marked


def item_start(line: str, expected: int | None, any_first: bool = False, below: str = "") -> Start | None:
    """The item a line opens: '§ 77 Title' always; '3. Title', '3<TAB>Title' (or a range, '13–14. Title') when
    it is the number expected next (or the first: 1 to 3, any number with any_first) and the title looks like one
    (title_like). The number may stand alone with its mark or word ('2.', '2)', 'Punkt 2') when the next line that
    holds text (below) is the title: it looks like one and opens no item itself; the Start's title is then empty.
    A range before a pause ('12-13 Lunch') is its time, not two items."""
    section = _section(line)
    if section is not None:
        return section
    found = _number_start(line)
    if found is None:
        return None
    first, start, marked = found
    title = start.title
    topic = topic_first(title)  # '1) Polisen: Anders berättade om …': the item Polisen, however long its text
    if expected is not None and first != expected:
        return None
    if expected is None and first > 3 and not any_first:
        return None
    if not title:
        if not marked or not title_like(below) or item_start(below, None, any_first=True) is not None:
            return None
    elif not title_like(topic[0] if topic else title) or (start.value != first and pause_line(title)):
        return None
    if title.endswith(".") and len(title) > 60 and topic is None:
        return None  # a numbered sentence, not a title
    return start


def _group(line: str) -> str | None:
    return _GROUPS.get(fold(line).rstrip(":").strip())


@dataclass
class Numbered:
    """What the numbered items gave: items, and the lines of the other questions and the schedule, for the parts
    that read those; what each line of the items became is in the ledger."""

    ledger: Ledger
    items: list[Item] = field(default_factory=list)
    other: list[str] = field(default_factory=list)  # the lines of a numbered 'Övriga frågor' item
    # a numbered 'Övriga frågor' as an item ('§ 26', its title as written), which its questions keep the number
    # of, or which stays an item when it has none ('Inga övriga frågor.'); where it stands among the items
    other_item: Item | None = None
    other_at: int = 0
    after: list[str] = field(default_factory=list)  # below a heading that ended the other questions: items
    schedule: list[str] = field(default_factory=list)


def first_line(lines: list[str]) -> int | None:
    """The index of the items' first line that holds text, a heading of a group of items ('Informationsärenden')
    left out: an item there may have any number ('3. Lägesbild' alone, '7.' over its title), as the agenda
    of a meeting that takes up a few of the council's standing items may begin anywhere."""
    return next((n for n, line in enumerate(lines) if line.strip() and not _group(line.strip())), None)


def has_numbered_items(lines: list[str]) -> bool:
    """Whether the items are numbered: a § line, a line '1. Title' / '1<TAB>Title' (or a number alone over its
    title), a numbered title of any number as the first line, or a numbering that goes on from an earlier
    meeting's ('98. Title' followed by '99. Title')."""
    first = first_line(lines)
    return any(item_start(line, None, any_first=n == first, below=next_filled(lines, n)) is not None
               for n, line in enumerate(lines)) or bool(sequence_starts(lines))


def listed_decisions(lines: list[str]) -> set[int]:
    """The indexes of the numbered lines of a list of decisions under 'Rådet beslutar att' ('1. Genomföra …',
    '2. Sammanställa …', counting from 1): decisions, never items, however their titles look."""
    out: set[int] = set()
    count: int | None = None
    for index, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        written = written_start(text) if count is not None and not text.startswith("§") else None
        if written is not None and count is not None and written.value == count + 1:
            count += 1
            out.add(index)
        elif count is not None and list_entry(text) is not None:
            continue
        else:
            count = 0 if opens_list(text) else None
    return out


# A sentence that says the meeting paused or adjourned, its times left out and folded: 'Mötet ajournerades
# 15.00–15.10.', 'Sammanträdet ajournerades kl. 15.00–15.10', 'Rådet tog paus 10.15–10.30.', 'Kl. 15.00–15.10
# ajournerades mötet.', '(Paus 10.15–10.30)'.
_PAUSE_SENTENCE = re.compile(r"^(?:(?:motet|sammantradet|radet|gruppen|vi)\s+)?"
                             r"(?:(?P<adjourn>ajourner(?:as|ades|ade|ar|ing)|ajournerat)|"
                             r"(?:tog|tar|hade|har|holl|haller)\s+(?:en\s+)?(?:kort\s+)?\w*paus|pausade|pausas|"
                             r"paus|kaffepaus|fikapaus|lunchpaus|kaffe|fika|lunch)"
                             r"(?:\s+(?:motet|sammantradet|radet|forhandlingarna))?$")


def pause_sentence(line: str) -> str | None:
    """The kind ('adjournment' or 'pause') of a line that says, with its time, that the meeting adjourned or paused
    ('Mötet ajournerades 15.00–15.10.', 'Rådet tog paus 10.15–10.30.', '(Paus 10.15–10.30)'); None for any other
    line, and for one without a time."""
    text = line.strip()
    bare = re.sub(_CLOCK, " ", text, flags=re.IGNORECASE)
    if bare == text:
        return None
    said = _PAUSE_SENTENCE.match(" ".join(fold(bare).replace("(", " ").replace(")", " ").split()).strip(" .,;:–-"))
    if said is None:
        return None
    return "adjournment" if said.group("adjourn") else "pause"


def pause_line(line: str) -> bool:
    """Whether an unnumbered line in an agenda is a pause or adjournment: its word with a time before or after it
    ('09.30–09.45<TAB>Kaffe', 'Kaffe 09.30–09.45'), the word alone ('Lunch'), or a sentence that says so with its
    time (pause_sentence: 'Mötet ajournerades 15.00–15.10.')."""
    text = line.strip()
    if pause_sentence(text) is not None:
        return True
    bare = " ".join(re.sub(_CLOCK, " ", text, flags=re.IGNORECASE).split())
    if not bare or len(bare) > 40 or not (_PAUSE.match(bare) or _ADJOURN.match(bare)):
        return False
    return bare != text.replace("\t", " ").strip() or bool(_PAUSE.fullmatch(bare) or _ADJOURN.fullmatch(bare))


def _starts(lines: list[str], levels: dict[int, int] | None = None) -> list[tuple[int, Start]]:
    """Where each item starts; a first run of numbers that the items repeat (a table of contents or the
    Dagordning before the items) is dropped from the starts. levels: a line at LIST_LEVEL or deeper is a list
    entry under an item, never a start."""
    starts: list[tuple[int, Start]] = []
    expected: int | None = None
    in_decisions = False
    going_on = sequence_starts(lines)
    listed = listed_decisions(lines)
    opening = first_line(lines)
    for index, line in enumerate(lines):
        text = line.strip()
        if index in listed or (levels or {}).get(index, 0) >= LIST_LEVEL:
            continue
        if _DECISION_HEADING.match(text) or beslut_heading(text) is not None:
            in_decisions = True
        start = item_start(line, expected, any_first=expected is None and index in (opening, *going_on),
                           below=next_filled(lines, index))
        if start is None and starts and not starts[-1][1].section:
            again = item_start(line, None)
            first = starts[0][1]
            if again is not None and again.value == first.value and _same(again.title, first.title):
                start = again  # the numbers start over with the first title: what came before was a list of them
        if start is None and starts and pause_line(text) and not _title_of_bare(lines, starts[-1], index) and \
                not (pause_sentence(text) and _under_a_pause(lines, starts[-1], index)):
            starts.append((index, Start("", -1, text, False)))  # a pause between items, which has no number
            in_decisions = False
            continue
        if start is None:
            continue
        if in_decisions and not start.section and (start.title.lower().startswith("att ") or
                                                    start.title.endswith(".")):
            continue
        if starts and _other_mark(starts[0][1], start):
            continue  # '2) …' under items numbered '1.', '2.': a list inside the item, never the next item
        in_decisions = False
        starts.append((index, start))
        expected = start.value + 1
    runs: list[list[tuple[int, Start]]] = [[]]
    for entry in starts:
        if runs[-1] and entry[1].value == runs[-1][0][1].value and _same(entry[1].title, runs[-1][0][1].title):
            runs.append([])
        runs[-1].append(entry)
    return runs[-1] if len(runs) > 1 else starts


def _other_mark(first: Start, start: Start) -> bool:
    """Whether start's number is marked otherwise than the first item's ('2)' where the items are numbered '1.'):
    the two numberings are of different lists."""
    marks = [s.number[-1:] if not s.section and s.number[-1:] in (".", ")") else "" for s in (first, start)]
    return all(marks) and marks[0] != marks[1]


def _under_a_pause(lines: list[str], last: tuple[int, Start], index: int) -> bool:
    """Whether lines[index] stands under a pause's heading without a time of its own ('§ 34 Ajournering', or '§ 2' over
    'Ajournering'), whose text it is ('Sammanträdet ajourneras kl. 14.10–14.25.'), never a pause of its own."""
    at, start = last
    title = start.title if start.title and not case_only(start.title) else next(
        (line.strip() for line in lines[at + 1:index] if line.strip() and not case_only(line.strip())), "")
    return bool(_PAUSE.match(title) or _ADJOURN.match(title)) and pause_sentence(title) is None


def _title_of_bare(lines: list[str], last: tuple[int, Start], index: int) -> bool:
    """Whether lines[index] is the title of the item that opened last with a number alone ('§ 4' over 'Ajournering'):
    nothing but blank lines or a case number stands between them."""
    at, start = last
    if start.title and not case_only(start.title):
        return False
    return all(not line.strip() or case_only(line.strip()) for line in lines[at + 1:index])


def _toc_lines(lines: list[str], starts: list[tuple[int, Start]]) -> set[int]:
    """The lines of a table of contents that came before the first real start and repeat its titles."""
    if not starts:
        return set()
    first = starts[0][0]
    titles = {_agenda_key(s.title) for _, s in starts}
    numbered = {s.value: s.title for _, s in starts}
    out = set()
    for index in range(first):
        start = item_start(lines[index], None) or written_start(lines[index])
        if start is not None and (_agenda_key(start.title) in titles or
                                  (start.value in numbered and _same(start.title, numbered[start.value]))):
            out.add(index)
    return out


def _agenda_entries(lines: list[str], starts: list[tuple[int, Start]], toc: set[int]) -> list[tuple[int, list[int]]]:
    """The entries of an agenda before the items that repeats their titles, with or without numbers (a Word
    agenda table 'Tid | Ärende | Ansvarig': 'Opening / Mötets öppnande' over '10.00' and 'Föredragande: Kristina
    Uusitalo'): the index of each entry's title and of the time, presenter and case number lines under it."""
    if not starts:
        return []
    titles = [s.title for _, s in starts if s.title]
    out: list[tuple[int, list[int]]] = []
    index = 0
    while index < starts[0][0]:
        text = lines[index].strip()
        repeats = index in toc or (text and len(text) <= 100 and not text.endswith(".") and _meta_only(text) is None
                                   and any(_same(text.split("\t")[0], title) for title in titles))
        if not repeats:
            index += 1
            continue
        metas = []
        below = index + 1
        while below < starts[0][0] and lines[below].strip() and _meta_only(lines[below]) is not None:
            metas.append(below)
            below += 1
        out.append((index, metas))
        index = below
    return out


def _agenda_details(entries: list[tuple[int, list[int]]], lines: list[str], items: list[Item],
                    ledger: Ledger) -> None:
    """The time, presenters and case number an agenda before the items gives each item (_agenda_entries), where the
    item itself gives none: an agenda table's times are often the only ones the minutes have."""
    for title, metas in entries:
        written = written_start(lines[title])
        probe = Item(written.title if written is not None else lines[title].strip())
        agenda_cells(probe)
        whats = [_meta(lines[n].strip(), probe) for n in metas]
        item = next((i for i in items if _same(probe.title, i.title)), None)
        if item is None:
            for n in metas:
                ledger.unplaced(lines[n])
            continue
        if item.start is None:
            item.start, item.end = probe.start, probe.end
        item.presenters = item.presenters or probe.presenters
        item.case_number = item.case_number or probe.case_number
        for n, what in zip(metas, whats, strict=True):
            ledger.placed(lines[n], what if isinstance(what, str) else "presenter", item)


def written_start(line: str) -> Start | None:
    """The number and title a line is written with ('§ 14 Title', '5. Title', '3 klotter'), whether or not it
    follows the order or looks like a title; None when it opens with no number."""
    section = _section(line)
    if section is not None:
        return section
    ranged = _range_start(line)
    if ranged is not None:
        return ranged[1]
    dotted = _DOTTED.match(line)
    if dotted is not None:
        return Start(f"{dotted['major']}.{dotted['minor']}", int(dotted["minor"]), dotted["title"], False)
    match = _NUMBER.match(line)
    if not match:
        return None
    mark = line[match.end(2):match.end(2) + 1]
    number = match.group(2) + (mark if mark in (".", ")") else "")
    return Start(number, int(match.group(2)), match.group(3).strip(), False)


# An item's number written twice, as a copy of Word's numbered list with the number typed too: '1. 1. Ungdomar på
# torget', '2)<TAB>2. Åtgärdslista', '§ 3 3. Budget'.
_TWICE = re.compile(r"^(?P<lead>\s*)(?P<first>(?:§\s*)?(?P<n>\d{1,3})[.):]?)\s+(?:§\s*)?(?P=n)[.)]\s+(?=\S)")
# A number and its mark at the start of a title ('2. Åtgärdslista' after '1. '), which makes it no title of its own.
_NUMBER_MARK = re.compile(r"^(?:§\s*)?\d{1,3}[.):]\s+")


def typed_number(text: str) -> bool:
    """Whether a paragraph's text opens with an item number typed with its mark and a title after it ('1. Ungdomar
    på torget', '§ 3 Budget', '2) Åtgärdslista'), as Word's list number would show it."""
    text = text.lstrip()
    mark = _NUMBER_MARK.match(text)
    if mark is not None:
        return title_like(text[mark.end():])
    section = _SECTION.match(text)
    return section is not None and title_like(section["title"])


def number_once(line: str) -> str:
    """A line whose item number stands twice ('1. 1. Ungdomar på torget') with the number once ('1. Ungdomar på
    torget'); any other line as written."""
    twice = _TWICE.match(line)
    if twice is None or not title_like(line[twice.end():]):
        return line
    return as_line(f"{twice['lead']}{twice['first']} {line[twice.end():]}", line)


def time_first(line: str, rows: bool = True) -> str:
    """A line with the time before the item's number ('14.10  3. Lägesbild – polisen (Eva Rapp)', '9.00–9.30
    § 4 Budget') as the items read one: number and title first, the time after them, in parentheses ('3. Lägesbild
    – polisen (Eva Rapp) (14.10)') or, in a row of cells parted by tabs, as its last cell; any other line (no
    number after the time, or no title after the number: '14.00 2 personer kom') as written. Without rows, a row
    of cells stays as written too (an agenda table's header row says which cell is what: agenda_row)."""
    line = number_once(line)
    lead = _TIME_FIRST.match(line)
    if lead is None:
        return line
    rest = number_once(line[lead.end():].rstrip())
    start = written_start(rest)
    if start is None or not start.title or not title_like(start.title) or ("\t" in rest and not rows):
        return line
    written = f"{rest}\t{lead.group(1)}" if "\t" in rest else f"{rest} ({lead.group(1)})"
    return as_line(written, line)


def _agenda_key(title: str) -> str:
    """A title as an agenda and its item may both write it: without a page number, the columns after a tab, a
    presenter in parentheses, a time or case number at the end ('3. Lägesbild (Petra Lilja)' → 'lagesbild')."""
    text = _TOC_PAGE.sub("", title).split("\t")[0]
    text = re.sub(r"\s*\([^()]*\)\s*$", "", text)
    found = _TIME_IN_TITLE.search(text)
    if found and found.start() > 0:
        text = text[: found.start()]
    probe = Item(title=text)
    _fields_at_end(probe, set())
    return " ".join(fold(probe.title).split()).strip(" .:–-")


def _same(a: str, b: str) -> bool:
    """Whether an agenda line's title and an item's with the same number are one ('Lägesbild' and 'Lägesbild
    (Petra Lilja)', 'Lägesbild' and 'Lägesbild – polisen'): equal, or one the other's opening words."""
    a, b = sorted((_agenda_key(a), _agenda_key(b)), key=len)
    return a == b or (bool(a) and b.startswith(a + " "))


_OTHER_META = {"time": "tid för övriga frågor", "presenter": "föredragande för övriga frågor",
               "case": "diarienummer för övriga frågor"}
_GROUP_WORDS = {"information": "rubrik för informationsärenden", "decision": "rubrik för beslutsärenden"}


def parse_numbered(lines: list[str], attendees: list[Attendee], ledger: Ledger,
                   levels: dict[int, int] | None = None) -> Numbered:
    """The numbered items of a note, with what the lines below each title say; ledger records what each
    line became. levels: the indexes of lines in a heading style (Word, Markdown) and their levels; under a
    numbered 'Övriga frågor', a heading at its level or above ends the questions (Numbered.after)."""
    out = Numbered(ledger)
    starts = _starts(lines, levels)
    toc = _toc_lines(lines, starts)
    entries = _agenda_entries(lines, starts, toc)
    toc |= {title for title, _ in entries}
    details = {n for _, metas in entries for n in metas}  # placed with the items they are about, below
    kind: str | None = None
    before = range(starts[0][0]) if starts else range(len(lines))
    for index in before:
        text = lines[index].strip()
        if not text or index in details:
            continue
        if index in toc:
            ledger.aside(text, "innehållsförteckning eller dagordning före ärendena")
        elif _group(text):
            kind = _group(text)
            ledger.placed(text, "heading", None, _GROUP_WORDS[kind or ""])
        elif _notes_heading(text):
            ledger.placed(text, "heading", None, "rubrik för anteckningarna")  # 'Anteckningar' over the items
        else:
            ledger.unplaced(text)
    bounds = [*(i for i, _ in starts), len(lines)]
    bodies = _notes_to_items(starts, [lines[index + 1:end] for (index, _), end in zip(starts, bounds[1:],
                                                                                       strict=False)], ledger)
    _text_after_pauses(starts, bodies)
    for (index, start), body, end in zip(starts, bodies, bounds[1:], strict=True):
        trailing_group = None
        while body and not body[-1].strip():
            body.pop()
        if body and _group(body[-1].strip()):
            trailing_group = _group(body[-1].strip())
            ledger.placed(body.pop(), "heading", None, _GROUP_WORDS[trailing_group or ""])
        under = [line for line in body if line.strip()][0 if start.title else 1:]  # below the title
        if other_questions(_title_line(start, body)) and all(_meta_only(line) for line in under):
            # an agenda's 'Övriga frågor' with nothing under it: an item, keeping its number and time slot
            out.items.append(_item(start, lines[index], body, kind, attendees, out))
        elif other_questions(_title_line(start, body)):
            if out.other_item is None:
                out.other_item = Item(_title_line(start, body), number=start.number or None)
                out.other_at = len(out.items)
            ledger.placed(lines[index], "heading", None, "rubrik för övriga frågor" if start.title else
                          "nummer för övriga frågor")
            if "\t" in start.title.strip():  # '2<TAB>Övriga frågor<TAB>14.30–14.50' over the questions
                ledger.doubt(lines[index], "övriga frågor har inget fält för tiden; skriv in den i texten")
            if not start.title or case_only(start.title):  # the title below the number, maybe below a case number
                title = next(n for n, line in enumerate(body) if line.strip() and not case_only(line.strip()))
                other_meta(body[:title], out.other_item, ledger)
                ledger.placed(body[title], "heading", None, "rubrik för övriga frågor")
                body = body[title + 1:]
            body = other_meta(body, out.other_item, ledger)
            title_level = (levels or {}).get(index, BODY_LEVEL)
            ends = [lines[k] for k in range(index + 1, end) if (levels or {}).get(k, BODY_LEVEL + 1) <= title_level]
            cut = next((n for n, line in enumerate(body) if any(line is e for e in ends)), None)
            if cut is not None:
                out.after.extend(body[cut:])
                body = body[:cut]
            out.other.extend(body)
        else:
            out.items.append(_item(start, lines[index], body, kind, attendees, out))
        if trailing_group:
            kind = trailing_group
    _agenda_details(entries, lines, out.items, ledger)
    return out


def _text_after_pauses(starts: list[tuple[int, Start]], bodies: list[list[str]]) -> None:
    """The text below a pause that gives its own time in the middle of an item's text ('Olle berättade om läget.' /
    'Paus 10.15–10.30' / 'Olle fortsatte.'), which goes on with the item before the pause: it is that item's, the
    pause holding only its own line."""
    for k in range(1, len(starts)):
        start = starts[k][1]
        before = starts[k - 1][1]
        if start.value != -1 or before.value == -1 or not re.search(_CLOCK, start.title, re.IGNORECASE):
            continue
        if any(line.strip() for line in bodies[k]):
            bodies[k - 1] = [*bodies[k - 1], *bodies[k]]
            bodies[k] = []


# A note that names the item it is about, after an agenda that listed the items: 'Till punkt 2: Sven redogjorde …',
# 'Ang. § 4: …', 'Angående punkt 3 – …'.
_TO_ITEM = re.compile(r"^\s*(?:till|ang\.?|angående|gällande|ad|under)\s+(?:punkt|p\.|ärende|§)\s*(?P<n>\d{1,3})"
                      r"\s*[:.–—-]\s*(?P<rest>\S.*)$", re.IGNORECASE)


def item_part_heading(line: str) -> bool:
    """Whether a line is the heading of a part of an item: its decision ('Beslut', 'Rådets beslut') or its
    description, papers, proposal or reservation ('Ärendebeskrivning', 'Beslutsunderlag', 'Förslag till beslut')."""
    text = line.strip()
    return bool(_DECISION_HEADING.match(text)) or fold(text).rstrip(": ") in _NOTES_HEADINGS


def _notes_heading(line: str) -> bool:
    """Whether a line is a heading over the notes, below an agenda ('Anteckningar', 'Notes / Anteckningar')."""
    return fold(swedish_half(line)).strip(" :") in ("anteckningar", "minnesanteckningar", "noteringar", "protokoll")


def without_item_label(line: str) -> str:
    """A note without the words that name its item ('Till punkt 2: Sven redogjorde …' → 'Sven redogjorde …'), still
    the same source line; any other line as it is."""
    to = _TO_ITEM.match(line)
    return as_line(to["rest"], line) if to is not None else line


def _notes_to_items(starts: list[tuple[int, Start]], bodies: list[list[str]], ledger: Ledger) -> list[list[str]]:
    """The lines under each item, a note written 'Till punkt N: …' (with the lines below it up to a blank line)
    moved under item N and without its words 'Till punkt N:', wherever it stands: notes taken below an agenda
    that listed the items. A heading over such notes ('Anteckningar') is placed as a heading; a note naming no
    item stays where it is, marked unsure."""
    values = {start.value: n for n, (_, start) in enumerate(starts) if start.value >= 0}
    out: list[list[str]] = [[] for _ in bodies]
    for n, body in enumerate(bodies):
        target = n
        for k, line in enumerate(body):
            to = _TO_ITEM.match(line)
            if to is not None:
                target = values.get(int(to["n"]), n)
                if target == n and int(to["n"]) != starts[n][1].value:
                    ledger.doubt(line, f"punkt {to['n']} finns inte bland ärendena")
                    out[n].append(line)
                    continue
                if out[target] and out[target][-1].strip():
                    out[target].append("")
                out[target].append(without_item_label(line))
                continue
            if not line.strip():
                target = n
            elif target == n and _notes_heading(line) and _TO_ITEM.match(next_filled(body, k)):
                ledger.placed(line, "heading", None, "rubrik för anteckningarna")  # 'Anteckningar' over the notes
                continue
            out[target].append(line)
    return out


def other_meta(body: list[str], heading: Item, ledger: Ledger) -> list[str]:
    """body (the lines under an 'Övriga frågor' heading, numbered or not) without the blank lines and the lines of
    time, presenter or case number that open it, before its questions ('14.30–15.00' in an agenda, 'Dnr KS
    2024/123'). A case number is the questions' (each question has one; build gives it to them from heading as it
    gives the paragraph's number); the other questions have no field for a time or presenter, so such a line is
    kept as the heading's and marked unsure, as is a second case number that differs from the first."""
    taken = 0
    while taken < len(body) and (not body[taken].strip() or _meta_only(body[taken])):
        line = body[taken]
        taken += 1
        if not line.strip():
            continue
        probe = Item("")
        what = _meta(line.strip(), probe)
        if what == "case" and heading.case_number in (None, probe.case_number):
            heading.case_number = probe.case_number
            ledger.placed(line, "case", heading)
            continue
        ledger.placed(line, "heading", None, _OTHER_META.get(what if isinstance(what, str) else "", ""))
        ledger.doubt(line, "övriga frågor har inget fält för detta; skriv in det i texten")
    return body[taken:]


def case_number_of(line: str) -> str | None:
    """The case number a line holds and nothing else ('Dnr KS 2024/123' → 'KS 2024/123', 'Dnr 2023.456' →
    '2023.456', 'KS-2018/451.181'), else None."""
    probe = Item("")
    return probe.case_number if _meta(line.strip(), probe) == "case" else None


def other_questions(title: str) -> bool:
    """Whether a title is the other questions' ('Övriga frågor', 'Övrigt')."""
    return fold(swedish_half(title)).rstrip(".:").strip() in ("ovriga fragor", "ovrigt", "ovriga arenden")


def _title_line(start: Start, body: list[str]) -> str:
    """The item's title: after its number, or on the first line below when the number stands alone (or with
    the case number only: '§ 22<TAB>Dnr KS 2023/412')."""
    if start.title and not case_only(start.title):
        title = start.title.split("\t")[0].strip()  # '4<TAB>Övriga frågor<TAB>14.30–15.00': the title's cell
        lead = case_lead(title)
        return lead[1] if lead else title
    below = _TITLE_LABEL.sub("", next((line.strip() for line in body
                                       if line.strip() and not case_only(line.strip())), ""))
    lead = case_lead(below)
    return lead[1] if lead else below


def case_only(text: str) -> bool:
    """Whether a line is only a case number ('Dnr BRÅ 2025/011', 'KS-2018/451.181'), no title after it."""
    return case_number_of(text) is not None


def case_lead(text: str) -> tuple[str, str] | None:
    """The case number and the title after it when a line opens with both ('Dnr 2025/0341 Kameror vid
    färjeläget' → ('2025/0341', 'Kameror vid färjeläget')), else None."""
    match = _CASE_LEAD.match(text.strip())
    if match is None or not title_like(match.group(2)):
        return None
    return match.group(1), match.group(2).strip()


def _item(start: Start, line: str, body: list[str], kind: str | None, attendees: list[Attendee],
          out: Numbered) -> Item:
    """The item that line opens (start) with the lines below it (body); each line's fate goes to out.ledger."""
    title = start.title
    rest = list(body)
    paused = pause_sentence(title) if start.value == -1 else None  # 'Mötet ajournerades 15.00–15.10.'
    case_number = None
    taken: list[tuple[str, str]] = [(line, "item")]  # (line, what it became in the item), recorded at the end
    if case_only(title):
        label = _CASE_LABEL.match(title)
        case_number = label.group(1).strip() if label else title
        title = ""
    elif (case_first := case_lead(title)) is not None:  # '§ 3 Dnr 2025/0341 Kameror vid färjeläget'
        case_number, title = case_first
    while not title and rest:  # the title on a line below the number, maybe below the case number ('Dnr …')
        below = rest.pop(0).strip()
        label = _CASE_LABEL.match(below)
        case_first = case_lead(below) if case_number is None else None
        if below and case_only(below) and case_number is None:
            case_number = label.group(1).strip() if label else below
            taken.append((below, "case"))
        else:
            case_number, title = case_first if case_first else (case_number, below)
            taken.append((below, "item"))
    title = _TITLE_LABEL.sub("", title)
    title, run_in, speaker = _run_in(title, attendees)
    if run_in:
        rest.insert(0, run_in)  # the text of the item, which the import reads as the first line below the title
    elif rest and _WRAPS.search(title) and rest[0].strip()[:1].islower():
        title, after = _wrapped(title, rest[0].strip())  # 'Ungdomsverksamhet under' / 'sommarlovet. Mohammed …'
        if after is not None:
            taken.append((rest.pop(0), "item"))
            if after:
                rest.insert(0, after)
    title = title or start.number
    item = Item(title=title, number=start.number or None, kind=kind, case_number=case_number,
                presenters=[speaker] if speaker else [])
    kind_first = _KIND_IN_TITLE.match(title)
    if kind_first and _group(kind_first.group(1)):  # 'Informationsärende: Trygghetsvandring'
        item.kind, item.title = _group(kind_first.group(1)), kind_first.group(2)
    lead = _LEAD_TIME.match(item.title)
    if lead:  # '09.30–09.45<TAB>Kaffe'
        item.start, item.end = parse_span(lead.group(1))
        item.title = item.title[lead.end():]
    labelled = agenda_cells(item)
    if labelled:  # 'Beslut: …', 'Förslag till beslut: …' cells of an agenda table's row: read below the text
        rest.extend(["", *labelled])
    time = _TIME_IN_TITLE.search(item.title)
    if time:
        item.start, item.end = parse_span(time.group(0))
        after = item.title[time.end():].strip()  # ', Kim Lund' after 'Lägesbild (9.10–9.40)'
        item.title = item.title[: time.start()].strip(" ,–-") + (f"{after}" if after.startswith(",") else
                                                                  f" {after}" if after else "")
    item.title = _TOC_PAGE.sub("", item.title).strip()
    _fields_at_end(item, {fold(a.name) for a in attendees})
    if paused is not None and not _PAUSE.fullmatch(item.title) and not _ADJOURN.fullmatch(item.title):
        # a sentence in the text ('Mötet ajournerades 15.00–15.10.', '(Paus 10.15–10.30)'): the pause's time, the
        # sentence its text
        item.kind = paused
        item.start, item.end = parse_span(title)
        rest.insert(0, title)
        item.title = "Ajournering" if paused == "adjournment" else "Paus"
    elif _PAUSE.match(item.title):
        item.kind = "pause"
    elif _ADJOURN.match(item.title):
        item.kind = "adjournment"
    if item.kind in ("pause", "adjournment") and item.start is None and item.title.endswith("."):
        # 'Mötet ajourneras 19.15-19.30.' between the items: the pause's time, the sentence its text
        item.start, item.end = parse_span(item.title)
        rest.insert(0, item.title)
        item.title = "Ajournering" if item.kind == "adjournment" else "Paus"
    item.title = without_full_stop(item.title)  # '1. Lägesbild.'
    presented = _PRESENTER_IN_TITLE.match(item.title)
    if presented is not None:  # '§ 41 Lägesbild från polisen – Föredragande: kommunpolis Rolf Ek'
        item.title = presented["title"].strip()
        for who in split_owners(re.sub(r"\s*\([^)]*\)", "", presented["who"])):
            name = _TITLE_BEFORE_NAME.sub("", who.strip())  # 'kommunpolis Rolf Ek': the name
            if name and name not in item.presenters:
                item.presenters.append(name)
    schedule_item = fold(item.title).startswith(_SCHEDULE_TITLES)
    paragraphs: list[list[str]] = [[]]
    decisions: list[str] = []
    doubts: list[tuple[str, str]] = []
    in_decisions = False
    closed = False  # the decisions were one 'Beslut: …' sentence, which the lines below do not continue
    counted = 0  # the numbered decisions so far ('1. Rådet …', '2. …')
    head = True  # still in the lines right below the title, where presenters, times and case numbers stand
    entries = listed_decisions(rest)
    sent = False  # below a distribution heading ('Beslutet skickas till'): its recipients, set aside
    for n, raw in enumerate(rest):
        text = raw.strip()
        if sent and text and _RECIPIENT.match(text) and len(text.split()) <= 6 and not opens_decision(text):
            out.ledger.aside(text, "expediering")
            continue
        sent = False
        if text and DISTRIBUTION.match(text) and not opens_decision(text):
            out.ledger.aside(text, "expediering")
            sent, in_decisions = True, False
            continue
        if not text:
            if paragraphs[-1] and not list_goes_on(paragraphs[-1][-1]):
                paragraphs.append([])
            head = False
            continue
        meta = _meta(text, item) if head else False
        if isinstance(meta, str):
            taken.append((text, meta))
            continue
        if meta is None:  # a presenter with a title: the name taken, the line kept in the notes
            paragraphs[-1].append(text)
            continue
        head = False
        if schedule_item and _SCHEDULE_HEADER.match(fold(text)):  # 'Datum<TAB>Tid<TAB>Plats' over the dates
            out.ledger.placed(text, "heading", None, "tidplanens rubrikrad")
            continue
        if schedule_item and PROPOSAL.match(text) and re.search(r"\d", text):
            # 'Förslag till beslut: Rådet sammanträder 2027-02-17, …' in a notice: proposed dates, no planned meetings
            doubts.append((text, "förslag till mötestider, inga planerade möten; flytta raden med m när rådet har "
                                 "beslutat dem"))
        elif schedule_item and re.search(r"\d", text) and not is_deadline(text) and not opens_decision(text):
            # a date under a schedule item is a planned meeting; a decision on its dates stays a decision (its
            # dates are planned meetings too: schedule.decided_meetings)
            sentences = re.split(r"(?<=[.!?])\s+(?=[" + CAPITAL + r"])", text)
            dated: list[str] = []
            read = 0
            for n, sentence in enumerate(sentences):
                if parse_line(sentence, None, dt.date.min) is not None:
                    dated.append(str(sentence))
                    read += 1
                elif dated and n and sentences[n - 1] in dated[-1] and every_time_sentence(sentence):
                    dated[-1] += " " + sentence  # '… 2027-11-17. Samtliga möten börjar 14.00.': the dates' time
                    read += 1
            if read == len(sentences) or not dated:
                out.schedule.append(text)
                continue
            # 'Nästa möte 22/4 kl. 13.00 i kommunhuset. Mötet avslutades kl. 14.40.': the meeting its dated sentence
            # gives, and the line the item's text, so that the other sentence is kept
            out.schedule.extend(dated)
        if _out_of_order(text, item.number or "") and n not in entries:
            doubts.append((text, f"står i ärende {item.number} {titled(item.title)}; "
                                 "det kan vara ett eget ärende med fel nummer"))
            written = written_start(text)
            if in_decisions and written is not None and written.value != counted + 1:
                in_decisions = False  # not the next of a numbered list of decisions: an item's title, kept as text
        if in_decisions and re.match(r"^\d{1,2}[.)]\s", text):
            counted += 1
        inline = beslut_heading(text)
        if _DECISION_HEADING.match(text) or (inline is not None and not fold(text).startswith("forslag")):
            in_decisions = True
            closed = inline is not None and ends_sentence(inline)
            if inline:
                decisions.append(strip_bullet(inline))
                taken.append((text, "decision"))
            else:
                out.ledger.placed(text, "heading", None, "rubrik för beslut")
            continue
        if in_decisions and (fold(text).rstrip(":") in _NOTES_HEADINGS or beside_decision(text)):
            in_decisions = False
        if in_decisions and closed and list_entry(text) is None and not opens_decision(text):
            in_decisions = False  # 'Beslut: Rådet ställer sig bakom.' is whole; 'X får i uppdrag …' below is notes
        if in_decisions:
            listed = text[:1] in BULLETS or re.match(r"^\d{1,2}[.)]\s", text) or fold(text).startswith("att ")
            if not listed and decisions and paragraphs[-1] == [] and not raw.startswith((" ", "\t")) \
                    and _prev_blank(rest, raw):
                in_decisions = False
                paragraphs[-1].append(text)
                continue
            taken.append((text, "decision"))
            if listed or not decisions:
                decisions.append(re.sub(r"^\d{1,2}[.)]\s*", "", strip_bullet(text)))
            elif decisions[-1].rstrip().endswith((".", "!")) or is_decision(text):
                decisions.append(text)  # a decision of its own on its own line ('Rådet beslutar att …' twice)
            else:
                decisions[-1] += " " + text
            continue
        paragraphs[-1].append(text)
    notes_parts = []
    for lines in paragraphs:
        kept, found = sort_paragraph(lines, doubts)
        decisions.extend(found)
        if kept:
            notes_parts.append("\n".join(kept))
        noted = {line.no for line in kept if isinstance(line, Line)}
        taken.extend((x, "note" if isinstance(x, Line) and x.no in noted else "decision") for x in lines)
    notes = "\n\n".join(notes_parts)
    item.notes = notes + "\n" if notes else ""
    short_title(item)  # a sentence written where a title stands
    item.decisions = make_decisions(decisions)
    for name in presenters_in(notes, attendees):
        if name not in item.presenters:
            item.presenters.append(name)
    if item.decisions and item.kind is None:
        item.kind = "decision"
    span = _SPAN_IN_TEXT.search(notes) if item.kind in ("pause", "adjournment") and item.start is None else None
    if span:  # 'Sammanträdet ajourneras kl. 14.10–14.25.': the pause's time slot
        item.start, item.end = parse_span(span.group(0))
    for text, what in taken:
        out.ledger.placed(text, what, item)
    for text, why in doubts:
        out.ledger.doubt(text, why)
    return item


def number_of_words(text: str) -> int:
    """How many words a text has, numbers and times not counted."""
    return len(re.findall(r"[^\W\d]+", text))


def _run_in(title: str, attendees: list[Attendee]) -> tuple[str, str, str | None]:
    """A title with the item's text run on after it on the same line, as a PDF's text writes a heading ('Lägesbild
    Vimmerby tätort. Ida Falk redovisar att antalet …', or a topic before a colon: 'Polisen: Anders berättade om
    …', presenters.labelled): the title, the text and the person who presents it; else the title, '' and None. A
    person before a colon presents the item, titled by what they tell of ('Anna Berg: berättar om läget i centrum'
    → 'Läget i centrum', the line as written its text). After a full stop the title has two words or more and the
    text three (an initial, 'S. Berg', parts nothing)."""
    topic = labelled(title, attendees)
    if topic is not None:
        return topic
    found = re.search(r"\.\s+(?=[" + CAPITAL + r"])", title)
    if found is None or "\t" in title:
        return title, "", None
    head, tail = title[: found.start()], title[found.end():]
    if number_of_words(head) < 2 or number_of_words(tail) < 3:
        return title, "", None
    return head.strip(), tail.strip(), None


# A title that goes on on the next line, as a PDF's text wraps a heading: it ends in a word that cannot end one.
_WRAPS = re.compile(r"(?:\s(?:under|och|i|för|med|av|på|om|till|vid|från|mot|inför|efter|samt|kring|inom|"
                    r"mellan|hos|utan|den|det|de|en|ett)|\w-)$", re.IGNORECASE)


def _wrapped(title: str, below: str) -> tuple[str, str | None]:
    """A title that goes on on the line below (title ends in a word like 'under', below starts in lower case): the
    whole title and what of below is the item's text ('' for nothing); (title, None) when below goes on for more
    than a few words before its sentence ends, which is no title's end."""
    found = re.match(r"([^.!?]{1,40}?)[.!?:](?:\s+(?=[" + CAPITAL + r"])|\s*$)", below)
    end, after = (found.group(1), below[found.end():]) if found else (below, "")
    if number_of_words(end) > 4 or (not found and not re.search(r"[.!?:]$", below) and number_of_words(below) > 4):
        return title, None
    joined = title[:-1] + end.strip() if title.endswith("-") else f"{title} {end.strip()}"
    return joined, after.strip()


# The last part of a title after a comma, a spaced dash or in parentheses: 'Handlingsplan, Dnr KS 2026/17, för
# beslut', 'Lägesbild – Robert Sjö (08.40–09.10)'.
_LAST_PART = re.compile(r"(?:\s*\((?P<inner>[^()]*)\)|\s*,\s*(?P<comma>[^,()]*)|"
                        r"\.\s+(?P<case>(?i:dnr|diarienummer|diarienr|diarie-?nr)\.?\s*:?\s*[^\s,()][^,()]*)|"
                        r"\s+[–—-]\s+(?P<dash>(?:(?!\s[–—-]\s)[^,()])*))\s*$")
# A kind written after the title ('…, för beslut', '– information'), besides the group headings' words.
_KIND_AFTER = {"beslut": "decision", "beslutsarende": "decision", "for kannedom": "information",
               "info": "information", "informationsarende": "information"}


def _field(part: str, known: set[str]) -> tuple[str, str | list[str]] | None:
    """What one part after a title gives ('time', the slot; 'case', the number; 'kind'; 'presenter', the names;
    'name', names of no one at the meeting, a presenter only beside another field), or None for a part of the
    title."""
    part = part.strip().rstrip(".")
    if _CLOCK_CELL.match(part) or _TIME_LINE.match(part):
        return "time", part
    label = _CASE_LABEL.match(part)
    if (label and re.search(r"\d", label.group(1))) or _CASE.match(part):
        return "case", label.group(1).strip() if label else part
    kind = _group(part) or _KIND_AFTER.get(fold(part))
    if kind:
        return "kind", kind
    names = split_owners(re.sub(r"\s*\([^)]*\)", "", part))
    if names and all(fold(n) in known for n in names):
        return "presenter", names
    if names and all(looks_like_name(n) for n in names):
        return "name", names
    return None


def _fields_at_end(item: Item, known: set[str]) -> None:
    """The presenter, time slot, case number and kind written after an item's title, in any order, parted from it
    by commas, spaced dashes or parentheses ('Lägesbild – Robert Sjö (08.40–09.10)', 'Handlingsplan 2026, Dnr KS
    2026/17, för beslut', 'Budget (Dnr 2026/3, Eva Lind)'): each taken into its field and out of the title, from
    the end for as long as the parts are fields. A name of no one at the meeting is a presenter in parentheses,
    or beside another field ('– Robert Sjö (08.40–09.10)'); alone after a comma or dash it may be a place
    ('Trygghetsvandring, Norra Hamnen') and stays in the title. known: the attendees' folded names."""
    title = item.title
    found: list[tuple[str, str | list[str], str]] = []  # (field, value, the title with this part still in it)
    while (last := _LAST_PART.search(title)) and last.start() > 0:
        inner = last.group("inner")
        parts = re.split(r"\s*[,;]\s*", inner) if inner is not None else [
            last.group("comma") or last.group("case") or last.group("dash")]
        fields = [_field(p, known) for p in parts if p and p.strip()]
        if not fields or None in fields:
            break
        for what, value in (f for f in fields if f is not None):
            # a name in parentheses is who presents: "Lägesbild – Polisen (Erik Sand)"
            found.append(("presenter" if what == "name" and inner is not None else what, value, title))
        title = title[: last.start()].rstrip(" ,–—-")
    beside = item.start is not None or item.case_number is not None or any(
        w in ("time", "case", "kind") for w, _, _ in found)
    if not beside and (names := [n for n, (w, _, _) in enumerate(found) if w == "name"]):
        found, title = found[: names[0]], found[names[0]][2]  # 'Trygghetsvandring, Norra Hamnen': a place, kept
    item.title = title
    for what, value, _ in reversed(found):
        if what == "time" and isinstance(value, str):
            item.start, item.end = parse_span(value)
        elif what == "case" and isinstance(value, str):
            item.case_number = value
        elif what == "kind" and isinstance(value, str):
            item.kind = value
        elif isinstance(value, list):
            item.presenters.extend(n for n in value if n not in item.presenters)


def agenda_cells(item: Item) -> list[str]:
    """A title written as a row of an agenda table with tabs ('Lägesbild polisen<TAB>08.30–09.00<TAB>Linnea Stål',
    'Lägesbild<TAB>13.05–13.45<TAB>Tor Hed (polisen)'): the time (a slot or a single time), case number, kind and
    presenter (names, with what stands in parentheses after them left out, a role ('Ordföranden'), or whoever is
    written after the time)
    from their cells; a page number at the end of a table of contents left out; the other cells kept in the title,
    joined with ' – '. Returns the cells agenda_row wrote with their column's label (AGENDA_LABELS: 'Beslut: …'),
    for the item's body to read."""
    cells = [c.strip() for c in item.title.split("\t") if c.strip()]
    if len(cells) < 2:
        return []
    title = cells[:1]
    timed = False
    labelled: list[str] = []
    for n, cell in enumerate(cells[1:], start=2):
        if cell.isdigit() and n == len(cells):
            continue
        if any(cell.startswith(form.split("{")[0]) for form in AGENDA_LABELS.values()):
            labelled.append(cell)
            continue
        names = split_owners(re.sub(r"\s*\([^)]*\)", "", cell))
        if _CLOCK_CELL.match(cell):
            item.start, item.end = parse_span(cell)
            timed = True
        elif _meta(cell, item) is not False:
            continue
        elif _group(cell):
            item.kind = _group(cell)
        elif names and all(looks_like_name(name) for name in names):
            item.presenters.extend(p for p in names if p not in item.presenters)
        elif fold(cell) in ROLE_NOUNS:  # 'Ordföranden': the chair, once the meeting's people are known
            item.presenters.append(cell)
        elif timed and cell[:1].isupper() and len(cell) <= 60 and not cell.endswith("."):
            item.presenters.extend(p for p in split_owners(cell) if p not in item.presenters)
        else:
            title.append(cell)
    item.title = " – ".join(title)
    return labelled


def _meta_only(line: str) -> str | None:
    """'time', 'presenter' or 'case' for a line that gives one of them and nothing else, else None."""
    kind = _meta(line.strip(), Item(""))
    return kind if isinstance(kind, str) else None


def _out_of_order(text: str, number: str = "") -> bool:
    """Whether a line in an item's body reads as an item title whose number does not follow the order ('1. Inledning'
    … '3. Klotter'): it stays where it stands, and the report says it may be an item of its own. A number marked
    otherwise than the item's own ('2)' in item '1.') is a list inside the item."""
    loose = written_start(text) if _NUMBER.match(text) else None
    if loose is not None and number and _other_mark(Start(number, 0, "", False), loose):
        return False
    if loose is not None and _NUMBER_MARK.match(loose.title):  # '2. 3. Åtgärdslista': a title, numbered twice
        loose = Start(loose.number, loose.value, _NUMBER_MARK.sub("", loose.title), loose.section)
    return (loose is not None and title_like(loose.title) and len(loose.title) <= 80
            and not loose.title.endswith(".") and not fold(loose.title).startswith("att "))


def _prev_blank(rest: list[str], raw: str) -> bool:
    i = rest.index(raw)
    return i > 0 and not rest[i - 1].strip()


def _meta(text: str, item: Item) -> str | bool | None:
    """Take a presenter, time or case number line below the title into the item: what the line became
    ('presenter', 'time', 'case'); False for anything else, None for a presenter line that says more than names
    ('Föredragande: Lars Olsson, kommunpolis': the name taken, the title no presenter, the line kept)."""
    match = _PRESENTER.match(text)
    if match:
        parts = split_owners(re.sub(r"\s*\([^)]*\)", "", match.group(1)))
        names = [p for p in parts if looks_like_name(p)] or parts[:1]
        item.presenters.extend(n for n in names if n not in item.presenters)
        return "presenter" if names == parts else None
    if _TIME_LINE.match(text) or _CLOCK_CELL.match(text):  # a slot, or a single time ('kl. 9.30')
        item.start, item.end = parse_span(text)
        return "time"
    lead = case_lead(text)
    if lead:  # 'Dnr 2025/12 Underlaget bifogas.': the case number taken, the line kept in the notes
        item.case_number = item.case_number or lead[0]
        return None
    match = _CASE_LABEL.match(text)
    if match:
        item.case_number = match.group(1).strip()
        return "case"
    if _CASE.match(text):
        item.case_number = text
        return "case"
    return False
