"""The register of decisions as plain lines, for a pipe or a file, and the words the register is told in: no Rich
console, text or table is needed (decisions.py styles the same words for a terminal and the app)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from brå_tui.questions.decisions import DecisionRow, Register
from brå_tui.views.format import amount
from brå_tui.views.plain import KEY_WIDTH, Column, cell, paragraph, peek
from brå_tui.views.plain import lines as plain_lines

if TYPE_CHECKING:
    from brå_tui.store.queries import DecisionText

NOT_CARRIED_OUT = "EJ VERKSTÄLLT"
COLUMNS = [Column("Datum", KEY_WIDTH), Column("Ärende och beslut"), Column("Belopp", 12, True), Column("Konto", 10)]


def carried_out_parts(row: DecisionRow, today: dt.date) -> list[tuple[str, str]]:
    """Whether a decision was carried out or reported back, as (text, style) parts (see carried_out_text)."""
    return _carried_out(None if row.carried_out is None else row.carried_out.isoformat(), row.carried_out_by,
                        row.carried_out_note, None if row.reported_back is None else row.reported_back.isoformat(),
                        row.age_days(today))


def _carried_out(done: str | None, by: str | None, note: str | None, back: str | None,
                 age: int) -> list[tuple[str, str]]:
    """carried_out_parts of a decision's fields as the index keeps them (dates as ISO text), age its days."""
    parts: list[tuple[str, str]] = []
    if done is not None:
        by_text = f" av {cell(by)}" if by else ""
        note_text = f": {cell(note)}" if note else ""
        parts.append((f"verkställt {done}{by_text}{note_text}", "italic"))
    if back is not None:
        if parts:
            parts.append(("; ", ""))
        parts.append((f"återrapporterat {back}", "italic"))
    if not parts:
        parts += [(NOT_CARRIED_OUT, "bold reverse"), (waiting_words(age), "")]
    return parts


def waiting_words(age: int) -> str:
    """How long an open decision has waited, after EJ VERKSTÄLLT: ' i 1 dag', ' i 40 dagar'; a decision dated ahead of
    today (a meeting file dated in the future) ' (beslutsdagen är om 71 dagar)', never a negative count."""
    if age < 0:
        return f" (beslutsdagen är om {-age} {'dag' if age == -1 else 'dagar'})"
    return f" i {age} {'dag' if age == 1 else 'dagar'}"


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
    return decision_text_lines(((r.date.isoformat(), r.meeting_key, r.item_title, r.text, r.amount_sek, r.account,
                                 None if r.carried_out is None else r.carried_out.isoformat(), r.carried_out_by,
                                 r.carried_out_note, None if r.reported_back is None else r.reported_back.isoformat())
                                for r in rows), year, width, open_only, today, whole_rows)


def decision_text_lines(rows: Iterable[DecisionText], year: int | None, width: int, open_only: bool = False,
                        today: dt.date | None = None, whole_rows: bool = False) -> Iterator[str]:
    """decisions_lines of the decisions' fields as the index keeps them (store.queries.decision_texts, dates as ISO
    text), each written as it is read: nothing is made of a row but its cells."""
    day = (today or dt.date.today()).toordinal()
    yield from paragraph(heading(year, open_only), width)
    register = Register()
    amounts: dict[int | None, str] = {}
    accounts: dict[str | None, str] = {}

    def counted() -> Iterator[list[str]]:
        count = waiting = total = 0
        by_account = register.by_account
        for date, key, title, text, sek, account, done, by, note, back in rows:
            is_open = done is None and back is None
            if open_only and not is_open:
                continue
            count += 1
            if is_open:
                waiting += 1
                carried = NOT_CARRIED_OUT + waiting_words(day - dt.date.fromisoformat(date).toordinal())
            else:
                carried = "".join(part for part, _ in _carried_out(done, by, note, back, 0))
            if sek is not None:
                total += sek
                name = account or "utan konto"
                by_account[name] = by_account.get(name, 0) + sek
            shown = amounts.get(sek)
            if shown is None:
                shown = amounts[sek] = amount(sek)
            where = accounts.get(account)
            if where is None:
                where = accounts[account] = cell(account or "")
            yield [key, cell(title, text, carried), shown, where]
        register.count, register.waiting, register.total_sek = count, waiting, total

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
