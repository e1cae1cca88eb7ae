"""Review before saving: every source line beside what it became, and moving a line to another field.

What a line became is found from the meeting the import built (and what it set aside or could not
place), in the source's order, so that of two identical lines each is found in its own place; a line found
nowhere says so. Moving a line takes it out of where it is and puts it where the secretary says: attendee,
absent, item, other question, decision, follow-up, notes, next meeting, ignore; or sets the meeting's chair,
secretary, adjusters, date, time or place from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rich.table import Table
from rich.text import Text

from brå_tui.importer.attendees import parse_people
from brå_tui.importer.decisions import beslut_heading, strip_bullet
from brå_tui.importer.header import parse_span, parse_tid
from brå_tui.importer.items import NOTHING
from brå_tui.importer.numbered import other_questions, written_start
from brå_tui.importer.proposals import proposal_in
from brå_tui.importer.report import UNPLACED_TITLE, ImportResult
from brå_tui.importer.schedule import NEXT_MEETING, is_deadline, parse_line
from brå_tui.importer.sections import label_of, section_of, signers, table_header
from brå_tui.importer.source import without_page_mark
from brå_tui.model import Decision, FollowUp, Item, Meeting, Person
from brå_tui.text import MONTHS, fold, slug

# Where a line can be moved, with the key that moves it there (letters only: they arrive everywhere). The first
# group moves the line; the second sets one of the meeting's fields from it, the line staying where it is
# (a person who chaired the meeting also attended it) unless it was placed nowhere or in the notes.
TARGETS: dict[str, str] = {"n": "närvarande", "f": "frånvarande", "a": "ärende", "v": "övrig fråga",
                           "b": "beslut", "u": "uppföljning", "t": "anteckning", "m": "nästa möte",
                           "i": "ignorera", "o": "ordförande", "s": "sekreterare", "j": "justerare", "d": "datum",
                           "k": "tid", "p": "plats"}
FIELD_TARGETS = ("ordförande", "sekreterare", "justerare", "datum", "tid", "plats")


class ReviewRefused(ValueError):
    """A line that cannot go where the secretary asked (no date in it for 'datum'); the message is Swedish."""


@dataclass
class Row:
    """One source line and what it became (a short Swedish phrase). under is the item whose title stands above
    the line, place the item, attendee or entry it became part of, nth which of the identical lines in that place
    it is: a line is found by its position in the source, never by its text alone."""

    number: int  # 1-based line number in the source as read
    text: str
    became: str
    under: Item | None = field(default=None, compare=False, repr=False)
    place: object = field(default=None, compare=False, repr=False)
    nth: int = 0


def _norm(text: str) -> str:
    return " ".join(fold(text).split())


def _contains(haystack: str, needle: str) -> bool:
    return bool(needle) and needle in _norm(haystack)


def became(result: ImportResult, text: str, current: Item | None = None, aside: int = 0) -> str:
    """What one source line became in the result, in words; 'INTE PLACERAD' or 'ingenting' when nowhere.

    current is the item whose title stands above the line, for the lines that belong to it by place
    (a time, a presenter, a case number); aside how many identical lines before it were set aside (a line
    set aside once, in an agenda before the items, may stand again as the item itself).
    """
    return _became(_Seen(result), text, current, aside)[0]


class _Seen:
    """The result's texts in the form lines are compared in, made once for all the lines of a review (comparing
    each line with every text made anew would grow with the square of the source)."""

    def __init__(self, result: ImportResult) -> None:
        m = result.meeting
        self.result = result
        self.aside: dict[str, list[str]] = {}
        placed = [_norm(result.lines[i]) for i in result.furniture if i < len(result.lines)]
        for line, reason in result.set_aside:
            key = _norm(line)
            if key in placed:  # page furniture is found by its position, not its text
                placed.remove(key)
                continue
            self.aside.setdefault(key, []).append(reason)
        self.unplaced_lines = {_norm(x) for u in result.unplaced for x in u.split("\n")}
        self.headings = {_norm(h) for h in result.headings}
        self.attendees = [(_norm(a.name), a) for a in m.attendees]
        self.items = [(_norm(i.title), i) for i in [*m.items, *m.other]]
        self.notes = {id(i): {_norm(x) for x in i.notes.split("\n")} for _, i in self.items}
        self.decisions = {id(i): [_norm(d.text) for d in i.decisions] for _, i in self.items}

    def unplaced_has(self, key: str) -> bool:
        return key in self.unplaced_lines


def _became(seen: _Seen, text: str, current: Item | None, aside: int) -> tuple[str, object]:
    result = seen.result
    m = result.meeting
    key = _norm(text)
    if not key:
        return "", None
    reasons = seen.aside.get(key, [])
    if aside < len(reasons):
        return f"åt sidan: {reasons[aside]}", None
    if seen.unplaced_has(key):
        return "INTE PLACERAD (övriga frågor)", None
    if key in seen.headings or _norm(without_page_mark(text)) in seen.headings:
        return "rubrik", None
    labelled = label_of(text)
    if labelled is not None:
        if labelled[0] != "people" or not labelled[2]:
            return _LABEL_WORDS.get(labelled[0], "rubrik"), None
        key = _norm(labelled[2])
    bare = _norm(strip_bullet(text))  # '· Karin Ljung, polisen' as the import read it
    if current is not None:  # a line below an item's title is that item's before it is anyone's name
        if any(bare in d or d in bare for d in seen.decisions.get(id(current), []) if d):
            return f"beslut i {_label(current)}", current
        if bare in seen.notes.get(id(current), set()):
            return f"anteckning i {_label(current)}", current
    sentence = text.rstrip().endswith((".", "!", "?")) and len(key) > 40
    if not sentence and current is None:
        for name, a in seen.attendees:
            if name and (key.startswith(name) or bare.startswith(name)):
                return ("frånvarande: " if a.absent else "närvarande: ") + a.name, a
    numbered = re.match(r"^(?:(?:§|punkt)\s*)?\d{1,4}[.):]?\s*", key)
    for title, item in seen.items:
        if key == title or bare.rstrip(".") == title or (numbered and key[numbered.end():].startswith(title) and title):
            return ("övrig fråga " if item in m.other else "ärende ") + _label(item), item
    if numbered and not key[numbered.end():]:  # '§ 14' alone, its title on a line below
        for _, item in seen.items:
            if item.number and _norm(item.number).rstrip(".") == key.rstrip("."):
                return ("övrig fråga " if item in m.other else "ärende ") + _label(item), item
    if other_questions(key[numbered.end():] if numbered else key):
        return "rubrik för övriga frågor", None
    if m.schedule and re.match(r"^\w+dag(?:ar|en)?\b.*\d", key) and not re.search(r"\d{4}", key):
        return "tidplan: tiden för datumen nedan", None
    where = [current] if current is not None else []
    for item in [*where, *(i for _, i in seen.items)]:
        if any(key in d or d in key for d in seen.decisions.get(id(item), [])):
            return f"beslut i {_label(item)}", item
        if key in seen.notes.get(id(item), set()):
            return f"anteckning i {_label(item)}", item
    for item in where:
        if _contains(item.notes, key):  # a line the notes hold joined with another
            return f"anteckning i {_label(item)}", item
        if item.case_number and _norm(item.case_number) in key:
            return f"diarienummer i {_label(item)}", item
        if item.presenters and any(_norm(p) in key for p in item.presenters) and len(key) < 60:
            return f"föredragande i {_label(item)}", item
        if item.start is not None and re.search(r"\d{1,2}[.:]\d{2}", text) and len(key) < 30:
            return f"tid i {_label(item)}", item
    for f in m.followups:
        if _norm(f.title) in key:
            return f"uppföljning: {f.title}", f
    for entry in m.schedule:
        if entry.date.isoformat() in key or (re.search(rf"\b{entry.date.day}\b", key)
                                             and _norm(MONTHS[entry.date.month - 1]) in key):
            return f"tidplan: {entry.date.isoformat()}", entry
    if beslut_heading(strip_bullet(text)) == "" or re.fullmatch(r"beslut(?:et)?:?", bare):
        return "rubrik för beslut", None
    part = section_of(text.strip())
    if part is not None:
        return f"rubrik för {part[0].lower()}", None
    if table_header(text.strip()) is not None:
        return "rubrikrad i en närvarotabell", None
    if NOTHING.match(strip_bullet(text)):
        return "ingenting att ta upp (”inga”)", None
    if numbered and not key[numbered.end():]:
        return "nummer utan ärende (övriga frågor)", None
    return "ingenting (rubrik)", None


def _label(item: Item) -> str:
    return f"{item.number} {item.title}" if item.number else item.title


_LABEL_WORDS = {"time": "tid och plats", "date": "tid och plats", "place": "tid och plats",
                "place_time": "tid och plats", "chair": "ordförande", "secretary": "sekreterare",
                "adjusters": "justerare", "adjusting": "justering", "people": "rubrik för en lista med personer"}


def rows(result: ImportResult) -> list[Row]:
    """Every non-blank source line with what it became, in the source's order."""
    out: list[Row] = []
    current: Item | None = None
    seen_aside: dict[str, int] = {}
    in_place: dict[tuple[int, str], int] = {}
    seen = _Seen(result)
    for n, line in enumerate(result.lines, start=1):
        if not line.strip():
            continue
        key = _norm(line)
        if n - 1 in result.furniture:
            out.append(Row(n, line.strip(), f"åt sidan: {result.furniture[n - 1]}", current, None, 0))
            continue
        what, place = _became(seen, line, current, seen_aside.get(key, 0))
        if what.startswith("åt sidan"):
            seen_aside[key] = seen_aside.get(key, 0) + 1
        if what.startswith(("ärende ", "övrig fråga ")) and isinstance(place, Item):
            current = place
        nth = in_place.get((id(place), key), 0)
        in_place[(id(place), key)] = nth + 1
        out.append(Row(n, line.strip(), what, current, place, nth))
    return out


def _take_out(result: ImportResult, row: Row) -> None:
    """Remove a line from where the import put it (the place its row names), and only from there."""
    m = result.meeting
    text, key, what, place = row.text, _norm(row.text), row.became, row.place
    if what.startswith("INTE PLACERAD"):
        result.unplaced = [kept for u in result.unplaced if (kept := _without(u, text, 0).rstrip("\n"))]
    elif what.startswith("åt sidan"):
        result.furniture.pop(row.number - 1, None)
        index = next((i for i, (line, _) in enumerate(result.set_aside) if _norm(line) == key), None)
        if index is not None:
            del result.set_aside[index]
    elif what.startswith(("närvarande: ", "frånvarande: ")):
        m.attendees = [a for a in m.attendees if a is not place]
    elif what.startswith("ärende ") and isinstance(place, Item) and place in m.items:
        n = next(i for i, item in enumerate(m.items) if item is place)
        if n > 0 and (place.notes or place.decisions):
            # Not an item after all: what stood under it belongs to the item before.
            before = m.items[n - 1]
            before.notes = "\n\n".join(x.strip("\n") for x in (before.notes, place.notes) if x.strip())
            before.notes += "\n" if before.notes else ""
            before.decisions = [*before.decisions, *place.decisions]
        del m.items[n]
    elif what.startswith("övrig fråga ") and isinstance(place, Item):
        m.other = [o for o in m.other if o is not place]
    elif what.startswith("beslut i ") and isinstance(place, Item):
        index = next((i for i, d in enumerate(place.decisions)
                      if _norm(d.text) in key or key in _norm(d.text)), None)
        if index is not None:
            del place.decisions[index]
    elif what.startswith("anteckning i ") and isinstance(place, Item):
        place.notes = _without(place.notes, text, row.nth)
    elif what.startswith("uppföljning: "):
        m.followups = [f for f in m.followups if f is not place]
    elif what.startswith("tidplan: 2"):
        m.schedule = [e for e in m.schedule if e is not place]
    _sync_unplaced(result)


def _without(text: str, line: str, nth: int) -> str:
    """text without the nth of its lines that read as line (every such line for nth 0 in unplaced text)."""
    kept, seen = [], 0
    for x in text.split("\n"):
        if _norm(x) == _norm(line):
            seen += 1
            if seen == nth + 1:
                continue
        kept.append(x)
    out = "\n".join(kept).strip("\n")
    return out + "\n" if out.strip() else ""


def _sync_unplaced(result: ImportResult) -> None:
    """The 'Oplacerad text' other question holds exactly what is still unplaced."""
    m = result.meeting
    m.other = [o for o in m.other if o.title != UNPLACED_TITLE]
    if result.unplaced:
        m.other.append(Item(title=UNPLACED_TITLE, notes="\n\n".join(result.unplaced) + "\n"))


def _value(text: str) -> str:
    """A line's text without its label ('Plats: Rådhuset' → 'Rådhuset')."""
    labelled = label_of(text)
    return labelled[2] if labelled is not None and labelled[2] else text.strip()


def _names_for(text: str, role: str, people: list[Person]) -> list[str]:
    """The names a line gives for a role ("chair", "secretary", "adjuster"): on a signature line those written
    with that role ('Gustav Ek, ordförande<TAB>Hanna Lo, justerare'), else those written with none, else the
    first person the line names; ReviewRefused when it names nobody."""
    signed = signers(_value(text))
    names = [n for n, r in signed if r == role] or [n for n, r in signed if r is None]
    if not names:
        names = [a.name for a in parse_people(strip_bullet(_value(text)), people)][:1]
    if not names:
        raise ReviewRefused("Raden anger inget namn.")
    return names


def _set_field(result: ImportResult, row: Row, target: str, people: list[Person]) -> None:
    """Set one of the meeting's fields from a line; ReviewRefused when the line does not give it."""
    m = result.meeting
    text = row.text
    if target == "ordförande":
        m.chair = _names_for(text, "chair", people)[0]
    elif target == "sekreterare":
        m.secretary = _names_for(text, "secretary", people)[0]
    elif target == "justerare":
        for name in _names_for(text, "adjuster", people):
            if name not in m.adjusters:
                m.adjusters.append(name)
    elif target == "datum":
        day = parse_tid(text)[0]
        if day is None:
            raise ReviewRefused("Raden anger inget datum (skriv det som 2024-05-16 eller 16 maj 2024).")
        m.date = day
    elif target == "tid":
        start, end = parse_span(_value(text))
        if start is None:
            raise ReviewRefused("Raden anger ingen tid (till exempel 13.00–15.30).")
        m.start, m.end = start, end if end is not None and end >= start else None
    elif target == "plats":
        m.place = _value(text)


def _field_phrase(m: Meeting, target: str) -> str:
    value = {"ordförande": m.chair, "sekreterare": m.secretary, "justerare": ", ".join(m.adjusters),
             "datum": m.date.isoformat(), "plats": m.place,
             "tid": "–".join(t.strftime("%H:%M") for t in (m.start, m.end) if t is not None)}[target]
    return f"{target}: {value}"


def move(result: ImportResult, row: Row, target: str, people: list[Person]) -> str:
    """Move a source line to target (a value of TARGETS), or set a field of the meeting from it; what it is now,
    in words. ReviewRefused (nothing changed) when the line does not give what the target needs."""
    if target not in TARGETS.values():
        raise ValueError(target)
    text = row.text
    m = result.meeting
    if target in FIELD_TARGETS:
        _set_field(result, row, target, people)
        if row.became.startswith(("INTE PLACERAD", "anteckning i ", "åt sidan: ignorerad")):
            _take_out(result, row)
        return _field_phrase(m, target)
    if target == "nästa möte":
        entry = parse_line(NEXT_MEETING.sub(r"\g<rest>", text).strip(" :"), None, m.date)
        if entry is None or is_deadline(text):
            raise ReviewRefused("Raden anger inget datum för ett möte.")
        _take_out(result, row)
        m.schedule.append(entry)
        return f"tidplan: {entry.date.isoformat()}"
    if target == "övrig fråga" and row.became.startswith("ärende ") and isinstance(row.place, Item):
        moved = row.place  # the item and what stands under it become an other question
        m.items = [i for i in m.items if i is not moved]
        m.other.insert(len([o for o in m.other if o.title != UNPLACED_TITLE]), moved)
        return f"övrig fråga {_label(moved)}"
    below = _below(result, row) if target == "ärende" else []
    _take_out(result, row)
    if target in ("närvarande", "frånvarande"):
        added = parse_people(strip_bullet(_value(text)), people)
        for attendee in added:
            attendee.absent = target == "frånvarande"
            m.attendees.append(attendee)
        if added:
            return f"{target}: " + ", ".join(a.name for a in added)
    elif target == "ärende":
        return _split_at(result, row, below)
    elif target == "övrig fråga":
        other = Item(title=strip_bullet(text))
        m.other.insert(len([o for o in m.other if o.title != UNPLACED_TITLE]), other)
        return f"övrig fråga {_label(other)}"
    elif target in ("beslut", "anteckning"):
        item = row.under if any(row.under is i for i in [*m.items, *m.other]) else \
            (m.items[-1] if m.items else None)
        if item is None:
            item = Item(title=text)
            m.items.append(item)
        elif target == "beslut":
            bare = strip_bullet(text)  # '· Beslut: Enkäten skickas' → 'Enkäten skickas'
            item.decisions.append(Decision(text=beslut_heading(bare) or bare))
            return f"beslut i {_label(item)}"
        else:
            item.notes = (item.notes.rstrip("\n") + "\n" if item.notes else "") + text + "\n"
            return f"anteckning i {_label(item)}"
    elif target == "uppföljning":
        taken = {f.id for f in m.followups}
        found = proposal_in(_ASSIGNMENT.sub("", text), m, people, taken)
        if found is None:
            title = _ASSIGNMENT.sub("", text).strip()
            fid, n = slug(title), 2
            while fid in taken:
                fid, n = f"{slug(title)}-{n}", n + 1
            found = FollowUp(id=fid, title=title)
        m.followups.append(found)
        result.proposals = [p for p in result.proposals if fold(p.title) != fold(found.title)]
        return f"uppföljning: {found.title}" + (f" – {', '.join(found.owners)}" if found.owners else "") + \
            (f", senast {found.due.isoformat()}" if found.due else "")
    else:
        result.set_aside.append((text, "ignorerad vid granskningen"))
        return "åt sidan: ignorerad vid granskningen"
    return became(result, text)


def _below(result: ImportResult, row: Row) -> list[Row]:
    """The rows after row that belong to the same item (its notes and decisions below the line), up to the next
    item's title."""
    if row.under is None:
        return []
    out = []
    for other in rows(result):
        if other.number <= row.number:
            continue
        if other.under is not row.under or other.became.startswith(("ärende ", "övrig fråga ")):
            break
        out.append(other)
    return out


def _split_at(result: ImportResult, row: Row, below: list[Row]) -> str:
    """A line made an item of its own: the item starts there, after the item it stood in, and takes the notes and
    decisions below the line from that item; a number written before the title ('3. Klotter') is its number."""
    m = result.meeting
    start = written_start(row.text)
    item = Item(title=start.title, number=start.number) if start is not None and start.title else Item(title=row.text)
    under = row.under
    if under is not None and any(under is i for i in m.items):
        for other in below:
            if other.became.startswith("anteckning i "):
                under.notes = _without(under.notes, other.text, 0)
                item.notes += other.text + "\n"
            elif other.became.startswith("beslut i "):
                taken = next((d for d in under.decisions if _norm(d.text) in _norm(other.text)
                              or _norm(other.text) in _norm(d.text)), None)
                if taken is not None:
                    under.decisions.remove(taken)
                    item.decisions.append(taken)
        m.items.insert(next(n for n, i in enumerate(m.items) if i is under) + 1, item)
    else:
        m.items.append(item)
    return f"ärende {_label(item)}"


# The label an assignment line may open with, which its follow-up's title leaves out.
_ASSIGNMENT = re.compile(r"^\s*(?:[-–•·*]\s*)?(?:uppdrag|åtgärd|att göra|action|ansvar)\s*:\s*", re.IGNORECASE)


def review_table(found: list[Row]) -> Table:
    """The source lines beside what each became, for 80 columns: number, line, what it became.
    A line placed nowhere is marked in words (INTE PLACERAD), never by colour alone."""
    table = Table(box=None, show_header=True, header_style="bold", padding=(0, 1, 0, 0), expand=True)
    table.add_column("Rad", justify="right", no_wrap=True, width=4)
    table.add_column("I källan", ratio=3, overflow="fold")
    table.add_column("Blev", ratio=2, overflow="fold")
    for row in found:
        style = "bold" if row.became.startswith("INTE") else ""
        table.add_row(str(row.number), Text(row.text), Text(row.became, style=style))
    return table
