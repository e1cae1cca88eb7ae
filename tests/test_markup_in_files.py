"""Text from a file that looks like Rich markup ('Sal [bold]B[/bold]', '[link=…]') is shown as written wherever a
table shows it, on the command line in a terminal and in the app: never obeyed, never dropped."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from brå_tui.store.load import load
from brå_tui.store.read import read_meeting
from brå_tui.tui.app import BraApp
from brå_tui.views.meeting import meeting_view
from brå_tui.views.printable import printable_console
from tests.conftest import SEED_STORE
from tests.tui.helpers import settle, shown, until

PLACE = "Sal [bold]B[/bold] [link=https://example.org]x[/link]"


def _store(tmp_path: Path) -> Path:
    root = tmp_path / "store"
    shutil.copytree(SEED_STORE, root)
    path = root / "meetings" / "2024-11-15.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('place = "Visenten, Stadshuset"',
                                                             f'place = "{PLACE}"', 1), encoding="utf-8")
    return root


def test_a_meeting_drawn_for_a_terminal_shows_markup_from_the_file_as_written(tmp_path: Path) -> None:
    root = _store(tmp_path)
    meeting, _ = read_meeting(root / "meetings" / "2024-11-15.toml")
    assert meeting is not None and meeting.place == PLACE
    out = io.StringIO()
    console = printable_console(file=out, width=120, force_terminal=True, color_system="standard")
    console.print(meeting_view(meeting, load(root).council))
    text = out.getvalue()
    assert "Sal [bold]B[/bold] [link=https://example.org]x[/link]" in text
    assert "\x1b]8;" not in text, "no hyperlink made from a file's text"


async def test_the_app_shows_markup_from_the_file_as_written(tmp_path: Path) -> None:
    app = BraApp(_store(tmp_path))
    async with app.run_test(size=(120, 30)) as pilot:
        assert await until(pilot, lambda: app.store is not None)
        await settle(pilot)
        assert PLACE in " ".join(shown(app, "#section-oversikt").split())
