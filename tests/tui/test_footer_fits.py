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


async def _footer(store: Path, path: tuple[str, ...], width: int) -> list[str]:
    """The whole labels of the footer after pressing path from Möten in a freshly started app at width columns."""
    app = BraApp(store)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        for key in path:
            await pilot.press(key)
            await settle(pilot)
        await pilot.pause()
        return whole(*footer_keys(app))


# One test per way in (rather than one test visiting them all), so that xdist spreads the many app starts over the
# cores.
@pytest.mark.parametrize("path", PATHS, ids=[" ".join(path) or "Möten" for path in PATHS])
async def test_every_footer_at_80_columns_shows_whole_keys_and_wider_shows_more(seed_store: Path,
                                                                               path: tuple[str, ...]) -> None:
    narrow = await _footer(seed_store, path, 80)
    wide = await _footer(seed_store, path, 160)
    assert narrow
    assert set(narrow) <= set(wide)
    essential = essential_keys()
    assert {"?", "Esc", "ctrl+p", "q"} <= set(essential)
    for label in wide:  # the keys the README calls essential stay wherever they work, also at 80 columns
        if label.split(" ")[0] in essential:
            assert label in narrow, (path, label, narrow)
    if path == ():
        assert "ctrl+p Hitta" in narrow and "q Avsluta" in narrow
    if path in ((), ("e",)):
        assert "? Hjälp" in narrow
    if path == ():
        assert len(wide) > len(narrow)
        assert any("1–7" in label for label in wide), wide


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


async def test_the_notice_screen_shows_all_its_keys_at_80_columns(seed_store: Path) -> None:
    """Kallelse: s, p and x are all in the footer at 80 columns (short names; ? gives the long ones)."""
    labels = await _footer(seed_store, ("k",), 80)
    assert {"s Skicka", "p Påminn", "x Spara fil"} <= set(labels), labels
