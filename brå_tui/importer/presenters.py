"""Who presented an item: 'X informerar …', 'X, polis, redogör …', 'X från Y deltar …', matched to the attendees."""

from __future__ import annotations

import re

from brå_tui.importer.attendees import is_title, names_org, person_like, title_first, without_nickname
from brå_tui.importer.labels import label_of
from brå_tui.importer.ledger import Ledger
from brå_tui.model import Attendee, Item, Meeting
from brå_tui.text import CAPITAL, listed
from brå_tui.text import fold_line as fold

# A presenting verb; one that says someone did not ('deltog inte', 'redovisar ej'), or that someone took part in
# deciding, not in presenting ('deltar inte i beslutet', 'deltog i handläggningen': a conflict of interest), names
# no presenter.
VERBS = re.compile(r"\b(?:informerar|informerade|redogör|redogjorde|redovisar|redovisade|presenterar|presenterade|"
                   r"berättar|berättade|föredrar|deltar|deltog|inleder)\b"
                   r"(?!\s+(?:inte|ej|icke|aldrig)\b|\s+i\s+(?:beslut|handläggning|behandling|överläggning)\w*)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
MAX_SUBJECT = 150


def written_forms(attendee: Attendee) -> list[str]:
    """How the notes may write an attendee: the full name, or first name and surname initial."""
    parts = attendee.name.split()
    forms = [attendee.name]
    if len(parts) >= 2:
        forms.append(f"{parts[0]} {parts[-1][0]}")
    return forms


def namesakes(written: str, attendees: list[Attendee]) -> list[Attendee]:
    """The attendees a name as written may be: those it is the full name or written form of ('Anna Hedlund',
    'Anna H'), else, for a first name alone ('Anna'), everyone with that first name (one, or several to choose
    among)."""
    key = " ".join(fold(written).rstrip(".").split())
    full = [a for a in attendees if any(key == fold(form) for form in written_forms(a))]
    if full or " " in key:
        return full
    return [a for a in attendees if a.name.split() and fold(a.name.split()[0]) == key]


def first_namesakes(attendees: list[Attendee]) -> dict[str, list[Attendee]]:
    """namesakes(first, attendees) for each attendee's first name as written, found in one pass over the attendees
    (not one pass per name, which grows with the square of a long list of people)."""
    whole: dict[str, list[Attendee]] = {}
    by_first: dict[str, list[Attendee]] = {}
    for attendee in attendees:
        words = attendee.name.split()
        if words:
            by_first.setdefault(fold(words[0]), []).append(attendee)
            if len(words) == 1:
                whole.setdefault(fold(attendee.name), []).append(attendee)
    out: dict[str, list[Attendee]] = {}
    for attendee in attendees:
        if attendee.name.split():
            first = attendee.name.split()[0]
            key = fold(first).rstrip(".")
            out[first] = whole.get(key) or by_first.get(key, [])
    return out


# A role for a name ('Ordföranden' in an agenda's presenter column): the meeting's role it stands for.
ROLE_NOUNS = {"ordforanden": "chair", "ordforande": "chair", "ordf": "chair", "sekreteraren": "secretary",
               "sekreterare": "secretary"}


def who_is(written: str, meeting: Meeting) -> tuple[str, list[str]]:
    """The person a name as written in the prose or an agenda stands for, by the people at the meeting: the full
    name for a first name only one of them has ('Anna' → 'Anna Hedlund'), for a name after a title ('Kommunpolis
    Alva Rask' → 'Alva Rask') and for a role ('Ordföranden' → the chair); else as written, without a title before
    the name (attendees.title_first: 'Kommunpolis Mats Orre' → 'Mats Orre'). Also the names it may
    be when several have it (['Anna Ek', 'Anna Ny'] for 'Anna'), which nothing here chooses among."""
    text = " ".join(written.split()).rstrip(".")
    role = ROLE_NOUNS.get(fold(text))
    if role is not None:
        names = meeting.chair_names() if role == "chair" else meeting.secretary_names()
        return (names[0], []) if len(names) == 1 else (text, names)
    words = text.split()
    for k in range(len(words)):
        if k and not is_title(" ".join(words[:k])):
            continue  # 'Kommunpolis Alva Rask': only a title may stand before the name
        # the same person listed twice (in the present and the absent both) is one person, named once
        names = list({fold(a.name): a.name for a in namesakes(" ".join(words[k:]), meeting.attendees)}.values())
        if len(names) == 1:
            return names[0], []
        if len(names) > 1:
            return text, names
    return title_first(text)[1], []


def name_presenters(meeting: Meeting, ledger: Ledger) -> None:
    """Each item's presenters by the people at the meeting (who_is): 'Kommunpolis Alva Rask' is Alva Rask, and
    'Ordföranden' the chair; a first name several have stays as written, its item's line marked unsure in ledger,
    and so does a line of an item whose prose gives such a first name as a presenter ('Anna redovisade …' when Anna
    Ek and Anna Ny were there: shared_presenters), which presenters_in could not take."""
    doubts: list[tuple[object, str]] = []
    for item in [*meeting.items, *meeting.other]:
        named: list[str] = []
        for written in item.presenters:
            name, several = who_is(written, meeting)
            if several:
                doubts.append((item, f"föredragande ”{written}” kan vara {listed(several, ' eller ')}"))
            if name not in named:
                named.append(name)
        item.presenters = named
    ledger.doubts_about(doubts)
    for no, fate in sorted(ledger.fates.items()):
        if fate.what in ("note", "item") and isinstance(fate.place, Item):
            for first, several in shared_presenters(ledger.lines[no], meeting.attendees):
                if not any(name in fate.place.presenters for name in several):
                    ledger.doubt(ledger.lines[no], f"föredragande ”{first}” kan vara {listed(several, ' eller ')}")


def _sentences(text: str) -> list[str]:
    """The sentences of a text, each on one line with single spaces, a nickname in quotes left out of a name
    ('Johan "Jocke" Eriksson informerar …' → 'Johan Eriksson informerar …', as the attendee is named)."""
    return [s for line in text.split("\n") for s in _SENTENCE_END.split(" ".join(without_nickname(line).split()))]


def _subject(sentence: str) -> str | None:
    """What stands before a presenting verb in a sentence (its subject, not too long), or None without one."""
    verb = VERBS.search(sentence)
    return sentence[: verb.start()] if verb is not None and verb.start() <= MAX_SUBJECT else None


def _whole(form: str) -> str:
    """A pattern for a name as written, standing as whole words."""
    return rf"(?<![\w-]){re.escape(form)}(?![\w-])"


def shared_presenters(text: str, attendees: list[Attendee]) -> list[tuple[str, list[str]]]:
    """The first names several attendees share, written alone as the subject of a presenting verb ('Anna redovisade
    läget' when Anna Ek and Anna Ny were there), each with the full names it may be; a first name followed by its
    surname (or the surname's initial) chooses and is not listed."""
    out: list[tuple[str, list[str]]] = []
    sakes: dict[str, list[Attendee]] | None = None  # read once a sentence has a subject
    for sentence in _sentences(text):
        subject = _subject(sentence)
        if subject is None:
            continue
        sakes = sakes if sakes is not None else first_namesakes(attendees)
        for first in sorted(sakes):
            several = sakes[first]
            if len(several) < 2 or any(first == f for f, _ in out):
                continue
            forms = [form for a in several for form in written_forms(a)]
            for match in re.finditer(_whole(first), subject):
                here = subject[match.start():]
                if not any(re.match(rf"{re.escape(form)}(?![\w-])", here) for form in forms):
                    out.append((first, [a.name for a in several]))
                    break
    return out


def presenters_in(text: str, attendees: list[Attendee]) -> list[str]:
    """The attendees named as the subject of a presenting verb, as written (a first name that only one of them has
    as their full name: 'Göran redovisade läget'), in order of mention."""
    found: list[tuple[int, str]] = []
    seen: set[str] = set()
    offset = 0
    sentences = _sentences(text)
    alone: set[str] | None = None  # the first names only one has, read once a sentence has a subject
    for sentence in sentences:
        subject = _subject(sentence)
        if subject is not None:
            alone = alone if alone is not None else {f for f, sakes in first_namesakes(attendees).items()
                                                     if len(sakes) == 1}
            for attendee in attendees:
                if attendee.name in seen:
                    continue
                first = attendee.name.split()[0] if attendee.name.split() else ""
                own = [first] if first in alone else []
                for form in [*written_forms(attendee), *own]:
                    match = re.search(_whole(form), subject)
                    if match:
                        found.append((offset + match.start(), attendee.name if form in own else form))
                        seen.add(attendee.name)
                        break
        offset += len(sentence) + 1
    return [name for _, name in sorted(found)]


def split_title(line: str, attendees: list[Attendee]) -> tuple[str, list[str]]:
    """A heading that also names its presenter ('Insatser Gamla Byn AB. Sven-Olof Kvist, …, informerar')
    as the title and the presenters; other headings as they are."""
    for match in re.finditer(r"\.\s+|\s+[–—-]\s+", line):
        rest = line[match.end():]
        names = presenters_in(rest, attendees)
        if names:
            return line[: match.start()].strip(), names
    return line.strip(), []


def topic_title(paragraph: str, limit: int = 60) -> str:
    """A title for an untitled paragraph: what its presenter informs about, else its opening words."""
    text = " ".join(paragraph.split())
    first = _SENTENCE_END.split(text)[0].rstrip(".!?")
    match = re.search(r"\b(?:(?:informerar|redogör|berättar|presenterar)\s+(?:om|för)|"
                      r"(?:tar|tog)\s+upp\s+(?:att|om|frågan om)|(?:lyfter|lyfte)(?:\s+fram)?\s+(?:att|om))\s+"
                      r"(?:att\s+|arbetet med\s+|läget (?:för|inom)\s+)?(.+)$", first)
    topic = match.group(1) if match else first
    if len(topic) > limit:
        topic = topic[:limit].rsplit(" ", 1)[0] + " …"
    return topic[:1].upper() + topic[1:]


# The longest title an item has (README: a sentence gives a title of at most 60 characters).
TITLE_LIMIT = 60


# A topic before a colon and what is said of it after, as e-mailed summaries write an item: 'Polisen: Anders
# berättade om ökad narkotikaförsäljning vid busstationen.' The topic is a title of at most four words, the text a
# sentence of three words or more, opening with a capital and ending as a sentence ends; the whole longer than a
# title ('Trygghetsvandring: Datum är bestämt.' is a title as written). Before the colon the label may be a person
# (labelled): an attendee or a name as written, who presents what the text says ('Zoë: Halloween – fältarna är ute
# 31/10.', 'Anna: berättar att …'), never its topic.
_TOPIC_FIRST = re.compile(r"^(?P<topic>[" + CAPITAL + r"][^:.!?\t]{0,39}?)\s*:\s+(?P<text>\S[^\t]*[.!?])$")


# The same where the text need not end as a sentence ends, as a numbered title writes it ('Anna Berg: berättar om
# läget i centrum', 'Polisen: Inbrotten har ökat'): read only for a person or an organisation before the colon.
_LABEL_FIRST = re.compile(r"^(?P<topic>[" + CAPITAL + r"][^:.!?\t]{0,39}?)\s*:\s+(?P<text>\S[^\t]*?)\.?$")


# The same with a dash between them, the text running on as the sentence it is: 'Trygghetsvandring – vi gick runt i
# centrum och såg …'. Within a title's length the text runs on in lower case and ends as a sentence ends ('.', '!',
# '?', '…'): 'Budget – uppföljning' and 'Belysningen – Britt-Marie tar upp.' are titles as written. An attendee may
# speak after a dash too ('Anna – berättar att …').
_TOPIC_DASH = re.compile(r"^(?P<topic>[" + CAPITAL + r"][^:.!?\t–—]{0,39}?)\s+[–—-]\s+(?P<text>[^\W\d_][^\t]*)$")


# The verbs with which an attendee written before a colon or dash speaks ('Anna: berättar att …'), in lower case,
# the title then what she tells of; after a colon a person presents whatever follows ('Birgitta Ström: skolan önskar
# besök …': the school's wish, said as her line, titled by the line).
_SPEAKS = re.compile(r"^(?:berättar|berättade|informerar|informerade|redogör|redogjorde|redovisar|redovisade|"
                     r"presenterar|presenterade|rapporterar|rapporterade|meddelar|meddelade|tar\s+upp|tog\s+upp|"
                     r"lyfter|lyfte|visar|visade|undrar|undrade|frågar|frågade|föreslår|föreslog|säger|sa|sade|"
                     r"påminner|påminde|beskriver|beskrev|återkopplar|återkopplade)\b")


# Someone named reporting, as the text after a topic and a colon opens: 'Amir berättade om …', 'Anna Ek redovisade …'.
_REPORTS = re.compile(r"^[" + CAPITAL + r"]\w+(?:\s+[" + CAPITAL + r"]\w+){0,2}\s+" + _SPEAKS.pattern[1:])


def _speaker(label: str, attendees: list[Attendee]) -> str | None:
    """The attendee a label names (the full name, a written form 'Anna E', or a first name only one has)."""
    for attendee in attendees:
        if label in written_forms(attendee):
            return attendee.name
    alone = [a.name for a in attendees if a.name.split()[:1] == [label]]
    return alone[0] if len(alone) == 1 else None


def _topic_reading(found: re.Match[str], whole: str, colon: bool) -> bool:
    """Whether a label and its text read as a topic and what is said of it, not as a title as written."""
    said = found["text"]
    if len(said.split()) < 3:
        return False
    if colon and _REPORTS.match(said):  # 'Fältgruppen: Amir berättade om …': someone reports on the topic
        return True
    if colon:
        return len(whole) > TITLE_LIMIT and said[:1].isupper()
    return len(whole) > TITLE_LIMIT or (said[:1].islower() and said.endswith((".", "!", "?", "…")))


def _person_label(label: str, attendees: list[Attendee]) -> str | None:
    """The person a label before a colon or dash names: an attendee (_speaker), else the label itself when it is
    shaped as a person's name ('Anna Berg', no organisation's word) and no heading label ('Nästa Möte'); None for a
    topic or an organisation ('Polisen', 'Trygghetsvandring')."""
    label = without_nickname(label)  # 'Johan "Jocke" Eriksson' is Johan Eriksson, as the list of people reads him
    speaker = _speaker(label, attendees)
    if speaker is not None:
        return speaker
    return label if person_like(label) and label_of(f"{label}:") is None else None


def labelled(text: str, attendees: list[Attendee] | None = None) -> tuple[str, str, str | None] | None:
    """The one reader of a line written 'Label: sentence' or 'Label – sentence': (topic, text, None) for a topic
    ('Nattvandring: Fredrik Öhman tar upp att …', 'Trygghetsvandring – vi gick runt i centrum …'), (title, text,
    name) when the label is a person who speaks, an attendee of attendees or a name as written ('Anna: berättar att
    kameran är trasig.' → the attendee Anna Ek presents it, the title what she tells of, 'Kameran är trasig':
    topic_title; 'Anna Berg: Inbrotten har ökat' → the title 'Inbrotten har ökat', Anna Berg presents it): a person
    is never the topic, and the text is then the line as written. An organisation before a colon with a sentence
    of a title's length after it ('Polisen: Inbrotten har ökat') gives the sentence as the title, the line as written
    as the text; with a longer sentence the organisation is the topic ('Polisen: Anders berättade om …'); else
    None."""
    whole = " ".join(text.split())
    cells = "\t" in text.strip()  # an agenda table's row ('Lägesbild<TAB>Kim Frost<TAB>Beslut: …'): no label
    for pattern, colon in ((_TOPIC_FIRST, True), (_TOPIC_DASH, False)):
        found = pattern.match(whole) or (_LABEL_FIRST.match(whole) if colon and not cells else None)
        if found is None or len(found["topic"].split()) > 4:
            continue
        label, said = found["topic"], found["text"]
        speaker = _speaker(label, attendees or []) if cells else _person_label(label, attendees or [])
        verb = _SPEAKS.match(said)
        if speaker is not None and len(said.split()) >= 2 and verb:  # 'Anna: berättar att …'
            # what she tells of: 'berättar om att kameran …', 'redovisar sommarens fältarbete'
            told = re.sub(r"^(?:(?:att|om|kring|för)\s+)+", "", said[verb.end():].strip())
            return topic_title(told if told.strip(" .!?") else f"{label} {said}"), whole, speaker
        if speaker is not None and colon:  # 'Anna Berg: Inbrotten har ökat', 'Bo Ek: skolan önskar besök'
            return topic_title(said), whole, speaker
        if speaker is None and colon and not cells and len(whole) <= TITLE_LIMIT and names_org(label) and \
                len(said.split()) >= 2 and said[:1].isupper():  # 'Polisen: Inbrotten har ökat'
            return topic_title(said), whole, None
        if found.re is not _LABEL_FIRST and _topic_reading(found, whole, colon):
            return label, said, None
    return None


def topic_first(text: str) -> tuple[str, str] | None:
    """The topic and the text of a line written 'Topic: sentence' ('Nattvandring: Fredrik Öhman tar upp att …' →
    ('Nattvandring', 'Fredrik Öhman tar upp att …')) or 'Topic – sentence' ('Trygghetsvandring – vi gick runt i
    centrum …' → ('Trygghetsvandring', 'vi gick runt i centrum …')), else None (labelled, without a speaker)."""
    found = labelled(text)
    return None if found is None else (found[0], found[1])


def _sentence_goes_on(title: str, notes: str) -> tuple[str, str]:
    """A sentence written where a title stands that goes on in the notes' first lines, as an e-mail or Word wraps it
    ('Polisen: Peter berättade att det varit lugnt i centrum men att det blivit fler' / 'mopedbränder vid
    Hagaskolan.'): the whole sentence, its lines joined with a space, and the notes without them. A title that ends
    as a sentence or a heading ends, that is no sentence (a title's length and no 'Topic: sentence' shape), or whose
    notes open in a capital or a new paragraph, is as written."""
    found = _LABEL_FIRST.match(title)
    sentence = len(title) > TITLE_LIMIT or (found is not None and len(found["text"].split()) >= 3)
    lines = notes.split("\n")
    joined = 0
    while sentence and joined < min(3, len(lines)) and not title.endswith((".", "!", "?", "…", ":", ";")) and \
            lines[joined][:1].islower():
        title, joined = f"{title} {lines[joined].strip()}", joined + 1
    rest = "\n".join(lines[joined:])
    return title, "" if not rest.strip() else rest.lstrip("\n") if joined else notes


def short_title(item: Item) -> None:
    """An item whose title is a sentence longer than TITLE_LIMIT ('Anna Ek undrar om kommunen kan sätta upp fler
    kameror vid busstationen i centrum') given a short title, its first clause when that is a title's length, else
    its topic or opening words (topic_title), and the whole sentence kept first in its notes. A title written
    'Topic: sentence' or 'Name: sentence' (labelled) gets the topic as its title and the sentence first in its
    notes, the person named its presenter."""
    whole, item.notes = _sentence_goes_on(" ".join(item.title.split()), item.notes)
    if len(whole) <= TITLE_LIMIT:
        return
    topic = labelled(whole)
    if topic is not None:
        item.title = topic[0]
        item.notes = topic[1] + "\n" + ("\n" + item.notes if item.notes.strip() else "")
        if topic[2] is not None and topic[2] not in item.presenters:
            item.presenters.append(topic[2])  # 'Anna Berg: Inbrotten har ökat i centrum under …': she presents it
        return
    clause = re.split(r"[,;:]\s|\s[–—]\s", whole)[0].rstrip(".")
    item.title = clause if 20 <= len(clause) <= TITLE_LIMIT else topic_title(whole, TITLE_LIMIT - 2)
    item.notes = whole + "\n" + ("\n" + item.notes if item.notes.strip() else "")
