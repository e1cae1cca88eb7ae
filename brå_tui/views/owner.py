"""What a person owns and presented, how their name resolved, and the follow-ups nobody owns."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text

from brå_tui.questions.actionlog import LogEntry
from brå_tui.questions.owners import Owned, OwnerAnswer
from brå_tui.questions.people import Resolution
from brå_tui.views.actionlog import FLAG_STYLE, log_view
from brå_tui.views.format import state_word
from brå_tui.views.loglines import (
    WITHOUT_OWNER,
    ambiguity_sentence,
    flags,
    owner_columns,
    resolved_words,
    side_widths,
    state_details,
    written_choice_sentence,
)
from brå_tui.views.meeting import empty, section_title
from brå_tui.views.plain import cell
from brå_tui.views.tables import add_columns
from brå_tui.views.tables import table as plain_table


def resolved_line(resolution: Resolution) -> Text:
    """How a written name was read: 'Mikael J → Mikael Jansson', or a note that nobody has that name."""
    return Text.assemble(*resolved_words(resolution))


def _rows_table(rows: list[Owned], followups: bool, widths: tuple[int, int]) -> RenderableType:
    grid = add_columns(plain_table(leading=1 if followups else 0), owner_columns(followups, widths), overflow="fold")
    for row in rows:
        title = Text(cell(row.title), style="bold" if followups and row.state == "open" else "")
        if followups and row.status:
            title.append(f"\n{cell(row.status)}")
        if followups:
            state = Text(state_word(row.state), style="bold" if row.state == "open" else "dim")
            for line in state_details(row.entry) if row.entry is not None else []:
                state.append(f"\n{line}")
            for flag in flags(row.entry) if row.entry is not None else []:
                state.append("\n")
                state.append(flag, style=FLAG_STYLE)
        else:
            state = Text(row.kind)
        grid.add_row(title, row.meeting_key, state)
    return grid


def owner_view(answer: OwnerAnswer, presented_left_out: bool = False) -> RenderableType:
    """Everything a name owns (follow-ups, open first) and the items they presented; presented_left_out: the rows
    are the first that fit a terminal and every item presented was left out (said so, not 'Inga ärenden.')."""
    parts: list[RenderableType] = [resolved_line(answer.resolution)]
    if answer.resolution.ambiguous:
        parts.append(Text(ambiguity_sentence(answer.resolution), style="bold"))
        return Group(*parts)
    if answer.written_candidates:
        parts.append(Text(written_choice_sentence(answer.resolution.written, answer.written_candidates),
                          style="bold"))
        return Group(*parts)
    owned = [r for r in answer.rows if r.kind == "uppföljning"]
    presented = [r for r in answer.rows if r.kind != "uppföljning"]
    widths = side_widths(answer.rows)
    parts += [Text(), section_title("Ansvarig för")]
    parts.append(_rows_table(owned, True, widths) if owned else empty("Inga uppföljningar."))
    parts += [Text(), section_title("Har föredragit")]
    none = "Visas inte här; --all visar alla." if presented_left_out else "Inga ärenden."
    parts.append(_rows_table(presented, False, widths) if presented else empty(none))
    return Group(*parts)


def without_owner_view(entries: list[LogEntry]) -> RenderableType:
    """The follow-ups that nobody owns, open first."""
    return log_view(entries, heading=WITHOUT_OWNER)

