"""The register of decisions: each decision with its meeting, item, amount and account, and the sums."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from rich.console import Group, RenderableType
from rich.text import Text

from brå_tui.questions.decisions import DecisionRow, Register
from brå_tui.views.format import amount
from brå_tui.views.meeting import empty, section_title
from brå_tui.views.plain import KEY_WIDTH, Column, peek
from brå_tui.views.plain import lines as plain_lines
from brå_tui.views.tables import table as plain_table

NOT_CARRIED_OUT = "EJ VERKSTÄLLT"
COLUMNS = [Column("Datum", KEY_WIDTH), Column("Ärende och beslut"), Column("Belopp", 12, True), Column("Konto", 10)]


def _carried_out_parts(row: DecisionRow, today: dt.date) -> list[tuple[str, str]]:
    """The words of carried_out_text with their styles."""
    parts: list[tuple[str, str]] = []
    if row.carried_out is not None:
        by = f" av {row.carried_out_by}" if row.carried_out_by else ""
        note = f": {row.carried_out_note}" if row.carried_out_note else ""
        parts.append((f"verkställt {row.carried_out.isoformat()}{by}{note}", "italic"))
    if row.reported_back is not None:
        if parts:
            parts.append(("; ", ""))
        parts.append((f"återrapporterat {row.reported_back.isoformat()}", "italic"))
    if not parts:
        parts += [(NOT_CARRIED_OUT, "bold reverse"), (f" sedan {row.age_days(today)} dagar", "")]
    return parts


def carried_out_text(row: DecisionRow, today: dt.date) -> Text:
    """'verkställt 2024-03-01 av Tobias Å', 'återrapporterat 2024-11-15', or EJ VERKSTÄLLT with its age in days."""
    return Text.assemble(*_carried_out_parts(row, today))


def carried_out_plain(row: DecisionRow, today: dt.date) -> str:
    """carried_out_text without styles, for plain output."""
    return "".join(text for text, _ in _carried_out_parts(row, today))


def decisions_table(register: Register, today: dt.date | None = None) -> RenderableType:
    """Date, item and decision text with whether it was carried out, amount, account."""
    today = today or dt.date.today()
    grid = plain_table(leading=1)
    grid.add_column("Datum", no_wrap=True)
    grid.add_column("Ärende och beslut", overflow="fold", min_width=24)
    grid.add_column("Belopp", justify="right", no_wrap=True)
    grid.add_column("Konto", no_wrap=True)
    for row in register.rows:
        what = Text(row.item_title, style="bold")
        what.append(f"\n{row.text}\n")
        what.append_text(carried_out_text(row, today))
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


def heading(year: int | None, open_only: bool = False) -> str:
    """'Beslut', 'Beslut 2024' or 'Beslut som inte verkställts 2024'."""
    return ("Beslut som inte verkställts" if open_only else "Beslut") + (f" {year}" if year is not None else "")


def nothing(year: int | None) -> str:
    """What the register says when it is empty."""
    return "Inga beslut" + (f" under {year}." if year else ".")


def waiting_note(register: Register) -> str:
    """How many of the register's decisions are neither carried out nor reported back."""
    return f"{register.waiting} av {register.count} beslut är inte verkställda eller återrapporterade."


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


def decisions_lines(rows: Iterable[DecisionRow], year: int | None, width: int, open_only: bool = False,
                    today: dt.date | None = None) -> Iterator[str]:
    """The register as plain lines, each decision written as it is read, the sums and the open count at the end."""
    today = today or dt.date.today()
    yield heading(year, open_only)
    register = Register()

    def counted() -> Iterator[list[str]]:
        for row in rows:
            if open_only and not row.is_open:
                continue
            register.add(row)
            yield [row.meeting_key, f"{row.item_title}\n{row.text}\n{carried_out_plain(row, today)}",
                   amount(row.amount_sek), row.account or ""]

    cells = peek(counted())
    if cells is None:
        yield nothing(year)
        return
    yield from plain_lines(COLUMNS, cells, width, leading=1)
    yield ""
    sums = [("Summa", register.total_sek), *((f"  {a}", t) for a, t in sorted(register.by_account.items()))]
    label = max(len(name) for name, _ in sums)
    figure = max(len(amount(total)) for _, total in sums)
    yield from (f"{name:<{label}}  {amount(total):>{figure}}" for name, total in sums)
    yield ""
    yield waiting_note(register)
