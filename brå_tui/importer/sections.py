"""Split a note's lines into its parts: the heading's labelled fields (time, place, people, roles), the items,
the Logg, the schedule and Övriga frågor; and set aside what is page furniture (signatures, ANSLAG/BEVIS)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from brå_tui.importer.attendees import (
    GROUP_WORDS,
    JOIN,
    group_of,
    looks_like_name,
    looks_like_org,
    names_org,
    person_like,
    remote_in,
    role_of,
    without_list_number,
)
from brå_tui.importer.decisions import BULLETS, strip_bullet
from brå_tui.importer.followups import ACTION_ROW_COLUMNS, action_header, as_action_row, logg_columns
from brå_tui.importer.header import DATE_FIRST, MONTH_PATTERN, NUMERIC_DATE, ORDINAL, parse_tid, with_iso_dates
from brå_tui.importer.labels import field_beside, label_of, role_before_name
from brå_tui.importer.ledger import MAIL_HEADER, Ledger, as_line
from brå_tui.importer.people_prose import people_sentences
from brå_tui.importer.schedule import is_deadline, next_meeting_line, parse_line, undated_next_meeting
from brå_tui.importer.when_where import DOCUMENT_HEADINGS, opens_with_time, says_when
from brå_tui.text import CAPITAL, NAME_GAP, SENTENCE_END
from brå_tui.text import fold_line as fold

# A schedule's heading, also as an appendix ('Bilaga: Mötestider 2026'), compared folded.
_TIDPLAN = re.compile(r"^(?:bilaga(?:\s+\d+)?\s*[:.–-]?\s*)?"
                      r"(?:tidplan|motestider|sammantradestider|sammantradesplan|motesplan|"
                      r"kommande moten|planerade moten)(?:\s+(?:for\s+|ar\s+|varen\s+|hosten\s+)?(\d{4})|"
                      r"\s+(?:under\s+)?(?:varen|hosten))?(?:\s*[-–]\s*\d{4})?:?$")
# A sentence that introduces the items in everyday words, compared folded: 'Det här tog vi upp:', 'Följande togs
# upp:', 'Vi pratade om:'.
_ITEMS_INTRO = re.compile(r"^(?:(?:det har|detta|foljande|det)\s+(?:tog vi upp|togs upp|pratade vi om|"
                          r"diskuterade vi|diskuterades|gick vi igenom|behandlades)|"
                          r"vi\s+(?:tog upp|pratade om|diskuterade|gick igenom)(?:\s+(?:foljande|detta))?)\s*:$")
# A heading of its own for the next meeting, the date on the lines below it.
_NEXT_HEADING = re.compile(r"^(?:nasta|kommande) (?:mote(?:t|n|na)?|sammantrade(?:t|n|na)?|traff(?:en|ar|arna)?):?$")
_LOGG_SUBHEADING = re.compile(r"^uppfoljning av (punkter|arenden) fran foregaende")
# Headings that open the items; an agenda or table of contents under them that the items repeat is set
# aside by numbered.py.
_AGENDA_HEADINGS = ("arenden", "dagordning", "foredragningslista", "arendelista", "program", "agenda", "innehall",
                    "innehallsforteckning")
# Page furniture: a signature block's lines and the ANSLAG/BEVIS block (the posting certificate).
# "Justerandes signatur", "Ordförandes signatur", "Utdragsbestyrkande": the boxes at a protocol page's foot, also
# short ("Justerandes sign", "Just. sign.", "Ordf. sign").
_SIGNATURE_LINE = re.compile(r"[._…]{5,}|^\s*(?:(?:underskrifter|signatur|namnförtydligande|vid protokollet|"
                             r"vid anteckningarna|för anteckningarna|antecknat av|utdragsbestyrkande|"
                             r"rätt\s+utdraget\s+(?:intygar|bestyrker|betygar)|utdraget\s+(?:bestyrks|intygas)|"
                             r"(?:justerandes|justerares|ordförandes|sekreterarens|sekreterares)\s+signatur(?:er)?|"
                             r"justeras|justerande)\b|(?:justerandes|justerares|ordförandes|sekreterares|just\.|ordf\.|"
                             r"sekr\.)\s*sign\b\.?)", re.IGNORECASE)
_ANSLAG = re.compile(r"^\s*(?:anslag\s*/\s*bevis|bevis\s*/\s*anslag|anslag|bevis)\s*$", re.IGNORECASE)
# What an ANSLAG/BEVIS block holds: its labels and sentences (compared folded), and the signer's printed name.
_ANSLAG_WORDS = re.compile(r"anslag|juster|protokoll|forvar|underskrift|datum|organ|sammantrade|bevis|intyg|paragraf|"
                           r"behorighet|anmarkning|overklag|[._…]{5,}")


# The header row of an attendance table ("Namn<TAB>Funktion<TAB>Organisation"): each column's field; a tick-box
# table has a column of ticks for presence (or absence) and one of the serving substitutes.
TABLE_COLUMNS = {"namn": "name", "name": "name", "deltagare": "name", "ledamot": "name", "ledamoter": "name",
                 "ordinarie ledamot": "name", "funktion": "title", "titel": "title", "befattning": "title",
                 "roll": "title", "uppdrag": "title", "yrke": "title", "organisation": "org", "forvaltning": "org",
                 "verksamhet": "org", "myndighet": "org", "representerar": "org", "foretrader": "org",
                 "org": "org", "org.": "org", "forvaltning/bolag": "org", "bolag": "org", "enhet": "org",
                 "arbetsplats": "org", "parti": "party", "narvarande": "present", "narvaro": "present",
                 "franvarande": "absent", "tjanstgorande ersattare": "substitute", "ersattare": "substitute"}


def table_header(line: str) -> list[str] | None:
    """The fields of an attendance table's header row, in column order, or None for any other line. A cell
    naming two fields ('Parti/organisation') gives both ("party|org"): a party where the cell holds one."""
    cells = [fold(c) for c in re.split(r"\t+", line.strip())]
    fields = []
    for cell in cells:
        kinds = [TABLE_COLUMNS.get(" ".join(part.split())) for part in re.split(r"\s*/\s*|\s+och\s+|\s*&\s*", cell)]
        if None in kinds or (len(kinds) > 1 and "name" in kinds):
            return None
        fields.append("|".join(dict.fromkeys(k for k in kinds if k is not None)))
    if len(cells) < 2 or "name" not in fields:
        return None
    return fields


@dataclass
class Sections:
    """The lines of each part of a note, as found; what each line became that no later part decides (a label,
    a heading, page furniture, a line that fits nowhere) is recorded in the ledger as the line is read."""

    ledger: Ledger

    headings: list[str] = field(default_factory=list)
    page_lines: list[str] = field(default_factory=list)  # a Word document's page headers and footers (set aside)
    tid: str | None = None
    date_text: str | None = None  # Datum: the meeting's date, or the notice's when the meeting's stands elsewhere
    meeting_date_text: str | None = None  # Sammanträdesdag, Sammanträdesdatum, Mötesdatum
    issued_text: str | None = None  # Utfärdad
    date_lines: dict[str, list[str]] = field(default_factory=dict)  # each date label's kind → its lines
    plats: str | None = None
    place_time: str | None = None
    people: list[tuple[str, str | None]] = field(default_factory=list)  # (line, group or "absent" or "partial")
    chair: str | None = None
    secretary: str | None = None
    adjusters: list[str] = field(default_factory=list)
    signed_adjusters: list[str] = field(default_factory=list)  # the adjusters only a signature names
    adjusting: str | None = None
    items: list[str] = field(default_factory=list)
    item_levels: dict[int, int] = field(default_factory=dict)  # index in items of a heading (Word, ##) → its level
    after_other: list[str] = field(default_factory=list)  # items under a heading that ended the other questions
    logg: list[str] = field(default_factory=list)
    schedule: list[tuple[int | None, list[str]]] = field(default_factory=list)
    other: list[str] = field(default_factory=list)
    actions: list[tuple[list[str], list[str]]] = field(default_factory=list)  # (columns, rows) of action lists
    found: list[str] = field(default_factory=list)
    document: str | None = None
    case_number: str | None = None  # the whole document's diarienummer ('Dnr: KS 2024/12' near the top)
    labelled: bool = False  # a labelled field has been read: the headings are over
    columns: list[str] | None = None  # the header row of the attendance table being read
    tables: dict[int, list[str]] = field(default_factory=dict)  # index in people → its table's columns
    column_groups: list[str | None] | None = None  # the groups of a 'Ledamöter<TAB>Ersättare' header being read
    spread: dict[int, list[str | None]] = field(default_factory=dict)  # index in people → each column's group
    # the people label a two-column head opened in its second column ('Datum: 12.3.2026<TAB>Närvarande:'), whose
    # list goes on down that column beside the fields ('Tid: 15:00<TAB>Karl Svensson (S), ordf')
    right_people: tuple[str, str | None] | None = None
    # the open list under a label the import does not know ('Insynsplats   Johan Ek'): each line of it is unsure
    unknown_open: tuple[str, str | None] | None = None
    # attendance from elsewhere a sub-label gives the list under it ('Närvarande via Teams:'), and per index in people
    remote_open: str | None = None
    remote: dict[int, str] = field(default_factory=dict)
    writer: str | None = None  # who wrote the notes, by an e-mail's sender or the name signed under a greeting
    # lines of the head that say when and where in prose or under the date ('Mötet hölls den 24 februari 2026 kl.
    # 9.30 i Rådhuset.', 'kl. 18–20, Kisa bibliotek'), without a fate until the meeting's date, time and place are
    # read (build.note_date)
    when_lines: list[str] = field(default_factory=list)
    # a sentence that runs on after the names of a people label ('Närvarande: Anna Ahl, Bo Berg. Vi var få i
    # dag.'): (the line, the sentence), for the meeting's other questions, never read as people
    run_on: list[tuple[str, str]] = field(default_factory=list)

    @property
    def attendees(self) -> list[str]:
        """The people lines, whatever their group."""
        return [line for line, _ in self.people]

    def saw(self, name: str) -> None:
        """Note that a part of the template was present."""
        if name not in self.found:
            self.found.append(name)


def blank(line: str) -> bool:
    """Whether a line holds nothing but white space."""
    return not line.strip()


def section_of(line: str) -> tuple[str, int | None] | None:
    """The part a heading line starts (and a Tidplan's year), or None for an ordinary line."""
    text = fold(line).rstrip(":").strip()
    if len(text) > 60:
        return None
    if text in _AGENDA_HEADINGS:
        return "Ärenden", None
    if text.startswith("logg") or text.startswith("uppfoljning av arenden"):
        return "Logg", None
    match = _TIDPLAN.match(text)
    if match:
        return "Tidplan", int(match.group(1)) if match.group(1) else None
    if text in ("ovriga fragor", "ovrigt"):
        return "Övriga frågor", None
    if _NEXT_HEADING.match(text):
        return "Nästa möte", None
    return None


def _inline_schedule(line: str) -> tuple[int | None, str] | None:
    """'Mötestider våren 2025: 6 februari, 3 april, 5 juni.': a schedule heading and its dates on one line."""
    head, colon, rest = line.partition(":")
    if not colon or not rest.strip() or not re.search(r"\d", rest):
        return None
    match = _TIDPLAN.match(fold(head).strip())
    if not match:
        return None
    return (int(match.group(1)) if match.group(1) else None), rest.strip().rstrip(".")


def document_kind(line: str) -> str | None:
    """The kind of document a heading line names ('Protokoll', 'KALLELSE', 'Minnesanteckningar Lokala Brå'), in
    its first word or as a cell of its own ('KUMLA KOMMUN<TAB>SAMMANTRÄDESPROTOKOLL')."""
    for cell in re.split(r"\t|\s{2,}", line.strip()):
        words = re.findall(r"[a-z]+", fold(cell))
        if words and words[0] in DOCUMENT_HEADINGS:
            return DOCUMENT_HEADINGS[words[0]]
    return None


def _in_anslag(line: str, before: str) -> bool:
    """Whether a line belongs to the ANSLAG/BEVIS block it follows: one of the certificate's labels or sentences,
    or the printed name under its signature line (before: the line above). Anything else ends the block, so that
    the block never hides the minutes' own text."""
    text = line.strip()
    if _ANSLAG_WORDS.search(fold(text)):
        return True
    return bool(re.search(r"[._…]{5,}|underskrift", fold(before))) and looks_like_name(text)


# A run of three or more spaces inside a line, where text pasted from a PDF has its columns: read as a tab.
_COLUMN_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")


def _listed_labels(lines: list[str], opens_item: Callable[[str], bool]) -> list[str]:
    """The lines of notes that write their labels and items as the entries of a list ('* Närvarande:' over
    '  * Eva Ek (S)', '* Punkt 1: Föregående anteckningar', '* Nästa möte: …'), each such entry without its
    bullet, so that it is read as the label, item or part it is and the entries under it as its lines. Notes with
    fewer than two such entries at the list's top level are left as written (a single '- Närvarande: …' is read
    as it stands)."""
    def opens(text: str) -> bool:
        return (label_of(text) is not None or section_of(text) is not None or opens_item(text)
                or next_meeting_line(text))

    top = [n for n, line in enumerate(lines)
           if line[:1] in BULLETS and line[1:2] in (" ", "\t") and opens(strip_bullet(line))]
    if len(top) < 2:
        return lines
    return [strip_bullet(line) if n in top else line for n, line in enumerate(lines)]


def wrapped_labels(lines: list[str], ledger: Ledger) -> list[str]:
    """The lines with each label that a protocol's label column wraps over two lines made whole on its first line
    ('Justeringens plats⇥Kommunhuset 2026-10-20' over 'och tid', as Word writes a narrow column): the second line,
    a few words in lower case that make a label with the first, is placed with the field and left blank."""
    out = list(lines)
    for n in range(len(lines) - 1):
        cells, below = lines[n].split("\t", 1), lines[n + 1].strip()
        if len(cells) < 2 or not cells[0].strip() or not below or "\t" in below or not below[:1].islower() or \
                len(below.split()) > 3 or re.search(r"\d", below):
            continue
        label = " ".join(cells[0].split()).rstrip(":")
        whole = label_of(f"{label} {below.rstrip(':')}:")
        alone = label_of(f"{label}:")
        if whole is None or (alone is not None and alone[0] != whole[0]):
            continue
        out[n] = as_line(f"{label} {below.rstrip(':')}\t{cells[1]}", lines[n])
        out[n + 1] = as_line("", lines[n + 1])
        ledger.placed(lines[n + 1], "field", None, _FIELD_WORDS.get(whole[0], whole[0]))
    return out


def split(lines: list[str], ledger: Ledger, breaks: set[int] | None = None, topics: dict[int, int] | None = None,
          furniture: list[str] | None = None) -> Sections:
    """Assign every line to a part of the note, recording in ledger what the lines no later part reads became.
    A line that opens the first numbered item (§ 77, 1.) ends the heading as the Ärenden heading does.
    breaks: the indexes where a page header or footer was taken out; an ANSLAG/BEVIS block ends there, at a
    heading or item, or at the first line that is not the certificate's.
    topics: the indexes of lines in a Word heading style (or a Markdown heading), each with its level (2 for
    Heading 2); one that is no label or part heading opens an item, and one at the level of the 'Övriga frågor'
    heading or above it ends the other questions (a list paragraph's level is below every heading's). An entry in
    a deeper level of a list (numbered.LIST_LEVEL and up) is kept in Sections.item_levels, never an item.
    furniture: a Word document's page header and footer lines, set aside already: they name the document's kind
    when its text does not (Sections.document), and are kept in Sections.page_lines, where the date is looked
    for last."""
    from brå_tui.importer.numbered import (
        BODY_LEVEL,
        LIST_LEVEL,
        agenda_header,
        agenda_row,
        item_start,
        next_filled,
        time_first,
    )

    lines = _listed_labels([as_line(time_first(_COLUMN_GAP.sub("\t", line), rows=False), line) for line in lines],
                           lambda text: item_start(text, None, any_first=True) is not None)
    lines = wrapped_labels(lines, ledger)
    s = Sections(ledger)
    s.writer = writer_of(lines, ledger)
    next_part = "head"
    part = "head"
    people_group: tuple[str, str | None] | None = None  # the open people label and its group
    in_anslag = False
    other_level = BODY_LEVEL  # the level of the 'Övriga frågor' heading: a heading at it or above ends them
    roles_above = ""  # a line of roles over the signature lines, whose columns say who signs as what
    signed: set[int] = set()
    signature_end = -1  # the last line of the signature block read, for a role over a name that follows it
    before = ""
    back_from_logg: str | None = None  # the part a Logg table within the items returns to at its end
    agenda: list[str] | None = None  # the columns of the agenda table being read, from its header row
    for index, line in enumerate(lines):
        if index in signed:
            continue
        if agenda is not None and "\t" not in line.strip():
            agenda = None  # the agenda table is over
        if back_from_logg is not None:
            if not line.strip() or line.startswith("\t"):
                s.logg.append(line)  # a cell of the table, whatever it says
                continue
            part, back_from_logg = back_from_logg, None  # the first line that is no cell ends the table
        if part in ("head", "Ärenden", "Övriga frågor") and _logg_header_at(lines, index):
            # the Logg's table within the items or after the fields (a notice's 'Ärende | Status | Ansvariga |
            # Senast' under its follow-up item), as Word's text export writes it: a cell a line
            back_from_logg = "Ärenden" if part == "head" else part
            s.saw("Logg")
            s.logg.append(line)
            continue
        if in_anslag and (index in (breaks or set()) or section_of(line) is not None or
                          item_start(line, None) is not None or document_kind(line) is not None or
                          (line.strip() and not _in_anslag(line, before))):
            in_anslag = False
        if in_anslag:
            if line.strip():
                s.ledger.aside(line.strip(), "anslag/bevis")
                before = line
            continue
        if _ANSLAG.match(line):
            in_anslag = True
            s.ledger.aside(line.strip(), "anslag/bevis")
            before = line
            continue
        below = next((lines[n] for n in range(index + 1, min(index + 3, len(lines))) if lines[n].strip()), "")
        if signature_end >= 0 and _roles_only(line) and not any(t.strip() for t in lines[signature_end + 1:index]):
            name_at = _name_under(lines, index)
            if name_at is not None:  # '⇥Ordförande' over '⇥⇥Karin Ålund' after 'Underskrifter⇥Sekreterare' / '⇥⇥…'
                signature_end = _signed(s, line, lines, name_at, signed)
                continue
        if part != "head" and "\t" in line.strip() and _role_cells(line) and \
                (name_at := _name_under(lines, index)) is not None:
            # a signature table's rows, as Word writes them: 'Sekreterare<TAB>Justeras' over the cells to sign in
            # (empty) and the printed names, 'Lisa Berg<TAB>Kerstin Ahlgren, ordförande'
            signature_end = _signed(s, line, lines, name_at, signed)
            continue
        if _roles_only(line) and _SIGNATURE_LINE.search(below) and not _roles_only(below):
            s.ledger.aside(line, "underskrifter")  # 'Ordförande<TAB>Justerare' over the lines to sign on
            roles_above = line
            continue
        if line.strip() and _SIGNATURE_LINE.search(line) and len(line.strip()) <= 120:
            s.ledger.aside(line.strip(), "underskrifter")
            names = _signature_names(lines, index, s)
            signed |= names
            role_line = line if role_in(line) or not roles_above else roles_above
            if len(names) == 1:  # with a line of roles under the names, each name has its own
                _signed_role(s, role_line, lines[min(names)])
            after = re.split(r"\t+|\s{2,}|:\s*", line.strip(), maxsplit=1)[1:]
            _signed_role(s, line, after[0] if after else "")  # 'Underskrifter<TAB>Sekreterare<TAB>Ida Grahn'
            roles_above = ""
            signature_end = max(names | {index})
            continue
        if _ASKS_ANSWER.match(line) and label_of(line) is None and len(line.strip()) <= 200 and (
                s.document == "kallelse" or part == "head"):
            # 'Anmäl förhinder till X senast 28 januari.': a notice's word about the meeting it calls to (in minutes,
            # under their next-meeting item, it is that item's text)
            s.ledger.aside(line.strip(), "anvisning till de kallade")
            continue
        if part != "Tidplan" and next_meeting_line(line):
            s.schedule.append((None, [line.strip()]))  # "Nästa möte: …", wherever it stands
            s.saw("Tidplan")
            continue
        if undated_next_meeting(line):
            s.ledger.doubt(line, "datumet för nästa möte kunde inte läsas")
        inline = _inline_schedule(line.strip())
        if inline is not None:
            s.schedule.append((inline[0], [as_line(inline[1], line.strip())]))
            s.saw("Tidplan")
            continue
        if part != "head" and line.strip():
            labelled = label_of(line)
            if labelled is not None and labelled[0] == "adjusting" and labelled[2]:
                s.adjusting = labelled[2]  # 'Justeringens plats och tid: Rådhuset 2025-02-10' after the items
                s.ledger.placed(line, "field", None, "justering")
                continue
            if labelled is not None and labelled[0] in ("adjusters", "chair", "secretary") and \
                    _names_first(labelled[2]):
                _head_line(s, line, None)  # 'Justerare: Roger Sahlin' after the items: a role, wherever it stands
                continue
            adjusted = _ADJUSTED.match(line)
            if adjusted is not None and s.adjusting is None:
                s.adjusting = adjusted.group("rest")  # 'Justerat 2026-06-10' over the signatures: the adjusting's day
                s.ledger.placed(line, "field", None, "justering")
                signed |= _signed_below(s, lines, index)
                continue
            if part not in ("Tidplan", "Nästa möte") and s.issued_text is None and _DATED.match(fold(line.strip())) \
                    and _closes(lines, index):
                s.issued_text = line.strip()  # 'Avesta kommun den 29 november 2026' over the signatures
                s.ledger.placed(line, "field", None, "utfärdad")
                signed |= _signed_below(s, lines, index)
                continue
            if part in ("Ärenden", "Övriga frågor") and _attendance_in_notes(s, line):
                continue  # 'Anna Berg och Johan Ek var med.': who was there, told among the notes
            closing = _closing(s, lines, index)
            if closing:
                signed |= closing
                continue
            if part in ("Ärenden", "Övriga frågor") and _people_label(line):
                # 'Kallade ledamöter: …', 'Inbjudna' over names, after the agenda: the meeting's people
                people_group = _head_line(s, line, None)
                continue
            if part in ("Ärenden", "Övriga frågor") and people_group is not None:
                if label_of(line) is None and _names_first(line):
                    people_group = _head_line(s, line, people_group)
                    continue
                people_group = None  # no name: the list of people is over
        elif part != "head" and people_group is not None:
            people_group = None  # a blank line ends a list of people after the agenda
        if part == "Åtgärder":
            written = as_action_row(line, headed=True) if s.actions[-1][0] is ACTION_ROW_COLUMNS else None
            if written is not None or ("\t" in line.strip() and s.actions[-1][0] is not ACTION_ROW_COLUMNS):
                s.actions[-1][1].append(written or line)
                continue
            if not line.strip() and s.actions[-1][0] is ACTION_ROW_COLUMNS:
                continue
            part = next_part  # the action list is over
        if _ACTION_HEADING.match(fold(line).strip()) and action_header(below) is not None:
            s.ledger.placed(line, "heading", None, "rubrik för en åtgärdslista")  # 'Åtgärdslista' over its table
            continue
        if _ACTION_HEADING.match(fold(line).strip()) and as_action_row(below, headed=True) is not None:
            # 'Vem gör vad?' over rows such as 'Jenny Lönnqvist – skicka inbjudan – 12 november'
            s.ledger.placed(line, "heading", None, "rubrik för en åtgärdslista")
            s.actions.append((ACTION_ROW_COLUMNS, []))
            next_part = next_part if part in ("head", "Nästa möte") else part
            next_part = "Ärenden" if next_part == "head" else next_part
            part = "Åtgärder"
            continue
        written = as_action_row(line) if part not in ("head", "Tidplan") else None
        if written is not None:  # 'Åsa Ödmark – kontakta Ljusdalshem – 2025-11-30' alone: an action, read as one
            s.ledger.doubt(line, "lästes som en uppföljning (ansvarig – uppgift – datum); kontrollera")
            s.actions.append((ACTION_ROW_COLUMNS, [written]))
            continue
        columns = action_header(line) or (logg_columns(line.strip().split("\t")) if "\t" in line.strip() else None)
        if columns is not None:  # an action list's header row, or the Logg's written a row a line ('Ärende<TAB>…')
            s.ledger.placed(line, "heading", None, "rubrikrad i en åtgärdslista")
            s.actions.append((columns, []))
            next_part = part if part != "head" else "Ärenden"
            part = "Åtgärder"
            continue
        if part in ("head", "Ärenden") and agenda_header(line) is not None:
            s.ledger.placed(line, "heading", None, "rubrikrad i en dagordningstabell")
            agenda = agenda_header(line)
            part = "Ärenden"
            s.saw("Ärenden")
            continue
        if (part == "head" or (part == "Ärenden" and not any(item.strip() for item in s.items))) and \
                _ITEMS_INTRO.match(fold(line).strip()):
            s.ledger.aside(line.strip(), "rubrik före ärendena")  # 'Det här tog vi upp:' over the items
            part = "Ärenden"
            people_group = None
            s.saw(part)
            continue
        heading = section_of(line)
        if heading is not None and part == "Ärenden" and heading[0] in ("Nästa möte", "Ärenden", "Övriga frågor",
                                                                        "Tidplan") and \
                _below_bare_number(s.items, line):
            # '§ 16' / 'Nästa sammanträde', '§ 26' / 'Övriga frågor', '§ 5' / 'Sammanträdesplan 2025': the numbered
            # item's title, not a part of the minutes (the items read a numbered 'Övriga frågor' as the other
            # questions, keeping its number)
            s.items.append(line)
            continue
        if heading is not None:
            s.ledger.placed(line, "heading", None, f"rubrik för {heading[0].lower()}")
            if heading[0] == "Nästa möte":
                # The date stands on the lines below; the lines that are no date go on where they were.
                next_part = part
                part = "Nästa möte"
                s.schedule.append((None, []))
                continue
            if heading[0] == "Övriga frågor":
                other_level = (topics or {}).get(index, BODY_LEVEL)
            part, year = heading
            people_group = None
            s.saw(part)
            if part == "Tidplan":
                s.schedule.append((year, []))
            continue
        if part == "Nästa möte":
            if not line.strip():
                continue
            if not is_deadline(line) and parse_line(line.strip(), None, dt.date.min) is not None:
                s.schedule[-1][1].append(line.strip())
                s.saw("Tidplan")
                continue
            part = next_part
        level = (topics or {}).get(index)
        if level is not None and level >= LIST_LEVEL:
            if part == "Ärenden":
                s.item_levels[len(s.items)] = level  # an entry of a sub-list under an item: never an item itself
            level = None
        if level is not None and label_of(line) is None and part in ("head", "Ärenden") and not (
                part == "head" and _NAMES_MEETING.search(fold(line))):  # '## Brottsförebyggande rådet' is no item
            part = "Ärenden"
            s.saw("Ärenden")
            s.item_levels[len(s.items)] = level
            s.items.append(line)
            continue
        if part == "Övriga frågor" and level is not None and level <= other_level and label_of(line) is None and \
                item_start(line, None, any_first=True) is None:
            part = "Efter övriga frågor"  # 'Uppföljning' (Heading 2) after the questions: an item of its own
        if part == "Efter övriga frågor":
            s.after_other.append(line)
            continue
        if part == "head" and closing_line(line):
            signed |= _closing(s, lines, index)  # an e-mail's sign-off and signature, below text read as the head
            continue
        if part == "head":
            # the first numbered title below the fields opens the items, whatever its number ('3. Lägesbild'),
            # unless it is a person of a numbered list of people ('Närvarande:' over '1. Anna Ek, ordförande')
            start = None if _numbered_person(lines, index) else \
                item_start(line, None, any_first=True, below=next_filled(lines, index))
            if start is not None:
                part = "Ärenden"
                s.saw("Ärenden")
                s.items.append(line)
                continue
            if s.labelled and _opens_item(lines, index):
                part = "Ärenden"  # 'Lägesbild' over prose after the fields: the first item, without a heading
                people_group = None
                s.saw("Ärenden")
                s.items.append(line)
                continue
            people_group = _head_line(s, label_column(lines, index), people_group)
        elif part == "Ärenden":
            s.items.append(as_line(agenda_row(line, agenda), line) if agenda else line)
        elif part == "Logg":
            if _LOGG_SUBHEADING.match(fold(line)):
                s.ledger.placed(line, "heading", None, "rubrik för logg")
                continue
            s.logg.append(line)
        elif part == "Tidplan":
            s.schedule[-1][1].append(line)
        elif part == "Övriga frågor":
            start = item_start(line, None, any_first=True, below=next_filled(lines, index))
            if start is not None and (start.section or start.value in _next_numbers(s.items)):
                part = "Ärenden"  # a § after the other questions, or the items' next number, is an item again
                s.items.append(line)
            else:
                s.other.append(line)
    s.page_lines = list(furniture or [])
    s.document = s.document or next((kind for line in s.page_lines if (kind := document_kind(line))), None)
    return s


# The heading over an action list's table ('Åtgärdslista', 'Beslutade åtgärder', 'Uppföljning', 'Att göra'),
# compared folded.
_ACTION_HEADING = re.compile(r"^(?:(?:beslutade|overenskomna|nya)\s+)?(?:atgardslistan?|atgarder(?:na)?|"
                             r"uppfoljning(?:ar)?|atgardsplan(?:en)?|uppdrag(?:slista)?|att gora(?: till nasta mote)?|"
                             r"aktiviteter|handlingsplan|vem gor vad|vem gor vad till nasta mote)\s*[:?]?$")
# A notice's word to those it calls: 'Anmäl förhinder till X senast …', 'Förhinder anmäls till …', 'OSA senast …',
# 'Vid förhinder, kontakta …', 'Meddela eventuellt förhinder …' (never a label such as 'Anmält förhinder: …').
_ASKS_ANSWER = re.compile(r"^\s*(?:[-–•*]\s*)?(?:(?:anmäl|meddela)\s+(?:eventuell[at]?\s+|ditt\s+|ert\s+)?"
                          r"(?:förhinder|frånvaro|deltagande)|förhinder\s+(?:anmäls|meddelas)|o\.?s\.?a\.?\b|"
                          r"vid\s+förhinder\b)", re.IGNORECASE)


def _logg_header_at(lines: list[str], index: int) -> bool:
    """Whether lines[index] opens the Logg's header row as Word's text export writes a table: each cell on a line of
    its own after a tab ('<TAB>Ärende', '<TAB>Status', '<TAB>Ansvariga'), the row ended by a blank line."""
    cells = []
    for line in lines[index:index + 8]:
        if not line.startswith("\t") or not line.strip():
            break
        cells.append(line.strip())
    return logg_columns(cells) is not None


def _next_numbers(items: list[str]) -> tuple[int, ...]:
    """The number an item after an unnumbered 'Övriga frågor' heading has: the one after the last numbered item
    (none when the items are not numbered)."""
    from brå_tui.importer.numbered import item_start

    last = next((start.value for line in reversed(items) if (start := item_start(line, None, any_first=True))), None)
    return () if last is None else (last + 1,)


def _people_label(line: str) -> bool:
    """Whether a line after the items is a label of people with names after it or alone on its line ('Kallade
    ledamöter: Moa Lindh (S), Erik Sten (M)', 'Inbjudna:'), not a sentence that opens with such a word."""
    labelled = label_of(line)
    if labelled is None or labelled[0] != "people":
        return False
    return not labelled[2] or _names_first(labelled[2])


def label_column(lines: list[str], index: int) -> str:
    """A line of a protocol's label column whose label fills the column, one space before the name ('Insynsplats
    Johan Ek, kommunpolis' over '            Ahmed Yusuf, …', the names below starting where his does), with the
    wide gap a label column has ('Insynsplats   Johan Ek, kommunpolis'); any other line as it is."""
    line = lines[index]
    below = lines[index + 1] if index + 1 < len(lines) else ""
    width = len(below) - len(below.lstrip(" "))
    if line[:1].isspace() or width < 8 or width >= len(line) or line[width - 1] != " " or \
            not line[:width].strip() or "  " in line[:width].strip() or not _names_first(below.strip()) or \
            not _names_first(line[width:]) or label_of(line) is not None:
        return line
    return as_line(f"{line[:width].rstrip()}   {line[width:]}", line)


def _numbered_person(lines: list[str], index: int) -> bool:
    """Whether a line is a person of a numbered list of people under a people label alone on its line
    ('Närvarande:' over '1. Anna-Karin Sjöberg, ordförande', '2. Tomas Berg, polisen'): every line from the label
    down to it a list number before a name."""
    above = index
    while above >= 0 and lines[above].strip() and without_list_number(lines[above].strip()) != lines[above].strip():
        above -= 1
    if above == index or above < 0:
        return False
    labelled = label_of(lines[above])
    return labelled is not None and labelled[0] == "people" and not labelled[2]


def _names_first(text: str) -> bool:
    """Whether a line of people opens with a name ('Moa Lindh (S), Erik Sten (M)', '• Anders Frisk, Polisen')."""
    return looks_like_name(re.sub(r"\s*\([^)]*\)", "", re.split(r"\t|,|;|\s+och\s+", strip_bullet(text.strip()))[0])
                           .strip())


def _below_bare_number(items: list[str], line: str) -> bool:
    """Whether the last line of the items so far is a number without a title ('§ 16', '2.', '§ 22<TAB>Dnr KS
    2023/412', '§ 22' over 'Dnr KS 2023/412'), whose title is line, the next."""
    from brå_tui.importer.numbered import case_only, item_start

    filled = [line.strip() for line in reversed(items) if line.strip()][:2]
    if len(filled) == 2 and case_only(filled[0]):
        filled.pop(0)  # '§ 16' / 'Dnr KS 2026/12' / the title
    start = item_start(filled[0], None, any_first=True, below=line.strip()) if filled else None
    return start is not None and (not start.title or case_only(start.title))


def _opens_item(lines: list[str], index: int) -> bool:
    """Whether a line below the heading's fields is an item's title: a short line that is no label, table header
    row, sentence, list entry or person, with running prose or a 'Beslut:' line right below it (or below its case
    number: 'Lägesbild' / 'Dnr KS 2024/123' / 'Polisen redogjorde …')."""
    from brå_tui.importer.numbered import case_number_of

    text = lines[index].strip()
    after = index + 2 if index + 2 < len(lines) and case_number_of(lines[index + 1]) is not None else index + 1
    below = lines[after].strip() if after < len(lines) else ""
    if not text or not below or len(text) > 90 or text.endswith((".", ":", ";", ",")) or text[:1] in "-–•·*":
        return False
    if label_of(text) is not None or document_kind(text) is not None or table_header(text) is not None or \
            looks_like_name(re.sub(r"\s*\([^)]*\)", "", re.split(r"\t|,", text)[0]).strip()):
        return False
    prose = len(below) >= 60 or below.endswith((".", "!", "?")) or fold(below).startswith("beslut")
    return prose and label_of(below) is None


_ROLE_WORDS = (("vice ordforande", None), ("ordforande", "chair"), ("motesordforande", "chair"), ("ordf", "chair"),
               ("sekr", "secretary"), ("motessekreterare", "secretary"), ("protokollforare", "secretary"),
               ("antecknare", "secretary"), ("anteckningsforare", "secretary"), ("vid tangenterna", "secretary"),
               ("vid protokollet", "secretary"), ("vid anteckningarna", "secretary"),
               ("for anteckningarna", "secretary"), ("antecknat av", "secretary"), ("justera", "adjuster"))
# A line that is only a role under a printed name at the end of a notice or notes: "Peter Ahl / Ordförande".
_ROLE_LINE = re.compile(r"^(?:ordförande|sekreterare|justerare|vice ordförande)\b[^.:]{0,40}$", re.IGNORECASE)
# A closing greeting: "Välkomna!", "Med vänlig hälsning", "Med vänliga hälsningar", "Bästa hälsningar", "Mvh",
# "MVH,", "Vänligen", "Hälsningar".
_CLOSING = re.compile(r"^(?:(?:hjärtligt\s+)?välkomn[ae]|(?:med\s+)?(?:(?:vänlig(?:a)?|bästa|varma|många|glada)\s+)?"
                      r"hälsning(?:ar)?|m\.?\s?v\.?\s?h\.?|v\.?\s?h\.?|vänligen|tack\s+och\s+hej)[!.,]?$",
                      re.IGNORECASE)
# A closing greeting and the writer's name on one line: 'Mvh Jenny', 'Mvh /Jenny Ek', 'Med vänlig hälsning Jenny
# Ek', 'Hälsningar, Anna', 'MVH//Anna'. The greeting as _CLOSING reads it (never 'Välkomna' or 'Vänligen', which
# a name may follow as a sentence goes on), then a first name or a whole name.
_CLOSING_SIGNED = re.compile(r"^(?:(?:med\s+)?(?:(?:vänlig(?:a)?|bästa|varma|många|glada)\s+)?hälsning(?:ar)?|"
                             r"m\.?\s?v\.?\s?h\.?|v\.?\s?h\.?|tack\s+och\s+hej)"
                             r"\s*[!.,]?\s*(?:\s|/)\s*/?\s*(?P<who>(?-i:[" + CAPITAL + r"])[\w-]+(?:" + NAME_GAP +
                             r"(?-i:[" + CAPITAL + r"])[\w-]+){0,3})\s*[.!]?$", re.IGNORECASE)


def _signed_off(line: str) -> str | None:
    """The name signed beside a closing greeting on one line ('Mvh /Jenny Ek' → 'Jenny Ek', 'Hälsningar, Anna' →
    'Anna'), or None for a line that is no such sign-off."""
    found = _CLOSING_SIGNED.match(line.strip())
    return found["who"] if found is not None else None


def closing_line(line: str) -> bool:
    """Whether a line is a closing greeting, alone ('Med vänliga hälsningar') or with its writer's name ('Mvh
    Jenny')."""
    return bool(_CLOSING.match(line.strip())) or _signed_off(line) is not None


def _roles_only(line: str) -> bool:
    """Whether a line is only the roles of a signature block, one per column ('Ordförande<TAB>Justerare')."""
    cells = [c for c in re.split(r"\t+|\s{2,}", line.strip()) if c]
    return bool(cells) and all(_ROLE_LINE.fullmatch(c) and role_in(c) for c in cells)


def _role_cells(line: str) -> bool:
    """Whether a row of a signature table holds only what each column's signer signs as ('Sekreterare<TAB>Justeras',
    'Vid protokollet<TAB>Justeras<TAB>'), its empty cells aside."""
    cells = [c.strip() for c in line.split("\t") if c.strip()]
    return bool(cells) and all(len(c) <= 40 and not c.endswith((".", ":")) and role_in(c) and not signers(c)
                               for c in cells)


def role_in(text: str) -> str | None:
    """The meeting role a signature's words name: "chair", "secretary", "adjuster", or None."""
    folded = fold(text)
    for words, role in _ROLE_WORDS:
        if re.search(rf"\b{words}", folded):
            return role
    return None


def signers(name_line: str) -> list[tuple[str, str | None]]:
    """The printed names of a signature line, each with the role written beside it ('Gustav Ek, ordförande<TAB>
    <TAB>Hanna Lo, justerare'): names without party, role words or tabs; cells that are no name are left out."""
    out = []
    for cell in re.split(r"\t+|\s{2,}", name_line.strip()):
        name, _, rest = re.sub(r"\s*\([^)]*\)", "", cell).partition(",")
        name = " ".join(name.split())
        if looks_like_name(name):
            out.append((name, role_in(rest) if rest.strip() else None))
    return out


def _signed(s: Sections, line: str, lines: list[str], name_at: int, signed: set[int]) -> int:
    """A signature's role line and the printed name under it (at name_at) set aside as signatures, the roles they
    give taken; name_at, where the signature block now ends."""
    s.ledger.aside(line.strip(), "underskrifter")
    s.ledger.aside(lines[name_at].strip(), "underskrifter")
    _signed_role(s, line, lines[name_at])
    signed.add(name_at)
    return name_at


def _signed_role(s: Sections, line: str, name_line: str) -> None:
    """Who signs as what ('Sekreterare ……' above 'Eva Ek', 'Justeras' above 'Gustav Ek, ordförande<TAB>Hanna Lo,
    justerare'), for the roles the heading did not give. A role written beside a name wins over the label's."""
    labels = [r for cell in re.split(r"\t+|\s{2,}", line.strip()) if (r := role_in(cell))]
    names = signers(name_line)
    columns = _column_roles(line, name_line)
    for n, (name, own) in enumerate(names):
        under = labels[n] if len(labels) == len(names) else labels[0] if len(labels) == 1 else columns.get(name)
        _give_role(s, own or under, name)
        if own is not None and own != "adjuster" and under == "adjuster":
            _give_role(s, "adjuster", name)  # 'Justeras' over 'Kerstin Ahlgren, ordförande': she adjusts as chair


def _column_roles(line: str, name_line: str) -> dict[str, str]:
    """The role each printed name of a signature table's row stands under, by its cell ('Vid
    protokollet<TAB>Justeras<TAB>' over 'Lisa Berg<TAB>Kerstin Ahlgren, ordförande<TAB>Bo Berg', as Word writes a
    table's rows): a name under an empty cell signs under the nearest label to its left. Empty without tabs."""
    if "\t" not in line or "\t" not in name_line:
        return {}
    out: dict[str, str] = {}
    label_cells = line.rstrip("\r\n ").split("\t")
    role: str | None = None
    for n, cell in enumerate(name_line.rstrip("\r\n ").split("\t")):
        above = label_cells[n].strip() if n < len(label_cells) else ""
        role = role_in(above) if above else role
        for name, _ in signers(cell):
            if role is not None:
                out[name] = role
    return out


def _give_role(s: Sections, role: str | None, name: str) -> None:
    if role == "secretary" and s.secretary is None:
        s.secretary = name
    elif role == "chair" and s.chair is None:
        s.chair = name
    elif role == "adjuster" and name not in s.adjusters:
        s.adjusters.append(name)
        s.signed_adjusters.append(name)


def _signature_names(lines: list[str], index: int, s: Sections) -> set[int]:
    """The printed names under a signature line (the next short line) are part of the signature, and so is a line
    of roles under them, one per name ('Per Jansson   Maja Lind' / 'ordförande   justerare'), which gives each
    name the role in its column, unless that role is less indented than the name and has a name of its own under
    it (the next signature's): the indexes of the lines used."""
    n = _name_under(lines, index)
    if n is None:
        return set()
    text = lines[n].strip()
    s.ledger.aside(text, "underskrifter")
    below = lines[n + 1] if n + 1 < len(lines) else ""
    # a role less indented than the name above it, over a name of its own, is the next signature's role
    # ('⇥⇥Helena Moberg' / '⇥Ordförande' / '⇥⇥Karin Ålund', as Word saves a signature table as text)
    heads_next = _indent(below) < _indent(lines[n]) and _name_under(lines, n + 1) is not None
    if not heads_next and _roles_under(s, text, below.strip()):
        s.ledger.aside(below.strip(), "underskrifter")
        return {n, n + 1}
    return {n}


def _indent(line: str) -> int:
    """How far a line is indented: its leading tabs and spaces."""
    return len(line) - len(line.lstrip("\t "))


def _name_under(lines: list[str], index: int) -> int | None:
    """The index of the printed name under the line at index (the next short line that is nothing but names), or
    None."""
    for n in range(index + 1, min(index + 3, len(lines))):
        text = lines[n].strip()
        if not text:
            continue
        if len(text) <= 90 and not text.endswith((".", ":")) and label_of(text) is None and \
                not _SIGNATURE_LINE.search(text) and re.fullmatch(r"[\w .,()\t-]+", text) and signers(text):
            return n
        return None
    return None


def _roles_under(s: Sections, names_line: str, below: str) -> bool:
    """Give each printed name of names_line the role written under it on the line below ('Anna Wikström<TAB>Lena
    Sjöberg' / 'ordförande<TAB>justerare'); whether below is such a line of roles, one per name."""
    cells = [cell for cell in re.split(r"\t+|\s{2,}", below.strip()) if cell] if below.strip() else []
    roles = [role_in(cell) if _ROLE_LINE.match(cell) else None for cell in cells]
    names = signers(names_line)
    if not roles or not all(roles) or len(roles) != len(names):
        return False
    for (name, _), role in zip(names, roles, strict=True):
        _give_role(s, role, name)
    return True


# The place and day a notice or minutes were issued or signed, over the signatures: 'Avesta kommun den 29
# november 2026', 'Den 3 mars 2026', 'Sala 2026-03-03' (compared folded).
_PLACE_WORDS = r"[a-z][\w-]*(?: [a-z][\w-]*){0,3}"
_DATED = re.compile(rf"^(?:(?:{_PLACE_WORDS}),? +)?den +\d{{1,2}}{ORDINAL} +(?:{MONTH_PATTERN}) +\d{{4}}\.?$|"
                    rf"^{_PLACE_WORDS},? +(?:\d{{4}}-\d{{2}}-\d{{2}}|{NUMERIC_DATE})\.?$")


# The day the minutes were adjusted, written over the signatures as a sentence without a label: 'Justerat
# 2026-06-10', 'Justerad den 10 juni 2026 i Stadshuset', 'Protokollet justerades 2026-06-10'.
_ADJUSTED = re.compile(r"^\s*(?:(?:protokollet|anteckningarna)\s+)?juster(?:at|ad|ades|ats)\b\s*:?\s*"
                       r"(?P<rest>(?:den\s+)?\d.*)$", re.IGNORECASE)


def _closes(lines: list[str], index: int) -> bool:
    """Whether the line at index stands in the closing part, where only the signatures follow it: the next line
    with text is a signature line, ANSLAG, a closing greeting, a role, or a printed name with nothing but a role
    or a signature line under it, or there is none (the line then apart from the text above it). A dated line
    inside an item ('Tjänsteskrivelse 2026-09-30' under Beslutsunderlag) is the item's text, never the day the
    document was issued."""
    from brå_tui.importer.numbered import filled_after

    after = filled_after(lines, index, 2)
    if not after:  # the last line: apart from the text above it
        return index == 0 or not lines[index - 1].strip()
    first = after[0]
    if _SIGNATURE_LINE.search(first) or _ANSLAG.match(first) or closing_line(first) or _roles_only(first):
        return True
    below = after[1] if len(after) > 1 else ""
    named = len(first) <= 90 and not first.endswith((".", ":")) and len(signers(first)) == len(
        [c for c in re.split(r"\t+|\s{2,}", first) if c])
    return named and (not below or _roles_only(below) or bool(_ROLE_LINE.match(below))
                      or bool(_SIGNATURE_LINE.search(below)))


def _signed_below(s: Sections, lines: list[str], index: int) -> set[int]:
    """The signer under the place and day at the end of a report or notes ('Kalmar 2026-03-20' over 'Lotta
    Fransson' and perhaps her title): when only a printed name and at most one short line under it end the
    document, they are set aside as the signature; the indexes of those lines."""
    after = [n for n in range(index + 1, len(lines)) if lines[n].strip()]
    if not after or len(after) > 2 or len(signers(lines[after[0]].strip())) != 1 or any(
            len(lines[n].strip()) > 60 or lines[n].strip().endswith((".", ":")) for n in after):
        return set()
    for n in after:
        s.ledger.aside(lines[n].strip(), "underskrifter")
    return set(after)


def _closing(s: Sections, lines: list[str], index: int) -> set[int]:
    """A printed name with its role on the line below ('Peter Ahl' / 'Ordförande') or a closing greeting, at the
    end of a notice or notes: set aside, the role taken; the indexes of the lines it used. (The organisation's
    address as a page footer is source.py's page furniture.)"""
    from brå_tui.importer.numbered import filled_after

    text = lines[index].strip()
    if _signed_off(text) is not None and _ends_signed(lines, index):
        # 'Mvh Jenny' at the end, perhaps over her title, phone and e-mail: the name is signed on the greeting's line
        signature = [n for n in range(index + 1, len(lines)) if lines[n].strip()]
        for n in (index, *signature):
            s.ledger.aside(lines[n].strip(), "avslutning")
        return {index, *signature}
    if _CLOSING.match(text):
        s.ledger.aside(text, "avslutning")
        signature = _signature_after(lines, index)
        if _signed_with_role(lines, signature):
            return {index}  # the name and its role below are read as a signature next
        for n in signature:
            s.ledger.aside(lines[n], "avslutning")
        return {index, *signature}
    slashed = _SLASH_SIGNED.match(text)
    if slashed and not filled_after(lines, index, 1):
        s.ledger.aside(text, "underskrifter")  # '/Anna-Karin Lööf, sekr.' at the very end: who wrote the notes
        _give_role(s, role_in(slashed.group("role") or ""), slashed.group("who"))
        return {index}
    mail = _mail_signature(lines, index)
    if mail:  # '/Rebecka' over 'Rebecka Lund', her title, phone and 'Skickat från min iPhone'
        if slashed:
            _give_role(s, role_in(slashed.group("role") or ""), slashed.group("who"))
        for n in mail:
            s.ledger.aside(lines[n].strip(), "e-postsignatur")
        return set(mail)
    below = lines[index + 1].strip() if index + 1 < len(lines) else ""
    cells = re.split(r"\t+|\s{2,}", text)
    if len(text) <= 120 and "," not in text and len(signers(text)) == len(cells) and _roles_under(s, text, below):
        s.ledger.aside(text, "underskrifter")
        s.ledger.aside(below, "underskrifter")
        return {index, index + 1}
    return set()


# The most lines a signature under a closing greeting runs to: name, title, organisation, street, post code and
# town, phone, e-mail.
_SIGNATURE_LINES = 7


def _signature_after(lines: list[str], index: int) -> list[int]:
    """The indexes of the signature under a closing greeting at lines[index] ('Hälsningar' / 'Karin Westin' /
    'Folkhälsosamordnare, Ovanåkers kommun' / '070-123 45 67') when it ends the notes: a name first, at most
    _SIGNATURE_LINES lines with text, none a sentence; empty otherwise."""
    filled: list[int] = []
    for n in range(index + 1, len(lines)):  # only as far as a signature may run, so that the work stays linear
        if lines[n].strip():
            filled.append(n)
            if len(filled) > _SIGNATURE_LINES:
                return []
    if not filled or not looks_like_name(lines[filled[0]].strip()) or any(
            _sentence(lines[n].strip()) for n in filled):
        return []
    return filled


def _ends_signed(lines: list[str], index: int) -> bool:
    """Whether a greeting signed on its line at lines[index] ends the notes: nothing follows it, or only the rest of a
    signature (at most _SIGNATURE_LINES lines with text, none a sentence: title, organisation, phone, e-mail)."""
    filled: list[int] = []
    for n in range(index + 1, len(lines)):  # only as far as a signature may run, so that the work stays linear
        if lines[n].strip():
            filled.append(n)
            if len(filled) > _SIGNATURE_LINES:
                return False
    return not any(_sentence(lines[n].strip()) and not _SENT_FROM.match(lines[n].strip()) for n in filled)


def _mail_signature(lines: list[str], index: int) -> list[int]:
    """The indexes of an e-mail's signature that starts at lines[index] and ends the notes: a sign-off ('/Rebecka',
    '/Rebecka Lund') or a name, then at most _SIGNATURE_LINES + 1 lines of name, title, phone, e-mail and the mail
    program's 'Skickat från min iPhone', none a sentence; a name first needs a phone, an address or 'Skickat från'
    among them. 'Skickat från …' alone at the end is one too. Empty otherwise."""
    text = lines[index].strip()
    if not text:
        return []
    filled: list[int] = []
    for n in range(index, len(lines)):  # only as far as a signature may run, so that the work stays linear
        if lines[n].strip():
            filled.append(n)
            if len(filled) > _SIGNATURE_LINES + 2:
                return []
    rest = [lines[n].strip() for n in filled[1:]]
    if any(_sentence(line) and not _SENT_FROM.match(line) for line in rest):
        return []
    if _SENT_FROM.match(text) or _SLASH_FIRST.match(text) or _SLASH_SIGNED.match(text):
        return filled if not rest or looks_like_name(rest[0]) or _SENT_FROM.match(rest[0]) or \
            any(_REACH.search(line) or _SENT_FROM.match(line) for line in rest) else []
    if looks_like_name(text) and any(_REACH.search(line) or _SENT_FROM.match(line) for line in rest):
        return filled
    return []


def _signed_with_role(lines: list[str], signature: list[int]) -> bool:
    """Whether a signature under a greeting is a printed name over its meeting role ('Peter Ahl' / 'Ordförande'),
    which _closing reads as a signature, the role given."""
    return len(signature) >= 2 and bool(_ROLE_LINE.match(lines[signature[1]].strip()))


# An e-mail's sender among its header fields: 'Från: Karin Westin <karin.westin@ovanaker.se>'.
_SENDER = re.compile(r"^\s*(?:från|from)\s*:\s*\"?(?P<who>[^<>\"@]+?)\"?\s*(?:<[^>]*>)?\s*$", re.IGNORECASE)


def writer_of(lines: list[str], ledger: Ledger) -> str | None:
    """Who wrote the notes: the name signed under a closing greeting at their end (_signature_after), else the
    sender of the e-mail they came as ('Från: Karin Westin <…>' in the mail's header, which source.py set aside in
    ledger); None when neither is written."""
    for index, line in enumerate(lines):
        signed = _signed_off(line)
        if signed is not None and looks_like_name(signed) and _ends_signed(lines, index):
            return signed  # 'Med vänlig hälsning Jenny Ek': her whole name on the greeting's line
        if _CLOSING.match(line.strip()):
            signature = _signature_after(lines, index)
            if signature:
                return lines[signature[0]].strip()
    for no, fate in sorted(ledger.fates.items()):
        sender = _SENDER.match(ledger.lines[no]) if fate.why == MAIL_HEADER else None
        if sender is not None and looks_like_name(sender["who"].strip()):
            return sender["who"].strip()
    return None


# A heading line that names the council or the meeting, which a notice may have among its fields.
_NAMES_MEETING = re.compile(r"\blokal[at]? bra\b|\bbrottsforebyggande\b|^(?:sammantrade|mote|moteskallelse|"
                            r"kallelse till)\b")
CASE_ASIDE = "ett andra diarienummer för hela handlingen; mötet har redan ett"
_FIELD_WORDS = {"time": "tid", "date": "datum", "meeting_date": "sammanträdesdag", "issued": "utfärdad",
                "place": "plats", "place_time": "plats och tid", "chair": "ordförande",
                "secretary": "sekreterare", "adjusters": "justerare", "adjusting": "justering",
                "paragraphs": "paragrafer"}


# 'Mona Sjö var ordförande', 'Hanna Wirén förde anteckningarna', 'Till sekreterare valdes Bo Ek', 'Ordförande var
# Bo Ek': a meeting role said in a sentence, the name and the role.
_NAME = r"[" + CAPITAL + r"][\w-]+(?:" + NAME_GAP + "[" + CAPITAL + r"][\w-]+)+"
_ROLE_SENTENCES = [
    (re.compile(rf"(?P<who>{_NAME})\s+(?:var|är|valdes\s+till|utsågs\s+till)\s+(?:mötets\s+)?(?P<role>ordförande|"
                rf"sekreterare)\b"), None),
    (re.compile(rf"(?P<who>{_NAME})\s+(?:förde|för|skrev)\s+(?:anteckningarna|protokollet|minnesanteckningarna)\b"),
     "secretary"),
    (re.compile(rf"\b(?P<role>[Oo]rdförande|[Ss]ekreterare)\s+(?:var|valdes|utsågs\s+till)\s+(?P<who>{_NAME})"), None),
    (re.compile(rf"\b[Tt]ill\s+(?P<role>ordförande|sekreterare)\s+(?:valdes|utsågs)\s+(?P<who>{_NAME})"), None),
]
# The writer's name after a slash at the end of notes, with their role or without: '/Anna-Karin Lööf, sekr.'.
_SLASH_SIGNED = re.compile(rf"^/\s*(?P<who>{_NAME})\s*(?:[,(]\s*(?P<role>[^,()]{{2,30}}?)\s*\)?)?\.?$")
# A sign-off with the first name only, as an e-mail ends: '/Rebecka', '//Rebecka', '/ Rebecka'.
_SLASH_FIRST = re.compile(r"^/{1,2}\s*[" + CAPITAL + r"][\w-]+\.?$")
# What a mail program adds under a message: 'Skickat från min iPhone', 'Skickat från Outlook för Android'.
_SENT_FROM = re.compile(r"^(?:skickat|sänt|sent)\s+(?:från|from)\s+(?:min|mitt|my|e-post|outlook|mail)\b.{0,40}$",
                        re.IGNORECASE)
# A line of a signature that tells how to reach its writer: a phone number ('Tel 0123-45 67 89', '070-123 45 67',
# 'Mobil: +46 70 …'), an e-mail address or a web address.
_REACH = re.compile(r"^(?:(?:tel|telefon|tfn|mobil|mob|växel|direkt)\.?\s*:?\s*)?\+?\d[\d \-()]{6,}$|"
                    r"[\w.-]+@[\w-]+\.\w+|\bwww\.", re.IGNORECASE)


def _sentence(text: str) -> bool:
    """Whether a line is a sentence of prose: it ends as one ('.', '!', '?') and has more than a few words."""
    return text.rstrip().endswith((".", "!", "?")) and len(text.split()) >= 4


def _when_line(text: str) -> bool:
    """Whether a line of the head says when or where the meeting is, in prose or under its date: a sentence with a
    date or a clock time ('Mötet hölls tisdagen den 24 februari 2026 klockan 9.30–11.00 i Rådhuset.'), or a line
    that opens with the time ('kl. 18–20, Kisa bibliotek')."""
    return opens_with_time(text) or (_sentence(text) and says_when(text))


def _prose_roles(s: Sections, line: str) -> bool:
    """A sentence naming the meeting's chair or secretary ('Mona Sjö var ordförande och Hanna Wirén förde
    anteckningarna.'): the roles it names, where no field gave them, and the line placed; False when the line
    names no role so."""
    text = line.strip()
    found: list[tuple[str, str]] = []
    for pattern, kind in _ROLE_SENTENCES:
        for match in pattern.finditer(text):
            role = kind or ("chair" if match.group("role").lower() == "ordförande" else "secretary")
            found.append((role, match.group("who")))
    if not found:
        return False
    for role, who in found:
        if role == "chair":
            s.chair = s.chair or who
        else:
            s.secretary = s.secretary or who
    words = {"chair": "ordförande", "secretary": "sekreterare"}
    s.ledger.placed(line, "field", None, " och ".join(dict.fromkeys(words[role] for role, _ in found)))
    return True


def _attendance_in_notes(s: Sections, line: str) -> bool:
    """A line among the items that only says who was at the meeting ('Anna Berg och Johan Ek var med.', 'Med på
    mötet var Anna Berg, Johan Ek och Lisa Ek.', read by people_prose.people_sentences): its people read as
    attendees and the line listed as unsure, never an item or its notes. Every person must be written as a name
    ('Polisen och kommunen var med.' stays in the notes). False (nothing read) for any other line."""
    text = line.strip()
    if not _sentence(text) or label_of(text) is not None:
        return False
    found = people_sentences(text, s.writer)
    if not found or not all(sentence.labelled and sentence.people for sentence in found):
        return False
    def names(part: str) -> list[str]:
        return [piece.strip() for piece in JOIN.split(part.partition(",")[0]) if piece.strip()]

    parts = [(piece, sentence.group) for sentence in found for part in sentence.people.split("; ")
             for piece in ([part] if "," in part else names(part) or [part])]  # 'Johan Ek och Lisa Ek': two
    if not all(names(part) and all(person_like(name) for name in names(part)) for part, _ in parts):
        return False
    listed = " ".join(fold(str(text)) for text, _ in s.people)
    new = [(part, group) for part, group in parts
           if any(not re.search(rf"(?<!\w){re.escape(fold(name))}(?!\w)", listed) for name in names(part))]
    s.saw("Närvarande")
    for n, (part, group) in enumerate(new):  # the first part stands for the line, the others are parts of it
        s.people.append((as_line(part, line) if n == 0 else part, group))
    if not new:  # everyone named is in the list of those present already
        s.ledger.placed(line, "heading", None, "säger vilka som var med, som redan står bland de närvarande")
    s.ledger.doubt(line, "en mening bland anteckningarna lästes som vilka som var med på mötet")
    return True


def _people_sentences(s: Sections, line: str) -> bool:
    """A line of sentences that each list people under a label ('Närvarande var A, B och C från polisen samt D.
    Frånvarande: E (KD).', read by people_prose.people_sentences): each sentence's people with its label's group,
    the line placed as their line; False (nothing read) unless every sentence of the line lists people so."""
    found = people_sentences(line, s.writer)
    if not found or not all(sentence.labelled and sentence.people for sentence in found):
        return False
    s.saw("Närvarande")
    if any(sentence.self_unnamed for sentence in found):
        s.ledger.doubt(line, "den som skrev anteckningarna räknar sig själv (”jag själv”), men inget namn på hen "
                             "finns i texten; lägg till hen som närvarande")
    elif s.writer and any(s.writer in sentence.people.split("; ") for sentence in found) and s.secretary is None:
        s.secretary = as_line(s.writer, line)  # 'samt jag själv' with the mail's sender: who wrote the notes
    # the first part stands for the source line; the others are parts of the same line, recorded with it
    s.people += [(as_line(sentence.people, line) if n == 0 else sentence.people, sentence.group)
                 for n, sentence in enumerate(found)]
    return True


# A later cell of a line that opens with a label of its own and a colon: 'Justeringsdag: 2026-03-09' after
# 'Justerare: Bo Ny', 'Sekreterare: Ida Ek' after 'Ordförande: Ann Ek'.
# A second label on a line: after a tab (a form's cells, a PDF's columns), after a sentence's end ('Tid: kl.
# 13.15–15.30. Plats: Sala stadshus') or a space, written with a capital ('Tid: 9.00 Plats: Stadshuset', 'Datum:
# 2026-03-12 Tid: 13-15').
_LATER_LABEL = re.compile(r"\t(?=[^\t:]{2,40}:)|(?<=\S)[,;]?\s+(?=[" + CAPITAL + r"][^\t:/]{1,39}[:/])")


def _later_label(line: str) -> tuple[int, int] | None:
    """Where a labelled line's second label starts ('Justerare: Bo Ny<TAB>Justeringsdag: 2026-03-09', the cells
    of a form or a PDF's columns; 'Tid: 9.00 Plats: Stadshuset' after the first label's value, never 'Time / Tid:
    10:00'): where the first label's text ends and the second label starts, or None when the line holds one
    label only."""
    if label_of(line) is None:
        return None
    return next(((m.start(), m.end()) for m in _LATER_LABEL.finditer(line) if label_of(line[m.end():]) is not None and (
        "\t" in m.group() or (label_of(line[:m.start()]) or ("", None, ""))[2])), None)


def label_parts(line: str) -> list[str]:
    """A line's labels, each with its value ('Datum: 2026-03-12 Tid: 13-15' → ['Datum: 2026-03-12', 'Tid:
    13-15'], as _later_label parts them); [line] for a line of one label or none."""
    parts = []
    while (parted := _later_label(line)) is not None:
        parts.append(line[:parted[0]].rstrip())
        line = line[parted[1]:]
    return [*parts, line]


# 'Sammanträde:' and 'Möte:' are the meeting's date only when a date follows ('Sammanträde' alone is a heading).
_MEETING_LABEL = re.compile(r"^\s*(?:sammanträde|möte)t?\b", re.IGNORECASE)
# Without a colon, a date follows at once: 'Sammanträde 2026-02-18, kl. 13.00', 'Möte den 4 mars 2026'.


# The fields whose value is one cell: a further cell on their line is another column's text ('Justerare: Bo
# Ny<TAB>2026-02-12<TAB>Rådhuset' gives the adjusting's day and place in its cells).
_ONE_CELL = ("place", "time", "chair", "secretary")


# A label the import does not know over people: 'Ersättare för kännedom: Nils Nord', 'Observatörer: Olle Ost'.
_GROUP_LABEL = re.compile(r"^\s*(?P<label>[" + CAPITAL + r"][^\W\d_]*(?:[ -][^\W\d_]+){0,3})\s*:\s*(?P<rest>\S.*)$")
# A label that opens by saying its people were away ('Frånvarande utan anmälan', 'Ej närvarande ledamöter'), folded.
_AWAY_LABEL = re.compile(r"^(?:franvarande|franvaro|(?:ej|inte)\s+narvarande|forhinder|anmalt\s+forhinder|"
                         r"aterbud)\b")
_GROUP_WORDS = {"absent": "frånvarande", "member": "ledamöter", "substitute": "ersättare", "adjunct": "adjungerade",
                "invited": "inbjudna",
                "other": "övriga närvarande"}


# The same in a protocol's label column, without a colon: 'Insynsplats   Johan Ek, kommunpolis', 'Revisorer<TAB>…'.
_COLUMN_LABEL = re.compile(r"^(?P<label>[" + CAPITAL + r"][^\W\d_]*(?:[ -][^\W\d_]+){0,2})(?:\s*\t\s*| {2,})"
                           r"(?P<rest>\S.*)$")


def unknown_group(line: str) -> tuple[str, str] | None:
    """The label and the people of a line 'Label: Name …' whose label is none the import knows and whose text opens
    with a person's name, or of such a line in a label column, the label at the margin and a wide gap or a tab
    after it (a label that is a name or an organisation, 'Polisen<TAB>Anna Ek', is none); None for any other
    line."""
    found = _GROUP_LABEL.match(line)
    if found is None:
        found = _COLUMN_LABEL.match(line.rstrip())
        label = found["label"] if found is not None else ""
        if found is not None and (looks_like_name(label) or names_org(label) or group_of(label) is not None
                                  or role_of(label) is not None):
            return None  # 'Ledamot   Nadia Haddad (V)': a group's or role's column before the names
    if found is None or label_of(line) is not None or not _names_first(found["rest"]):
        return None
    return found["label"], found["rest"].strip()


def _org_label(label: str) -> bool:
    """Whether an unknown people label is an organisation the people after it are from ('Polisen', 'Socialtjänsten',
    'Region Gävleborg', 'Fritidsgården'): each word with a capital, an organisation's word among them or one word in
    its definite form; never a name, nor a kind of people ('Observatörer', 'Gäster från skolan')."""
    words = label.split()
    if not words or len(words) > 4 or not all(w[:1].isupper() for w in words) or person_like(label):
        return False
    return names_org(label) or (len(words) == 1 and fold(label).endswith(("en", "et", "an")) and looks_like_org(label))


def _unknown_people(s: Sections, line: str, label: str, rest: str) -> tuple[str, str | None]:
    """The people under a label the import does not know, in the group its words name ('Ersättare för kännedom':
    substitutes), else among the other participants; the line marked unsure for the label."""
    words = fold(label).split()
    group = next((GROUP_WORDS[w] for w in words if w in GROUP_WORDS), None) or next(
        (GROUP_WORDS[w[:-2]] for w in words if w.endswith("na") and w[:-2] in GROUP_WORDS), None) or "other"
    if _AWAY_LABEL.match(fold(label)):  # 'Frånvarande utan anmälan': away, whatever words follow
        group = "absent"
    s.labelled = True
    s.saw("Närvarande")
    if group == "other" and _org_label(label):
        # 'Polisen: Daniel Berg, Linn Svärd': attendance grouped by organisation, each one's organisation
        s.people.append((as_line(f"{label} – {strip_bullet(rest)}", line), group))
        if not names_org(label):  # 'Polisen', 'Socialtjänsten' say it; 'Fritid' may be a group unknown here
            s.ledger.doubt(line, f"”{label}” lästes som organisationen för personerna på raden")
        return ("people", group)
    s.people.append((as_line(strip_bullet(rest), line), group))
    s.ledger.doubt(line, f"”{label}” är ingen grupp som importen känner till; personerna lästes som "
                         f"{_GROUP_WORDS[group]}")
    s.unknown_open = (label, group)
    return ("people", group)


def _names_then_sentence(text: str) -> tuple[str, str]:
    """A list of people and the sentence that runs on after it on the same line ('Anna Ahl, Bo Berg. Vi var få i
    dag.' → ('Anna Ahl, Bo Berg', 'Vi var få i dag.')); a sentence has two words or more, one of them in lower
    case, so that 'Bo Berg. Carl Ceder' stays a list. (text, '') when nothing runs on."""
    for match in SENTENCE_END.finditer(text):
        tail = text[match.end():].strip()
        words = tail.split()
        if len(words) >= 2 and any(w[:1].islower() for w in words):
            return text[:match.start()].rstrip(), tail
    return text, ""


# A people label with attendance from elsewhere in it, the names after its colon or on the lines below: 'Närvarande
# via Teams:', 'Deltog digitalt: Anna Ek', 'Via Teams:'.
_REMOTE_LABEL = re.compile(r"^\s*(?P<label>[^\W\d][^:\t]{0,40}?)?\s*(?P<how>(?:via|på)\s+\S+|digitalt|distans)"
                           r"\s*:\s*(?P<rest>.*)$", re.IGNORECASE)


def _head_line(s: Sections, line: str, people_group: tuple[str, str | None] | None
               ) -> tuple[str, str | None] | None:
    if people_group is None:
        s.unknown_open = None  # the list under a label the import does not know is over
        s.remote_open = None
    parted = _later_label(line)
    if parted is not None:  # each label with its own value: the line's fate is its first label's
        end, later = parted
        _head_line(s, as_line(line[:end].rstrip(), line), None)
        right, left, said = line[later:], label_of(line[:end]), label_of(line[later:])
        if left is not None and left[0] != "people" and said is not None and said[0] == "people" and said[2]:
            right = as_line(right, line)  # 'Frånvarande: Ulla Ek (V)' beside a field: its people are this line's
        opened = _head_line(s, right, None)
        if line[later - 1] == "\t":  # a second column: a people label there opens a list down that column
            s.right_people = opened if opened is not None and opened[0] == "people" else None
        return opened
    if _sentence(line.strip()) and _people_sentences(s, line):
        s.labelled = True
        return None
    remote = _REMOTE_LABEL.match(line)
    how = remote_in(remote["how"]) if remote is not None else None
    said = label_of(f"{remote['label']}:") if remote is not None and remote["label"] else None
    took_part = remote is not None and fold(remote["label"] or "") in ("", "deltog", "deltar", "narvarade",
                                                                        "medverkade")
    if remote is not None and how is not None and ((said is None and took_part) or
                                                   (said is not None and said[0] == "people" and not said[2])):
        # 'Närvarande via Teams:' over a list, or with its names after it: a label, the people under it there
        group = said[1] if said is not None else None
        if group in ("absent", "partial"):
            group = None
        s.labelled = True
        s.saw("Närvarande")
        s.columns = s.column_groups = s.unknown_open = None
        s.remote_open = how
        if remote["rest"].strip():
            s.remote[len(s.people)] = how
            s.people.append((as_line(strip_bullet(remote["rest"].strip()), line), group))
        else:
            s.ledger.placed(line, "heading", None, "rubrik för en lista med personer")
        return ("people", group)
    labelled = label_of(line)
    if labelled is not None and _MEETING_LABEL.match(line) and not says_when(with_iso_dates(labelled[2])):
        labelled = None  # 'Möte: Lokala Brå' names the meeting, not its day
    elif labelled is None and (meeting := _MEETING_LABEL.match(line)) and line[meeting.end():][:1].isspace() \
            and DATE_FIRST.match(line[meeting.end():]):
        labelled = ("meeting_date", None, line[meeting.end():].strip())  # 'Sammanträde 2026-02-18, kl. 13.00–15.30'
    elif labelled is None:
        labelled = role_before_name(line)  # 'Sekreterare Moa Dahl' on a line of its own
    if labelled is None and (unknown := unknown_group(line)) is not None:
        return _unknown_people(s, line, *unknown)
    two = field_beside(line) if labelled is not None and s.right_people is not None else None
    if two is not None and _names_first(two[1]):
        # 'Plats: Forum, Munkedal<TAB>Annika Holm (M)': the field, and a person of the list in the second column
        s.people.append((as_line(strip_bullet(two[1]), line), s.right_people[1] if s.right_people else None))
        labelled = label_of(two[0])
    if labelled is not None:
        s.labelled = True
        s.unknown_open = None
        s.remote_open = None
        kind, group, rest = labelled
        if kind == "people":
            s.right_people = None
            s.saw("Närvarande")
            beside = [label_of(cell) for cell in re.split(r"\t+", rest)] if rest else []
            if not rest and s.columns and people_group is not None and people_group[0] == "people":
                # 'Ersättare<TAB><TAB>' inside a table: a row naming the group of the rows below, the columns kept
                s.ledger.placed(line, "heading", None, "rubrik för en lista med personer")
                return ("people", group)
            s.columns = table_header(rest) if rest else None
            if s.columns is None and rest and "\t" in line and group is not None and \
                    not all(b is not None and b[0] == "people" for b in beside):
                # 'Ledamöter<TAB>Parti<TAB>Närvaro': the group's label heads the name column of a table
                s.columns = table_header("namn\t" + rest)
            s.column_groups = None
            if beside and all(b is not None and b[0] == "people" and not b[2] for b in beside):
                # 'Ledamöter<TAB>Ersättare': a header over two columns of people, each column its group
                s.column_groups = [group, *(b[1] for b in beside if b is not None)]
                s.ledger.placed(line, "heading", None, "rubrikrad för kolumner med personer")
                return ("people", group)
            if rest and s.columns is None:
                rest, sentence = _names_then_sentence(rest)
                if sentence:
                    s.run_on.append((line, sentence))
                s.people.append((as_line(strip_bullet(rest), line), group))
            else:
                s.ledger.placed(line, "heading", None, "rubrikrad i en närvarotabell" if rest else
                                "rubrik för en lista med personer")
            return ("people", group)
        if kind in ("chair", "secretary") and rest and people_group is not None and people_group[0] == "people" \
                and people_group[1] in (None, "member", "other") and ":" not in line[: len(line) - len(rest)]:
            # 'Närvarande ledamöter' over 'Ordförande<TAB>Jessica Andersson (S)', a column of roles beside the names
            # (with a colon, 'Sekreterare: Eva Ek' is a field of its own that ends the list; so does the role's label
            # after a list the chair or secretary is no part of: 'Anmält förhinder', 'Adjungerade')
            role = _FIELD_WORDS[kind]
            setattr(s, kind, getattr(s, kind) or as_line(rest, line))
            s.people.append((as_line(f"{strip_bullet(rest)}, {role}", line), people_group[1]))
            return people_group
        s.ledger.placed(line, "field", None, _FIELD_WORDS[kind])
        rest = as_line(rest, line)  # the field's value is its line, for a doubt about it later
        first, tab, right = rest.partition("\t")
        if tab and right.strip() and kind in _ONE_CELL:
            # 'Plats: Forum<TAB>Annika Holm (M)': a second column, no part of the field
            rest = as_line(first.strip(), line)
            s.ledger.doubt(line, f"texten i en andra kolumn, ”{' '.join(right.split())}”, lästes inte; "
                           "kontrollera den")
        if kind == "time":
            s.tid = rest
            s.saw("Tid")
        elif kind in ("date", "meeting_date", "issued"):
            s.date_lines.setdefault(kind, []).append(line)
            if kind == "date":
                s.date_text = s.date_text or rest
            elif kind == "meeting_date":
                s.meeting_date_text = s.meeting_date_text or rest
            else:
                s.issued_text = s.issued_text or rest
        elif kind == "place":
            s.plats = rest
            s.saw("Plats")
        elif kind == "place_time":
            s.place_time = rest
            s.saw("Plats")
            s.saw("Tid")
        elif kind == "chair":
            s.chair = as_line(rest, line) if rest else None  # still the source line, for a doubt about it
        elif kind == "secretary":
            s.secretary = as_line(rest, line) if rest else None
        elif kind == "adjusters":
            if rest:
                s.adjusters.append(as_line(rest, line))
            return ("adjusters", None)
        elif kind == "adjusting":
            s.adjusting = rest or None
        return None
    if blank(line):
        # A blank line ends a list of people in the plain-text export, unless a tab shows a table's cell.
        return people_group if people_group is not None and "\t" in line else None
    text = line.strip()
    if s.right_people is not None and people_group is None and line[:1].isspace() and _names_first(text):
        s.people.append((as_line(strip_bullet(text), line), s.right_people[1]))  # the second column's alone
        return None
    s.right_people = None if not line[:1].isspace() else s.right_people
    if people_group is not None and people_group[0] == "adjusters" and \
            not looks_like_name(re.sub(r"\s*\([^)]*\)", "", re.split(r"\t|,", strip_bullet(text))[0]).strip()):
        people_group = None  # no name: the list of adjusters is over
    if people_group is not None and _sentence(text) and _prose_roles(s, line):
        return None  # 'Mona Sjö var ordförande.' under the people: the list is over
    if people_group is not None:
        text = without_list_number(strip_bullet(text))  # '1. Anna-Karin Sjöberg, ordförande' in a numbered list
        if people_group[0] == "adjusters":
            s.adjusters.append(text)
            s.ledger.placed(line, "field", None, "justerare")
        elif table_header(text) is not None:
            s.columns = table_header(text)
            s.ledger.placed(line, "heading", None, "rubrikrad i en närvarotabell")
        elif s.column_groups and ("\t" in line.strip() or line[:1].isspace()):
            # a row of a 'Ledamöter<TAB>Ersättare' header's columns, the first cell empty when only the second has
            # a name; a row of one name at the left margin is the first column's alone
            s.spread[len(s.people)] = s.column_groups
            s.people.append((as_line(re.sub(r"^\s+", "\t", line.rstrip()), line), people_group[1]))
        else:
            if s.columns:  # a row of the table, its empty cells at the end stripped or not
                s.tables[len(s.people)] = s.columns
            if s.remote_open is not None:  # a person under 'Närvarande via Teams:'
                s.remote[len(s.people)] = s.remote_open
            s.people.append((as_line(text, line), people_group[1]))
            if s.unknown_open is not None:  # 'Insynsplats   Johan Ek' over '              Ahmed Yusuf'
                label, group = s.unknown_open
                s.ledger.doubt(line, f"står under ”{label}”, som är ingen grupp som importen känner till; "
                                     f"personerna lästes som {_GROUP_WORDS[group or 'other']}")
        return people_group
    if table_header(text) is not None:  # an attendance table's header row opens a list of people of its own
        s.saw("Närvarande")
        s.columns = table_header(text)
        s.ledger.placed(line, "heading", None, "rubrikrad i en närvarotabell")
        return ("people", None)
    from brå_tui.importer.numbered import case_number_of

    case = case_number_of(text)
    if case is not None and s.case_number in (None, case):
        s.case_number = case  # 'Diarienr: KS 2025/207' over the whole document: its case number, never a heading
        s.ledger.placed(line, "field", None, "diarienummer")
        return None
    if case is not None:
        s.ledger.aside(line, CASE_ASIDE)  # a second, different one: which is the document's is for the user to say
        return None
    if _when_line(text):
        s.when_lines.append(as_line(text, line))
        return None
    if _prose_roles(s, line):
        return None
    if _sentence(text):
        s.ledger.unplaced(line)  # a sentence is never a heading: what it says is for the user to place
        return None
    named = document_kind(text)
    # 'Minnesanteckningar från sammanträde 2026-05-06, kl. 08.30–10.00, Stadshuset rum 301': a longer heading that
    # says when and where
    if named is not None and s.document is None and (len(text) <= 80 or (len(text) <= 140 and
                                                                         parse_tid(text)[0] is not None)):
        s.document = named
        s.headings.append(text)
        s.ledger.placed(line, "heading", None, "rubrik")
    elif not s.labelled and len(s.headings) < 4 and len(text) <= 80:
        s.headings.append(text)
        s.ledger.placed(line, "heading", None, "rubrik")
    elif len(text) <= 80 and not text.endswith((".", ":")) and _NAMES_MEETING.search(fold(text)):
        s.ledger.placed(line, "heading", None, "rubrik")  # 'Sammanträde med Lokala Brå' among the fields
    else:
        s.ledger.unplaced(line)
    return None
