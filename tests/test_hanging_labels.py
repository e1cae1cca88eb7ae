"""A label's text continues under itself, never under the label or at the margin, in the views the command line and
the app share: an agenda point's number and title in the notice, and the facts under an item or an agenda point
(Tid, Diarienummer, Föredragande, Områden)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from rich.console import Console, RenderableType

from brå_tui.questions.notice import build_notice
from brå_tui.store.load import load
from brå_tui.views import meeting as meeting_view
from brå_tui.views.notice import notice_view


def _lines(renderable: RenderableType, width: int) -> list[str]:
    console = Console(file=io.StringIO(), width=width, no_color=True, color_system=None)
    console.print(renderable)
    return [line.rstrip() for line in console.file.getvalue().splitlines()]  # type: ignore[attr-defined]


def test_the_areas_of_an_item_continue_under_their_text(seed_store: Path) -> None:
    meeting = load(seed_store).meeting("2024-11-15")
    assert meeting is not None
    meeting.items[0].presenters = ["Mikael Jansson", "Tobias Åsell", "Cornelia Gustafsson"]
    lines = _lines(meeting_view.items(meeting), 40)
    for label in ("Områden: ", "Föredragande: "):
        at = next(n for n, line in enumerate(lines) if line.startswith(f"   {label}"))
        following = lines[at + 1]
        assert following.startswith(" " * (3 + len(label))) and following.strip(), lines[at:at + 2]


def test_nothing_in_the_agenda_of_the_notice_continues_at_the_margin(seed_store: Path) -> None:
    store = load(seed_store)
    notice = build_notice(store, today=dt.date(2025, 3, 1))
    for width in (40, 60):
        lines = _lines(notice_view(notice, store.council), width)
        signed = next(n for n, line in enumerate(lines) if line.startswith("Utfärdad"))
        agenda = lines[lines.index("Dagordning") + 1:signed]
        at_margin = [line for line in agenda if line and not line.startswith(" ") and not line[0].isdigit()]
        assert not at_margin, "\n".join(agenda)
        titles = [n for n, line in enumerate(agenda) if line[:1].isdigit()]
        wrapped = [agenda[n + 1] for n in titles if agenda[n + 1].endswith("punkt)")]  # "… (stående" / "punkt)"
        assert wrapped and all(line.startswith("   ") and line[3] != " " for line in wrapped), "\n".join(agenda)
