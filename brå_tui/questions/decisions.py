"""The register of decisions across meetings, with amounts summed in total and per account."""

from __future__ import annotations

import datetime as dt
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


@dataclass
class Register:
    """Every decision in a span, oldest first, with the sums."""

    rows: list[DecisionRow] = field(default_factory=list)
    total_sek: int = 0
    by_account: dict[str, int] = field(default_factory=dict)


def decision_register(store: Store, year: int | None = None) -> Register:
    """The decisions of every meeting, or of one year."""
    register = Register()
    for meeting in store.meetings_oldest_first():
        if year is not None and meeting.date.year != year:
            continue
        for item, d in meeting.decisions():
            register.rows.append(DecisionRow(meeting.date, meeting.key, item.title, d.text, d.amount_sek, d.account))
            if d.amount_sek is not None:
                register.total_sek += d.amount_sek
                account = d.account or "utan konto"
                register.by_account[account] = register.by_account.get(account, 0) + d.amount_sek
    return register
