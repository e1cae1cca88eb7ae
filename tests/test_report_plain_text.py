"""`bra report` as text is written line by line without Rich where that gives what Rich gives: the same bytes as
Rich's drawing of the same blocks, at every width, and Rich is not loaded for it."""

from __future__ import annotations

import io
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from bench.generate import write_store
from brå_tui.export.report import Block, plain_text, report_blocks, to_rich, to_text
from brå_tui.questions.indexed import year_report
from brå_tui.store.index import Index

WIDTHS = [30, 40, 63, 80, 132]


def _by_rich(blocks: list[Block], width: int) -> str:
    from rich.console import Console

    console = Console(width=width, file=io.StringIO(), no_color=True, color_system=None, highlight=False,
                      emoji=False)
    console.print(to_rich(blocks))
    text = console.file.getvalue()  # type: ignore[attr-defined]
    # a tally held together by no-break spaces is written with plain ones
    return "\n".join(line.replace("\u00a0", " ").rstrip() for line in text.splitlines()).strip("\n") + "\n"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("report") / "store"
    write_store(root, 400)
    return root


@pytest.mark.parametrize("year", [2024, 2025])
def test_report_text_is_what_rich_draws(generated: Path, year: int) -> None:
    with Index.open(generated) as index:
        blocks = report_blocks(year_report(index, year), index.council, charts=False)
    for width in WIDTHS:
        assert to_text(blocks, width) == _by_rich(blocks, width), width
    assert plain_text(blocks, 80) is not None  # written without Rich


def test_seed_report_is_what_rich_draws(seed_store: Path) -> None:
    with Index.open(seed_store) as index:
        blocks = report_blocks(year_report(index, 2024), index.council, charts=False)
    for width in WIDTHS:
        assert to_text(blocks, width) == _by_rich(blocks, width), width


WORDS = ["Rådet", "beslutar", "att", "5 000 kr", "omsorg/bildning", "/home/anna/protokoll.docx", "ID110 16",
         "Anna K.", "å", "(se", "nedan),", "\"en kort fras\"", "12", "dagar", "–", "trygghetsvandringen",
         "Tromsø"]
HARD = ["→", "[b]fet[/b]", "Kommunstyrelsensarbetsutskottsledamot", "日本", "x\ty", "  "]  # what Rich alone lays out


def _word(rng: random.Random) -> str:
    return rng.choice(HARD) if rng.random() < 0.01 else rng.choice(WORDS)


def _text(rng: random.Random, most: int) -> str:
    text = " ".join(_word(rng) for _ in range(rng.randint(0, most)))
    return text + ("\n" + (_text(rng, most // 2) or "x") if rng.random() < 0.15 else "")


def test_random_blocks_are_what_rich_draws() -> None:
    rng = random.Random(15)
    plain = 0
    for _ in range(300):
        blocks = [Block("heading", _text(rng, 4) or "Rubrik", rng.choice([1, 2, 3]))]
        for _ in range(rng.randint(1, 4)):
            kind = rng.choice(["paragraph", "bullets", "table", "table"])
            if kind == "paragraph":
                blocks.append(Block("paragraph", _text(rng, 30)))
            elif kind == "bullets":
                blocks.append(Block("bullets", items=[_text(rng, 12) for _ in range(rng.randint(0, 4))]))
            else:
                columns = rng.randint(1, 5)
                header = [_text(rng, 2) for _ in range(columns)]
                rows = [[rng.choice(["X", "–", "", "12 av 30"]) if rng.random() < 0.4 else _text(rng, 5)
                         for _ in range(columns)] for _ in range(rng.randint(0, 6))]
                blocks.append(Block("table", header=header, rows=rows))
        width = rng.choice(WIDTHS)
        plain += plain_text(blocks, width) is not None
        assert to_text(blocks, width) == _by_rich(blocks, width)
    assert plain >= 60  # the plain way was taken often enough to be compared


def test_report_to_a_pipe_does_not_load_rich(generated: Path) -> None:
    probe = ("import sys\nfrom brå_tui.cli.main import main\nstatus = main(sys.argv[1:])\n"
             "sys.stderr.write('RICH' if any(m.split('.')[0] == 'rich' for m in sys.modules) else 'NO RICH')\n"
             "raise SystemExit(status)\n")
    done = subprocess.run([sys.executable, "-c", probe, "--store", str(generated), "report", "2025"],
                          capture_output=True, text=True, env={**os.environ, "COLUMNS": "80"}, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "VERKSAMHETSBERÄTTELSE 2025" in done.stdout
    assert done.stderr.endswith("NO RICH")
