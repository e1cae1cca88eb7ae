"""Search hits: meeting, section, title and a snippet with the match marked."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text

from brå_tui.questions.search import Hit
from brå_tui.views.meeting import empty, section_title
from brå_tui.views.plain import cell
from brå_tui.views.searchlines import count_text
from brå_tui.views.tables import table as plain_table

MATCH_STYLE = "bold underline reverse"


def marked(hit: Hit) -> Text:
    """The snippet with each match in bold, underlined and reversed, so it shows without colour."""
    text = Text(hit.snippet)
    for start, end in hit.spans:
        text.stylize(MATCH_STYLE, start, end)
    return text


def search_view(hits: list[Hit], query: str, total: int | None = None, note: str | None = None) -> RenderableType:
    """The hits, best first, with how many there are in all."""
    heading = section_title(f"Sökning: {query}")
    if not hits:
        return Group(heading, empty(f"Inget hittades för \"{query}\"."))
    grid = plain_table(leading=1)
    grid.add_column("Möte", no_wrap=True)
    grid.add_column("Var och utdrag", overflow="fold")
    for hit in hits:
        where = Text.assemble((cell(hit.section), "italic"), " › ", (cell(hit.title), "bold"), "\n")
        where.append_text(marked(hit))
        grid.add_row(hit.meeting_key, where)
    parts: list[RenderableType] = [heading, Text(count_text(len(hits) if total is None else total), style="dim"), grid]
    if note:
        parts.append(Text(note, style="italic"))
    return Group(*parts)
