"""One meeting rendered like the notes, whole or a section at a time (the app's tabs show one each)."""

from __future__ import annotations

import datetime as dt

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.style import Style
from rich.table import Table
from rich.text import Text

from brå_tui.model import Attendee, Council, Item, Meeting
from brå_tui.questions.ahead import has_passed
from brå_tui.questions.due import due_date, is_overdue
from brå_tui.text import GROUP_WORDS, KIND_WORDS, document_word, period_label
from brå_tui.views.format import PASSED, amount, long_date, names, state_word, time_span, weekday
from brå_tui.views.plain import cell
from brå_tui.views.tables import bulleted, hanging, prose
from brå_tui.views.tables import table as plain_table
from brå_tui.views.theme import level_text

INDENT = 3
FOLLOWUP_TITLE_WIDTH = 26  # the widest a follow-up's title column grows: one long word ('samverkansöverenskommelse')
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
    title = cell(council.name + (f" – {council.short_name}" if council.short_name else ""))
    text.append(title, style="bold")
    if council.municipality:
        text.append(f"\n{cell(council.municipality)}")
    text.append(f"\n{document_word(meeting.document)} {long_date(meeting.date)}", style="bold")
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
    facts.add_row("Tid", f"{weekday(meeting.date)} {long_date(meeting.date)}"
                  + (f", {time_span(meeting.start, meeting.end)}" if meeting.start or meeting.end else ""))
    facts.add_row("Plats", cell(meeting.place or "–"), style=MARKED if mark is meeting else None)
    facts.add_row("Ordförande", names(meeting.chair_names()))
    facts.add_row("Sekreterare", names(meeting.secretary_names()))
    if meeting.adjusters or meeting.adjusting_date or meeting.adjusting_place:
        facts.add_row("Justerare", names(meeting.adjusters))
        when = [long_date(meeting.adjusting_date)] if meeting.adjusting_date else []
        place = [cell(meeting.adjusting_place)] if meeting.adjusting_place else []
        facts.add_row("Justering", ", ".join([*when, *place]) or "–")
    if meeting.issued:
        facts.add_row("Utfärdad" if meeting.document == "kallelse" else "Undertecknat", long_date(meeting.issued))
    if meeting.case_number:
        facts.add_row("Diarienummer", meeting.case_number)
    facts.add_row("Närvarande", str(len(meeting.present())))
    if meeting.absentees():
        facts.add_row("Frånvarande", str(len(meeting.absentees())))
    parts: list[RenderableType] = [heading(meeting, council), Text(), facts]
    decided = meeting.decisions()
    parts += [Text(), section_title("Beslut")]
    if not decided:
        parts.append(empty("Inga beslut."))
    for item, decision in decided:
        line = Text(f"{cell(item.title)}: ", style="bold")
        line.append(cell(decision.text))
        money = _money(decision.amount_sek, decision.account)
        if money:
            line.append(f" ({money})")
        parts.append(Padding(bulleted("• ", line), (0, 0, 0, 1)))
    return Group(*parts)


def _people_table(people: list[Attendee], meeting: Meeting, mark: object) -> Table:
    table = plain_table()
    table.add_column("Namn", overflow="fold")
    table.add_column("Parti", no_wrap=True)
    table.add_column("Titel/organisation", overflow="fold")
    table.add_column("Grupp och roll", overflow="fold")
    chair, secretary = meeting.chair_names(), meeting.secretary_names()
    for a in people:
        roles = [GROUP_WORDS.get(a.group or "", ""), a.role or ""]
        if meeting.chair and a.name in chair:
            roles.append("ordförande")
        if meeting.secretary and a.name in secretary:
            roles.append("sekreterare")
        if a.name in meeting.adjusters:
            roles.append("justerare")
        if a.partial:
            roles.append(a.partial)
        words: list[str] = []  # each role once: the attendee's own role may be the meeting's chair too
        for word in (w.strip() for r in roles for w in r.split(",")):
            if word and word.casefold() not in (w.casefold() for w in words):
                words.append(word)
        table.add_row(cell(a.name), cell(a.party or ""), cell(", ".join(x for x in (a.title, a.org) if x)),
                      cell(", ".join(words)), style=MARKED if a is mark else None)
    return table


def attendees(meeting: Meeting, mark: object = None) -> RenderableType:
    """Närvarande, then Anmält förhinder/frånvarande: name, party, title and organisation, group and role; the
    attendee that is mark marked."""
    if not meeting.attendees:
        return Group(section_title("Närvarande"), empty("Ingen närvarolista."))
    present, absent = meeting.present(), meeting.absentees()
    parts: list[RenderableType] = [section_title("Närvarande")]
    parts.append(_people_table(present, meeting, mark) if present else empty("Ingen antecknad som närvarande."))
    if absent:
        parts += [Text(), section_title("Anmält förhinder/frånvarande"), _people_table(absent, meeting, mark)]
    return Group(*parts)


def _money(sek: int | None, account: str | None) -> str:
    parts = []
    if sek is not None:
        parts.append(amount(sek))
    if account:
        parts.append(f"konto {cell(account)}")
    return ", ".join(parts)


def item_block(number: int | None, item: Item, marked: bool = False) -> RenderableType:
    """One agenda item: its number (as written, else its place; none for a pause written without one: number None),
    title, kind, time, case number, presenters, areas, notes and decisions; with marked, its title line marked."""
    written = (item.number or "").strip()
    label = written if written.startswith("§") or written.endswith(".") else f"{written or number}."
    number_text = Text(f"{label} " if written or number is not None else "", style="bold")
    title = Text(cell(item.title), style="bold")
    if item.kind in ("pause", "adjournment"):
        title.append(f" ({KIND_WORDS[item.kind]})", style="italic")
    if item.confidential:
        title.append(" (konfidentiellt)", style="italic")
    if marked:
        number_text.stylize(MARKED)
        title.stylize(MARKED)
    # a long title continues under itself, not under its number
    heading = hanging(number_text, title) if number_text.plain else title
    body: list[RenderableType] = []
    if item.kind in ("information", "decision"):
        body.append(Text(KIND_WORDS[item.kind].capitalize(), style="italic"))
    # A label's text continues under itself, not under the label.
    if item.start is not None:
        body.append(hanging(Text("Tid: ", style="italic"), time_span(item.start, item.end)))
    if item.case_number:
        body.append(hanging(Text("Diarienummer: ", style="italic"), cell(item.case_number)))
    if item.presenters:
        body.append(hanging(Text("Föredragande: ", style="italic"), names(item.presenters)))
    if item.areas:
        body.append(hanging(Text("Områden: ", style="italic"), names(item.areas)))
    notes = item.notes.strip()
    if notes:
        body.append(prose(notes))
    for decision in item.decisions:
        line = Text.assemble(("Beslut: ", "bold"), cell(decision.text))
        money = _money(decision.amount_sek, decision.account)
        if money:
            line.append(f"\n{money}", style="bold")
        body.append(line)
    if not body:
        return heading
    return Group(heading, Padding(Group(*body), (0, 0, 0, INDENT)))


def _item_list(title: str, entries: list[Item], none: str, mark: object) -> RenderableType:
    parts: list[RenderableType] = [section_title(title)]
    if not entries:
        parts.append(empty(none))
    n = 0  # the place of an item among those that are no pause: an unnumbered pause takes no number
    for at, item in enumerate(entries):
        if at:
            parts.append(Text())
        pause = item.kind in ("pause", "adjournment") and not (item.number or "").strip()
        n += 0 if pause else 1
        parts.append(item_block(None if pause else n, item, item is mark))
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
    known = list(council.areas)
    extra = [a for a in risk.areas if a not in known]
    for area in known:
        table.add_row(cell(area), level_text(risk.areas.get(area)), style=MARKED if area == mark else None)
    for area in extra:
        table.add_row(Text(f"{cell(area)} (okänt område)", style="italic"), level_text(risk.areas[area]),
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
        owners = names(f.owners) if f.owners else Text("ingen", style="italic")
        state = Text(state_word(f.state), style="bold" if f.state == "open" else "dim")
        due = due_date(f, meeting.date, dates or [])
        if due is not None:
            state.append(f"\nsenast {due.isoformat()}", style="")
        if is_overdue(due, f.state, today):
            state.append("\n")
            state.append("FÖRSENAD", style="bold reverse")
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
    places = any(entry.place for entry in meeting.schedule)
    if places:
        table.add_column("Plats", overflow="fold")
    marked = any(has_passed(entry.date, today) for entry in meeting.schedule)
    if marked:
        table.add_column("Läge", no_wrap=True)
    for entry in meeting.schedule:
        row = [entry.date.isoformat(), weekday(entry.date), time_span(entry.start, entry.end)]
        passed = [PASSED if has_passed(entry.date, today) else ""] if marked else []
        table.add_row(*row, *([cell(entry.place or "")] if places else []), *passed,
                      style=MARKED if entry is mark else None)
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
