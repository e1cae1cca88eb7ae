"""The Logg table (item, status, owners) and the ids that tie a follow-up to the same item in earlier meetings."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from brå_tui.importer.attendees import ORG_WORDS, looks_like_name
from brå_tui.importer.decisions import strip_bullet
from brå_tui.importer.header import MONTH_PATTERN, due_day
from brå_tui.importer.ledger import Ledger, as_line
from brå_tui.importer.presenters import who_is, written_forms
from brå_tui.model import Attendee, FollowUp, Meeting, Person
from brå_tui.text import NO_OWNER, is_status, listed, slug, state_of
from brå_tui.text import fold_line as fold

_OWNER_SPLIT = re.compile(r"\s*,\s*|\s+och\s+|\s*&\s*|\s+samt\s+")
# Words that say nothing about which item a title means.
STOPWORDS = {"av", "for", "och", "i", "pa", "med", "till", "om", "samt", "en", "ett", "den", "det", "de", "som",
             "mellan", "andra", "fran", "uppfoljning", "inom", "kring", "nya", "nytt", "ny"}
THRESHOLD = 0.6


@dataclass
class Row:
    """One row of the Logg table as written."""

    title: str
    status: str = ""
    owners: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # the source lines of its cells
    due: dt.date | None = None
    until_next: bool = False  # due 'till nästa möte': the day of the next meeting the minutes plan
    doubts: list[tuple[str, str]] = field(default_factory=list)  # (the line, what to check there: Swedish words)


# The header row of an action list ('Åtgärd<TAB>Ansvarig<TAB>Klart till'): each column's part of a follow-up.
ACTION_COLUMNS = {"atgard": "title", "atgarder": "title", "uppgift": "title", "aktivitet": "title",
                  "uppdrag": "title", "vad": "title", "ansvarig": "owners", "ansvariga": "owners", "vem": "owners",
                  "klart till": "due", "klart senast": "due", "klart": "due", "senast": "due", "deadline": "due",
                  "nar": "due", "datum": "due", "status": "status"}


def action_header(line: str) -> list[str] | None:
    """The parts of an action list's header row, in column order, or None for any other line: every cell a
    known column, among them what is to be done and who does it."""
    if "\t" not in line.strip() or len(line) > 200:
        return None  # a header row has cells parted by tabs, each a word or two
    cells = [fold(c).rstrip(".:") for c in re.split(r"\t+", line.strip())]
    fields = [ACTION_COLUMNS.get(c) for c in cells]
    if len(cells) < 2 or None in fields or "title" not in fields or "owners" not in fields:
        return None
    return [f for f in fields if f is not None]


def action_rows(lines: list[str], columns: list[str], meeting: Meeting, people: list[Person],
                ledger: Ledger) -> list[Row]:
    """The rows of an action list ('Trygghetsvandring<TAB>Ann Ek<TAB>2026-04-30') or of the Logg written a row a
    line (a Markdown table), one line each, under the header whose columns are given: what, who, by when, and a
    status when there is a column (action_row reads each); ledger records what each row's line leaves to check."""
    rows = []
    for line in lines:
        row = action_row([c.strip() for c in line.strip(" \n").split("\t")], line, columns, meeting, people)
        for said, why in row.doubts:
            ledger.doubt(said, why)
        rows.append(row)
    return rows


# A due date no date reader reads but that is one all the same: a month ('maj'), a week ('v. 17', 'vecka 14'), a
# season or a word for soon ('löpande', 'snarast'); and what opens a due date ('senast …', 'klart till …').
_DUE_SHAPE = re.compile(rf"^(?:(?:senast|klart|klar|före|innan|till)\b.*|(?:{MONTH_PATTERN})\b\.?(?:\s+\d{{4}})?|"
                        r"(?:v\.?|vecka)\s*\d{1,2}\b.*|(?:våren|hösten|sommaren|vintern|löpande|snarast|"
                        r"omgående|kontinuerligt)\b.*)$", re.IGNORECASE)


def guessed_columns(cells: list[str]) -> list[str]:
    """The part of each cell of an action row that has no header row above it ('Byta armaturer på Larmgatan |
    Serviceförvaltningen | 30 april'): the first cell what is to be done; of the others a date or what reads as
    one (header.due_day, a month, a week, 'löpande') the due date, a status (text.is_status: 'Pågår', 'Klart')
    the status, the first of the rest who does it; a cell after those is the status's."""
    columns = ["title"]
    for cell in cells[1:]:
        if "due" not in columns and (due_day(cell, dt.date.min) is not None or _DUE_SHAPE.match(fold(cell))):
            columns.append("due")
        elif "status" not in columns and is_status(cell):
            columns.append("status")
        elif "owners" not in columns:
            columns.append("owners")
        else:
            columns.append("more")
    return columns


def action_row(cells: list[str], line: str, columns: list[str] | None, meeting: Meeting,
               people: list[Person]) -> Row:
    """One row of an action list, its cells as written on one line, their parts given by the header row above it
    (action_header) or, without one, guessed (guessed_columns); read as _row reads it, its owners by the people at
    the meeting (owner_of)."""
    columns = columns or guessed_columns(cells)
    row = _row(dict(zip(columns, cells, strict=False)), [line], meeting.date)
    named = [owner_of(written, meeting, people) for written in row.owners]
    row.owners = [name for name, _ in named]
    row.doubts += [(line, doubt) for _, doubt in named if doubt]
    return row


# What a name is not when it is one word: an organisation ('Serviceförvaltningen', 'Polisen', compared folded).
_ORG_ENDINGS = ("forvaltningen", "kommun", "bolaget", "en", "et")


def owner_of(written: str, meeting: Meeting, people: list[Person]) -> tuple[str, str]:
    """The owner a follow-up's name as written stands for, and what to check about it ('' for nothing): the full
    name of the one person at the meeting it names (presenters.who_is: 'Hanna' → 'Hanna Sund', 'Ordföranden' →
    the chair); else as written, with a doubt when it is a first name several at the meeting have ('”Anna” kan
    vara Anna Ek eller Anna Ny') or a first name alone that nobody at the meeting or in people.toml has, which no
    one word that names an organisation ('Polisen', 'Serviceförvaltningen') is."""
    text = " ".join(written.split()).rstrip(".")
    name, several = who_is(text, meeting)
    if several:
        return name, f"”{text}” kan vara {listed(several, ' eller ')}"
    if name != text or " " in text or not text[:1].isupper() or is_known(text, meeting, people):
        return name, ""
    folded = fold(text)
    if folded in ORG_WORDS or folded.endswith(_ORG_ENDINGS):
        return name, ""
    return name, f"”{text}” är ingen av mötets deltagare; skriv in vem som är ansvarig"


def is_known(who: str, meeting: Meeting, people: list[Person]) -> bool:
    """Whether a name as written is someone the meeting or people.toml knows: the full name, its written form
    ('Anna H') or first name of an attendee or a person, or an attendee's organisation ('Polisen')."""
    for attendee in [*meeting.attendees, *(Attendee(p.name) for p in people)]:
        forms = [*written_forms(attendee), *attendee.name.split()[:1]]
        if any(fold(who).rstrip(".") == fold(f) for f in forms):
            return True
    return any(a.org and fold(who) == fold(a.org) for a in meeting.attendees)


# The cells of an action row written on one line: parted by tabs, by ' | ', or by dashes with spaces round them
# ('Jenny Lönnqvist – skicka inbjudan – 12 november').
_CELL_GAP = re.compile(r"\t+|\s+\|\s+|\s+[–—-]\s+")
# A label written before a cell of an action row ('Uppdrag: Olle Sund – ta fram brottsstatistik – 1 dec',
# 'Ansvarig: Ann Ek'): it says what the cell is and is never part of a name, a task or a date.
CELL_LABEL = re.compile(r"^(?:uppdrag|åtgärd(?:er)?|att\s+göra|action|ansvar(?:ig|iga)?|vem|vad|uppgift|senast|"
                        r"klart\s+senast|deadline)\s*:\s*", re.IGNORECASE)
# A due cell that names the next meeting rather than a date ('nästa möte', 'till nästa sammanträde').
_NEXT_MEETING_DUE = re.compile(r"^(?:(?:till|före|innan|senast|klart\s+till)\s+)*(?:nästa|kommande)\s+"
                               r"(?:möte|sammanträde|träff)t?\.?$", re.IGNORECASE)


def action_cells(line: str) -> list[str]:
    """The cells of one line of an action list as written, its bullet left out: 'Jenny Lönnqvist – skicka inbjudan
    – 12 november' → ['Jenny Lönnqvist', 'skicka inbjudan', '12 november']; cells parted by tabs, ' | ' or a dash
    between spaces (a hyphen within a word never parts), each without the label written before it ('Uppdrag: Olle
    Sund' → 'Olle Sund'). A line of one cell gives one."""
    return [CELL_LABEL.sub("", c.strip()) for c in _CELL_GAP.split(strip_bullet(line).strip().strip("|").strip())]


def _owners_cell(text: str) -> bool:
    """Whether a cell names who does the task: one or more names ('Ann Ek och Bo Ny'), each a person's by shape."""
    names = split_owners(text)
    return bool(names) and all(looks_like_name(n) for n in names)


def is_due(text: str) -> bool:
    """Whether a cell says by when: a date (header.due_day, any year), the next meeting ('till nästa möte'), or a
    week ('vecka 14', 'v. 17')."""
    return due_day(text, dt.date.min) is not None or bool(_NEXT_MEETING_DUE.match(text.strip())) or \
        bool(re.match(r"^(?:senast\s+)?(?:v\.|vecka|v)\s*\d{1,2}$", text.strip(), re.IGNORECASE))


def written_action(line: str, headed: bool = False) -> dict[str, str] | None:
    """The parts of an action written on one line without a header row ('Jenny Lönnqvist – skicka inbjudan till
    föräldraföreningen – 12 november', 'Ringa polisen | Ann Ek | v. 17'): who (owners), what (title) and by when
    (due), by the cells' shapes: the names in the first or second cell, the task in the other, a due date last.
    Without headed (a heading such as 'Vem gör vad?' over the list) the row needs all three; under one, who and
    what are enough. None for any other line ('Ann Ek – ordförande' is no action without a heading)."""
    cells = action_cells(line)
    if len(cells) not in (2, 3) or not all(cells) or len(line) > 300:
        return None
    due = cells[2] if len(cells) == 3 else ""
    if (due and not is_due(due)) or not (due or headed):
        return None
    first, second = cells[:2]
    if _owners_cell(first) and not _owners_cell(second) and not is_due(second):
        return {"owners": first, "title": second, "due": due}
    if _owners_cell(second) and not _owners_cell(first) and not is_due(first):
        return {"title": first, "owners": second, "due": due}
    return None


ACTION_ROW_COLUMNS = ["owners", "title", "due"]


def as_action_row(line: str, headed: bool = False) -> str | None:
    """An action written on one line (written_action) as a row of tab-parted cells in ACTION_ROW_COLUMNS' order, still
    the same source line (ledger.as_line); None for any other line."""
    found = written_action(line, headed)
    if found is None:
        return None
    found["title"] = found["title"][:1].upper() + found["title"][1:]
    return as_line("\t".join(found[c] for c in ACTION_ROW_COLUMNS), line)


def _row(cells: dict[str, str], lines: list[str], meeting_date: dt.date) -> Row:
    """One follow-up's row from its cells by part (title, status, owners, due) and the source lines they stand on:
    a due date without a year being the next such day on or after the meeting's (header.due_day), or written after
    the status as bra writes its Logg ('Pågår (senast 2025-02-14)'); a status in the due column ('Klart', 'Pågår'
    under 'Klart': text.is_status) is the status, never a date; 'ingen ansvarig' is no owner; 'till nästa möte' is
    due when the next meeting is (Row.until_next). A due date that cannot be read ('vecka 14') is a doubt about the
    line it stands on (Row.doubts)."""
    status, written = cells.get("status", ""), cells.get("due", "")
    found = _DUE_IN_STATUS.search(status)
    if found and not written:
        status, written = status[: found.start()], found.group(1)
    if written and is_status(written):  # 'Klart', 'Pågår' in a 'Klart' column: how far it has come, no date
        status, written = (f"{status}, {written}" if status else written), ""
    until_next = bool(_NEXT_MEETING_DUE.match(written.strip()))
    due = due_day(written, meeting_date) if written and not until_next else None
    unread = written and due is None and not until_next
    doubts = [(next((line for line in lines if written in line), lines[0]),
               f"datumet ”{written}” kunde inte läsas; skriv in det i uppföljningen")] if unread else []
    owners = cells.get("owners", "")
    return Row(cells.get("title", ""), status, [] if fold(owners).strip() in _NO_OWNER else split_owners(owners),
               lines, due, until_next, doubts)


def split_owners(text: str) -> list[str]:
    """'Thomas N och Mikael J' → ['Thomas N', 'Mikael J']; empty text → []."""
    return [o.strip() for o in _OWNER_SPLIT.split(text.strip()) if o.strip()]


# The first cell of the Logg's header row: what the row is about.
_LOGG_TITLES = ("arende", "arenden", "punkt", "fraga", "atgard", "uppfoljning")
# What a notice (text.NO_OWNER) or the notes write in place of an owner: no owner.
_NO_OWNER = (NO_OWNER, "ingen", "saknas", "-", "–")
# A due date bra's own Logg writes after the status: 'Pågår (senast 2025-02-14)'.
_DUE_IN_STATUS = re.compile(r"\s*\(senast\s+([^()]+)\)\s*$", re.IGNORECASE)


def logg_columns(cells: list[str]) -> list[str] | None:
    """The parts of the Logg's header row ('Ärende | Status | Ansvariga', a notice's '… | Senast'), in column
    order: title, status, owners, due; None for any other row."""
    folded = [fold(c).rstrip(".:") for c in cells]
    if len(folded) < 3 or folded[0] not in _LOGG_TITLES:
        return None
    fields = ["title", *(ACTION_COLUMNS.get(c) for c in folded[1:])]
    if None in fields or "status" not in fields or "owners" not in fields:
        return None
    return [f for f in fields if f is not None]


def parse_logg(lines: list[str], ledger: Ledger, meeting_date: dt.date) -> list[Row]:
    """The table's rows (tab-indented cells, a blank line after each row); ledger records the lines that are no
    cell as unplaced and the header row as a heading (the rows' lines are recorded once they are follow-ups).
    Without a header row the cells are title, status and owners; a header row (logg_columns) names its columns,
    among them a due date (a notice's 'Senast': '2025-02-14 (försenad)'); each row read as _row reads it."""
    groups: list[list[str]] = []
    current: list[str] | None = None
    for line in lines:
        if line.startswith("\t"):
            if current is None:
                current = []
                groups.append(current)
            current.append(line.strip())
            continue
        current = None
        ledger.unplaced(line)
    rows = []
    columns = ["title", "status", "owners"]
    for group in groups:
        cells = list(group)
        named = logg_columns(cells)
        if named is not None:
            columns = named
            for line in group:
                ledger.placed(line, "heading", None, "rubrikrad i loggen")
            continue
        while len(cells) > len(columns) and not cells[-1]:
            cells.pop()
        if not any(cells):
            continue
        if len(cells) > len(columns):  # a status over several cells
            at = columns.index("status")
            extra = len(cells) - len(columns)
            cells = [*cells[:at], " ".join(c for c in cells[at:at + extra + 1] if c), *cells[at + extra + 1:]]
        row = _row(dict(zip(columns, cells, strict=False)), group, meeting_date)
        for line, why in row.doubts:
            ledger.doubt(line, why)
        rows.append(row)
    return rows


def title_words(title: str) -> set[str]:
    """The words of a title that tell items apart."""
    return {w for w in re.findall(r"[a-z0-9]+", fold(title)) if w not in STOPWORDS and len(w) >= 3}


def _same_word(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 6 and (a.startswith(b) or b.startswith(a)))


def similarity(a: str, b: str) -> float:
    """How much of the shorter title's words the other title has (0–1), words compared loosely."""
    wa, wb = title_words(a), title_words(b)
    if not wa or not wb:
        return 1.0 if fold(a) == fold(b) else 0.0
    small, large = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return sum(1 for w in small if any(_same_word(w, x) for x in large)) / len(small)


def area_keywords(areas: list[str], texts: list[str]) -> dict[str, list[str]]:
    """Each area's folded name, plus the words the notes spell it out with ('ANDT (alkohol, narkotika, …)')."""
    keywords: dict[str, list[str]] = {area: [] for area in areas}
    for area in areas:
        pattern = re.compile(rf"(?<![\w]){re.escape(area)}\s*\(([^)]+)\)", re.IGNORECASE)
        for text in texts:
            for match in pattern.finditer(text):
                for word in re.split(r",\s*|\s+och\s+|\s+samt\s+", fold(match.group(1))):
                    if len(word) >= 4 and " " not in word and word not in keywords[area]:
                        keywords[area].append(word)
    return keywords


def areas_of(title: str, keywords: dict[str, list[str]]) -> list[str]:
    """The risk areas a follow-up's title names, by name or by the words that spell the area out."""
    folded = fold(title)
    words = re.findall(r"[a-z0-9]+", folded)
    out = []
    for area, spelled in keywords.items():
        if re.search(r"(?<![a-z0-9])" + re.escape(fold(area)) + r"(?![a-z0-9])", folded) or any(
                k in w for k in spelled for w in words):
            out.append(area)
    return out


class TakenIds(set[str]):
    """The follow-up ids in use, with the number to try next after each base id, so that a fresh id is found at
    once however many follow-ups share a title (trying every number given before grows with their square)."""

    def __init__(self, ids: Iterable[str] = ()) -> None:
        super().__init__(ids)
        self.next_of: dict[str, int] = {}


def fresh_id(base: str, taken: set[str]) -> str:
    """base, or base-2, base-3 … : the first not in taken, which it joins."""
    memo = taken.next_of if isinstance(taken, TakenIds) else {}
    n = memo.get(base, 2)
    candidate = base if n == 2 else f"{base}-{n}"
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    memo[base] = n
    taken.add(candidate)
    return candidate


class IdMatcher:
    """Gives follow-ups the id of the same item in earlier meetings, or a new id from the title."""

    def __init__(self, earlier: list[FollowUp]) -> None:
        self.earlier = list(earlier)
        self.taken = {f.id for f in earlier}
        # the next suffix to try for each base id, so that many follow-ups of one title each find their id at once
        # rather than trying every suffix already given (which grows with the square of their number)
        self._next: dict[str, int] = {}

    def match(self, title: str, used: set[str]) -> FollowUp | None:
        """The most recent earlier follow-up whose title matches best (None below the threshold)."""
        best: tuple[float, int] | None = None
        chosen = None
        for n, f in enumerate(self.earlier):
            if f.id in used:
                continue
            score = 1.01 if fold(f.title).rstrip(".") == fold(title).rstrip(".") else similarity(title, f.title)
            if score >= THRESHOLD and (best is None or (score, n) >= best):
                best, chosen = (score, n), f
        return chosen

    def new_id(self, title: str, used: set[str]) -> str:
        """A fresh id from the title's telling words (before a dash that starts a description),
        that no earlier or sibling follow-up has."""
        head = re.split(r"\s[-–—]", title, maxsplit=1)[0]
        words = [w for w in re.findall(r"[a-z0-9]+", fold(head)) if w not in STOPWORDS]
        base = slug(" ".join(words) or title)
        n = self._next.get(base, 2)
        candidate = base if n == 2 else f"{base}-{n}"
        while candidate in self.taken or candidate in used:
            candidate, n = f"{base}-{n}", n + 1
        self._next[base] = n
        return candidate

    def build(self, rows: list[Row], keywords: dict[str, list[str]]) -> list[FollowUp]:
        """The follow-ups of one meeting, ids and areas filled in."""
        used: set[str] = set()
        out = []
        for row in rows:
            earlier = self.match(row.title, used)
            fid = earlier.id if earlier is not None else self.new_id(row.title, used)
            used.add(fid)
            areas = areas_of(row.title, keywords) or (list(earlier.areas) if earlier is not None else [])
            out.append(FollowUp(id=fid, title=row.title, status=row.status, owners=row.owners,
                                state=state_of(row.status), areas=areas, due=row.due))
        return out

    def remember(self, followups: list[FollowUp]) -> None:
        """Count a just imported meeting's follow-ups as earlier ones for the next note."""
        self.earlier.extend(followups)
        self.taken.update(f.id for f in followups)
