"""Multi-line entries in Redigera's lists: every line after an entry's first, its own line or the wrap of a long
one, starts at the same indent (a wrapped status never falls back to the left edge)."""

from __future__ import annotations

from pathlib import Path

from textual.geometry import Region

from brå_tui.tui.editing.entrylist import EntryList
from brå_tui.views.wrap import Hanging
from tests.editing.harness import editing


def test_hanging_lines_share_one_indent() -> None:
    text = "[öppen] Uppföljning samverkansöverenskommelse – Mikael J\n    " + "Avvaktar revidering av avtalet. " * 6
    lines = Hanging(text).lines(60)
    assert lines[0].startswith("[öppen]")
    assert len(lines) > 3 and all(line.startswith("    ") and line[4] != " " for line in lines[1:])
    assert all(len(line) <= 60 for line in lines)


async def test_a_wrapped_status_keeps_its_indent_in_uppfoljning(seed_store: Path) -> None:
    async with editing(seed_store) as (_app, pilot, screen):
        await pilot.press("5")
        await pilot.pause()
        entries = screen.query_one("#uppfoljning").query(EntryList).first()
        width, height = entries.content_region.width, entries.content_region.height
        rows = [strip.text for strip in entries.render_lines(Region(0, 0, width, height))]
        text = [r.rstrip() for r in rows if r.strip()]
        starts = [r for r in text if r.lstrip().startswith("[")]
        assert len(starts) == len(screen.meeting.followups)
        margin = len(starts[0]) - len(starts[0].lstrip())
        later = [r for r in text if not r.lstrip().startswith("[")]
        assert len(later) > len(starts), "some status wraps at 80 columns"
        assert {len(r) - len(r.lstrip()) for r in later} == {margin + 4}, later
