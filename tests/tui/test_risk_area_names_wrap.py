"""A long risk area name wraps between words in Lägesbild, in the matrix and in the list of areas, at 60, 80 and 100
columns: every word of it shown whole, never cut."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from brå_tui.tui.app import BraApp

from .helpers import settle

LONG = "Ordningsstörningar och otrygghet i centrala Avesta kvällstid"


def _screen_lines(svg: str) -> list[str]:
    rows: dict[float, list[tuple[float, str]]] = {}
    for m in re.finditer(r'<text class="[^"]*" x="([\d.]+)" y="([\d.]+)"[^>]*>(.*?)</text>', svg):
        rows.setdefault(float(m.group(2)), []).append((float(m.group(1)), html.unescape(m.group(3))))
    return ["".join(t for _, t in sorted(rows[y])).replace("\xa0", " ") for y in sorted(rows)]


@pytest.mark.parametrize("columns", [60, 80, 100])
async def test_a_long_area_name_wraps_whole(seed_store: Path, columns: int) -> None:
    for path in seed_store.rglob("*.toml"):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("Ordningsstörningar och otrygghet", LONG), encoding="utf-8")
    app = BraApp(seed_store)
    async with app.run_test(size=(columns, 40)) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        shown = " ".join(_screen_lines(app.export_screenshot()))
        words = re.findall(r"[\wåäöÅÄÖ]+", shown)
        for word in LONG.split():
            assert word in words, (word, shown)
        assert "…" not in shown.split("Källa")[0], shown
