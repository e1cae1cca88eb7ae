"""Whom a decision is sent to (expediering: 'Beslutet skickas till' over one recipient a line, 'Expedieras till:
Polisen, Helsingehus', 'Beslutet delges'): set aside with its recipients, never a decision, a note or people."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importexport.notes import import_one, write_note

HEAD = ("PROTOKOLL\nSammanträdesdatum 2026-09-30\nTid och plats: Edsbyn, kommunhuset, kl. 09.00–11.00\n"
        "Beslutande: Hans Edh (C), ordförande; Mia Rönn (S)\n\n§ 18 Trygghetsvandring i Alfta\n"
        "Trygghetsvandringen genomfördes 2026-09-08.\nBeslut\nRådet beslutar\n- att godkänna rapporten,\n"
        "- att lägga rapporten till handlingarna.\n")
TAIL = "§ 19 Övriga frågor\nInga övriga frågor.\n"


@pytest.mark.parametrize("sent", ["Beslutet skickas till\nHelsingehus\nPolisen\n",
                                  "Expedieras till: Helsingehus, Polisen\n",
                                  "Beslutet delges\nHelsingehus\nPolisen\n",
                                  "Expediering\n- Helsingehus\n- Polisen\n"])
def test_the_recipients_are_set_aside(empty_store: Path, tmp_path: Path, sent: str) -> None:
    result = import_one(empty_store, write_note(tmp_path, HEAD + sent + TAIL))
    m = result.meeting
    assert [d.text for d in m.items[0].decisions] == ["Rådet beslutar att godkänna rapporten",
                                                      "Rådet beslutar att lägga rapporten till handlingarna."]
    assert "Polisen" not in m.items[0].notes and "Helsingehus" not in m.items[0].notes
    assert [a.name for a in m.attendees] == ["Hans Edh", "Mia Rönn"]
    assert [line for line, _ in result.set_aside] == [line for line in sent.splitlines()]
    assert [item.title for item in m.items] == ["Trygghetsvandring i Alfta", "Övriga frågor"]
