"""Review before saving: every source line beside what it became, and moving a line to another field.

What a line became is found from the meeting the import built (and what it set aside or could not
place), by the line's text; a line found nowhere says so. Moving a line takes its text out of where it
is and puts it where the secretary says: attendee, absent, item, decision, follow-up, notes, ignore.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rich.table import Table
from rich.text import Text

from brå_tui.importer.attendees import parse_people
from brå_tui.importer.report import UNPLACED_TITLE, ImportResult
from brå_tui.importer.sections import label_of
from brå_tui.model import Decision, FollowUp, Item, Person
from brå_tui.text import MONTHS, fold, slug

# Where a line can be moved, with the key that moves it there (letters only: they arrive everywhere).
TARGETS: dict[str, str] = {"n": "närvarande", "f": "frånvarande", "a": "ärende", "b": "beslut", "u": "uppföljning",
                           "t": "anteckning", "i": "ignorera"}


@dataclass
class Row:
    """One source line and what it became (a short Swedish phrase)."""

    number: int  # 1-based line number in the source as read
    text: str
    became: str


def _norm(text: str) -> str:
    return " ".join(fold(text).split())


def _contains(haystack: str, needle: str) -> bool:
    return bool(needle) and needle in _norm(haystack)


def became(result: ImportResult, text: str, current: Item | None = None) -> str:
    """What one source line became in the result, in words; 'INTE PLACERAD' or 'ingenting' when nowhere.

    current is the item whose title stands above the line, for the lines that belong to it by place
    (a time, a presenter, a case number).
    """
    m = result.meeting
    key = _norm(text)
    if not key:
        return ""
    for line, reason in result.set_aside:
        if _norm(line) == key:
            return f"åt sidan: {reason}"
    if any(_norm(u) == key or key in _norm(u) for u in result.unplaced):
        return "INTE PLACERAD (övriga frågor)"
    if key in {_norm(h) for h in result.headings}:
        return "rubrik"
    labelled = label_of(text)
    if labelled is not None:
        if labelled[0] != "people" or not labelled[2]:
            return _LABEL_WORDS.get(labelled[0], "rubrik")
        key = _norm(labelled[2])
    sentence = text.rstrip().endswith((".", "!", "?")) and len(key) > 40
    if not sentence:
        for a in m.attendees:
            if key.startswith(_norm(a.name)):
                return ("frånvarande: " if a.absent else "närvarande: ") + a.name
    for item in [*m.items, *m.other]:
        title = _norm(item.title)
        if key == title or re.fullmatch(r"(?:§\s*)?\d{1,4}[.)]?\s*" + re.escape(title) + r".*", key):
            return f"ärende {_label(item)}"
    if m.schedule and re.match(r"^\w+dag(?:ar|en)?\b.*\d", key) and not re.search(r"\d{4}", key):
        return "tidplan: tiden för datumen nedan"
    where = [current] if current is not None else []
    for item in [*where, *m.items, *m.other]:
        if any(key in _norm(d.text) or _norm(d.text) in key for d in item.decisions):
            return f"beslut i {_label(item)}"
        if _contains(item.notes, key):
            return f"anteckning i {_label(item)}"
    for item in where:
        if item.case_number and _norm(item.case_number) in key:
            return f"diarienummer i {_label(item)}"
        if item.presenters and any(_norm(p) in key for p in item.presenters) and len(key) < 60:
            return f"föredragande i {_label(item)}"
        if item.start is not None and re.search(r"\d{1,2}[.:]\d{2}", text) and len(key) < 30:
            return f"tid i {_label(item)}"
    for f in m.followups:
        if _norm(f.title) in key:
            return f"uppföljning: {f.title}"
    for entry in m.schedule:
        if entry.date.isoformat() in key or (re.search(rf"\b{entry.date.day}\b", key)
                                             and _norm(MONTHS[entry.date.month - 1]) in key):
            return f"tidplan: {entry.date.isoformat()}"
    return "ingenting (rubrik)"


def _label(item: Item) -> str:
    return f"{item.number} {item.title}" if item.number else item.title


_LABEL_WORDS = {"time": "tid och plats", "date": "tid och plats", "place": "tid och plats",
                "place_time": "tid och plats", "chair": "ordförande", "secretary": "sekreterare",
                "adjusters": "justerare", "adjusting": "justering", "people": "rubrik för en lista med personer"}


def rows(result: ImportResult) -> list[Row]:
    """Every non-blank source line with what it became, in the source's order."""
    out = []
    current: Item | None = None
    seen_aside: dict[str, int] = {}
    for n, line in enumerate(result.lines, start=1):
        if not line.strip():
            continue
        what = became(result, line, current)
        if what.startswith("åt sidan"):
            # A line set aside once (an agenda before the items) may stand again as the item itself.
            key = _norm(line)
            seen_aside[key] = seen_aside.get(key, 0) + 1
            if seen_aside[key] > sum(1 for text, _ in result.set_aside if _norm(text) == key):
                what = became(_without_aside(result), line, current)
        if what.startswith("ärende "):
            current = next((i for i in [*result.meeting.items, *result.meeting.other]
                            if what == f"ärende {_label(i)}"), current)
        out.append(Row(n, line.strip(), what))
    return out


def _without_aside(result: ImportResult) -> ImportResult:
    from dataclasses import replace

    return replace(result, set_aside=[])


def _take_out(result: ImportResult, row: Row, people: list[Person]) -> None:
    """Remove a line's text from where the import put it (what became() says), and only from there."""
    m = result.meeting
    text, key, what = row.text, _norm(row.text), row.became
    if what.startswith("INTE PLACERAD"):
        result.unplaced = [kept for u in result.unplaced if (kept := _without(u, text).rstrip("\n"))]
    elif what.startswith("åt sidan"):
        result.set_aside = [(line, reason) for line, reason in result.set_aside if _norm(line) != key]
    elif what.startswith(("närvarande: ", "frånvarande: ")):
        name = what.split(": ", 1)[1]
        m.attendees = [a for a in m.attendees if a.name != name]
    elif what.startswith("ärende "):
        items = m.items
        for n, item in enumerate(items):
            if what == f"ärende {_label(item)}":
                if n > 0 and (item.notes or item.decisions):
                    # Not an item after all: what stood under it belongs to the item before.
                    before = items[n - 1]
                    before.notes = "\n\n".join(x.strip("\n") for x in (before.notes, item.notes) if x.strip())
                    before.notes += "\n" if before.notes else ""
                    before.decisions = [*before.decisions, *item.decisions]
                del items[n]
                break
    elif what.startswith("beslut i "):
        for item in [*m.items, *m.other]:
            item.decisions = [d for d in item.decisions if not (_norm(d.text) in key or key in _norm(d.text))]
    elif what.startswith("anteckning i "):
        for item in [*m.items, *m.other]:
            if _contains(item.notes, key):
                item.notes = _without(item.notes, text)
                break
    elif what.startswith("uppföljning: "):
        m.followups = [f for f in m.followups if _norm(f.title) not in key]
    elif what.startswith("tidplan: 2"):
        day = what.split(": ", 1)[1]
        m.schedule = [e for e in m.schedule if e.date.isoformat() != day]
    _sync_unplaced(result)


def _without(text: str, line: str) -> str:
    kept = [x for x in text.split("\n") if _norm(x) != _norm(line)]
    out = "\n".join(kept).strip("\n")
    return out + "\n" if out.strip() else ""


def _sync_unplaced(result: ImportResult) -> None:
    """The 'Oplacerad text' other question holds exactly what is still unplaced."""
    m = result.meeting
    m.other = [o for o in m.other if o.title != UNPLACED_TITLE]
    if result.unplaced:
        m.other.append(Item(title=UNPLACED_TITLE, notes="\n\n".join(result.unplaced) + "\n"))


def _item_before(result: ImportResult, number: int) -> Item | None:
    """The item whose title stands closest above source line number."""
    m = result.meeting
    best = None
    for n, line in enumerate(result.lines[:number], start=1):
        key = _norm(line)
        for item in m.items:
            if key and key.endswith(_norm(item.title)) and n < number:
                best = item
    return best or (m.items[-1] if m.items else None)


def move(result: ImportResult, row: Row, target: str, people: list[Person]) -> str:
    """Move a source line to target (a value of TARGETS); what it is now, in words."""
    if target not in TARGETS.values():
        raise ValueError(target)
    text = row.text
    _take_out(result, row, people)
    m = result.meeting
    if target in ("närvarande", "frånvarande"):
        for attendee in parse_people(text, people):
            attendee.absent = target == "frånvarande"
            m.attendees.append(attendee)
    elif target == "ärende":
        m.items.append(Item(title=text))
    elif target in ("beslut", "anteckning"):
        item = _item_before(result, row.number)
        if item is None:
            item = Item(title=text)
            m.items.append(item)
        elif target == "beslut":
            item.decisions.append(Decision(text=text))
        else:
            item.notes = (item.notes.rstrip("\n") + "\n" if item.notes else "") + text + "\n"
    elif target == "uppföljning":
        taken = {f.id for f in m.followups}
        fid, n = slug(text), 2
        while fid in taken:
            fid, n = f"{slug(text)}-{n}", n + 1
        m.followups.append(FollowUp(id=fid, title=text))
    else:
        result.set_aside.append((text, "ignorerad vid granskningen"))
    return became(result, text)


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
