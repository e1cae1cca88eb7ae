"""python -m bench.import_memory ITEMS: the peak memory `bra import` takes to read a protocol of ITEMS § items
(each a title and a one-sentence decision), measured with tracemalloc, as a multiple of the file's size; one JSON
line. The import must take memory in proportion to the file, a modest multiple of it."""

from __future__ import annotations

import json
import sys
import tempfile
import tracemalloc
from pathlib import Path

from bench.importing import protocol
from brå_tui.importer.notes import import_notes
from brå_tui.model import Council, Store


def main(items: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "lang.txt"
        path.write_text(protocol(items), encoding="utf-8")
        store = Store(root=path.parent, council=Council(), people=[], meetings=[])
        tracemalloc.start()
        import_notes([path], store)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        size = path.stat().st_size
        print(json.dumps({"items": items, "bytes": size, "peak": peak, "factor": round(peak / size, 1)}))


if __name__ == "__main__":
    main(int(sys.argv[1]))
