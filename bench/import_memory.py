"""python -m bench.import_memory MEGABYTES [SHAPE]: the peak memory of a whole `bra import FILE` into a store (read,
built and written as a new meeting file), as the operating system counts it, on a note of about MEGABYTES
megabytes, less the peak of importing a note of a few items (what the process takes whatever it reads), as a
multiple of the note's size; and the seconds both took. One JSON line.

SHAPE 'stycken' (the default): a protocol of § items, each a title, a paragraph of notes and a decision, under a list
of people, the paragraphs as long as it takes to reach the size; 'paragrafer': short § items, a title and a decision
each, as many as it takes (the most lines, items and decisions per byte a note can hold)."""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

from bench.importing import protocol
from bench.measure import REPO
from bench.proc import Run, run_plain

SEED = REPO / "store"
# A protocol numbers its paragraphs with at most four digits.
MOST_ITEMS = 9_000
SENTENCE = "Rådet diskuterar tryggheten i centrum och samverkan med polisen och skolan. "


def paragraphs(size: int) -> str:
    """A protocol of about size bytes: § items with a title, a paragraph of notes and a decision each."""
    items = min(MOST_ITEMS, max(1, size // 400))
    sentences = max(1, (size // items - 80) // len(SENTENCE.encode("utf-8")))
    people = "\n".join(f"Person{n} Efternamn{n}, handläggare" for n in range(40))
    body = "\n".join(f"§ {n} Ärende nummer {n}\n{SENTENCE * sentences}Punkt {n}.\n"
                     f"Rådet beslutar att notera ärende {n}." for n in range(1, items + 1))
    return f"Protokoll Brå 2026-03-03\nNärvarande: Ann Ek, ordförande\n{people}\n{body}\n"


def short_items(size: int) -> str:
    """A protocol of about size bytes of short § items, a title line and a one-sentence decision each."""
    return protocol(max(1, size // 70))


SHAPES = {"stycken": paragraphs, "paragrafer": short_items}


def imported(folder: Path, note: Path) -> Run:
    """`bra import NOTE` into a new store in folder (people and council of the seed store, no meetings)."""
    store = folder / f"store-{note.stem}"
    store.mkdir()
    for name in ("council.toml", "people.toml"):
        shutil.copy(SEED / name, store / name)
    run = run_plain([sys.executable, "-m", "brå_tui", "--store", str(store), "import", str(note)], cwd=REPO)
    if run.status != 0 or not list((store / "meetings").glob("*.toml")):
        raise RuntimeError(f"bra import {note.name}: {run.errors.decode('utf-8', 'replace')[-2000:]}")
    return run


def main(megabytes: float, shape: str) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        small = folder / "kort.txt"
        small.write_text(SHAPES[shape](4_000), encoding="utf-8")
        large = folder / "lang.txt"
        large.write_text(SHAPES[shape](int(megabytes * 1_000_000)), encoding="utf-8")
        floor = imported(folder, small)
        run = imported(folder, large)
        size = large.stat().st_size
        grown = (run.peak_mib - floor.peak_mib) * 1024 * 1024
        print(json.dumps({"shape": shape, "bytes": size, "peak_mib": round(run.peak_mib, 1),
                          "floor_mib": round(floor.peak_mib, 1), "factor": round(grown / size, 1),
                          "seconds": round(run.seconds, 1), "floor_seconds": round(floor.seconds, 1)}))


if __name__ == "__main__":
    main(float(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "stycken")
