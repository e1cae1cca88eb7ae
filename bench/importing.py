"""python -m bench.importing SIZE ROUNDS [SHAPE]: seconds for `bra import`'s work on a note of SIZE items and on one
FACTORS[SHAPE] times as long, alternating, one JSON line of both lists. SHAPE 'prose' (the default): a note read
into a meeting, its items long prose without full stops under a long list of people; 'paragrafer': a protocol of
short § items with a decision each, read, merged into a meeting file and written out as `bra import --dry-run`
does; 'foredragande': a protocol whose every item is presented by a first name two people have (a doubt on
every item); 'uppfoljningar': an action list of SIZE rows of the same title, each a follow-up needing an id of its own,
beside one twice as long; 'personrad': a note whose Närvarande line lists SIZE people, parted by commas. The
import's work must grow with the text, not with its square."""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from brå_tui.importer.notes import import_notes
from brå_tui.importer.save import prepare
from brå_tui.model import Council, Store


def note(items: int) -> str:
    """A note of the given number of items, each a paragraph of 60 words without a full stop, and as many people."""
    people = "\n".join(f"Person{n} Efternamn{n}, handläggare" for n in range(items))
    prose = " ".join(["trygghet i centrum och samverkan med polisen"] * 8)
    body = "\n\n".join(f"{n}. Ärende {n}\n{prose} {n}" for n in range(1, items + 1))
    return (f"Anteckningar\nTid: 2024-09-06 kl 13.00-15.00\nPlats: Kommunhuset\nNärvarande: Anna Ek, ordförande\n"
            f"{people}\n\nÄrenden:\n\n{body}\n")


def protocol(items: int) -> str:
    """A protocol of the given number of § items, each a title line and a one-sentence decision."""
    body = "\n".join(f"§ {n} Ärende nummer {n}\nRådet beslutar att notera ärende {n}." for n in range(1, items + 1))
    return f"Protokoll Brå 2026-03-03\nNärvarande: Ann Ek\n{body}\n"


def action_list(rows: int) -> str:
    """Notes whose action list has the given number of rows, all of one title: every follow-up's id is the
    title's with a number of its own."""
    table = "\n".join("Trygghetsvandring i centrum\tAnn Ek\t2026-04-30" for _ in range(rows))
    return ("Minnesanteckningar\nDatum: 2026-03-02\nTid: 15.00-16.30\nPlats: Kommunhuset\nNärvarande: Ann Ek\n\n"
            f"1. Lägesbild\nLugnt i centrum.\n\n2. Åtgärdslista\nÅtgärd\tAnsvarig\tKlart till\n{table}\n")


def presenters(items: int) -> str:
    """A protocol of the given number of § items, each presented by a first name two of the people have: every
    item's line is marked unsure, naming both."""
    body = "\n".join(f"§ {n} Ärende nummer {n}\nAnna redogör för läget.\nRådet beslutar att notera ärende {n}."
                     for n in range(1, items + 1))
    return f"Protokoll Brå 2026-03-03\nNärvarande: Anna Ek, ordförande\nAnna Ny, sekreterare\n{body}\n"


def people_line(people: int) -> str:
    """A note whose one Närvarande line lists the given number of people, each a first and a last name."""
    first = ["Anna", "Bo", "Cecilia", "David", "Eva", "Fredrik", "Greta", "Hassan", "Ingrid", "Jonas"]
    names = ", ".join(f"{first[n % 10]} {first[n // 10 % 10]}son Ek-{n // 100}" for n in range(people))
    return f"Minnesanteckningar 2026-01-15\nNärvarande: {names}\n1. Lägesbild\nLugnt i centrum.\n"


SHAPES = {"prose": note, "paragrafer": protocol, "uppfoljningar": action_list, "foredragande": presenters,
          "personrad": people_line}
# How many times longer the large note is than the small one.
FACTORS = {"prose": 4, "paragrafer": 4, "uppfoljningar": 2, "foredragande": 4, "personrad": 4}


def seconds(path: Path, written: bool) -> float:
    """Time to read, split and build one note into a meeting; with written, also to merge it into a meeting file
    and render that file's text."""
    store = Store(root=path.parent, council=Council(), people=[], meetings=[])
    start = time.perf_counter()
    [result] = import_notes([path], store)
    if written:
        prepare(path.parent, result, force=True, dry_run=True).render()
    return time.perf_counter() - start


def main() -> None:
    """Both sizes, alternating, ROUNDS times."""
    size, rounds = int(sys.argv[1]), int(sys.argv[2])
    shape = sys.argv[3] if len(sys.argv) > 3 else "prose"
    folder = Path(tempfile.mkdtemp(prefix="bra-bench-import-"))
    try:
        small, large = folder / "small.txt", folder / "large.txt"
        small.write_text(SHAPES[shape](size), encoding="utf-8")
        large.write_text(SHAPES[shape](FACTORS[shape] * size), encoding="utf-8")
        times: dict[str, list[float]] = {"small": [], "large": []}
        for _ in range(rounds):
            times["small"].append(seconds(small, shape == "paragrafer"))
            times["large"].append(seconds(large, shape == "paragrafer"))
        print(json.dumps(times))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
