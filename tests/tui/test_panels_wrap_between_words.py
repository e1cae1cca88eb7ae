"""Every panel of text in the app (a meeting's tabs, Lägesbild's matrix and the highlighted area's follow-ups,
Åtgärdslogg's detail, Ansvarig, Kallelse, a follow-up's history, Hjälp) breaks its lines between words at 60×20
and 80×24: each word on the screen is a whole word of the same text drawn wide, never one cut or ended in "…"."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.geometry import Region
from textual.widgets import Footer, Header, Static, Tab

from brå_tui.tui.app import BraApp

from .helpers import plain, settle

# Ways to a screen from Möten, and the keys that step through its entries (each step is checked).
SCREENS = [
    (("1",), ("right",) * 6 + ("down",) + ("right",) * 6),  # both meetings, every tab
    (("r",), ("down",) * 3),
    (("l", "a"), ("down",) * 8),
    (("o", *"thomas", "enter"), ()),
    (("o", "enter"), ()),
    (("k",), ()),
    (("l", "a", "enter"), ()),
    (("question_mark",), ()),
]


def is_cut(word: str, wide: set[str]) -> bool:
    """Whether a word drawn is a piece of a word of the text drawn wide, or cut off with "…"."""
    if word in wide or not word.strip("─"):  # a table's rule is as wide as the table
        return False
    return word.endswith("…") or any(len(word) < len(w) and (w.startswith(word) or w.endswith(word)) for w in wide)


def cut_words(app: BraApp) -> list[str]:
    """The words drawn in the screen's text panels (not the header, footer or tab row, which cut with "…" on
    purpose) that are pieces of words of the same text drawn wide."""
    cut = []
    for panel in app.screen.query(Static):
        if any(isinstance(a, Header | Footer | Tab) for a in panel.ancestors_with_self):
            continue
        if not panel.display or panel.size.area == 0:
            continue
        wide = set(plain(panel.content, 1000).split())
        for line in panel.render_lines(Region(0, 0, panel.size.width, panel.size.height)):
            cut += [f"{panel.id}: {word!r}" for word in line.text.split() if is_cut(word, wide)]
    return cut


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
@pytest.mark.parametrize(("path", "steps"), SCREENS, ids=lambda p: " ".join(p) or "-")
async def test_panels_break_lines_between_words(seed_store: Path, size: tuple[int, int], path: tuple[str, ...],
                                                steps: tuple[str, ...]) -> None:
    app = BraApp(seed_store)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        found: list[str] = []
        for key in path:
            await pilot.press(key)
            await settle(pilot)
        found += cut_words(app)
        for key in steps:
            await pilot.press(key)
            await settle(pilot)
            found += cut_words(app)
        assert not found, sorted(set(found))
