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
    total_sek: int = 0
    by_account: dict[str, int] = field(default_factory=dict)


def decision_register(store: Store, year: int | None = None, open_only: bool = False) -> Register:
    """The decisions of every meeting, or of one year; only those not yet carried out with open_only."""
    register = Register()
    for meeting in store.meetings_oldest_first():
        if year is not None and meeting.date.year != year:
            continue
        for item, d in meeting.decisions():
            if open_only and not d.is_open:
                continue
            register.rows.append(DecisionRow(meeting.date, meeting.key, item.title, d.text, d.amount_sek, d.account,
                                             d.carried_out, d.carried_out_by, d.carried_out_note, d.reported_back))
            if d.amount_sek is not None:
                register.total_sek += d.amount_sek
                account = d.account or "utan konto"
                register.by_account[account] = register.by_account.get(account, 0) + d.amount_sek
    return register
