"""Search hits as plain lines, for a pipe or a file: no Rich console, text or table is needed (search.py styles
the same words for a terminal and the app)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from brå_tui.questions.search import Hit
from brå_tui.views.plain import KEY_WIDTH, Column, cell, paragraph
from brå_tui.views.plain import lines as plain_lines


def count_text(total: int) -> str:
    """'1 träff', '12 träffar'."""
    return f"{total:,} {'träff' if total == 1 else 'träffar'}".replace(",", " ")


COLUMNS = [Column("Möte", KEY_WIDTH), Column("Var och utdrag")]


def search_lines(hits: Iterable[Hit], query: str, total: int, width: int, whole_rows: bool = False) -> Iterator[str]:
    """The hits as plain lines, best first, written as they are found; whole_rows: each hit on one line
    (views.plain.lines)."""
    yield from paragraph(f"Sökning: {query}", width)
    if not total:
        yield from paragraph(f"Inget hittades för \"{query}\".", width)
        return
    yield count_text(total)
    yield from plain_lines(COLUMNS, ([h.meeting_key, cell(f"{h.section} › {h.title}", h.snippet)] for h in hits), width,
                           leading=1, whole_rows=whole_rows)
