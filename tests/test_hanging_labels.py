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


def _continues_under_text(lines: list[str], bullet: str) -> list[tuple[str, str]]:
    """Each line that opens with bullet, and the line after it when that one continues the entry."""
    out = []
    for n, line in enumerate(lines[:-1]):
        if line.lstrip().startswith(bullet) and lines[n + 1].strip() \
                and not lines[n + 1].lstrip().startswith(bullet):
            out.append((line, lines[n + 1]))
    return out


def test_a_bulleted_entry_continues_under_its_text_not_under_its_bullet(seed_store: Path) -> None:
    """Beslut in the overview ('• '), a bulleted line in an item's notes ('· ') and a question in the notice."""
    store = load(seed_store)
    meeting = store.meeting("2024-11-15")
    assert meeting is not None
    for view, bullet in ((meeting_view.overview(meeting, store.council), "• "), (meeting_view.others(meeting), "· "),
                         (meeting_view.meeting_view(meeting, store.council), "· ")):
        for width in (60, 80):
            pairs = _continues_under_text(_lines(view, width), bullet)
            assert pairs, (bullet, width)
            for first, following in pairs:
                text_at = first.index(bullet) + len(bullet)
                assert following.startswith(" " * text_at) and following[text_at] != " ", (first, following)
    notice = build_notice(store, today=dt.date(2025, 3, 1))
    notice.points[0].questions = ["En fråga som är så lång att den inte ryms på en rad utan fortsätter på nästa"]
    lines = _lines(notice_view(notice, store.council), 40)
    first = next(n for n, line in enumerate(lines) if "· En fråga" in line)
    assert lines[first + 1].startswith(" " * (lines[first].index("· ") + 2)), lines[first:first + 2]


def test_the_report_lists_continue_under_their_text_in_both_layouts() -> None:
    """`bra report`'s lists: written without Rich and laid out by Rich alike, further lines under the text."""
    from brå_tui.export.report import Block, plain_text, to_rich

    blocks = [Block("bullets", items=["Ett långt påstående som inte ryms på en enda rad i en smal terminal", "Kort"])]
    for width in (30, 50):
        fast = plain_text(blocks, width)
        assert fast is not None
        by_rich = _lines(to_rich(blocks), width)
        assert [line.rstrip() for line in fast] == by_rich
        assert by_rich[0].startswith("· ") and by_rich[1].startswith("  ") and by_rich[1][2] != " ", by_rich


def test_the_followup_table_gives_the_status_room_at_80_columns(seed_store: Path) -> None:
    """Möten › Uppföljning and `bra show` at 76–80 columns: a long status keeps to a few lines, not a word a line."""
    meeting = load(seed_store).meeting("2024-11-15")
    assert meeting is not None
    for width in (76, 80):
        lines = _lines(meeting_view.followups(meeting), width)
        start = next(n for n, line in enumerate(lines) if line.startswith("Uppföljning "))
        end = next(n for n, line in enumerate(lines) if line.startswith("Handlingsplan"))
        assert end - start <= 6, "\n".join(lines[start:end])
