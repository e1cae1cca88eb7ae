"""Lines that each name who is responsible and the task that is theirs ('Ansvar: Nils Rask – lägesbild inför
sommaren, till nästa möte.'): a proposed follow-up each, with its own owner, title and due date, never one line's
task given to the next line's owner."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.importexport.notes import import_one, write_note

NOTE = ("Minnesanteckningar 2026-05-06\nTid: 08.30–10.00\nPlats: Stadshuset\nNärvarande: Nils Rask, Tomas Berg, "
        "Pia Ström\n\n1. Nya åtgärder\n{first}\n{second}\n\nNästa möte: 9 september 08.30, rum 301.\n")


@pytest.mark.parametrize("label", ["Ansvar", "Ansvarig", "Vem"])
def test_each_line_is_its_owners_task(empty_store: Path, tmp_path: Path, label: str) -> None:
    text = NOTE.format(first=f"{label}: Nils Rask – lägesbild inför sommaren, till nästa möte.",
                       second=f"{label}: Tomas Berg – skriva till länsstyrelsen om medel, senast 2026-05-31.")
    result = import_one(empty_store, write_note(tmp_path, text))
    assert [(p.owners, p.title, p.due) for p in result.proposals] == [
        (["Nils Rask"], "Lägesbild inför sommaren", dt.date(2026, 9, 9)),
        (["Tomas Berg"], "Skriva till länsstyrelsen om medel", dt.date(2026, 5, 31))]


def test_a_responsible_line_without_a_task_still_names_the_one_before(empty_store: Path, tmp_path: Path) -> None:
    text = NOTE.format(first="Rådet beslutade att ta fram en handlingsplan.",
                       second="Ansvarig: Pia Ström, klart senast 2026-06-15.")
    result = import_one(empty_store, write_note(tmp_path, text))
    assert [(p.owners, p.title, p.due) for p in result.proposals] == [
        (["Pia Ström"], "Ta fram en handlingsplan", dt.date(2026, 6, 15))]
