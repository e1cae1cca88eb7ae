"""The red and yellow areas of the latest risk picture (named in the council's words, never by colour) and what
acts on them; INGEN ÅTGÄRD where nothing does. The words and columns are risklines' (plain lines for a pipe)."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text

from brå_tui.questions.coverage import AreaCoverage
from brå_tui.views.meeting import empty, section_title
from brå_tui.views.plain import cell
from brå_tui.views.risklines import COVERAGE_COLUMNS, NO_ACTION, actions, heading_text, missing_note, none_marked
from brå_tui.views.tables import add_columns
from brå_tui.views.tables import table as plain_table
from brå_tui.views.theme import level_text

__all__ = ["NO_ACTION", "actions_text", "coverage_view"]


def actions_text(c: AreaCoverage) -> Text:
    """The follow-ups and items acting on an area, one per line, or INGEN ÅTGÄRD."""
    if not c.covered:
        return Text(NO_ACTION, style="bold reverse")
    text = Text()
    for label, title in actions(c):
        if text:
            text.append("\n")
        text.append(label, style="italic")
        text.append(title)
    return text


def coverage_view(areas: list[AreaCoverage], meanings: dict[str, str] | None = None) -> RenderableType:
    """Each red or yellow area of the latest picture with its level and what acts on it; levels are named in
    the council's words (meanings, council.toml's [risk.levels])."""
    meanings = meanings or {}
    parts: list[RenderableType] = [section_title(heading_text(meanings))]
    if not areas:
        return Group(*parts, empty(none_marked(meanings)))
    grid = add_columns(plain_table(leading=1), COVERAGE_COLUMNS, overflow="fold")
    for c in areas:
        grid.add_row(cell(c.area), level_text(c.level), actions_text(c))
    parts.append(grid)
    note = missing_note(areas, meanings)
    if note:
        parts.append(Text(note, style="italic"))
    return Group(*parts)
