"""Redigera's Uppföljning at 60×20 and 80×24: too narrow to show every follow-up on its lines, the list names each by
its state and title and a card under it shows the highlighted one whole, every field under its Swedish label and
wrapped between words; ↑ ↓ move the highlight and the card follows. Wide enough, the list shows all on its lines."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console
from textual.widgets import Static

from brå_tui.tui.editing.followups import FollowUpList
from tests.editing.harness import EditHarness

LABELS = ("Ärende:", "Status:", "Ansvariga:", "Senast:", "Läge:", "Områden:", "Id:")


def _card(app: EditHarness) -> list[str]:
    """The card's lines as it lays them out in its width (all of them, scrolled into view or not)."""
    card = app.screen.query_one("#followup-card", Static)
    out = io.StringIO()
    Console(file=out, width=card.content_region.width, color_system=None).print(card.content)
    return [line.rstrip() for line in out.getvalue().splitlines()]


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_a_narrow_list_shows_the_highlighted_followup_whole_in_a_card(seed_store: Path,
                                                                          size: tuple[int, int]) -> None:
    app = EditHarness(seed_store, "2024-02-09")
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("5")
        await pilot.pause()
        listed = app.screen.query_one("#list-followups", FollowUpList)
        listed.focus()
        await pilot.pause()
        card = app.screen.query_one("#followup-card")
        assert card.display and card.region.height > 0
        seen = []
        for _ in range(3):
            lines = _card(app)
            text = "\n".join(lines)
            for label in LABELS:
                assert any(line.startswith(label) for line in lines), text
            followup = listed.entries[listed.current or 0]
            # The title whole beside its label, wrapped between words: its words in order, none broken.
            at = next(n for n, line in enumerate(lines) if line.startswith("Ärende:"))
            upto = next((n for n, line in enumerate(lines) if n > at and line.startswith("Status:")), len(lines))
            title = " ".join(" ".join(lines[at:upto]).removeprefix("Ärende:").split())
            assert title == " ".join(followup.title.split()), text
            seen.append(followup.title)
            await pilot.press("down")
            await pilot.pause()
        assert len(set(seen)) == 3  # the card followed the highlight
        # The owners written short in the notes, by their full names; the due date under its label.
        listed.highlighted = 1
        await pilot.pause()
        text = "\n".join(_card(app))
        assert "Mikael Jansson" in text and "Senast:    2024-11-15" in text  # comes back at the next meeting


async def test_a_wide_list_shows_each_followup_whole_without_a_card(seed_store: Path) -> None:
    app = EditHarness(seed_store, "2024-02-09")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("5")
        await pilot.pause()
        assert not app.screen.query_one("#followup-card").display
        listed = app.screen.query_one("#list-followups", FollowUpList)
        assert "Utkast klart, ute på remiss" in str(listed.get_option_at_index(0).prompt)
