"""What a decision's amount is: what the council grants, never what was applied for beside it ('4 000 kr av sökta
8 000 kr', also after 'det sökta beloppet,'), nothing for a rejection written in the passive ('Ansökan om 15 000 kr
avslås.', which is a decision all the same), nothing for a proposal to another body, whose money it is ('föreslå KS
att avsätta 1,5 miljoner kronor'), and millions written 'miljoner' or 'mnkr'."""

from __future__ import annotations

from pathlib import Path

import pytest

from brå_tui.importer.decisions import amount_of, is_decision
from tests.importexport.notes import import_one, write_note


@pytest.mark.parametrize(("text", "kronor"), [
    ("Rådet beslutar att bevilja halva det sökta beloppet, 4 000 kr av sökta 8 000 kr.", 4000),
    ("Ansökan om 8 000 kr beviljas med 4 000 kr.", 4000),
    ("Ansökan om 15 000 kr avslås.", None),
    ("Ansökan om 15 000 kr avslogs.", None),
    ("Rådet beslutar att föreslå KS att avsätta 1,5 miljoner kronor.", None),
    ("Rådet beslutar att föreslå kommunstyrelsen att anslå 2 mnkr till kameror.", None),
    ("Rådet hemställer hos nämnden om 40 000 kr.", None),
    ("Rådet beslutar att bevilja 2 mnkr.", 2_000_000),
    ("Rådet beslutar att avsätta 1,5 miljoner till kameror.", 1_500_000),
    ("Rådet föreslår att bevilja 10 000 kr.", 10000),  # no other body: the council's own
])
def test_the_amount_is_what_the_council_itself_grants(text: str, kronor: int | None) -> None:
    assert amount_of(text) == kronor


@pytest.mark.parametrize("text", ["Ansökan om 15 000 kr avslås.", "Ansökan beviljas med 5 000 kr.",
                                  "Förslaget godkänns."])
def test_a_verdict_in_the_passive_is_a_decision(text: str) -> None:
    assert is_decision(text)


def test_the_decisions_of_a_protocol_sum_what_was_granted(empty_store: Path, tmp_path: Path) -> None:
    text = ("Protokoll 2026-11-18\nTid: 10-12\nPlats: Rådhuset\nNärvarande: Ann Ek (S), ordförande, Bo Ny (M)\n"
            "§ 1 Ansökan Föreningen B\nAnsökan om 15 000 kr avslås.\n§ 2 Kameror\n"
            "Rådet beslutar att föreslå KS att avsätta 1,5 miljoner kronor.\n§ 3 Ansökan Föreningen D\n"
            "Rådet beslutar att bevilja halva det sökta beloppet, 4 000 kr av sökta 8 000 kr.\n")
    m = import_one(empty_store, write_note(tmp_path, text)).meeting
    assert [(d.text, d.amount_sek) for item in m.items for d in item.decisions] == [
        ("Ansökan om 15 000 kr avslås.", None),
        ("Rådet beslutar att föreslå KS att avsätta 1,5 miljoner kronor.", None),
        ("Rådet beslutar att bevilja halva det sökta beloppet, 4 000 kr av sökta 8 000 kr.", 4000)]
