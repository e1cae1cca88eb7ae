"""A meeting laid out line by line as the council's Word template has it; the text and Word documents follow it."""

from __future__ import annotations

from dataclasses import dataclass, field

from brå_tui.export.parts import (
    attendee_line,
    hidden,
    item_heading,
    meeting_facts,
    other_questions,
    owners_text,
    presenters_unwritten,
    risk_heading,
    risk_item,
    risk_sentence,
    schedule_by_year,
    schedule_line,
    tid,
)
from brå_tui.export.words import CONFIDENTIAL_MARK, STATE_WORDS, join_names
from brå_tui.model import Council, Decision, FollowUp, Item, Meeting
from brå_tui.questions.notice import AgendaPoint
from brå_tui.text import KIND_WORDS, document_word, one_line, state_of
from brå_tui.views.format import thousands, time_span


@dataclass
class Line:
    """One line of the document: its kind (title, subtitle, field, heading, itemtitle, text, blank, header, row)
    and its text, or for a table's header and rows its cells."""

    kind: str
    text: str = ""
    cells: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        """A line is one line: a line break in its text (from a file: a place, a title) is a space, its tabs are
        the layout's; a cell's tabs are spaces too, since the text form puts its cells apart by tabs."""
        self.text = one_line(self.text, tabs=False)
        self.cells = [one_line(c) for c in self.cells]


def decision_text(d: Decision) -> str:
    """A decision as written, with its amount and account added when the text does not say them."""
    extra = []
    digits = "".join(c for c in d.text if c.isdigit())
    if d.amount_sek is not None and str(d.amount_sek) not in digits:
        extra.append(f"{thousands(d.amount_sek)} kronor")
    if d.account and d.account not in d.text:
        extra.append(f"konto {d.account}")
    return d.text + (f" ({', '.join(extra)})" if extra else "")


def agenda_facts(item: Item | AgendaPoint) -> list[str]:
    """An item's kind, time slot and case number as the notice and the notes write them."""
    out = []
    kind = getattr(item, "kind", None)
    if kind in ("information", "decision"):
        out.append(KIND_WORDS[kind].capitalize())
    if item.start is not None:
        out.append(f"Tid: {time_span(item.start, item.end)}")
    if item.case_number:
        out.append(f"Diarienummer: {item.case_number}")
    return out


def status_cell(f: FollowUp) -> str:
    """The status as the Logg writes it; a closed item whose status does not say so starts with its state."""
    due = f" (senast {f.due.isoformat()})" if f.due is not None else ""
    if f.state == "open" or state_of(f.status) == f.state:
        return f.status + due
    word = STATE_WORDS.get(f.state, f.state).capitalize()
    return (f"{word}. {f.status}" if f.status else word) + due


def _item(item: Item, meeting: Meeting, public: bool, risk_home: Item | None, meanings: dict[str, str]) -> list[Line]:
    title = item_heading(item)
    if item.presenters and presenters_unwritten(item):
        title += f". {join_names(item.presenters)} informerar"
    out = [Line("itemtitle", title), *(Line("text", d) for d in agenda_facts(item))]
    if hidden(item, public):
        return [*out, Line("blank"), Line("text", CONFIDENTIAL_MARK), Line("blank"), Line("blank")]
    paragraphs = [p for p in item.notes.strip("\n").split("\n\n") if p.strip()]
    if item is risk_home and meeting.risk is not None:  # after the notes, whatever they say: no level left out
        paragraphs.append(risk_sentence(meeting.risk, meanings))
    for paragraph in paragraphs:
        out.append(Line("blank"))
        out.extend(Line("text", line) for line in paragraph.split("\n"))
    if item.decisions:
        out += [Line("blank"), Line("text", "Beslut:")]
        out.extend(Line("text", f"· {decision_text(d)}") for d in item.decisions)
    return [*out, Line("blank"), Line("blank")]


def meeting_lines(meeting: Meeting, council: Council, public: bool = False) -> list[Line]:
    """The whole meeting as lines in the template's order."""
    out = [Line("title", document_word(meeting.document)), Line("blank"), Line("subtitle", council.name),
           Line("blank"), Line("field", f"Tid:\t{tid(meeting)}"), Line("blank")]
    if meeting.place:
        out += [Line("field", f"Plats:\t{meeting.place}"), Line("blank")]
    for label, people in ((meeting.present_word(), meeting.present()), ("Anmält förhinder", meeting.absentees())):
        if people:
            lines = [attendee_line(a) for a in people]
            out.append(Line("field", f"{label}:\t{lines[0]}"))
            out.extend(Line("text", line) for line in lines[1:])
            out += [Line("blank"), Line("blank")]
    for label, text in meeting_facts(meeting):
        out += [Line("field", f"{label}:\t{text}"), Line("blank")]
    home = risk_item(meeting, council)
    if home is None and meeting.risk is not None and meeting.risk.areas:
        out += [Line("heading", risk_heading(council)), Line("blank"),
                Line("text", risk_sentence(meeting.risk, council.levels)), Line("blank"), Line("blank")]
    out += [Line("heading", "Ärenden:"), Line("blank")]
    for item in meeting.items:
        out += _item(item, meeting, public, home, council.levels)
    if meeting.followups:
        out += [Line("heading", f"Logg/Uppföljning av ärenden {council.short_name}".strip()), Line("blank")]
        for f in meeting.followups:
            out.append(Line("row", cells=[f.title, status_cell(f), owners_text(f.owners)]))
        out.append(Line("blank"))
    for year, entries in schedule_by_year(meeting.schedule):
        out.append(Line("heading", f"Tidplan {year}"))
        for entry in entries:
            day, when = schedule_line(entry)
            out.append(Line("text", f"{day}\t{when}" if when else day))
        out += [Line("blank"), Line("blank")]
    if meeting.other:
        heading, case, questions = other_questions(meeting)
        out += [Line("heading", heading), Line("blank")]
        if case:
            out += [Line("text", f"Diarienummer: {case}"), Line("blank")]
        for item in questions:
            out += _item(item, meeting, public, None, council.levels)
    return out


def to_text(lines: list[Line]) -> str:
    """The lines as plain text, a table's header row and rows as tab-indented cells like Word's text export."""
    out: list[str] = []
    for line in lines:
        if line.kind in ("header", "row"):
            out.extend(f"\t{cell}".rstrip() for cell in line.cells)
            out.append("")
        else:
            out.append(line.text)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n"
