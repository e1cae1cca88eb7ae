"""Ärenden and Övriga frågor: titles (the short lines before paragraphs), notes, presenters, decisions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from brå_tui.importer.decisions import (
    BULLETS,
    beside_decision,
    beslut_heading,
    ends_sentence,
    list_goes_on,
    make_decisions,
    opens_decision,
    sort_paragraph,
    strip_bullet,
)
from brå_tui.importer.ledger import Ledger, Line, as_line
from brå_tui.importer.numbered import case_number_of
from brå_tui.importer.presenters import labelled, presenters_in, short_title, split_title, topic_title
from brå_tui.importer.sections import blank
from brå_tui.model import Attendee, Item
from brå_tui.text import without_full_stop

MAX_TITLE = 90
PROSE_LINE = 60
# A line that says there was nothing to take up: 'Inga.', 'Inga fler frågor', 'Inga övriga frågor anmäldes',
# 'Inget att rapportera', 'Det fanns inga övriga frågor', 'Inget övrigt', 'Nothing to report'.
NOTHING = re.compile(r"^(?:(?:det\s+(?:fanns|finns)\s+)?(?:inga|inget|ingen|ingenting)"
                     r"(?:\s+(?:fler|flera|övriga|nya|ytterligare|andra))?"
                     r"(?:\s+(?:frågor|fråga|ärenden|ärende|punkter|övrigt|nytt|anmälda|anmälningar))?"
                     r"(?:\s+(?:fanns|finns|anmäldes|anmälts|har\s+anmälts|togs\s+upp|väcktes|"
                     r"att\s+(?:rapportera|ta\s+upp|anmäla|tillägga|redovisa)))?"
                     r"|none|nothing(?:\s+to\s+report)?|no\s+(?:other\s+business|further\s+questions)|n/a)[.!]?$",
                     re.IGNORECASE)


def says_nothing(line: str) -> bool:
    """Whether a line (a list entry's bullet left out) says only that there was nothing to take up."""
    return bool(NOTHING.match(strip_bullet(line).strip()))


@dataclass
class _Draft:
    title: str
    presenters: list[str] = field(default_factory=list)
    case_number: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    lines: list[tuple[str, str]] = field(default_factory=list)  # (source line, what it became in the item)
    doubts: list[tuple[str, str]] = field(default_factory=list)  # (source line, what to check of it)


def blocks(lines: list[str]) -> list[list[str]]:
    """Runs of non-blank lines, each line stripped."""
    out: list[list[str]] = [[]]
    for line in lines:
        if blank(line):
            if out[-1] and not list_goes_on(out[-1][-1]):  # 'Rådet beslutar att', a blank line, its list
                out.append([])
        else:
            out[-1].append(line.strip())
    return [b for b in out if b]


def _is_prose(line: str) -> bool:
    return len(line) >= PROSE_LINE or line.endswith((".", "!", "?"))


def is_title(block: list[str]) -> bool:
    """Whether a block opens with an item's title: a short line that is no sentence, list entry or case number,
    standing alone or followed by running prose or a decision ('Rådet beslutar' over its 'att …' clauses), maybe
    with its case number between ('Lägesbild' / 'Dnr KS 2024/123' / 'Polisen redogjorde …')."""
    first = block[0]
    if len(first) > MAX_TITLE or first.endswith((".", ":", ";", ",")) or first[:1] in BULLETS:
        return False
    if beslut_heading(first) is not None or case_number_of(first) is not None:
        return False
    rest = [line for line in block[1:] if case_number_of(line) is None]
    return not rest or _is_prose(rest[0]) or (opens_decision(rest[0]) and not opens_decision(first))


def parse_items(lines: list[str], attendees: list[Attendee], untitled_ok: bool, ledger: Ledger | None = None
                ) -> tuple[list[Item], list[str]]:
    """The items in a part of the note, and the text that belongs to none of them; ledger (when given) records
    what each line became.

    With untitled_ok, a paragraph before any title starts an item named after its topic
    (Övriga frågor are often written without headings)."""
    ledger = ledger or Ledger()
    drafts: list[_Draft] = []
    unplaced: list[str] = []
    for block in blocks(lines):
        if not drafts and len(block) == 1 and says_nothing(block[0]):  # never an item of its own; under one, its notes
            ledger.placed(block[0], "heading", None, "ingenting att ta upp (”inga”)")
            continue
        if is_title(block):
            title, named = split_title(block[0], attendees)
            drafts.append(_Draft(title=title, presenters=named, lines=[(block[0], "item")]))
            block = block[1:]
            if not block:
                continue
        if not drafts:
            if not untitled_ok:
                unplaced.append("\n".join(block))
                for line in block:
                    ledger.unplaced(line)
                continue
            words = [line for line in block if case_number_of(line) is None] or block
            topic = labelled(words[0], attendees)
            if topic is not None and topic[2] is None:  # 'Nattvandring: Fredrik Öhman tar upp att …': the topic
                block = [as_line(topic[1], line) if line is words[0] else line for line in block]  # its title
            drafts.append(_Draft(title=topic[0] if topic is not None else topic_title(" ".join(words)),
                                 presenters=[topic[2]] if topic is not None and topic[2] else []))  # 'Anna: berättar'

            _add_block(drafts[-1], block)
            taken = drafts[-1].lines
            opening = next((n for n, (_, what) in enumerate(taken) if what != "case"), 0)
            taken[opening] = (taken[opening][0], "item")  # the line the item is named after opens it
            continue
        _add_block(drafts[-1], block)
    items = []
    for draft in drafts:
        items.append(_finish(draft, attendees))
        for line, what in draft.lines:
            if what == "heading":
                ledger.placed(line, "heading", None, "rubrik för beslut")
            else:
                ledger.placed(line, what, items[-1])
        for line, why in draft.doubts:
            ledger.doubt(line, why)
    return items, unplaced


def _add_block(draft: _Draft, block: list[str]) -> None:
    while block and draft.case_number is None and (case := case_number_of(block[0])) is not None:
        draft.case_number = case  # 'Dnr KS 2024/123' under the title: the item's case number, as for numbered items
        draft.lines.append((block[0], "case"))
        block = block[1:]
    if not block:
        return
    for i, line in enumerate(block):
        inline = beslut_heading(line)
        if inline is not None:
            if i:
                _add_paragraph(draft, block[:i])
            draft.lines.append((line, "decision") if inline else (line, "heading"))
            if ends_sentence(inline):  # a whole decision: the lines below are read on their own
                draft.decisions.append(inline)
                if block[i + 1:]:
                    _add_paragraph(draft, block[i + 1:])
            else:
                below = block[i + 1:]
                end = next((n for n, x in enumerate(below) if beside_decision(x)), len(below))
                draft.decisions.extend([inline, *[strip_bullet(x) for x in below[:end]]])
                draft.lines.extend((x, "decision") for x in below[:end])
                if below[end:]:  # 'Reservation: …' below the decisions: the item's text
                    _add_paragraph(draft, below[end:])
            return
    _add_paragraph(draft, block)


def _add_paragraph(draft: _Draft, lines: list[str]) -> None:
    kept, found = sort_paragraph(lines, draft.doubts)
    draft.decisions.extend(found)
    if kept:
        draft.paragraphs.append("\n".join(kept))
    noted = {line.no for line in kept if isinstance(line, Line)}
    draft.lines.extend((x, "note" if isinstance(x, Line) and x.no in noted else "decision") for x in lines)


def _finish(draft: _Draft, attendees: list[Attendee]) -> Item:
    notes = "\n\n".join(draft.paragraphs)
    presenters = list(draft.presenters)
    for name in presenters_in(notes, attendees):
        if name not in presenters:
            presenters.append(name)
    item = Item(title=without_full_stop(draft.title), presenters=presenters, notes=notes + "\n" if notes else "",
                decisions=make_decisions(draft.decisions), case_number=draft.case_number)
    short_title(item)  # a sentence written where a title stands
    return item
