"""The red and yellow areas of the latest risk picture and what acts on them; INGEN ÅTGÄRD where nothing does."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text

from brå_tui.questions.coverage import AreaCoverage
from brå_tui.views.meeting import empty, section_title
from brå_tui.views.plain import cell
from brå_tui.views.tables import table as plain_table
from brå_tui.views.theme import level_text

NO_ACTION = "INGEN ÅTGÄRD"


def actions_text(c: AreaCoverage) -> Text:
    """The follow-ups and items acting on an area, one per line, or INGEN ÅTGÄRD."""
    if not c.covered:
        return Text(NO_ACTION, style="bold reverse")
    text = Text()
    for e in c.followups:
        if text:
            text.append("\n")
        text.append("Uppföljning: ", style="italic")
        text.append(cell(e.title))
    for key, item in c.items:
        if text:
            text.append("\n")
        text.append(f"Ärende {key}: ", style="italic")
        text.append(cell(item.title))
    return text


def coverage_view(areas: list[AreaCoverage], heading: str = "Åtgärder för röda och gula områden") -> RenderableType:
    """Each red or yellow area of the latest picture with its level and what acts on it."""
    parts: list[RenderableType] = [section_title(heading)]
    if not areas:
        return Group(*parts, empty("Inga områden är röda eller gula i den senaste lägesbilden."))
    grid = plain_table(leading=1)
    grid.add_column("Område", overflow="fold", ratio=2)
    grid.add_column("Nivå", no_wrap=True)
    grid.add_column("Åtgärder", overflow="fold", ratio=3)
    for c in areas:
        grid.add_row(cell(c.area), level_text(c.level), actions_text(c))
    parts.append(grid)
    missing = [c.area for c in areas if not c.covered]
    if missing:
        parts.append(Text(f"{NO_ACTION}: området är rött eller gult i lägesbilden {areas[0].reported_at} men har "
                          "ingen öppen uppföljning och inget ärende sedan dess (Lag 2023:196: åtgärder utifrån "
                          "lägesbilden).", style="italic"))
    return Group(*parts)
