"""The red and yellow areas of the latest risk picture (named in the council's words, never by colour) and what
acts on them; INGEN ÅTGÄRD where nothing does."""

from __future__ import annotations

from collections.abc import Iterator

from rich.console import Group, RenderableType
from rich.text import Text

from brå_tui.questions.coverage import AreaCoverage
from brå_tui.views.meeting import empty, section_title
from brå_tui.views.plain import Column, cell, paragraph, width_of, widths
from brå_tui.views.plain import lines as plain_lines
from brå_tui.views.tables import add_columns
from brå_tui.views.tables import table as plain_table
from brå_tui.views.theme import level_text, marked_words

NO_ACTION = "INGEN ÅTGÄRD"
# The area and its actions wrap between words; the level ('●●● Omfattande') never does.
COLUMNS = [Column("Område"), Column("Nivå", 40), Column("Åtgärder")]


def heading_text(meanings: dict[str, str]) -> str:
    """'Åtgärder för omfattande och återkommande områden': the levels in the council's words, not colours."""
    return f"Åtgärder för {marked_words(meanings, 'och')} områden"


def none_marked(meanings: dict[str, str]) -> str:
    return f"Inga områden är {marked_words(meanings)} i den senaste lägesbilden."


def _actions(c: AreaCoverage) -> list[tuple[str, str]]:
    """(label, title) of each follow-up and item acting on an area."""
    return [*(("Uppföljning: ", cell(e.title)) for e in c.followups),
            *((f"Ärende {key}: ", cell(item.title)) for key, item in c.items)]


def actions_text(c: AreaCoverage) -> Text:
    """The follow-ups and items acting on an area, one per line, or INGEN ÅTGÄRD."""
    if not c.covered:
        return Text(NO_ACTION, style="bold reverse")
    text = Text()
    for label, title in _actions(c):
        if text:
            text.append("\n")
        text.append(label, style="italic")
        text.append(title)
    return text


def _actions_plain(c: AreaCoverage) -> str:
    """actions_text without styles."""
    return "\n".join(label + title for label, title in _actions(c)) if c.covered else NO_ACTION


def _missing_note(areas: list[AreaCoverage], meanings: dict[str, str]) -> str | None:
    missing = [c.area for c in areas if not c.covered]
    if not missing:
        return None
    return (f"{NO_ACTION}: området är {marked_words(meanings)} i lägesbilden {areas[0].reported_at} men har "
            "ingen öppen uppföljning och inget ärende sedan dess; en TAPPAD uppföljning räknas inte "
            "(Lag 2023:196: åtgärder utifrån lägesbilden).")


def coverage_view(areas: list[AreaCoverage], meanings: dict[str, str] | None = None) -> RenderableType:
    """Each red or yellow area of the latest picture with its level and what acts on it; levels are named in
    the council's words (meanings, council.toml's [risk.levels])."""
    meanings = meanings or {}
    parts: list[RenderableType] = [section_title(heading_text(meanings))]
    if not areas:
        return Group(*parts, empty(none_marked(meanings)))
    grid = add_columns(plain_table(leading=1), COLUMNS, overflow="fold")
    for c in areas:
        grid.add_row(cell(c.area), level_text(c.level), actions_text(c))
    parts.append(grid)
    note = _missing_note(areas, meanings)
    if note:
        parts.append(Text(note, style="italic"))
    return Group(*parts)


def coverage_lines(areas: list[AreaCoverage], width: int,
                   meanings: dict[str, str] | None = None) -> Iterator[str] | None:
    """coverage_view as plain lines of at most width cells, without Rich (for a pipe or a file); None where the
    table would be written as records or a text could be read as Rich markup (then the view is printed)."""
    meanings = meanings or {}
    rows = [(cell(c.area), level_text(c.level).plain, _actions_plain(c)) for c in areas]
    if not _plain_fits(rows, width):
        return None

    def out() -> Iterator[str]:
        yield from paragraph(heading_text(meanings), width)
        if not areas:
            yield from paragraph(none_marked(meanings), width)
            return
        yield from plain_lines(COLUMNS, rows, width, leading=1)
        note = _missing_note(areas, meanings)
        if note:
            yield from paragraph(note, width)

    return out()


def _plain_fits(rows: list[tuple[str, str, str]], width: int) -> bool:
    """Whether plain lines lay the table out as the view does: its columns side by side at width (the one rule,
    views.plain.widths), and no text holds Rich markup or characters wider than one cell that may have to wrap
    (plain.paragraph breaks such lines by characters, Rich by cells)."""
    if any("[" in text or any(width_of(line) != len(line) for line in text.split("\n"))
           for row in rows for text in row[::2]):
        return False
    return sum(widths(COLUMNS, width, rows)) + 2 * (len(COLUMNS) - 1) <= width
