"""What a person owns and presented, how their name resolved, and the follow-ups nobody owns."""

from __future__ import annotations

from collections.abc import Iterator

from rich.console import Group, RenderableType
from rich.text import Text

from brå_tui.questions.actionlog import LogEntry
from brå_tui.questions.owners import Owned, OwnerAnswer
from brå_tui.questions.people import Directory, Resolution
from brå_tui.text import fold
from brå_tui.views.actionlog import FLAG_STYLE, flags, log_view
from brå_tui.views.format import state_word
from brå_tui.views.meeting import empty, section_title
from brå_tui.views.plain import KEY_WIDTH, Column, paragraph
from brå_tui.views.plain import lines as plain_lines
from brå_tui.views.tables import table as plain_table


def resolved_line(resolution: Resolution) -> Text:
    """How a written name was read: 'Mikael J → Mikael Jansson', or a note that nobody has that name."""
    person = resolution.person
    text = Text()
    if person is None:
        text.append(resolution.written, style="bold")
        if resolution.unresolved:
            text.append(" (ingen känd person; namnet söks som det är skrivet)", style="italic")
    elif person.name == resolution.written:
        text.append(person.name, style="bold")
    else:
        text.append(f"{resolution.written} → ")
        text.append(person.name, style="bold")
    if person is not None:
        about = ", ".join(x for x in (person.title, person.org, person.party) if x)
        if about:
            text.append(f" ({about})")
    return text


def precise_choice(resolution: Resolution) -> str:
    """For an ambiguous name, the forms that pick out each candidate: '"Jimmy Sp" eller "Jimmy St"'."""
    forms = [f'"{form}"' for form in resolution.precise]
    return ", ".join(forms[:-1]) + f" eller {forms[-1]}"


def ambiguity_sentence(resolution: Resolution) -> str:
    """One sentence listing every candidate for an ambiguous name, each with a form that picks out that one."""
    names = [p.name for p in resolution.candidates]
    return f"{resolution.written} kan vara: {', '.join(names)}; skriv {precise_choice(resolution)}."


def owner_problem(directory: Directory, entries: list[LogEntry], name: str) -> str | None:
    """Why a name written to filter by owner cannot be used, in one sentence: it may be several people (each with a
    form that picks out that one), or it names nobody and no owner is written so; None when it can be used."""
    resolution = directory.resolve(name)
    if resolution.ambiguous:
        return ambiguity_sentence(resolution)
    if resolution.unresolved and not any(fold(o) == fold(name) for e in entries for o in e.owners):
        return f"Ingen person heter \"{name.strip()}\"."
    return None


def _rows_table(rows: list[Owned], followups: bool) -> RenderableType:
    grid = plain_table(leading=1 if followups else 0)
    grid.add_column("Uppföljning och status" if followups else "Ärende", overflow="fold", min_width=24)
    grid.add_column("Möte", no_wrap=True)
    grid.add_column("Läge" if followups else "Avsnitt", no_wrap=True)
    for row in rows:
        title = Text(row.title, style="bold" if followups and row.state == "open" else "")
        if followups and row.status:
            title.append(f"\n{row.status}")
        if followups:
            state = Text(state_word(row.state), style="bold" if row.state == "open" else "dim")
            for flag in flags(row.entry) if row.entry is not None else []:
                state.append("\n")
                state.append(flag, style=FLAG_STYLE)
        else:
            state = Text(row.kind)
        grid.add_row(title, row.meeting_key, state)
    return grid


def owner_view(answer: OwnerAnswer) -> RenderableType:
    """Everything a name owns (follow-ups, open first) and the items they presented."""
    parts: list[RenderableType] = [resolved_line(answer.resolution)]
    if answer.resolution.ambiguous:
        parts.append(Text(ambiguity_sentence(answer.resolution), style="bold"))
        return Group(*parts)
    owned = [r for r in answer.rows if r.kind == "uppföljning"]
    presented = [r for r in answer.rows if r.kind != "uppföljning"]
    parts += [Text(), section_title("Ansvarig för")]
    parts.append(_rows_table(owned, True) if owned else empty("Inga uppföljningar."))
    parts += [Text(), section_title("Har föredragit")]
    parts.append(_rows_table(presented, False) if presented else empty("Inga ärenden."))
    return Group(*parts)


FOLLOWUP_COLUMNS = [Column("Uppföljning och status"), Column("Möte", KEY_WIDTH), Column("Läge", 12)]
PRESENTED_COLUMNS = [Column("Ärende"), Column("Möte", KEY_WIDTH), Column("Avsnitt", 11)]


def owner_lines(answer: OwnerAnswer, width: int) -> Iterator[str]:
    """Everything a name owns and presented, as plain lines."""
    yield from paragraph(resolved_line(answer.resolution).plain, width)
    owned = [r for r in answer.rows if r.kind == "uppföljning"]
    presented = [r for r in answer.rows if r.kind != "uppföljning"]
    yield ""
    yield "Ansvarig för"
    if owned:
        cells = ([r.title + (f"\n{r.status}" if r.status else ""), r.meeting_key,
                  "\n".join([state_word(r.state), *(flags(r.entry) if r.entry else [])])] for r in owned)
        yield from plain_lines(FOLLOWUP_COLUMNS, cells, width, leading=1)
    else:
        yield "Inga uppföljningar."
    yield ""
    yield "Har föredragit"
    if presented:
        yield from plain_lines(PRESENTED_COLUMNS, ([r.title, r.meeting_key, r.kind] for r in presented), width)
    else:
        yield "Inga ärenden."


def without_owner_view(entries: list[LogEntry]) -> RenderableType:
    """The follow-ups that nobody owns, open first."""
    return log_view(entries, heading=WITHOUT_OWNER)


WITHOUT_OWNER = "Uppföljningar utan ansvarig"
