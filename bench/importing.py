"""python -m bench.importing SIZE ROUNDS: seconds for `bra import`'s reading of a note of SIZE items (long prose
without full stops, a long list of people) and of one four times as long, alternating, one JSON line of both lists.
The import's work must grow with the text, not with its square."""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from brå_tui.importer.notes import import_notes
from brå_tui.model import Council, Store


def note(items: int) -> str:
    """A note of the given number of items, each a paragraph of 60 words without a full stop, and as many people."""
    people = "\n".join(f"Person{n} Efternamn{n}, handläggare" for n in range(items))
    prose = " ".join(["trygghet i centrum och samverkan med polisen"] * 8)
    body = "\n\n".join(f"{n}. Ärende {n}\n{prose} {n}" for n in range(1, items + 1))
    return (f"Anteckningar\nTid: 2024-09-06 kl 13.00-15.00\nPlats: Kommunhuset\nNärvarande: Anna Ek, ordförande\n"
            f"{people}\n\nÄrenden:\n\n{body}\n")


def seconds(path: Path) -> float:
    """Time to read, split and build one note into a meeting."""
    store = Store(root=path.parent, council=Council(), people=[], meetings=[])
    start = time.perf_counter()
    import_notes([path], store)
    return time.perf_counter() - start


def main() -> None:
    """Both sizes, alternating, ROUNDS times."""
    size, rounds = int(sys.argv[1]), int(sys.argv[2])
    folder = Path(tempfile.mkdtemp(prefix="bra-bench-import-"))
    try:
        small, large = folder / "small.txt", folder / "large.txt"
        small.write_text(note(size), encoding="utf-8")
        large.write_text(note(4 * size), encoding="utf-8")
        times: dict[str, list[float]] = {"small": [], "large": []}
        for _ in range(rounds):
            times["small"].append(seconds(small))
            times["large"].append(seconds(large))
        print(json.dumps(times))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
