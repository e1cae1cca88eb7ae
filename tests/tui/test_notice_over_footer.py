"""A notice (a toast in the lower right corner) never covers the footer: at 80×24 every key of the footer stays in
sight for the seconds the notice shows, on a footer of one line and on one of two (Möten's)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Footer

from .helpers import running, until
from .test_footer_fits import laid_out, rendered_footer

# Möten (a footer of two lines), Redigera's list, Lägesbild, Sök, Ansvarig.
PATHS = [(), ("e", "down"), ("r",), ("slash",), ("o",)]


@pytest.mark.parametrize("path", PATHS, ids=lambda path: " ".join(path) or "Möten")
async def test_a_notice_leaves_every_key_of_the_footer_in_sight(seed_store: Path, path: tuple[str, ...]) -> None:
    async with running(seed_store, *path, notifications=True) as (app, pilot):
        assert await until(pilot, lambda: rendered_footer(app) == laid_out(app))
        keys = laid_out(app)
        app.notify("Mötet 2024-11-15 är sparat i möten/2024-11-15.toml; en kopia ligger i papperskorgen.",
                   title="Sparat")
        assert await until(pilot, lambda: any(toast.region.area for toast in app.screen.query("Toast")))
        await pilot.pause()
        footer = app.screen.query_one(Footer).region
        toasts = [toast.region for toast in app.screen.query("Toast")]
        assert not any(region.overlaps(footer) for region in toasts), (footer, toasts)
        assert rendered_footer(app) == keys, "the footer as the terminal shows it, with the notice up"
