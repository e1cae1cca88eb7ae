"""The register of decisions: each decision with its meeting, item, amount and account, and the sums."""

from __future__ import annotations

import datetime as dt

from rich.console import Group, RenderableType
from rich.text import Text

from brå_tui.questions.decisions import DecisionRow, Register
from brå_tui.views.decisionlines import carried_out_parts, heading, nothing, waiting_note
from brå_tui.views.format import amount
from brå_tui.views.meeting import empty, section_title
from brå_tui.views.plain import cell
from brå_tui.views.tables import table as plain_table


def carried_out_text(row: DecisionRow, today: dt.date) -> Text:
    """'verkställt 2024-03-01 av Tobias Å', 'återrapporterat 2024-11-15', or EJ VERKSTÄLLT with its age in days."""
    return Text.assemble(*carried_out_parts(row, today))


def decisions_table(register: Register, today: dt.date | None = None) -> RenderableType:
    """Date, item and decision text with whether it was carried out, amount, account."""
    today = today or dt.date.today()
    grid = plain_table(leading=1)
    grid.add_column("Datum", no_wrap=True)
    grid.add_column("Ärende och beslut", overflow="fold", min_width=24)
    grid.add_column("Belopp", justify="right", no_wrap=True)
    grid.add_column("Konto", no_wrap=True)
    for row in register.rows:
        what = Text(cell(row.item_title), style="bold")
        what.append(f"\n{cell(row.text)}\n")
        what.append_text(carried_out_text(row, today))
        grid.add_row(row.meeting_key, what, amount(row.amount_sek), cell(row.account or ""))
    return grid


def sums(register: Register) -> RenderableType:
    """The total and the sum per account."""
    grid = plain_table(show_header=False, box=None, padding=(0, 2, 0, 0))
    grid.add_column(no_wrap=True)
    grid.add_column(justify="right", no_wrap=True)
    grid.add_row(Text("Summa", style="bold"), Text(amount(register.total_sek), style="bold"))
    for account, total in sorted(register.by_account.items()):
        grid.add_row(f"  {cell(account)}", amount(total))
    return grid


def decisions_view(register: Register, year: int | None = None, open_only: bool = False,
                   today: dt.date | None = None, note: str | None = None) -> RenderableType:
    """The register with a heading, the table (perhaps only its latest rows, as the note says), the sums and how
    many are not carried out."""
    if not register.rows:
        return Group(section_title(heading(year, open_only)), empty(nothing(year)))
    parts: list[RenderableType] = [section_title(heading(year, open_only)), decisions_table(register, today)]
    if note:
        parts.append(Text(note, style="italic"))
    return Group(*parts, Text(), sums(register), Text(), Text(waiting_note(register), style="italic"))
