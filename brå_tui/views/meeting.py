"""One meeting rendered like the notes, whole or a section at a time (the app's tabs show one each)."""

from __future__ import annotations

import datetime as dt

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.style import Style
from rich.table import Table
from rich.text import Text

from brå_tui.model import Attendee, Council, Item, Meeting
from brå_tui.text import KIND_WORDS, period_label
from brå_tui.views.format import names
from brå_tui.views.meetinglines import (
    FOLLOWUP_TITLE_WIDTH,
    INDENT,
    NO_OWNER,
    OVERDUE,
    attendee_cells,
    council_title,
    decision_line,
    document_title,
    fact_rows,
    followup_state,
    item_facts,
    item_label,
    item_title_notes,
    money,
    no_list,
    none_present,
    numbered,
    risk_rows,
    schedule_cells,
    schedule_columns,
    unknown_area,
)
from brå_tui.views.plain import cell
from brå_tui.views.tables import bulleted, hanging, prose
from brå_tui.views.tables import table as plain_table
from brå_tui.views.theme import level_text

# The part of a meeting a search hit or a follow-up's history leads to: reversed, so that it shows without colour;
# the meta lets the app find its lines, to scroll them into view.
MARKED = Style(reverse=True, meta={"marked": True})


def section_title(title: str) -> Text:
    """A section heading in a meeting: bold and underlined, so it stands out without colour."""
    return Text(title, style="bold underline")


def empty(note: str) -> Text:
    """What a section shows when it holds nothing."""
    return Text(note, style="dim italic")


def heading(meeting: Meeting, council: Council) -> Text:
    """The council's name, 'Anteckningar' and the date in Swedish."""
    text = Text()
    text.append(council_title(council), style="bold")
    if council.municipality:
        text.append(f"\n{cell(council.municipality)}")
    text.append(f"\n{document_title(meeting)}", style="bold")
    return text


def _fact_table() -> Table:
    table = plain_table(box=None, show_header=False)
    table.add_column(style="bold", no_wrap=True)
    table.add_column(overflow="fold")
    return table


def overview(meeting: Meeting, council: Council, mark: object = None) -> RenderableType:
    """Heading, time, place, chair, secretary and the meeting's decisions in brief; the place marked when mark is
    the meeting."""
    facts = _fact_table()
    for label, value in fact_rows(meeting):
        facts.add_row(label, value, style=MARKED if mark is meeting and label == "Plats" else None)
    parts: list[RenderableType] = [heading(meeting, council), Text(), facts]
    decided = meeting.decisions()
    parts += [Text(), section_title("Beslut")]
    if not decided:
        parts.append(empty("Inga beslut."))
    for item, decision in decided:
        title, text = decision_line(item, decision.text, decision.amount_sek, decision.account)
        line = Text(title, style="bold")
        line.append(text)
        parts.append(Padding(bulleted("• ", line), (0, 0, 0, 1)))
    return Group(*parts)


def _people_table(people: list[Attendee], meeting: Meeting, mark: object) -> Table:
    table = plain_table()
    table.add_column("Namn", overflow="fold")
    table.add_column("Parti", no_wrap=True)
    table.add_column("Titel/organisation", overflow="fold")
    table.add_column("Grupp och roll", overflow="fold")
    for a in people:
        table.add_row(*attendee_cells(a, meeting), style=MARKED if a is mark else None)
    return table


def attendees(meeting: Meeting, mark: object = None) -> RenderableType:
    """Närvarande (Kallade for a kallelse's people: a meeting not yet held), then Anmält förhinder/frånvarande:
    name, party, title and organisation, group and role; the attendee that is mark marked."""
    word = meeting.present_word()
    if not meeting.attendees:
        return Group(section_title(word), empty(no_list(meeting)))
    present, absent = meeting.present(), meeting.absentees()
    parts: list[RenderableType] = [section_title(word)]
    parts.append(_people_table(present, meeting, mark) if present else empty(none_present(meeting)))
    if absent:
        parts += [Text(), section_title("Anmält förhinder/frånvarande"), _people_table(absent, meeting, mark)]
    return Group(*parts)


def item_block(number: int | None, item: Item, marked: bool = False) -> RenderableType:
    """One agenda item: its number (as written, else its place; none for a pause written without one: number None),
    title, kind, time, case number, presenters, areas, notes and decisions; with marked, its title line marked."""
    label = item_label(number, item)
    number_text = Text(f"{label} " if label else "", style="bold")
    title = Text(cell(item.title), style="bold")
    for note in item_title_notes(item):
        title.append(note, style="italic")
    if marked:
        number_text.stylize(MARKED)
        title.stylize(MARKED)
    # a long title continues under itself, not under its number
    heading = hanging(number_text, title) if number_text.plain else title
    body: list[RenderableType] = []
    if item.kind in ("information", "decision"):
        body.append(Text(KIND_WORDS[item.kind].capitalize(), style="italic"))
    # A label's text continues under itself, not under the label.
    for label, value in item_facts(item):
        body.append(hanging(Text(label, style="italic"), value))
    notes = item.notes.strip()
    if notes:
        body.append(prose(notes))
    for decision in item.decisions:
        line = Text.assemble(("Beslut: ", "bold"), cell(decision.text))
        spent = money(decision.amount_sek, decision.account)
        if spent:
            line.append(f"\n{spent}", style="bold")
        body.append(line)
    if not body:
        return heading
    return Group(heading, Padding(Group(*body), (0, 0, 0, INDENT)))


def _item_list(title: str, entries: list[Item], none: str, mark: object) -> RenderableType:
    parts: list[RenderableType] = [section_title(title)]
    if not entries:
        parts.append(empty(none))
    for at, (n, item) in enumerate(numbered(entries)):
        if at:
            parts.append(Text())
        parts.append(item_block(n, item, item is mark))
    return Group(*parts)


def items(meeting: Meeting, mark: object = None) -> RenderableType:
    """Ärenden, in agenda order; the item that is mark marked."""
    return _item_list("Ärenden", meeting.items, "Inga ärenden.", mark)


def others(meeting: Meeting, mark: object = None) -> RenderableType:
    """Övriga frågor; the item that is mark marked."""
    return _item_list("Övriga frågor", meeting.other, "Inga övriga frågor.", mark)


def risk_picture(meeting: Meeting, council: Council, mark: object = None) -> RenderableType:
    """Lägesbild sociala risker: each area's level as word and glyph, with period and source; marked: the area
    whose name is mark, or the source when mark is the risk picture."""
    parts: list[RenderableType] = [section_title("Lägesbild sociala risker")]
    risk = meeting.risk
    if risk is None:
        return Group(*parts, empty("Ingen lägesbild vid det här mötet."))
    facts = _fact_table()
    facts.add_row("Period", period_label(risk.period) or "anges inte")
    facts.add_row("Källa", cell(risk.source or council.risk_source or "–"), style=MARKED if mark is risk else None)
    table = plain_table()
    table.add_column("Område", overflow="fold")
    table.add_column("Nivå", no_wrap=True)
    for area, level, known in risk_rows(meeting, council):
        table.add_row(cell(area) if known else Text(unknown_area(area), style="italic"), level_text(level),
                      style=MARKED if area == mark else None)
    return Group(*parts, facts, table)


def followups(meeting: Meeting, mark: object = None, dates: list[dt.date] | None = None,
              today: dt.date | None = None) -> RenderableType:
    """Logg/Uppföljning av ärenden: title, status, owners, state; the follow-up that is mark marked. An open one
    shows its due date ('senast') and FÖRSENAD past it, by the action log's rule (questions.due): its own date,
    else the next of dates (every meeting held or planned) when its status says it comes back then; judged on
    today (by default the real one)."""
    if not meeting.followups:
        return Group(section_title("Logg/Uppföljning av ärenden"), empty("Inga uppföljningar."))
    today = today or dt.date.today()
    table = plain_table()
    # The status is the longest text: it gets the room the title does not need past its longest word, so that a
    # follow-up keeps to a few lines at 80 columns.
    table.add_column("Ärende", overflow="fold", max_width=FOLLOWUP_TITLE_WIDTH)
    table.add_column("Status", overflow="fold", ratio=1)
    table.add_column("Ansvarig", overflow="fold")
    table.add_column("Läge", no_wrap=True)
    for f in meeting.followups:
        owners = names(f.owners) if f.owners else Text(NO_OWNER, style="italic")
        word, due, overdue = followup_state(f, meeting.date, dates or [], today)
        state = Text(word, style="bold" if f.state == "open" else "dim")
        if due is not None:
            state.append(f"\n{due}", style="")
        if overdue:
            state.append("\n")
            state.append(OVERDUE, style="bold reverse")
        table.add_row(cell(f.title), cell(f.status), owners, state, style=MARKED if f is mark else None)
    return Group(section_title("Logg/Uppföljning av ärenden"), table)


def schedule(meeting: Meeting, mark: object = None, today: dt.date | None = None) -> RenderableType:
    """Tidplan: the meetings announced at this meeting; the entry that is mark marked, those whose date has passed
    on today (by default the real one) marked "passerat"."""
    today = today or dt.date.today()
    if not meeting.schedule:
        return Group(section_title("Tidplan"), empty("Ingen tidplan."))
    table = plain_table()
    table.add_column("Datum", no_wrap=True)
    table.add_column("Dag", no_wrap=True)
    table.add_column("Tid", no_wrap=True)
    places, marked = schedule_columns(meeting, today)
    if places:
        table.add_column("Plats", overflow="fold")
    if marked:
        table.add_column("Läge", no_wrap=True)
    for entry in meeting.schedule:
        table.add_row(*schedule_cells(entry, places, marked, today), style=MARKED if entry is mark else None)
    return Group(section_title("Tidplan"), table)


def meeting_view(meeting: Meeting, council: Council, dates: list[dt.date] | None = None) -> RenderableType:
    """The whole meeting, section after section, like the notes; dates (every meeting held or planned) give the
    follow-ups that come back at the next meeting their due date."""
    sections = [overview(meeting, council), attendees(meeting), items(meeting), risk_picture(meeting, council),
                followups(meeting, dates=dates), schedule(meeting), others(meeting)]
    spaced: list[RenderableType] = []
    for section in sections:
        spaced += [section, Text()]
    return Group(*spaced[:-1])
