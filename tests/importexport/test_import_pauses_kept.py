"""Pauses and adjournments are kept as such: an adjournment the Tid field gives beside the meeting's time ('kl.
13.00–16.30 (ajournering 15:00–15:10)') and a sentence in the text that says the meeting adjourned or paused
('Mötet ajournerades 15.00–15.10.', 'Paus 10.15–10.30') are items of their kind with their time slot, the summary
says them, and the text after a pause in the middle of an item stays with that item."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.importexport.notes import import_one, write_note

HEAD = ("Minnesanteckningar\nTid: {tid}\nPlats: Kommunhuset\n"
        "Närvarande: Anna Berg, ordförande, Olle Sund, kommunpolis\n\n")
ITEMS = "1. Polisen\nOlle berättade om läget.\n{between}Olle fortsatte.\n\n2. Skolan\nAnna berättade.\n"


def _kept(result: object) -> list[tuple[str, str | None, dt.time | None, dt.time | None]]:
    return [(i.title, i.kind, i.start, i.end) for i in result.meeting.items]  # type: ignore[attr-defined]


@pytest.mark.parametrize("tid, want", [
    ("2026-02-10 kl. 13.00–16.30 (ajournering 15:00–15:10)",
     [("Ajournering", "adjournment", dt.time(15), dt.time(15, 10))]),
    ("2026-02-10 kl. 13.00–16.30, paus 14.30–14.45", [("Paus", "pause", dt.time(14, 30), dt.time(14, 45))]),
    ("2026-02-10 13.00–16.30 (ajournering kl. 15.00–15.10 och 15.45–15.50)",
     [("Ajournering", "adjournment", dt.time(15), dt.time(15, 10)),
      ("Ajournering", "adjournment", dt.time(15, 45), dt.time(15, 50))]),
])
def test_an_adjournment_in_the_tid_field_is_kept(empty_store: Path, tmp_path: Path, tid: str,
                                                 want: list[object]) -> None:
    result = import_one(empty_store, write_note(tmp_path, HEAD.format(tid=tid) + ITEMS.format(between="")))
    m = result.meeting
    assert (m.start, m.end) == (dt.time(13), dt.time(16, 30))  # the pause's time is never the meeting's
    pauses = [k for k in _kept(result) if k[1] in ("pause", "adjournment")]
    assert pauses == want
    summary = "\n".join(result.summary())
    for title, _kind, start, _end in want:
        assert f"{title} {start:%H.%M}" in summary, summary
    assert result.unsure == [] and result.unplaced == []


def test_a_pause_goes_before_the_first_item_that_starts_after_it(empty_store: Path, tmp_path: Path) -> None:
    text = ("Kallelse\nTid: 2026-02-10 kl. 13.00–16.30 (paus 14.00–14.15)\nPlats: Kommunhuset\n"
            "Kallade: Anna Berg, ordförande\n\n1. Lägesbild (13.00–14.00)\n2. Skolan (14.15–15.00)\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    assert [i.title for i in result.meeting.items] == ["Lägesbild", "Paus", "Skolan"]


@pytest.mark.parametrize("line, title, kind, start, end", [
    ("Mötet ajournerades 15.00–15.10.", "Ajournering", "adjournment", dt.time(15), dt.time(15, 10)),
    ("Sammanträdet ajournerades kl. 15.00–15.10.", "Ajournering", "adjournment", dt.time(15), dt.time(15, 10)),
    ("Kl. 15.00–15.10 ajournerades mötet.", "Ajournering", "adjournment", dt.time(15), dt.time(15, 10)),
    ("Paus 10.15–10.30", "Paus", "pause", dt.time(10, 15), dt.time(10, 30)),
    ("(Paus 10.15–10.30)", "Paus", "pause", dt.time(10, 15), dt.time(10, 30)),
    ("Rådet tog paus 10.15–10.30.", "Paus", "pause", dt.time(10, 15), dt.time(10, 30)),
])
def test_a_pause_in_the_text_is_kept_and_the_item_keeps_its_text(empty_store: Path, tmp_path: Path, line: str,
                                                                 title: str, kind: str, start: dt.time,
                                                                 end: dt.time) -> None:
    text = HEAD.format(tid="2026-02-10 kl. 09.00–16.30") + ITEMS.format(between=line + "\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    assert _kept(result) == [("Polisen", None, None, None), (title, kind, start, end), ("Skolan", None, None, None)]
    first, pause, _ = result.meeting.items
    assert first.notes == "Olle berättade om läget.\nOlle fortsatte.\n"  # the text after the pause is the item's
    assert pause.presenters == []
    assert f"{title} {start:%H.%M}–{end:%H.%M}" in "\n".join(result.summary())
    assert result.unplaced == []
