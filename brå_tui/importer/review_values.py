"""What the review's keys take from a line: a name for a role, the place without the date and times, the people a
list or a sentence names, a follow-up's task. Each reads the value out of the line, or refuses with one Swedish
sentence saying why; none stores a whole sentence for a field that holds a name or a place."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from brå_tui.importer.attendees import (
    came_for_part,
    looks_like_name,
    name_of_someone,
    parse_people,
    remote_in,
    role_of,
    sector_of,
    short_name,
    without_list_number,
    without_reason,
)
from brå_tui.importer.build import names_and_when
from brå_tui.importer.decisions import beslut_heading, strip_bullet
from brå_tui.importer.followups import ACTION_ROW_COLUMNS, action_header, action_row, written_action
from brå_tui.importer.header import due_day, parse_span
from brå_tui.importer.labels import COLUMN_GAP, field_beside, label_of, role_before_name
from brå_tui.importer.numbered import written_start
from brå_tui.importer.people_prose import PeopleSentence, people_sentences
from brå_tui.importer.proposals import next_meeting_day, task_in, task_text
from brå_tui.importer.schedule import next_meeting_line, sentence_like, undated_next_meeting
from brå_tui.importer.sections import label_parts, role_in, signers, unknown_group
from brå_tui.importer.source import row_cells, table_row
from brå_tui.importer.when_where import place_in_text
from brå_tui.model import Attendee, FollowUp, Meeting, Person
from brå_tui.text import CAPITAL, NAME_GAP, NICKNAME_QUOTES, slug
from brå_tui.text import fold_line as fold


class ReviewRefused(ValueError):
    """A line that cannot go where the secretary asked (no date in it for 'datum'); the message is Swedish."""


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]+")
_CONTROL_BUT_TAB = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]+")


def one_line(text: str) -> str:
    """text for a field of one line: tabs and other control characters as one space, spaces run together."""
    return " ".join(_CONTROL.sub(" ", text).split())


def value(text: str) -> str:
    """A line's text without its label ('Plats: Rådhuset' → 'Rådhuset')."""
    labelled = label_of(text)
    return labelled[2] if labelled is not None and labelled[2] else text.strip()


def title_of(text: str) -> str:
    """An item's or a follow-up's title from a line: without its bullet, its number ('2.<TAB>Belysning i parken' →
    'Belysning i parken'), a 'Beslut:' before it, tabs and control characters."""
    text = strip_bullet(text)
    start = written_start(text)
    if start is not None and start.title:
        text = start.title
    return one_line(beslut_heading(text) or text)


# The words of a sentence that give a role without its noun: 'Hanna Wirén förde anteckningarna', 'Mona Sjö ledde
# mötet', 'Per Ek justerar' (compared folded).
_PROSE_ROLES = ((re.compile(r"\b(?:ledde|leder)\s+motet\b"), "chair"),
                (re.compile(r"\b(?:forde|for)\s+(?:anteckningarna|protokollet|minnesanteckningarna)\b|"
                            r"\bantecknade\b"), "secretary"),
                (re.compile(r"\bjuster(?:ar|ade|a)\b"), "adjuster"))
_ROLE_NAMES = {"chair": "ordförande", "secretary": "sekreterare", "adjuster": "justerare"}
_CLAUSE_APART = re.compile(r"\s*(?:[;,]|(?<=\w{2})\.(?=\s|$)|\s(?:och|samt)\s)\s*")
_CAPITALISED = re.compile(r"[" + CAPITAL + r"][\w-]*(?:" + NAME_GAP + "[" + CAPITAL + r"][\w-]*)+")


def _role_of_clause(clause: str) -> str | None:
    found = role_in(clause)
    if found is not None:
        return found
    folded = fold(clause)
    return next((role for pattern, role in _PROSE_ROLES if pattern.search(folded)), None)


def _names_in(clause: str) -> list[str]:
    """The names in a clause: runs of capitalised words, a role or title word before them left out ('Ordförande
    Mona Sjö' → 'Mona Sjö'), each a name by its shape."""
    out = []
    for match in _CAPITALISED.finditer(re.sub(r"\s*\([^)]*\)", "", clause)):
        words = match.group(0).split()
        while words and (role_in(words[0]) is not None or role_of(words[0]) is not None):
            words = words[1:]
        name = " ".join(words)
        if looks_like_name(name):
            out.append(name)
    return out


# What a labelled line gives, in words, for a key that wants something else ('Raden anger plats, inget namn.').
_LABEL_WORDS = {"people": "personer", "place": "plats", "place_time": "plats och tid", "time": "tid",
                "date": "datum", "meeting_date": "datum", "adjusting": "justeringen", "chair": "ordföranden",
                "secretary": "sekreteraren", "adjusters": "justerare", "issued": "utfärdandet",
                "paragraphs": "paragrafer"}
_PARTICLES = {"von", "af", "av", "de", "van", "der", "den", "la", "du", "di"}


def is_name(text: str) -> bool:
    """Whether text reads as a person's name: two to five words without digits, each capitalised but a particle
    ('von'); quote marks around a nickname ('Johan „Jocke” Malm') and a full stop after an initial allowed."""
    words = [w.strip(NICKNAME_QUOTES + "()") for w in text.split()]
    return 2 <= len(words) <= 5 and not re.search(r"\d", text) and words[0][:1].isupper() and \
        all(w[:1].isupper() or w in _PARTICLES for w in words if w)


def role_names(text: str, role: str, people: list[Person]) -> list[str]:
    """The names a line gives for a role ("chair", "secretary", "adjuster"): on a signature line those written
    with that role ('Gustav Ek, ordförande<TAB>Hanna Lo, justerare'), else those written with none; in a sentence
    the names in the clause that gives the role ('Mona Sjö var ordförande och Hanna Wirén förde anteckningarna');
    else the first person a line of people gives (all a Justerare line gives). ReviewRefused when the line names
    nobody for the role, or is labelled as something else ('Plats: …')."""
    labelled = label_of(text)
    if labelled is not None and labelled[0] not in ("people", "chair", "secretary", "adjusters"):
        raise ReviewRefused(f"Raden anger {_LABEL_WORDS.get(labelled[0], 'något annat')}, inget namn.")
    said = value(text)
    signed = [(n, r) for n, r in signers(said) if role_in(n.split()[0]) is None]  # not 'Ordförande Ann Ek'

    names = [n for n, r in signed if r == role] or [n for n, r in signed if r is None]
    if names:
        return names
    clauses = [(c, _role_of_clause(c)) for c in _CLAUSE_APART.split(one_line(strip_bullet(said))) if c]
    if any(r is not None for _, r in clauses):
        found: list[str] = []
        waiting: list[str] = []  # names before their role: 'Anna Ek och Bo Ny justerar'
        last: str | None = None
        for clause, given in clauses:
            here = _names_in(clause)
            if given is None:
                (found if last == role else waiting).extend(here)
                continue
            if given == role:
                found += waiting + here
            waiting, last = [], given
        names = list(dict.fromkeys(found))
        if not names:
            raise ReviewRefused(f"Raden anger ingen som {_ROLE_NAMES[role]}.")
        return names if role == "adjuster" else names[:1]
    listed = [a.name for a in parse_people(strip_bullet(said), people)]
    if not listed:
        raise ReviewRefused("Raden anger inget namn.")
    if not all(is_name(n) for n in listed):
        raise ReviewRefused(f"Raden är en mening som inte säger vem som är {_ROLE_NAMES[role]} (skriv till exempel "
                            f"”{_ROLE_NAMES[role].capitalize()}: Mona Sjö” eller ”Mona Sjö var {_ROLE_NAMES[role]}”).")
    return listed if labelled is not None and labelled[0] == "adjusters" else listed[:1]


def _part(text: str, kinds: tuple[str, ...]) -> str:
    """The part of a line of several labels ('Datum: 2026-03-12 Tid: 13-15 Plats: Stadshuset') whose label is the
    first of kinds it has, else its first part (the line itself when it has one label or none)."""
    parts = [(label_of(part), part) for part in label_parts(text)]
    return next((part for kind in kinds for said, part in parts if said is not None and said[0] == kind),
                parts[0][1])


def with_label(text: str) -> str:
    """text with a place's or the adjusting's label that a single space parts from its value written with a colon
    ('Justeringens plats Kommunhuset 2026-10-20' → 'Justeringens plats: Kommunhuset 2026-10-20', 'Plats Forum'), so
    that the label is read as one and never taken for a place; any other text as it is."""
    words = text.split()
    for k in range(min(4, len(words) - 1), 0, -1):
        said = label_of(" ".join(words[:k]) + ":") if label_of(text) is None else None
        if said is not None and (said[0] == "adjusting" or (said[0] in ("place", "place_time") and
                                                            words[k][:1].isupper())):
            return " ".join(words[:k]) + ": " + " ".join(words[k:])
    return text


def place_of(text: str) -> str:
    """The place a line gives, without its label, date, times and the words around them ('kl. 18–20, Kisa
    bibliotek' → 'Kisa bibliotek'; 'Mötet hölls tisdagen den 24 februari 2026 klockan 9.30–11.00 i Rådhuset,
    Vadstena.' → 'Rådhuset, Vadstena'). ReviewRefused when no place is left, or only a sentence."""
    text = with_label(_part(text, ("place", "place_time")))
    labelled = label_of(text)
    if labelled is not None and labelled[0] == "adjusting":  # the adjusting's place is never the meeting's
        raise ReviewRefused("Raden anger justeringens plats och tid, inte mötets plats.")
    if labelled is not None and labelled[0] not in ("place", "place_time", "time", "date", "meeting_date"):
        raise ReviewRefused(f"Raden anger {_LABEL_WORDS.get(labelled[0], 'något annat')}, ingen plats.")
    place = place_in_text(one_line(COLUMN_GAP.split(value(text).strip())[0]))
    if place is None or len(place.split()) > 8:
        raise ReviewRefused("Raden anger ingen plats (till exempel Rådhuset, sal 2).")
    return place


def adjusting_of(text: str, meeting_date: dt.date) -> tuple[dt.date | None, str | None]:
    """The adjusting's (justering's) day and place a line gives: after its label ('Justeringens plats och tid:
    Kommunhuset 2026-10-20', also with the label parted from its value by a space: with_label), after the adjusters'
    names ('Justerare: Jonas Mäki, 2026-02-12, Kommunhuset'), or in a sentence ('Protokollet justeras den 20 oktober
    på kommunkontoret.'); a day without a year is the next such day after the meeting (header.due_day). Either may
    be None, not both: ReviewRefused when the line gives neither, or is labelled as something else ('Plats: …', the
    meeting's)."""
    if next_meeting_line(text) or undated_next_meeting(text):
        raise ReviewRefused("Raden anger nästa möte, inte justeringen.")
    text = with_label(text)
    labelled = label_of(text)
    if labelled is not None and labelled[0] not in ("adjusting", "adjusters"):
        raise ReviewRefused(f"Raden anger {_LABEL_WORDS.get(labelled[0], 'något annat')}, inte justeringens dag "
                            "och plats.")
    said = value(text)
    if labelled is not None and labelled[0] == "adjusters":
        said = names_and_when(said)[1]  # 'Jonas Mäki, 2026-02-12, Kommunhuset': the names are no place
    said = one_line(COLUMN_GAP.sub(", ", said))
    day = due_day(said, meeting_date) if said else None
    place = place_in_text(said) if said else None
    if place is not None and (len(place.split()) > 8 or looks_like_name(place) or sentence_like(place)):
        place = None  # a sentence ('och tid', the wrapped label's second line), or the name of someone who adjusts
    if day is None and place is None:
        raise ReviewRefused("Raden anger varken dag eller plats för justeringen (till exempel ”Justeras 2026-10-20 "
                            "i Kommunhuset”).")
    return day, place


def time_of(text: str) -> tuple[dt.time, dt.time | None]:
    """Start and end a line gives; ReviewRefused when it gives no time."""
    said = value(_part(text, ("time", "place_time", "meeting_date")))
    start, end = parse_span(re.sub(r"\b\d{4}-\d{2}-\d{2}\b", " ", said))  # '2026-03-12' is no 03:00–12:00
    if start is None:
        raise ReviewRefused("Raden anger ingen tid (till exempel 13.00–15.30).")
    return start, end


# A label of the writer's own before people ('Kunde inte: Jenny Mattsson', 'Skolan: Ann Ek'), which the key replaces.
_OWN_LABEL = re.compile(r"^\s*(?:[-–•·*]\s*)?(?P<label>[^\W\d][^:\t]{0,40}?)\s*:\s*(?P<rest>\S.*)$")
# What to do with a line that gives no person, said with the refusal.
NO_PEOPLE_HELP = ("Gör den till anteckning (t) eller ignorera den (i), och lägg till personen under Närvarande i "
                  "Redigera (e) när mötet är sparat.")


def people_of(text: str, absent: bool, people: list[Person], attendees: list[Attendee] | None = None,
              as_written: bool = False) -> tuple[list[Attendee], list[str]]:
    """The people a line names, as the import reads a people line and a sentence of people
    (people_prose.people_sentences: 'Närvarande var Per Hedlund (S), Mona Sjö och Oskar Dahl från polisen samt
    Hanna Wirén. Frånvarande: Gunnar Loo (KD).'), and the names among them read as a person of their own that
    may be the person's before them organisation ('Ann Ek, Bo Ny': two people, unless people.toml or the
    attendees know 'Bo Ny' by name or first name they are listed). absent: whether the key marks the people
    absent, whatever the line's first label says; a later sentence with its own label ('Frånvarande: …') is read
    as that label says; as_written: every sentence that says who was there or away ('Vi var …', '… hade lämnat
    återbud') is read as it says, the key deciding only for the others (a sentence over several lines, read whole).
    A role's label ('Ordförande: Ann Ek') is left out. ReviewRefused when the line names
    nobody, names something that is no name (a sentence that is no list of people), or is labelled as something
    else ('Plats: …')."""
    beside = field_beside(text)
    if beside is not None and people_sentences(beside[1]):
        text = beside[1]  # 'Tid: 15:00 - 17:15<TAB>Karl Svensson (S), ordf': the people of the second column
    labelled = label_of(text)
    spaced = role_before_name(text) if labelled is None else None
    said_group = None
    if spaced is not None and spaced[0] == "people":  # 'Övriga deltagande Johan Ek, kommunpolis': a single space
        labelled, text, said_group = spaced, spaced[2], spaced[1]
    own = _OWN_LABEL.match(text)
    unknown = unknown_group(text) if labelled is None and own is None else None
    if unknown is not None:
        text = unknown[1]  # 'Insynsplats   Johan Ek, kommunpolis': a label the import does not know, no name
    from_elsewhere = None
    if labelled is not None and labelled[0] in ("chair", "secretary", "adjusters"):
        text = labelled[2]
    elif labelled is not None and labelled[0] != "people":
        raise ReviewRefused(f"Raden anger {_LABEL_WORDS.get(labelled[0], 'något annat')}, inga personer.")
    elif labelled is None and own is not None and not is_name(own.group("label")):
        text = own.group("rest")  # 'Kunde inte: Jenny Mattsson', 'Skolan: Ann Ek, Bo Ny': the key says who they are
        from_elsewhere = remote_in(own.group("label"))  # 'Närvarande via Teams:', kept with each person
    out: list[Attendee] = []
    unsure: list[str] = []
    text = _CONTROL_BUT_TAB.sub(" ", without_list_number(strip_bullet(text)))  # '1. Anna Ek, ordförande' too
    # 'Skola – Ann Ek (rektor), Bo Ny': one list of the people of one organisation, read whole (parse_people)
    sentences = [PeopleSentence(text, None, False)] if sector_of(text) else people_sentences(text)
    for n, sentence in enumerate(sentences):
        away = sentence.group == "absent" if (n or as_written) and sentence.labelled else absent
        for part in sentence.people.split(";"):
            named = parse_people(part, people)
            for attendee in named:
                # on a line of several people, what the line says of one of them stands whatever the key: 'Elin
                # Grahn kom kl. 13.40, Per Hed (KD) anmält förhinder' is Elin there in part and Per away
                attendee.absent = away if len(named) < 2 else (attendee.absent or (
                    away and not came_for_part(attendee.partial)))
                if not attendee.absent:  # 'Märta Åkerlund (C), sjuk' moved with n: there after all, and not ill
                    attendee.partial = without_reason(attendee.partial)
                if from_elsewhere and not attendee.absent:
                    attendee.partial = ", ".join(x for x in (attendee.partial, from_elsewhere) if x)
                if sentence.group not in (None, "absent"):  # 'Kallade ledamöter: …', 'Inbjudna: …'
                    attendee.group = attendee.group or sentence.group
                elif said_group not in (None, "absent", "partial"):
                    attendee.group = attendee.group or said_group
                out.append(attendee)
        unsure += [name for name in sentence.guessed
                   if not name_of_someone(name, people, attendees or [])]
    if not out:
        raise ReviewRefused(f"Raden anger inget namn. {NO_PEOPLE_HELP}")
    wrong = next((a.name for a in out if not is_name(a.name) and not short_name(a.name, people)), None)
    if wrong is not None:
        raise ReviewRefused(f"”{wrong}” ser inte ut som ett namn; raden är ingen lista med personer. {NO_PEOPLE_HELP}")
    return out, unsure


# The label an assignment line may open with, which its follow-up's title leaves out.
_ASSIGNMENT = re.compile(r"^\s*(?:[-–•·*]\s*)?(?:uppdrag|åtgärd|att göra|action|ansvar)\s*:\s*", re.IGNORECASE)


def followup_of(lines: Sequence[str], no: int, meeting: Meeting, people: list[Person],
                taken: set[str]) -> tuple[FollowUp, list[str]]:
    """The follow-up line no of lines is, and what to check about it (Swedish words): a row of an action list
    ('Byta armaturer på Larmgatan | Serviceförvaltningen | 30 april', its cells parted by '|' or tabs, the first no
    number and no label: not '2.<TAB>Belysning i parken', 'Nästa möte:<TAB>17 mars') or one parted by dashes
    ('Jenny Lönnqvist – skicka inbjudan – 12 november': followups.written_action) read as the import reads one
    (source.row_cells, followups.action_row), by the header row above it when its table has one ('Åtgärd |
    Ansvarig | Senast'), a due date 'till nästa möte' the next meeting planned (proposals.next_meeting_day);
    else the task the line writes ('att Hanna skriver ansökan senast 1 april.', proposals.task_in), without a
    label ('Uppdrag:'), bullet or number. Its id is new among taken. ReviewRefused for an action list's header
    row."""
    line = lines[no]
    cells = table_row(line)
    written = written_action(line, headed=True) if cells is None else None
    if cells is None and written is None:
        return task_in(title_of(_ASSIGNMENT.sub("", task_text(line))), meeting, people, taken)
    if cells is not None and action_header("\t".join(cells)) is not None:
        raise ReviewRefused("Raden är rubrikraden i en åtgärdslista; gör raderna under den till uppföljningar.")
    row = action_row(row_cells(line), line, _header_above(lines, no), meeting, people) if written is None else \
        action_row([written[c] for c in ACTION_ROW_COLUMNS], line, ACTION_ROW_COLUMNS, meeting, people)
    title = title_of(row.title) or title_of(line)
    title = title[:1].upper() + title[1:]
    fid, n = slug(title), 2
    while fid in taken:
        fid, n = f"{slug(title)}-{n}", n + 1
    due = next_meeting_day(meeting) if row.until_next else row.due
    return FollowUp(id=fid, title=title, status=row.status, owners=row.owners, due=due), \
        [why for _, why in row.doubts]


def _header_above(lines: Sequence[str], no: int) -> list[str] | None:
    """The parts of the columns of the action list line no stands in (action_header of its header row), from the
    rows above it that are of the same table (cells parted the same way); None when the table has no header."""
    width = len(row_cells(lines[no]))
    for k in range(no - 1, -1, -1):
        if not lines[k].strip():
            continue
        cells = row_cells(lines[k])
        if len(cells) != width:
            return None
        columns = action_header("\t".join(cells))
        if columns is not None:
            return columns
    return None
