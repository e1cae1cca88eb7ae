"""The register of decisions: each decision with its meeting, item, amount and account, and the sums."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text

from brå_tui.questions.decisions import Register
from brå_tui.views.format import amount
from brå_tui.views.meeting import empty, section_title
from brå_tui.views.tables import table as plain_table


def decisions_table(register: Register) -> RenderableType:
    """Date, item and decision text, amount, account."""
    grid = plain_table(leading=1)
    grid.add_column("Datum", no_wrap=True)
    grid.add_column("Ärende och beslut", overflow="fold", min_width=24)
    grid.add_column("Belopp", justify="right", no_wrap=True)
    grid.add_column("Konto", no_wrap=True)
    for row in register.rows:
        what = Text(row.item_title, style="bold")
        what.append(f"\n{row.text}")
        grid.add_row(row.meeting_key, what, amount(row.amount_sek), row.account or "")
    return grid


def sums(register: Register) -> RenderableType:
    """The total and the sum per account."""
    grid = plain_table(show_header=False, box=None, padding=(0, 2, 0, 0))
    grid.add_column(no_wrap=True)
    grid.add_column(justify="right", no_wrap=True)
    grid.add_row(Text("Summa", style="bold"), Text(amount(register.total_sek), style="bold"))
    for account, total in sorted(register.by_account.items()):
        grid.add_row(f"  {account}", amount(total))
    return grid


def decisions_view(register: Register, year: int | None = None) -> RenderableType:
    """The register with a heading, the table and the sums."""
    heading = "Beslut" + (f" {year}" if year is not None else "")
    if not register.rows:
        return Group(section_title(heading), empty("Inga beslut" + (f" under {year}." if year else ".")))
    return Group(section_title(heading), decisions_table(register), Text(), sums(register))
