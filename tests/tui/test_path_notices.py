"""A file path in a notice (or any wrapped text) breaks only after a "/", never inside a name: the export's
notice at 80×24, and wrapped text at any width."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console
from rich.text import Text
from textual.geometry import Region
from textual.widgets._toast import Toast

from brå_tui.tui.app import BraApp
from brå_tui.views.wrap import install

from .helpers import settle

install()


def rejoined(lines: list[str]) -> str:
    """Wrapped lines read back as one text: a line that ends in "/" goes on without a space, others after one."""
    out = ""
    for line in (line.strip() for line in lines):
        if line:
            out += line if not out or out.endswith("/") else " " + line
    return out


@pytest.mark.parametrize("width", range(36, 81, 4))  # from the width of the longest name in the path
def test_a_path_wraps_only_after_a_slash(width: int) -> None:
    message = ("Kunde inte skriva /home/sekreterare/dokument/lokala-bra/anteckningar-2024-11-15-publik.docx: "
               "Disken är full.")
    console = Console(width=width)
    lines = [line.plain for line in Text(message).wrap(console, width)]
    assert rejoined(lines) == message, lines


async def test_the_export_notice_breaks_the_path_only_after_a_slash(seed_store: Path, tmp_path: Path) -> None:
    folder = tmp_path / "sekreterare" / "dokument" / "lokala-bra"
    folder.mkdir(parents=True)
    target = folder / "anteckningar-2024-11-15-publik.docx"
    app = BraApp(seed_store)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        await pilot.press("tab", "tab", "ctrl+u", *str(folder / "anteckningar-2024-11-15-publik.md"))
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.pause(0.3)
        toasts = list(app.screen.query(Toast))
        assert toasts, "a notice says where the file went"
        toast = toasts[-1]
        width, height = toast.outer_size
        lines = [strip.text.lstrip("▌▎▊ ") for strip in toast.render_lines(Region(0, 0, width, height))]
        message = f"Exporterade till {target.with_suffix('.md')}"
        assert rejoined(lines) == message, lines
        assert len([line for line in lines if line.strip()]) > 1, "the path is longer than a notice is wide"


@pytest.mark.parametrize("columns", [60, 80, 100])
async def test_a_notice_is_wide_enough_for_a_file_name(seed_store: Path, tmp_path: Path, columns: int) -> None:
    name = "2024-11-15-minnesanteckningar-publik.md"  # 39 characters, a name as exports are given
    app = BraApp(seed_store)
    async with app.run_test(size=(columns, 24), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        await pilot.press("tab", "tab", "ctrl+u", *str(tmp_path / name))
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.pause(0.3)
        toast = list(app.screen.query(Toast))[-1]
        width, height = toast.outer_size
        lines = [strip.text for strip in toast.render_lines(Region(0, 0, width, height))]
        assert any(name in line for line in lines), lines
