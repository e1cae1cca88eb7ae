"""Search hits: meeting, section, title and a snippet with the match marked."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rich.console import Group, RenderableType
from rich.text import Text

from brå_tui.questions.search import Hit
from brå_tui.views.meeting import empty, section_title
from brå_tui.views.plain import KEY_WIDTH, Column, paragraph
from brå_tui.views.plain import lines as plain_lines
from brå_tui.views.tables import table as plain_table

MATCH_STYLE = "bold underline reverse"


def marked(hit: Hit) -> Text:
    """The snippet with each match in bold, underlined and reversed, so it shows without colour."""
    text = Text(hit.snippet)
    for start, end in hit.spans:
        text.stylize(MATCH_STYLE, start, end)
    return text


def count_text(total: int) -> str:
    """'1 träff', '12 träffar'."""
    return f"{total:,} {'träff' if total == 1 else 'träffar'}".replace(",", " ")


def search_view(hits: list[Hit], query: str, total: int | None = None, note: str | None = None) -> RenderableType:
    """The hits, best first, with how many there are in all."""
    heading = section_title(f"Sökning: {query}")
    if not hits:
        return Group(heading, empty(f"Inget hittades för \"{query}\"."))
    grid = plain_table(leading=1)
    grid.add_column("Möte", no_wrap=True)
    grid.add_column("Var och utdrag", overflow="fold")
    for hit in hits:
        where = Text.assemble((hit.section, "italic"), " › ", (hit.title, "bold"), "\n")
        where.append_text(marked(hit))
        grid.add_row(hit.meeting_key, where)
    parts: list[RenderableType] = [heading, Text(count_text(len(hits) if total is None else total), style="dim"), grid]
    if note:
        parts.append(Text(note, style="italic"))
    return Group(*parts)


COLUMNS = [Column("Möte", KEY_WIDTH), Column("Var och utdrag")]


def search_lines(hits: Iterable[Hit], query: str, total: int, width: int) -> Iterator[str]:
    """The hits as plain lines, best first, written as they are found."""
    yield from paragraph(f"Sökning: {query}", width)
    if not total:
        yield from paragraph(f"Inget hittades för \"{query}\".", width)
        return
    yield count_text(total)
    yield from plain_lines(COLUMNS, ([h.meeting_key, f"{h.section} › {h.title}\n{h.snippet}"] for h in hits), width,
                           leading=1)
