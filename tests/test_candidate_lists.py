"""A message that lists the names a word may stand for shows at most five of them and counts the rest ("och 12
till"), from `bra owner` and `bra log --area` to `bra check` and the editor's note under a name field."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from brå_tui.questions.people import Directory
from brå_tui.store.load import load
from brå_tui.text import listed
from brå_tui.tui.editing.fields import resolution_note
from tests.on_terminal import run_piped

SURNAMES = ["Berg", "Dahl", "Ek", "Falk", "Holm", "Lind", "Lund", "Nord", "Sjö", "Strand", "Ström", "Vik", "Åberg",
            "Ås", "Öberg", "Östlund", "Blom"]  # 17 people called Anna


@pytest.fixture
def crowded_store(seed_store: Path) -> Path:
    """The seed store with 17 people called Anna, and 17 risk areas."""
    people = seed_store / "people.toml"
    people.write_text(people.read_text(encoding="utf-8") + "".join(
        f'\n[[person]]\nname = "Anna {surname}"\n' for surname in SURNAMES), encoding="utf-8")
    council = seed_store / "council.toml"
    text = council.read_text(encoding="utf-8")
    areas = ", ".join(f'"Område nummer {n}"' for n in range(1, 18))
    council.write_text(re.sub(r"(?m)^areas = \[.*?\]", f"areas = [{areas}]", text, flags=re.S), encoding="utf-8")
    return seed_store


def test_listed_caps_at_five_and_counts_the_rest() -> None:
    assert listed(["A", "B"]) == "A, B"
    assert listed(["A", "B", "C"], " eller ") == "A, B eller C"
    assert listed(["A"]) == "A"
    assert listed([f"N{n}" for n in range(17)]) == "N0, N1, N2, N3, N4 och 12 till"


def _one_line(out: bytes) -> str:
    return " ".join(out.decode("utf-8").split())


@pytest.mark.parametrize("columns", [60, 80, 100])
def test_owner_lists_five_of_seventeen_annas(crowded_store: Path, columns: int) -> None:
    said = _one_line(run_piped("--store", crowded_store, "owner", "Anna", size=(columns, 24)))
    assert "Anna kan vara: " in said, said
    assert "och 12 till" in said, said
    assert sum(f"Anna {s}" in said.split(";")[0] for s in SURNAMES) == 5, said
    assert said.count('"Anna ') == 5, said


def test_log_area_lists_five_areas(crowded_store: Path) -> None:
    said = _one_line(run_piped("--store", crowded_store, "log", "--area", "Inget sådant"))
    assert "Område nummer 5, och" not in said and "Område nummer 5 och 12 till" in said, said
    assert "Område nummer 6" not in said, said


def test_editor_note_lists_five(crowded_store: Path) -> None:
    note = resolution_note(Directory.from_store(load(crowded_store)))("Anna")
    assert note.count("Anna ") == 1 + 5 + 5 and "och 12 till" in note, note
