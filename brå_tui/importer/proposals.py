"""Assignments written in the prose ('X får i uppdrag att …', 'X gör en sammanställning', '… till X senast
2016-04-15'), offered as follow-ups with owner and due date. They are proposals: the import lists them and adds
them only when asked to (`bra import --proposals`), since the prose may say something else."""

from __future__ import annotations

import datetime as dt
import re

from brå_tui.importer.attendees import looks_like_name
from brå_tui.importer.decisions import strip_bullet
from brå_tui.importer.followups import fresh_id, is_known, owner_of
from brå_tui.importer.header import DUE_DAY_FORMS, MONTH_PATTERN, due_day
from brå_tui.importer.ledger import Ledger, Line
from brå_tui.importer.presenters import who_is
from brå_tui.model import FollowUp, Item, Meeting, Person
from brå_tui.text import CAPITAL, slug
from brå_tui.text import fold_line as fold

PROPOSAL_STATUS = "Förslag från importen: kontrollera"
_NAME = r"(?P<who>[" + CAPITAL + r"][\w-]+(?:\s+[" + CAPITAL + r"][\w-]*\.?)?)"
# A verb in the present tense, maybe with its particle ('skickar', 'ringer', 'ser över', 'tar in'), never 'är', 'har'
# or 'ska' on their own.
_PRESENT = r"(?!(?:är|har|ska|kan|får|var|blir)\b)[a-zåäö]{2,}(?:ar|er|år|ör)(?:\s+(?:in|ut|upp|fram|över|till))?"
# One name or two ('Maria och Göran'): the second, when there is one, in the group 'also'.
_NAMES = _NAME + r"(?:\s+och\s+(?P<also>[" + CAPITAL + r"][\w-]+(?:\s+[" + CAPITAL + r"][\w-]*\.?)?))?"
# The words of a sentence up to its end: no '.', '!' or '?' but a dot inside a number ('senast 15.5'),
_WORDS = r"(?:[^.!?]|(?<=\d)\.(?=\d)|\.(?=\s?\d))"  # nor before a number ('senast v. 17', 'kl. 13')
_PATTERNS = [
    re.compile(_NAMES + r"\s+(?:får|fick|ges|gavs)\s+(?:i\s+)?uppdrag(?:et)?\s+att\s+(?P<what>" + _WORDS + "+)"),
    re.compile(_NAMES + r"\s+(?P<verb>gör|tar fram|sammanställer|"
               r"återkommer(?:\s+(?:till|vid|på)\s+(?:nästa|kommande)\s+(?:möte|sammanträde|träff)t?)?\s+med|"
               r"undersöker|utreder|kontaktar|"
               r"tar kontakt med|bjuder in|skickar ut|ansvarar för|åtar sig|lovar|skriver till)"
               r"\s+(?P<what>" + _WORDS + "+)"),
    # "Maria och Göran ska tillsammans bjuda in skolorna …": the infinitive is the task
    re.compile(_NAMES + r"\s+ska\s+(?:tillsammans\s+|gemensamt\s+)?(?P<what>[a-zåäö]+" + _WORDS + "*)"),
    # "Rådet beslutar att uppdra åt X att …", "ger X i uppdrag att …"
    re.compile(r"\b(?:uppdra[rs]?\s+åt|ger|ge)\s+" + _NAME + r"\s+(?:i\s+uppdrag\s+)?att\s+(?P<what>" + _WORDS + "+)"),
    # English minutes: "Action: John Smith to draft a patrol plan by 2025-04-30"
    re.compile(_NAME + r"\s+(?:to|will)\s+(?P<what>" + _WORDS + "+)"),
    # Any verb with a deadline ("Birgitta Ek skickar inbjudan … senast den 20 april"), or with X named in a decision
    # ("Beslutades att Eva Lind ansöker om medel …"): the verb in the present tense, the task in the infinitive
    re.compile(_NAMES + r"\s+(?P<verb>" + _PRESENT + r")\s+"
               r"(?P<what>" + _WORDS + r"*?\b(?:senast|före|innan)\s+" + _WORDS + r"*\d" + _WORDS + "*)"),
    re.compile(r"\batt\s+" + _NAMES + r"\s+(?P<verb>" + _PRESENT + r")\s+(?P<what>" + _WORDS + "+)"),
    # A to-do entry, 'Name: task' with the task in the infinitive ('Lena Persson: skicka lägesbilden … senast 20
    # mars', 'Ola: sammanställa anmälningar'); 'Eva Ek: berättade …' reports, it gives no task
    re.compile(r"^" + _NAMES + r"\s*:\s*(?P<what>(?:[a-zåäö]+a|gå|se|ta|få|stå)\b" + _WORDS + "*)"),
]
# The box of a to-do entry before its text ('- [ ] Lena Persson: skicka …', '- [x] …').
_CHECKBOX = re.compile(r"^\[[ xX]?\]\s*")
_TICKED = re.compile(r"^\[[xX]\]")  # the box of an entry that is done


def task_text(line: str) -> str:
    """A line of notes as a task is read from it: without its bullet and its to-do box ('- [ ] Ola: ringa X' →
    'Ola: ringa X')."""
    return _CHECKBOX.sub("", strip_bullet(line))
# "Ansvarig: Lisa Ek, klart senast v. 17" after a decision or a sentence: who does what that says.
# "Ansvar: Nils Rask – lägesbild inför sommaren, till nästa möte.": who, a dash, and the task that is theirs.
_RESPONSIBLE_FOR = re.compile(r"^\W*(?:ansvarig[a]?|ansvar|vem)\s*:\s*(?P<who>[^,.;:–—]+?)\s+[–—-]\s+(?P<task>\w.*)$",
                              re.IGNORECASE)
_RESPONSIBLE = re.compile(r"^\W*(?:ansvarig[a]?|ansvar|vem)\s*:\s*(?P<who>[^,.;–]+?)\s*(?:[,.;–-]|$)", re.IGNORECASE)
# The words that open a decision, before the task it gives: "Rådet beslutade att ta fram …".
_DECIDING_WORDS = re.compile(r"^(?:\S+\s+){0,4}?(?:beslutar|beslutade|beslöt|beslutades|beslöts)\s+(?:att\s+)?",
                             re.IGNORECASE)
# A due date written in a form no reader of dates knows ('v. 17', 'vecka 14', 'före sommaren'): for the user to give.
_DUE_WORDS = re.compile(r"\b(?:(?:klart|klar)\s+)?(?:senast|klart|klar|före|innan)\s+"
                        r"(?P<when>(?:v\.|vecka|v)\s*\d{1,2}|[^,.;!?]{3,30})", re.IGNORECASE)
# "… skickas till X senast …": what comes before is the task. Matched from 'till' on, never by trying every
# start in the sentence (a long sentence would make that quadratic).
_TO_BY = re.compile(r"\s+(?:skickas\s+)?till\s+" + _NAME + r"\s+senast\s+")
_DUE = re.compile(r"\b(?:senast|till|fore|innan|by)\s+(?:den\s+)?(?=\d)")
# The due date at the end of an assignment's text, which the title leaves out: "… till 2024-11-15".
_DUE_AT_END = re.compile(rf"\s+(?:senast|till|före|innan|by)\s+(?:den\s+)?(?:{DUE_DAY_FORMS})\s*$", re.IGNORECASE)
_ANSWER = re.compile(r"\b(?:anmäl\w*\s+(?:förhinder|frånvaro|deltagande)|förhinder\s+anmäls|osa)\b", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?!\d)")  # 'kl. 13', 'v. 17': no sentence ends there


def _due(sentence: str, meeting_date: dt.date) -> dt.date | None:
    """The day after 'senast', 'till', 'före' in an assignment (header.due_day)."""
    folded = fold(sentence)
    return next((day for match in _DUE.finditer(folded)
                 if (day := due_day(folded[match.end():], meeting_date, anchored=True)) is not None), None)


def _owner(who: str, meeting: Meeting, people: list[Person]) -> str | None:
    """Whom a name in the prose stands for when it is someone the meeting or the store knows (never a guess from
    any capital): the full name of the one person at the meeting it names ('Anna' → 'Anna Hedlund', presenters.
    who_is), else as written (also a first name several at the meeting have); None for nobody."""
    name, several = who_is(who, meeting)
    if several or name != " ".join(who.split()).rstrip("."):
        return name
    return who.rstrip(".") if is_known(who, meeting, people) else None


# The verbs whose object alone says too little ('kontaktar fastighetsägaren'): the task is the verb and its object.
_INFINITIVES = {"sammanställer": "sammanställa", "undersöker": "undersöka", "utreder": "utreda",
                "kontaktar": "kontakta", "tar kontakt med": "ta kontakt med", "bjuder in": "bjuda in",
                "skickar ut": "skicka ut", "tar fram": "ta fram", "återkommer med": "återkomma med",
                "ansvarar för": "ansvara för", "åtar sig": "åta sig", "lovar": "lova", "gör": "göra",
                "skriver till": "skriva till"}


def _infinitive(verb: str) -> str | None:
    """A verb of a task in the infinitive ('kontaktar' → 'kontakta', 'skickar' → 'skicka', 'ringer' → 'ringa',
    'återkommer till nästa möte med' → 'återkomma med'); None for no verb."""
    words = verb.split()
    if not words:
        return None
    if words[0] == "återkommer":
        return "återkomma med"
    known = _INFINITIVES.get(verb)
    if known:
        return known
    first = words[0]
    stem = {"tar": "ta", "går": "gå", "ser": "se", "gör": "göra", "står": "stå"}.get(first)
    if stem is None:
        stem = first[:-1] if first.endswith("ar") else first[:-2] + "a" if first.endswith("er") else first
    return " ".join([stem, *words[1:]])


def _assignments(sentence: str) -> list[tuple[list[str], str]]:
    """(who, what) for each way the sentence may assign a task, in the order tried: who is one name or two ('Maria
    och Göran ska …')."""
    out = []
    for pattern in _PATTERNS:
        match = pattern.search(sentence)
        if match:
            verb = _infinitive(match.groupdict().get("verb") or "")
            who = [match.group("who"), *([match.group("also")] if match.groupdict().get("also") else [])]
            out.append((who, f"{verb} {match.group('what')}" if verb else match.group("what")))
    match = _TO_BY.search(sentence)
    if match and sentence[: match.start()].strip():
        out.append(([match.group("who")], sentence[: match.start()]))
    return out


# The due date anywhere in an assignment's text ('kontaktar X senast 2025-02-28 om …'): the same forms as at its end.
# It may open the task too ('Sören ska senast den 1 april skicka …' → 'senast den 1 april skicka …').
_DUE_WITHIN = re.compile(_DUE_AT_END.pattern.replace(r"\s*$", r"(?=[\s,;]|$)").replace(r"\s+", r"(?:^|\s+)", 1),
                         re.IGNORECASE)
# '… till nästa möte': due when the next meeting is; at the end of the task or opening it.
_NEXT_MEETING = re.compile(r"(?:^|\s+)(?:till|före|innan|senast\s+(?:till|vid)?)\s*(?:nästa|kommande)\s+"
                           r"(?:möte|sammanträde|träff)t?\b", re.IGNORECASE)
# A due time without a day that no date reader reads ('senast v. 17', 'till december', 'före sommaren') opening a
# task: moved after it.
_WEEK_FIRST = re.compile(r"^((?:senast|före|innan|till)\s+(?:(?:v\.|vecka|v)\s*\d{1,2}|" + MONTH_PATTERN +
                         r"|(?:sommaren|hösten|våren|vintern|julen?|årsskiftet|nyår)\b))\s+(?=\S)", re.IGNORECASE)
# The verbs that only say someone takes a task on, the task in the infinitive after 'att' ('ansvarar för att
# sammanställa …', 'lovar att skicka …'): the task is that infinitive.
_TAKES_ON = re.compile(r"^(?:ansvara\s+för|lova|åta\s+sig)\s+att\s+(?=[a-zåäö])", re.IGNORECASE)


# What is left of a due date's words at the end of a task once the date is taken out: ', klart', ' – klart till'.
_DONE_BY = re.compile(r"[\s,;–-]*(?:\b(?:klart|klar|färdigt|färdig)\b(?:\s+(?:senast|till))?)?[\s,;–-]*$",
                      re.IGNORECASE)


def next_meeting_day(meeting: Meeting) -> dt.date | None:
    """The day of the next meeting the minutes plan, after this one; None when they plan none."""
    return min((e.date for e in meeting.schedule if e.date > meeting.date), default=None)


def unread_due(sentence: str) -> str | None:
    """The due date an assignment writes in a form that cannot be read ('klart senast v. 17' → 'v. 17'), None when it
    writes none or one that can."""
    if _DUE.search(fold(sentence)) and _due(sentence, dt.date.min) is not None:
        return None
    found = _DUE_WORDS.search(sentence)
    if found is None or _NEXT_MEETING.match(" " + found.group(0)):
        return None
    return found.group("when").strip()


def proposal_in_text(text: str, meeting: Meeting, people: list[Person], taken: set[str],
                     anyone: bool = False) -> FollowUp | None:
    """The first follow-up a text of one or more sentences assigns (proposal_in, anyone as there), each sentence
    read with the one before it ('Rådet beslutade att ta fram en handlingsplan. Ansvarig: Lisa Ek, klart senast
    v. 17.')."""
    sentences = [x for x in _SENTENCE.split(" ".join(text.split())) if x]
    for n, sentence in enumerate(sentences):
        found = proposal_in(sentence, meeting, people, taken, sentences[n - 1] if n else "", anyone)
        if found is not None:
            return found
    return None


def task_in(text: str, meeting: Meeting, people: list[Person], taken: set[str]) -> tuple[FollowUp, list[str]]:
    """The follow-up a text is when the secretary says it is one, and what to check about it (Swedish words): the
    assignment it writes (proposal_in_text, its owners as written when nobody knows them: followups.owner_of says
    what to check), else the text itself as the task; either way the due date it gives ('senast 1 april') is the
    follow-up's and out of its title, and a due date it writes in a form that cannot be read is said. Its id is
    new among taken (which it joins)."""
    found = proposal_in_text(text, meeting, people, taken, anyone=True)
    if found is None:
        due = _due(text, meeting.date)
        if due is None and _NEXT_MEETING.search(text):
            due = next_meeting_day(meeting)
        title = _DONE_BY.sub("", _NEXT_MEETING.sub("", _DUE_WITHIN.sub("", text.strip()))).strip(" ,")
        title = (title[:1].upper() + title[1:]) or text.strip()
        fid = fresh_id(slug(title), taken)
        found = FollowUp(id=fid, title=title, due=due)
    found.status = ""
    doubts = [doubt for owner in found.owners if (doubt := owner_of(owner, meeting, people)[1])]
    unread = unread_due(text) if found.due is None else None
    return found, doubts + ([f"datumet ”{unread}” kunde inte läsas; skriv in det i uppföljningen"] if unread else [])


def _responsible(sentence: str, before: str) -> list[tuple[list[str], str]]:
    """'Ansvarig: Lisa Ek, klart senast v. 17' after 'Rådet beslutade att ta fram en handlingsplan.': (who, the
    task the sentence before it gives, without the words of its decision)."""
    own = _RESPONSIBLE_FOR.match(sentence)
    if own is not None:  # 'Ansvar: Nils Rask – lägesbild inför sommaren, till nästa möte.': the task is its own
        return [([own.group("who").strip()], own.group("task").strip().rstrip(".!?"))]
    match = _RESPONSIBLE.match(sentence)
    if match is None or not before.strip():
        return []
    task = _DECIDING_WORDS.sub("", strip_bullet(before).strip().rstrip(".!?"))
    return [([match.group("who").strip()], task)] if task else []


def _named(who: str, sentence: str) -> bool:
    """Whether who, which nobody at the meeting or in the store is, is a name all the same: a whole name ('Kim
    Lind'), or a word with a capital inside the sentence ('… att Kim ringer'); never a sentence's first word alone,
    which has its capital for opening it ('Sanera klotter …')."""
    return looks_like_name(who) or not sentence.lstrip(" -–•*").startswith(who)


def proposal_in(sentence: str, meeting: Meeting, people: list[Person], taken: set[str],
                before: str = "", anyone: bool = False) -> FollowUp | None:
    """The follow-up one sentence assigns to someone the meeting or the store knows (with anyone, to anyone it
    names, as written when nobody knows the name: _named), with its due date ('till nästa möte': the next meeting's day,
    when the minutes give it), its id new among taken (which it joins); the title is the task, the due date left
    out of it. None when the sentence assigns nothing (a notice's 'Anmäl förhinder till X senast …' asks the reader
    to answer, it gives X no task). A first name that several at the meeting have stays as written."""
    if _ANSWER.search(sentence):
        return None
    for whom, what in [*_responsible(sentence, before), *_assignments(sentence)]:
        found = [_owner(who, meeting, people) or (who.rstrip(".") if anyone and _named(who, sentence) else None)
                 for who in whom]
        owners = [owner for owner in found if owner is not None]
        if len(owners) < len(found):
            continue
        due = _due(sentence, meeting.date)
        if due is None and _NEXT_MEETING.search(sentence):
            due = next_meeting_day(meeting)
        what = _NEXT_MEETING.sub("", _DUE_WITHIN.sub("", what.strip(" ,")))
        what = _DONE_BY.sub("", what)  # 'tar fram underlag, klart senast 15/3': the ', klart' is the date's
        what = _TAKES_ON.sub("", what.strip(" ,"))
        week = _WEEK_FIRST.match(what)
        if week:  # 'senast v. 17 ringa polisen': the task first, the week it is due (unread, reported) after it
            what = f"{what[week.end():]} {week.group(1)}"
        title = (what[:1].upper() + what[1:])[:90]
        fid = fresh_id(slug(title), taken)
        return FollowUp(id=fid, title=title, status=PROPOSAL_STATUS, owners=owners, due=due)
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


def _task_line(text: str, starts: list[int], begin: int, end: int, found: FollowUp, meeting: Meeting,
               people: list[Person]) -> int:
    """Which line of a run (starts: where each begins in text) holds the task of a sentence from begin to end that
    runs over several lines: the last line from whose start the sentence still gives the same task ('Kamera-
    övervakning vid stationen' / 'Pontus Grahn får i uppdrag …': the second), else the line the sentence starts on."""
    first = max(n for n, start in enumerate(starts) if start <= begin)
    for n in range(len(starts) - 1, first, -1):
        if starts[n] < end:
            again = proposal_in(text[starts[n]:end].strip(), meeting, people, set())
            if again is not None and again.title == found.title and again.owners == found.owners:
                return n
    return first


def _decided(item: Item) -> str:
    """What the item decided, for a responsibility line that opens a run of its lines ('Ansvarig: Ahmed Ek' under
    'Rådet beslutar att genomföra …') to name the task of: its first decision."""
    return item.decisions[0].text if item.decisions else ""


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
                text += " ".join(task_text(line).split()) + " "
            bounds = [0, *(m.end() for m in _SENTENCE.finditer(text))]
            previous = ""
            for begin, end in zip(bounds, [*bounds[1:], len(text)], strict=True):
                sentence = text[begin:end].strip()
                found = proposal_in(sentence, meeting, people, used, previous or _decided(item))
                previous = sentence
                if found is None:
                    continue
                out.append(found)
                line = run[_task_line(text, starts, begin, end, found, meeting, people)]
                if _TICKED.match(strip_bullet(line)):
                    found.state = "done"  # '- [x] Petra Lund: boka lokal': a to-do entry ticked off
                unread = unread_due(sentence) if found.due is None else None
                ledger.doubt(line, "föreslås som uppföljning: " + found.title + " – " + ", ".join(found.owners)
                             + (f", senast {found.due.isoformat()}" if found.due else "")
                             + (f"; datumet ”{unread}” kunde inte läsas" if unread else ""))
                for owner in found.owners:  # 'Anna' when Anna Ek and Anna Ny were there: nothing chooses
                    doubt = owner_of(owner, meeting, people)[1]
                    if doubt:
                        ledger.doubt(line, doubt)
    return out
