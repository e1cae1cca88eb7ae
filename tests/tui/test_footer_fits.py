"""At 80 columns every footer shows whole keys only (the least important left out); wider terminals show more."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from brå_tui.tui.app import BraApp
from brå_tui.tui.widgets.footer import fitting

from .helpers import settle

# Ways into every screen with a footer, each pressed from Möten in a freshly started app: the lists and a field
# in Redigera, the follow-up list and its form.
PATHS = [(), ("tab",), ("r",), ("l",), ("o",), ("slash",), ("k",), ("x",), ("h",),
         ("e",), ("e", "down"), ("e", "ctrl+n", "ctrl+n"), ("e", "ctrl+n", "ctrl+n", "down"),
         ("e", "ctrl+n", "ctrl+n", "down", "enter")]


def footer_keys(app: BraApp) -> tuple[Footer, list[FooterKey]]:
    footer = app.screen.query_one(Footer)
    return footer, list(footer.query(FooterKey))


def whole(footer: Footer, keys: list[FooterKey]) -> list[str]:
    """The labels shown, each asserted to lie wholly inside the footer and the terminal."""
    right = min(footer.region.right, footer.app.size.width)
    labels = []
    for key in keys:
        label = f"{key.key_display} {key.description}".strip()
        region = key.region
        assert region.width >= len(label), f"{label!r} cut to {region.width} cells"
        assert region.right <= right, f"{label!r} runs past column {right}"
        labels.append(label)
    return labels


async def _visit(store: Path, width: int) -> dict[tuple[str, ...], list[str]]:
    seen: dict[tuple[str, ...], list[str]] = {}
    for path in PATHS:
        app = BraApp(store)
        async with app.run_test(size=(width, 24)) as pilot:
            await settle(pilot)
            for key in path:
                await pilot.press(key)
                await settle(pilot)
            await pilot.pause()
            seen[path] = whole(*footer_keys(app))
    return seen


async def test_every_footer_at_80_columns_shows_whole_keys_and_wider_shows_more(seed_store: Path) -> None:
    narrow = await _visit(seed_store, 80)
    wide = await _visit(seed_store, 160)
    for path, labels in narrow.items():
        assert labels, path
        assert set(labels) <= set(wide[path]), path
    assert "? Hjälp" in narrow[()] and "? Hjälp" in narrow[("e",)]
    assert len(wide[()]) > len(narrow[()])
    assert any("1–7" in label for label in wide[()]), wide[()]


async def test_the_footer_follows_a_resize(seed_store: Path) -> None:
    app = BraApp(seed_store)
    async with app.run_test(size=(160, 24)) as pilot:
        await settle(pilot)
        wide = whole(*footer_keys(app))
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        narrow = whole(*footer_keys(app))
        assert len(narrow) < len(wide)


@pytest.mark.parametrize(("widths", "ranks", "room", "kept"), [
    ([5, 5, 5], [1, 1, 1], 15, [0, 1, 2]),
    ([5, 5, 5], [1, 1, 1], 14, [0, 1]),
    ([5, 9, 3], [2, 1, 1], 12, [1, 2]),   # the less important first key goes, not the last one
    ([5, 9, 3], [0, 1, 1], 9, [0, 2]),    # a narrower key still takes the room a wider one left
])
def test_fitting_keeps_the_most_important_whole_keys(widths: list[int], ranks: list[int], room: int,
                                                     kept: list[int]) -> None:
    assert fitting(widths, ranks, room) == kept




def essential_keys() -> list[str]:
    """The keys the README says the footer always keeps, as the footer shows them ('?', 'Esc', 'ctrl+p', …)."""
    text = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    sentence = re.search(r"de viktigaste står alltid kvar där de\s+fungerar: (.+?)\.\n", text, re.DOTALL)
    assert sentence, "the README names the footer's essential keys"
    return re.findall(r"`([^`]+)`", sentence.group(1))


async def test_every_footer_at_80_columns_keeps_the_keys_the_readme_calls_essential(seed_store: Path) -> None:
    essential = essential_keys()
    assert {"?", "Esc", "ctrl+p", "q"} <= set(essential)
    narrow = await _visit(seed_store, 80)
    wide = await _visit(seed_store, 200)
    for path, labels in wide.items():
        for label in labels:
            if label.split(" ")[0] in essential:
                assert label in narrow[path], (path, label, narrow[path])
    assert "ctrl+p Hitta" in narrow[()] and "q Avsluta" in narrow[()]
