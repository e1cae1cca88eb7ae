"""Review before saving: `bra import --review` shows every source line beside what it became at 80 columns and
moves lines by typed keys; nothing is saved until the review ends, and q saves nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from brå_tui.importer import import_notes
from brå_tui.importer.review import move, rows
from brå_tui.store.load import load

CORPUS = Path(__file__).resolve().parent / "corpus"


def _bra(*args: object, keys: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("BRA_STORE",)}
    env.update(COLUMNS="80", NO_COLOR="1")
    return subprocess.run([sys.executable, "-m", "brå_tui", *map(str, args)], input=keys, capture_output=True,
                          text=True, env=env, timeout=120)


def test_every_line_is_shown_beside_what_it_became(empty_store: Path) -> None:
    [result] = import_notes([CORPUS / "kallelse.txt"], load(empty_store))
    found = {row.number: row.became for row in rows(result)}
    assert found[12] == "närvarande: Lars Larsson"
    assert found[19] == "tid i 1 Lägesbild från polisen"
    assert found[23] == "tid i 2 Trygghetsvandring i Vikmanshyttan"
    assert found[32] == "diarienummer i 4 Budget 2019 för Brå"
    assert found[28] == "åt sidan: sidhuvud eller sidfot"
    assert found[37] == "tidplan: tiden för datumen nedan"
    assert found[38] == "tidplan: 2019-02-13"


def test_moving_lines_changes_the_meeting(empty_store: Path) -> None:
    """A person moved to absent, a notes line to a decision, a line to an item of its own, a line ignored."""
    store = load(empty_store)
    [result] = import_notes([CORPUS / "minnesanteckningar-numrerade.txt"], store)
    by_number = {row.number: row for row in rows(result)}
    assert move(result, by_number[10], "frånvarande", store.people) == "frånvarande: Per Persson"
    assert move(result, by_number[22], "beslut", store.people).startswith("beslut i 2. Föregående")
    assert move(result, by_number[29], "ignorera", store.people) == "åt sidan: ignorerad vid granskningen"
    assert move(result, by_number[25], "uppföljning", store.people).startswith("uppföljning: Per Persson informerar")
    m = result.meeting
    assert sorted(a.name for a in m.absentees()) == ["Gunnar Gran", "Per Persson"]
    assert [d.text for d in m.items[1].decisions] == ["Minnesanteckningarna från förra mötet läggs till handlingarna."]
    assert m.items[1].notes == ""
    assert m.items[3].notes == ""
    assert "klotter" not in m.items[2].notes and m.followups[0].title.startswith("Per Persson informerar")


def test_review_on_the_command_line_moves_then_saves(empty_store: Path) -> None:
    note = CORPUS / "minnesanteckningar-numrerade.txt"
    done = _bra("--store", empty_store, "import", "--review", note, keys="13 f\nx\n99 f\n\n")
    assert done.returncode == 0, done.stderr
    table = done.stdout.splitlines()
    assert all(len(line) <= 80 for line in table)
    assert any(line.startswith("  13 Maja Mark, rektor Domarhagsskolan") and "närvarande: Maja Mark" in line
               for line in table)
    assert "Rad 13: frånvarande: Maja Mark" in done.stderr
    assert "skriv ett radnummer och en av bokstäverna" in done.stderr and "rad 99 finns inte" in done.stderr
    meeting = load(empty_store).meeting("2016-03-22")
    assert meeting is not None
    assert sorted(a.name for a in meeting.absentees()) == ["Gunnar Gran", "Maja Mark"]


def test_review_given_up_saves_nothing(empty_store: Path) -> None:
    done = _bra("--store", empty_store, "import", "--review", CORPUS / "kallelse.txt", keys="12 f\nq\n")
    assert done.returncode == 1
    assert "Avbrutet: ingenting sparades." in done.stderr and "Traceback" not in done.stderr
    assert not (empty_store / "meetings").exists() or not list((empty_store / "meetings").iterdir())
