"""The TOML parsers that are installed, each on every meeting file of a store, beside tomllib (run as a script).

Prints, as JSON, for each parser: its name, its best time of three in seconds, tomllib's, and whether it
read every file to the same values (and types) as tomllib. Parsers that are not installed are left out.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import math
import sys
import time
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

CANDIDATES: list[tuple[str, str, Callable[[Any], Callable[[str], Any]]]] = [
    ("toml-rs (TOML 1.0)", "toml_rs", lambda m: lambda text: m.loads(text, toml_version="1.0.0")),
    ("rtoml", "rtoml", lambda m: m.loads),
    ("pytomlpp", "pytomlpp", lambda m: m.loads),
    ("tomli", "tomli", lambda m: m.loads),
]


def same(a: Any, b: Any) -> bool:
    """Equal values of equal types all the way down (NaN equal to NaN, date-times with the same offset)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    if isinstance(a, dt.datetime):
        return a == b and a.utcoffset() == b.utcoffset()
    return bool(a == b)


def best(parse: Callable[[str], Any], texts: list[str]) -> tuple[float, list[Any]]:
    """The best of three times for parsing every text, and what the last round gave."""
    times = []
    out: list[Any] = []
    for _ in range(3):
        start = time.perf_counter()
        out = [parse(t) for t in texts]
        times.append(time.perf_counter() - start)
    return min(times), out


def main() -> None:
    """python -m bench.parsers STORE"""
    folder = Path(sys.argv[1]) / "meetings"
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.toml"))]
    base, expected = best(tomllib.loads, texts)
    rows = []
    for name, module, make in CANDIDATES:
        try:
            parse = make(importlib.import_module(module))
        except ImportError:
            continue
        seconds, got = best(parse, texts)
        rows.append([name, seconds, base, all(same(a, b) for a, b in zip(got, expected, strict=True))])
    print(json.dumps(rows))


if __name__ == "__main__":
    main()
