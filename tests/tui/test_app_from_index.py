"""The app answers from the store's index: it lists every meeting without making them, makes only the one shown,
and after a file changes reads only that file again."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from bench.generate import write_store
from brå_tui.store.index import Index
from brå_tui.store.read import read_meeting
from brå_tui.tui.app import BraApp

from .helpers import settle, shown

MEETINGS = 300


async def test_the_app_makes_only_the_meetings_it_shows(tmp_path: Path) -> None:
    root = tmp_path / "store"
    write_store(root, MEETINGS)
    Index.open(root).close()  # the index as a command run earlier left it
    app = BraApp(root)
    async with app.run_test(size=(80, 24)) as pilot:
        while app.store is None:
            await pilot.pause(0.05)
        await settle(pilot)
        store = app.store
        listing = app.screen.query_one("#meeting-list", OptionList)
        assert len([o for o in listing.options if (o.id or "").startswith("m:")]) == MEETINGS
        assert store.index.stats.read == 0, "no file had changed, so none was parsed"
        assert store.index.stats.made == 1, "only the meeting shown was made"
        for _ in range(3):
            await pilot.press("down")
        await settle(pilot)
        assert store.index.stats.made == 4
        key = (listing.get_option_at_index(3).id or "").removeprefix("m:")
        path = root / "meetings" / f"{key}.toml"
        meeting, _ = read_meeting(path)
        assert meeting is not None and meeting.place
        assert listing.highlighted == 3 and meeting.place in shown(app, "#section-oversikt")

        path.write_text(path.read_text(encoding="utf-8").replace('place = "', 'place = "Nya ', 1), encoding="utf-8")
        app.reload_store()
        while app.store is store:
            await pilot.pause(0.05)
        await settle(pilot)
        assert app.store is not None
        assert app.store.index.stats.read == 1, "only the changed file was parsed"
        assert app.store.index.stats.made == 1, "the meeting shown, made anew"
        assert "Nya " in shown(app, "#section-oversikt")
