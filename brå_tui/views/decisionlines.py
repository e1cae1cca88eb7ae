"""The register of decisions as plain lines, for a pipe or a file, and the words the register is told in: no Rich
console, text or table is needed (decisions.py styles the same words for a terminal and the app)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from brå_tui.questions.decisions import DecisionRow, Register
from brå_tui.views.format import amount
from brå_tui.views.plain import KEY_WIDTH, Column, cell, paragraph, peek
from brå_tui.views.plain import lines as plain_lines

NOT_CARRIED_OUT = "EJ VERKSTÄLLT"
COLUMNS = [Column("Datum", KEY_WIDTH), Column("Ärende och beslut"), Column("Belopp", 12, True), Column("Konto", 10)]


def carried_out_parts(row: DecisionRow, today: dt.date) -> list[tuple[str, str]]:
    """Whether a decision was carried out or reported back, as (text, style) parts (see carried_out_text)."""
    parts: list[tuple[str, str]] = []
    if row.carried_out is not None:
        by = f" av {cell(row.carried_out_by)}" if row.carried_out_by else ""
        note = f": {cell(row.carried_out_note)}" if row.carried_out_note else ""
        parts.append((f"verkställt {row.carried_out.isoformat()}{by}{note}", "italic"))
    if row.reported_back is not None:
        if parts:
            parts.append(("; ", ""))
        parts.append((f"återrapporterat {row.reported_back.isoformat()}", "italic"))
    if not parts:
        parts += [(NOT_CARRIED_OUT, "bold reverse"), (f" i {row.age_days(today)} dagar", "")]
    return parts


def carried_out_plain(row: DecisionRow, today: dt.date) -> str:
    """carried_out_text without styles, for plain output."""
    return "".join(text for text, _ in carried_out_parts(row, today))


def heading(year: int | None, open_only: bool = False) -> str:
    """'Beslut', 'Beslut 2024' or 'Beslut som inte verkställts 2024'."""
    return ("Beslut som inte verkställts" if open_only else "Beslut") + (f" {year}" if year is not None else "")


def nothing(year: int | None) -> str:
    """What the register says when it is empty."""
    return "Inga beslut" + (f" under {year}." if year else ".")


def waiting_note(register: Register) -> str:
    """How many of the register's decisions are neither carried out nor reported back."""
    return f"{register.waiting} av {register.count} beslut är inte verkställda eller återrapporterade."


def decisions_lines(rows: Iterable[DecisionRow], year: int | None, width: int, open_only: bool = False,
                    today: dt.date | None = None, whole_rows: bool = False) -> Iterator[str]:
    """The register as plain lines, each decision written as it is read, the sums and the open count at the end;
    whole_rows: each decision on one line (views.plain.lines)."""
    today = today or dt.date.today()
    yield from paragraph(heading(year, open_only), width)
    register = Register()

    def counted() -> Iterator[list[str]]:
        for row in rows:
            if open_only and not row.is_open:
                continue
            register.add(row)
            yield [row.meeting_key, cell(row.item_title, row.text, carried_out_plain(row, today)),
                   amount(row.amount_sek), cell(row.account or "")]

    cells = peek(counted())
    if cells is None:
        yield from paragraph(nothing(year), width)
        return
    yield from plain_lines(COLUMNS, cells, width, leading=1, whole_rows=whole_rows)
    yield ""
    sums = [("Summa", register.total_sek), *((f"  {cell(a)}", t) for a, t in sorted(register.by_account.items()))]
    label = max(len(name) for name, _ in sums)
    figure = max(len(amount(total)) for _, total in sums)
    yield from (f"{name:<{label}}  {amount(total):>{figure}}" for name, total in sums)
    yield ""
    yield from paragraph(waiting_note(register), width)
