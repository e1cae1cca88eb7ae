"""The register of decisions across meetings, with amounts summed in total and per account."""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field

from brå_tui.model import Store


@dataclass
class DecisionRow:
    """One decision with the meeting and item it was taken under."""

    date: dt.date
    meeting_key: str
    item_title: str
    text: str
    amount_sek: int | None = None
    account: str | None = None
    carried_out: dt.date | None = None
    carried_out_by: str | None = None
    carried_out_note: str | None = None
    reported_back: dt.date | None = None

    @property
    def is_open(self) -> bool:
        """Whether the decision is neither carried out nor reported back (verkställighet)."""
        return self.carried_out is None and self.reported_back is None

    def age_days(self, today: dt.date) -> int:
        """Days since the decision was taken."""
        return (today - self.date).days


@dataclass
class Register:
    """Every decision in a span, oldest first, with the sums."""

    rows: list[DecisionRow] = field(default_factory=list)
    count: int = 0  # every decision in the span; rows may hold only the latest of them
    waiting: int = 0  # those of them neither carried out nor reported back
    total_sek: int = 0
    by_account: dict[str, int] = field(default_factory=dict)

    def add(self, row: DecisionRow) -> None:
        """Count a decision and its amount into the sums (the rows are the caller's to keep)."""
        self.count += 1
        self.waiting += row.is_open
        if row.amount_sek is not None:
            self.total_sek += row.amount_sek
            account = row.account or "utan konto"
            self.by_account[account] = self.by_account.get(account, 0) + row.amount_sek


def decision_register(store: Store, year: int | None = None, open_only: bool = False) -> Register:
    """The decisions of every meeting, or of one year; only those not yet carried out with open_only."""
    return register_from((DecisionRow(m.date, m.key, item.title, d.text, d.amount_sek, d.account, d.carried_out,
                                      d.carried_out_by, d.carried_out_note, d.reported_back)
                          for m in store.meetings_oldest_first() if year is None or m.date.year == year
                          for item, d in m.decisions()), open_only=open_only)


def register_from(rows: Iterable[DecisionRow], keep: int | None = None, open_only: bool = False) -> Register:
    """The register of these decisions (oldest first) with their sums; only the open ones with open_only; only the
    last `keep` rows kept when given."""
    register = Register()
    kept: deque[DecisionRow] = deque(maxlen=keep)
    for row in rows:
        if open_only and not row.is_open:
            continue
        kept.append(row)
        register.add(row)
    register.rows = list(kept)
    return register
