"""The rolling action log: one row per follow-up, with its flags as words, and one item's history."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text

from brå_tui.questions.actionlog import LogEntry
from brå_tui.views.format import names, state_word
from brå_tui.views.loglines import COLUMNS, flag_meanings, flags, meetings_open, state_details
from brå_tui.views.meeting import empty, section_title
from brå_tui.views.plain import cell
from brå_tui.views.tables import add_columns
from brå_tui.views.tables import table as plain_table

FLAG_STYLE = "bold reverse"


def owners_text(owners: list[str]) -> Text:
    """The owners as written, or 'ingen' in italics."""
    return Text(cell(*owners)) if owners else Text("ingen", style="italic")


def state_cell(entry: LogEntry) -> Text:
    """The state, how many meetings it was open, and the flags as words."""
    text = Text(state_word(entry.state), style="bold" if entry.is_open else "dim")
    for line in state_details(entry):
        text.append(f"\n{line}")
    for flag in flags(entry):
        text.append("\n")
        text.append(flag, style=FLAG_STYLE)
    return text


def log_table(entries: list[LogEntry]) -> RenderableType:
    """The log: title and status, owners, state with flags, first and last meeting."""
    grid = add_columns(plain_table(leading=1), COLUMNS, overflow="fold")
    for entry in entries:
        what = Text(cell(entry.title), style="bold")
        if entry.status:
            what.append(f"\n{cell(entry.status)}")
        dates = entry.first_key if entry.first_key == entry.last_key else f"{entry.first_key}\n{entry.last_key}"
        grid.add_row(what, owners_text(entry.owners), state_cell(entry), dates)
    return grid


def entry_detail(entry: LogEntry) -> Text:
    """One entry in full, as bra log shows it: title, status, owners, state with its due date ("senast", as in bra
    log) and flags, and its first and last meeting ("första möte", "senaste möte", never read as a deadline)."""
    text = Text(cell(entry.title), style="bold")
    text.append(f"\n{cell(entry.status)}" if entry.status else "\n(ingen status)")
    text.append("\nAnsvarig: ")
    text.append(names(entry.owners) if entry.owners else "ingen", style="" if entry.owners else "italic")
    text.append("  ·  ")
    text.append(state_word(entry.state), style="bold" if entry.is_open else "dim")
    if entry.open_meetings:
        text.append(f", {'' if entry.is_open else 'öppen '}{meetings_open(entry)}")
    if entry.due is not None and entry.is_open:
        text.append(f", senast {entry.due.isoformat()}")  # the due date, as in the Läge column and bra log
    for flag in flags(entry):
        text.append(", ")
        text.append(flag, style=FLAG_STYLE)
    last = "" if entry.first_key == entry.last_key else f", senaste möte {entry.last_key}"
    text.append(f"  ·  första möte {entry.first_key}{last}")
    return text


def flag_notes(entries: list[LogEntry]) -> Text | None:
    """What the flags in the shown entries mean; None when no entry is flagged."""
    text = Text()
    for flag, meaning in flag_meanings(entries):
        if text:
            text.append("\n")
        text.append(flag, style=FLAG_STYLE)
        text.append(meaning)
    return text or None


def log_view(entries: list[LogEntry], heading: str = "Åtgärdslogg", note: str | None = None) -> RenderableType:
    """The action log with a heading, an optional note on the filter, and what the flags mean."""
    parts: list[RenderableType] = [section_title(heading)]
    if note:
        parts.append(Text(note, style="italic"))
    if not entries:
        parts.append(empty("Inga uppföljningar att visa."))
        return Group(*parts)
    parts.append(log_table(entries))
    notes = flag_notes(entries)
    if notes is not None:
        parts += [Text(), notes]
    return Group(*parts)


def history_view(entry: LogEntry) -> RenderableType:
    """One follow-up's whole history: how it stood at each meeting."""
    grid = plain_table(leading=1)
    grid.add_column("Möte", no_wrap=True)
    grid.add_column("Rubrik och status", overflow="fold")
    grid.add_column("Ansvarig", overflow="fold", max_width=16)
    grid.add_column("Läge", no_wrap=True)
    for h in entry.history:
        f = h.followup
        text = Text(cell(f.title), style="bold")
        if f.status:
            text.append(f"\n{cell(f.status)}")
        grid.add_row(h.meeting_key, text, owners_text(f.owners), state_word(f.state))
    title = Text.assemble((cell(entry.title), "bold"), f"  ({cell(entry.id)})")
    parts: list[RenderableType] = [title, grid]
    notes = flag_notes([entry])
    if notes is not None:
        parts.append(notes)
    return Group(*parts)
