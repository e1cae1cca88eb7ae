"""In a notice, a presenter written after the title on its line ('§ 41 Lägesbild från polisen – Föredragande:
kommunpolis Rolf Ek') is the item's presenter, not part of its title; proposed meeting dates ('Förslag till
beslut: Rådet sammanträder 2027-02-17, …') are the item's proposal, marked unsure, never planned meetings."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importexport.notes import import_one, write_note

NOTICE = ("KALLELSE\nLokala brottsförebyggande rådet Sala\nSammanträde 2026-12-16 kl. 13.30–16.00\n"
          "Plats: Sala stadshus\n\nÄrenden\n§ 40 Val av justerare\n§ 41 {presented}\n"
          "§ 42 Sammanträdesplan 2027\nFörslag till beslut: Rådet sammanträder 2027-02-17, 2027-04-21, 2027-06-09.\n"
          "§ 43 Övriga frågor\n")


@pytest.mark.parametrize(("presented", "names"), [
    ("Lägesbild från polisen – Föredragande: kommunpolis Rolf Ek", ["Rolf Ek"]),
    ("Lägesbild från polisen (föredragande rektor Li Berg)", ["Li Berg"]),
    ("Lägesbild från polisen, föredragande Rolf Ek och Li Berg", ["Rolf Ek", "Li Berg"]),
])
def test_the_presenter_after_the_title(empty_store: Path, tmp_path: Path, presented: str, names: list[str]) -> None:
    m = import_one(empty_store, write_note(tmp_path, NOTICE.format(presented=presented))).meeting
    item = next(i for i in m.items if i.number == "§ 41")
    assert (item.title, item.presenters) == ("Lägesbild från polisen", names)


def test_proposed_dates_are_no_planned_meetings(empty_store: Path, tmp_path: Path) -> None:
    text = NOTICE.format(presented="Lägesbild från polisen")
    result = import_one(empty_store, write_note(tmp_path, text))
    m = result.meeting
    assert m.schedule == []
    plan = next(i for i in m.items if i.number == "§ 42")
    assert "Rådet sammanträder 2027-02-17" in plan.notes and plan.decisions == []
    assert any("förslag till mötestider" in doubt for doubt in result.unsure)
