"""What a draft changes is said in grammatical Swedish: each phrase led by its verb, each count with its noun in
the right number and on one line with it."""

from __future__ import annotations

import copy
from pathlib import Path

from brå_tui.model import Decision, Item
from brå_tui.store.load import load
from brå_tui.views.changes import meeting_changes
from brå_tui.views.wrap import NO_BREAK, counted, fit

SEED_STORE = Path(__file__).resolve().parent.parent / "store"


def test_each_count_has_its_verb_and_its_noun_in_the_right_number() -> None:
    before = load(SEED_STORE).meeting("2024-11-15")
    assert before is not None and len(before.items) >= 2
    after = copy.deepcopy(before)
    after.other.append(Item(title="Nattvandring"))
    after.other.append(Item(title="Trygghetsvandring"))
    after.items[-1].decisions.append(Decision(text="Rådet beslutar att ses igen."))
    after.place = "Sessionssalen"
    said = [phrase.replace(NO_BREAK, " ") for phrase in meeting_changes(before, after)]
    assert said == ["ändrar platsen till Sessionssalen", "lägger till 1 beslut", "lägger till 2 övriga frågor"], said
    after.other.pop()
    assert meeting_changes(before, after)[-1] == f"lägger till 1{NO_BREAK}övrig fråga"
    assert all(phrase.split(" ")[0] in ("ändrar", "lägger", "tar") for phrase in said)


def test_a_count_stays_with_its_noun_when_the_line_is_broken() -> None:
    line = f"anteckningar.txt → 2024-11-15: {counted(12, 'närvarande', 'närvarande')}, {counted(0, 'beslut', 'beslut')}"
    for width in range(12, 40):
        for part in fit(line, width):
            assert not part.rstrip()[-1:].isdigit(), (width, part)
