"""Assignments written in the prose ('X får i uppdrag att …', 'X gör en sammanställning', '… till X senast
2016-04-15'), offered as follow-ups with owner and due date. They are proposals: the import lists them and adds
them only when asked to (`bra import --proposals`), since the prose may say something else."""

from __future__ import annotations

import datetime as dt
import re

from brå_tui.importer.decisions import strip_bullet
from brå_tui.importer.header import DUE_DAY_FORMS, due_day
from brå_tui.importer.ledger import Ledger, Line
from brå_tui.importer.presenters import written_forms
from brå_tui.model import Attendee, FollowUp, Item, Meeting, Person
from brå_tui.text import fold, slug

PROPOSAL_STATUS = "Förslag från importen: kontrollera"
_NAME = r"(?P<who>[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]*\.?)?)"
_PATTERNS = [
    re.compile(_NAME + r"\s+(?:får|fick|ges|gavs)\s+(?:i\s+)?uppdrag(?:et)?\s+att\s+(?P<what>[^.!?]+)"),
    re.compile(_NAME + r"\s+(?P<verb>gör|tar fram|sammanställer|återkommer med|undersöker|utreder|kontaktar|"
               r"bjuder in|skickar ut|ansvarar för)\s+(?P<what>[^.!?]+)"),
    # "Rådet beslutar att uppdra åt X att …", "ger X i uppdrag att …"
    re.compile(r"\b(?:uppdra[rs]?\s+åt|ger|ge)\s+" + _NAME + r"\s+(?:i\s+uppdrag\s+)?att\s+(?P<what>[^.!?]+)"),
    # English minutes: "Action: John Smith to draft a patrol plan by 2025-04-30"
    re.compile(_NAME + r"\s+(?:to|will)\s+(?P<what>[^.!?]+)"),
]
# "… skickas till X senast …": what comes before is the task. Matched from 'till' on, never by trying every
# start in the sentence (a long sentence would make that quadratic).
_TO_BY = re.compile(r"\s+(?:skickas\s+)?till\s+" + _NAME + r"\s+senast\s+")
_DUE = re.compile(r"\b(?:senast|till|fore|innan|by)\s+(?:den\s+)?(?=\d)")
# The due date at the end of an assignment's text, which the title leaves out: "… till 2024-11-15".
_DUE_AT_END = re.compile(rf"\s+(?:senast|till|före|innan|by)\s+(?:den\s+)?(?:{DUE_DAY_FORMS})\s*$", re.IGNORECASE)
_ANSWER = re.compile(r"\b(?:anmäl\w*\s+(?:förhinder|frånvaro|deltagande)|förhinder\s+anmäls|osa)\b", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _due(sentence: str, meeting_date: dt.date) -> dt.date | None:
    """The day after 'senast', 'till', 'före' in an assignment (header.due_day)."""
    folded = fold(sentence)
    return next((day for match in _DUE.finditer(folded)
                 if (day := due_day(folded[match.end():], meeting_date, anchored=True)) is not None), None)


def _owner(who: str, attendees: list[Attendee], people: list[Person]) -> str | None:
    """The name as written when it is someone the meeting or the store knows (never a guess from any capital)."""
    known = [*attendees, *(Attendee(p.name) for p in people)]
    for attendee in known:
        forms = [*written_forms(attendee), attendee.name.split()[0]]
        if any(fold(who).rstrip(".") == fold(f) for f in forms):
            return who.rstrip(".")
    for attendee in attendees:
        if attendee.org and fold(who) == fold(attendee.org):
            return who
    return None


# The verbs whose object alone says too little ('kontaktar fastighetsägaren'): the task is the verb and its object.
_INFINITIVES = {"sammanställer": "sammanställa", "undersöker": "undersöka", "utreder": "utreda",
                "kontaktar": "kontakta", "bjuder in": "bjuda in", "skickar ut": "skicka ut"}


def _assignments(sentence: str) -> list[tuple[str, str]]:
    """(who, what) for each way the sentence may assign a task, in the order tried."""
    out = []
    for pattern in _PATTERNS:
        match = pattern.search(sentence)
        if match:
            verb = _INFINITIVES.get(match.groupdict().get("verb") or "")
            out.append((match.group("who"), f"{verb} {match.group('what')}" if verb else match.group("what")))
    match = _TO_BY.search(sentence)
    if match and sentence[: match.start()].strip():
        out.append((match.group("who"), sentence[: match.start()]))
    return out


def proposal_in(sentence: str, meeting: Meeting, people: list[Person], taken: set[str]) -> FollowUp | None:
    """The follow-up one sentence assigns to someone the meeting or the store knows, with its due date, its id
    new among taken (which it joins); None when the sentence assigns nothing (a notice's 'Anmäl förhinder till X
    senast …' asks the reader to answer, it gives X no task)."""
    if _ANSWER.search(sentence):
        return None
    for who, what in _assignments(sentence):
        owner = _owner(who, meeting.attendees, people)
        if owner is None:
            continue
        what = _DUE_AT_END.sub("", what.strip(" ,"))
        title = (what[:1].upper() + what[1:])[:90]
        fid, n = slug(title), 2
        while fid in taken:
            fid, n = f"{slug(title)}-{n}", n + 1
        taken.add(fid)
        return FollowUp(id=fid, title=title, status=PROPOSAL_STATUS, owners=[owner], due=_due(sentence, meeting.date))
    return None


def _runs(ledger: Ledger, numbers: list[int]) -> list[list[Line]]:
    """An item's notes and decisions (numbers: the indexes of the lines that went into it) as runs of source lines
    that read on from each other: a run ends at a blank line, where notes turn to decisions, and before a list
    entry ('- …', '2. …')."""
    runs: list[list[Line]] = []
    last: tuple[int, str] | None = None
    for no in numbers:
        what = ledger.fates[no].what
        if what not in ("note", "decision"):
            continue
        line = ledger.lines[no]
        listed = strip_bullet(line) != line.strip() or re.match(r"^\s*\d{1,2}[.)]\s", line)
        if last is None or last != (no - 1, what) or listed:
            runs.append([])
        runs[-1].append(line)
        last = (no, what)
    return runs


def proposals_in(meeting: Meeting, people: list[Person], taken: set[str], ledger: Ledger) -> list[FollowUp]:
    """Follow-ups proposed by the assignments in the notes and decisions of the meeting's items, in order, one per
    sentence; the line each such sentence starts on is marked unsure in ledger, naming the proposal."""
    out: list[FollowUp] = []
    used = set(taken)
    by_item: dict[int, list[int]] = {}
    for no, fate in sorted(ledger.fates.items()):
        if isinstance(fate.place, Item):
            by_item.setdefault(id(fate.place), []).append(no)
    for item in [*meeting.items, *meeting.other]:
        for run in _runs(ledger, by_item.get(id(item), [])):
            text, starts = "", []
            for line in run:
                starts.append(len(text))
                text += " ".join(strip_bullet(line).split()) + " "
            bounds = [0, *(m.end() for m in _SENTENCE.finditer(text))]
            for begin, end in zip(bounds, [*bounds[1:], len(text)], strict=True):
                found = proposal_in(text[begin:end].strip(), meeting, people, used)
                if found is None:
                    continue
                out.append(found)
                line = run[max(n for n, start in enumerate(starts) if start <= begin)]
                ledger.doubt(line, "föreslås som uppföljning: " + found.title + " – " + ", ".join(found.owners)
                             + (f", senast {found.due.isoformat()}" if found.due else ""))
    return out
