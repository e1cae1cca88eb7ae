"""bra status: one screen for the chair before a meeting."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text

from brå_tui.questions.actionlog import LogEntry
from brå_tui.questions.status import Status
from brå_tui.views.actionlog import FLAG_STYLE
from brå_tui.views.coverage import NO_ACTION
from brå_tui.views.format import long_date, names
from brå_tui.views.loglines import flags
from brå_tui.views.meeting import section_title
from brå_tui.views.plain import cell
from brå_tui.views.tables import table
from brå_tui.views.theme import level_text


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _rows(rows: list[list[Text]], wrapped: int = 1) -> RenderableType:
    """Rows under a section title, as every other table (views.tables): the first wrapped columns break between
    words (never inside a short name), the others (a level, a date, an age) stand on one line; too narrow for the
    words, each row is a record."""
    grid = table(show_header=False)
    for n in range(len(rows[0])):
        grid.add_column(no_wrap=n >= wrapped)
    for row in rows:
        grid.add_row(*row)
    return grid


def _followups(entries: list[LogEntry]) -> list[list[Text]]:
    rows = []
    for e in entries:
        state = Text()
        for n, flag in enumerate(flags(e)):
            if n:
                state.append(" ")
            state.append(flag, style=FLAG_STYLE)
        owners = Text(names(e.owners)) if e.owners else Text("ingen", style="italic")
        rows.append([Text(cell(e.title)), owners, state])
    return rows


def _capped(rows: list[list[Text]], limit: int | None, wrapped: int = 1) -> list[RenderableType]:
    """A section's rows, at most limit of them (None: all), and a line of how many more there are."""
    if limit is None or len(rows) <= limit:
        return [_rows(rows, wrapped)]
    more = Text(f"… och {len(rows) - limit} till; --all visar alla.", style="italic")
    return [_rows(rows[:limit], wrapped), more] if limit else [more]


def status_view(s: Status, limit: int | None = None) -> RenderableType:
    """Counts first, then each list that needs attention, each at most limit rows long (None: every row) with how
    many more there are, so that the whole fits one screen."""
    summary = Text()
    summary.append(f"Läget {long_date(s.today)}\n", style="bold")
    summary.append(f"{_count(len(s.open), 'öppen uppföljning', 'öppna uppföljningar')}: "
                   f"{len(s.overdue)} försenade, {len(s.stalled)} står still, {len(s.dropped)} tappade. ")
    summary.append(f"{_count(len(s.uncovered), 'område', 'områden')} utan åtgärd. "
                   f"{_count(len(s.decisions_open), 'beslut', 'beslut')} ej verkställda. "
                   f"{_count(len(s.absent), 'ledamot', 'ledamöter')} frånvarande de två senaste mötena.")
    parts: list[RenderableType] = [summary]
    attention = [e for e in s.open if e.overdue or e.stalled or e.dropped]
    if attention:
        parts += [section_title("Uppföljningar att ta upp"), *_capped(_followups(attention), limit, wrapped=2)]
    if s.uncovered:
        parts += [section_title("Omfattande och återkommande områden utan åtgärd")]
        parts += _capped([[Text(cell(c.area)), level_text(c.level), Text(NO_ACTION, style=FLAG_STYLE)]
                          for c in s.uncovered], limit)
    if s.decisions_open:
        parts += [section_title("Beslut som inte verkställts (taget, dagar sedan)")]
        parts += _capped([[Text(cell(f"{d.item_title}: {d.text}")), Text(d.meeting_key),
                           Text(f"{d.age_days(s.today):>5} d")] for d in s.decisions_open], limit)
    if s.absent:
        parts += [section_title(f"Frånvarande vid {' och '.join(s.last_meetings)}")]
        parts += _capped([[Text(f"{cell(a.name)} (senast närvarande {a.last_present.isoformat()})")]
                          for a in s.absent], limit)
    return Group(*parts)
