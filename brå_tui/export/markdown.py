"""The meeting as Markdown in the council's layout; the HTML document is rendered from it."""

from __future__ import annotations

import re

from brå_tui.export.layout import agenda_facts, decision_text
from brå_tui.export.parts import (
    attendee_line,
    hidden,
    item_heading,
    meeting_facts,
    other_questions,
    owners_text,
    risk_heading,
    risk_item,
    risk_sentence,
    schedule_by_year,
    schedule_line,
    tid,
)
from brå_tui.export.words import CONFIDENTIAL_MARK, STATE_WORDS, join_names
from brå_tui.model import Council, Item, Meeting
from brå_tui.text import document_word, one_line

_INLINE = re.compile(r"([\\`*_\[\]<>|#])")
_LEADING = re.compile(r"^(\s*)([-+=]|\d+[.)])(\s|$)")


HARD_BREAK = "\\\n"  # a line break inside a paragraph: a backslash, so that no line ends in spaces (CommonMark)


def escape(text: str) -> str:
    """One line of text that Markdown shows as written, not as markup: a line break or tab in it (text from a file
    in a heading, a field or a cell) is a space (text.one_line), so it cannot end the heading or the table row."""
    return _escape_line(one_line(text))


def _escape_line(text: str) -> str:
    text = _INLINE.sub(r"\\\1", text)
    return _LEADING.sub(lambda m: f"{m.group(1)}\\{m.group(2)}{m.group(3)}", text)


def _paragraph(text: str) -> str:
    """Lines of a paragraph joined by hard line breaks (a backslash, so no line ends in spaces)."""
    return HARD_BREAK.join(_escape_line(line) for line in text.split("\n"))


def _item(item: Item, public: bool, risk_text: str | None) -> list[str]:
    out = [f"### {escape(item_heading(item))}", ""]
    facts = agenda_facts(item)
    if facts:
        out += [HARD_BREAK.join(f"*{escape(f)}*" for f in facts), ""]
    if item.presenters:
        out += [f"*Föredragande: {escape(join_names(item.presenters))}*", ""]
    if hidden(item, public):
        return [*out, f"*{CONFIDENTIAL_MARK}*", ""]
    for paragraph in [p for p in item.notes.strip("\n").split("\n\n") if p.strip()]:
        out += [_paragraph(paragraph), ""]
    if risk_text:
        out += [escape(risk_text), ""]
    if item.decisions:
        out += ["**Beslut:**", ""]
        out += [f"- {escape(decision_text(d))}" for d in item.decisions]
        out.append("")
    return out


def to_markdown(meeting: Meeting, council: Council, public: bool = False) -> str:
    """The whole meeting as a Markdown document."""
    facts = [f"**Tid:** {escape(tid(meeting))}"]
    if meeting.place:
        facts.append(f"**Plats:** {escape(meeting.place)}")
    facts.extend(f"**{label}:** {escape(text)}" for label, text in meeting_facts(meeting))
    # A backslash breaks the line (not two trailing spaces, which a pasted text loses).
    out = [f"# {document_word(meeting.document)}", "", f"## {escape(council.name)}", "",
           *(f"{fact}\\" for fact in facts[:-1]), facts[-1]]
    out.append("")
    for label, people in ((meeting.present_word(), meeting.present()), ("Anmält förhinder", meeting.absentees())):
        if people:
            out += [f"**{label}:**", ""]
            out += [f"- {escape(attendee_line(a))}" for a in people]
            out.append("")
    home = risk_item(meeting, council)
    risk_text = risk_sentence(meeting.risk, council.levels) if meeting.risk is not None and meeting.risk.areas else None
    if risk_text and home is None:
        out += [f"## {escape(risk_heading(council))}", "", escape(risk_text), ""]
    out += ["## Ärenden", ""]
    for item in meeting.items:
        out += _item(item, public, risk_text if item is home else None)
    if meeting.followups:
        out += [f"## Logg/Uppföljning av ärenden {escape(council.short_name)}".rstrip(), "",
                "| Ärende | Status | Ansvariga | Läge |", "|---|---|---|---|"]
        for f in meeting.followups:
            status = f"{f.status} (senast {f.due.isoformat()})" if f.due is not None else f.status
            cells = [f.title, status, owners_text(f.owners), STATE_WORDS.get(f.state, f.state)]
            out.append("| " + " | ".join(escape(c).replace("\n", " ") for c in cells) + " |")
        out.append("")
    for year, entries in schedule_by_year(meeting.schedule):
        out += [f"## Tidplan {year}", ""]
        for entry in entries:
            day, when = schedule_line(entry)
            out.append(f"- {escape(day)}" + (f" {escape(when)}" if when else ""))
        out.append("")
    if meeting.other:
        heading, case, questions = other_questions(meeting)
        out += [f"## {escape(heading)}", ""] + ([f"Diarienummer: {escape(case)}", ""] if case else [])
        for item in questions:
            out += _item(item, public, None)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n"
