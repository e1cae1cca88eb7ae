"""RenderedLines, the widget a meeting's sections are drawn in: wrapped to its width (beside a scrollbar when the text
is taller than the room), scrolled to the end and no further, and never reading text from a file as markup."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult

from brå_tui.tui.widgets.rendered import RenderedLines


class OneSection(App[None]):
    def compose(self) -> ComposeResult:
        yield RenderedLines(id="section")


def shown_lines(app: App[None]) -> list[str]:
    """The section's rows on the screen, as plain text."""
    section = app.query_one(RenderedLines)
    region = section.content_region
    return [section.render_line(y).text[:region.width].rstrip() for y in range(region.height)]


async def test_a_long_text_wraps_beside_the_scrollbar_and_scrolls_to_its_last_line() -> None:
    app = OneSection()
    async with app.run_test(size=(20, 5)) as pilot:
        section = app.query_one(RenderedLines)
        section.update(Text(" ".join(f"ord{n}" for n in range(40))))
        await pilot.pause()
        lines, width = section.drawn()
        assert section.show_vertical_scrollbar
        assert width == 20 - section.styles.scrollbar_size_vertical
        assert all(len(line.text.rstrip()) <= width for line in lines)
        assert section.virtual_size.height == len(lines) > 5
        section.scroll_to_line(len(lines))
        await pilot.pause()
        assert section.scroll_y == len(lines) - 5
        assert shown_lines(app)[-1] == lines[-1].text.rstrip()
        assert "ord39" in shown_lines(app)[-1]


async def test_a_shorter_text_in_the_same_place_keeps_the_end_in_view_and_the_scrollbar_goes() -> None:
    app = OneSection()
    async with app.run_test(size=(20, 5)) as pilot:
        section = app.query_one(RenderedLines)
        section.update(Text("\n".join(f"rad {n}" for n in range(30))))
        await pilot.pause()
        section.scroll_to_line(25)
        await pilot.pause()
        section.update(Text("\n".join(f"rad {n}" for n in range(7))))
        await pilot.pause()
        assert section.scroll_y == 2
        assert shown_lines(app) == [f"rad {n}" for n in range(2, 7)]
        section.update(Text("kort"))
        await pilot.pause()
        assert not section.show_vertical_scrollbar
        assert shown_lines(app)[0] == "kort"


async def test_text_from_a_file_is_shown_as_written_not_read_as_markup() -> None:
    app = OneSection()
    async with app.run_test(size=(40, 5)) as pilot:
        app.query_one(RenderedLines).update("[bold]skylt[/bold] [röd]")
        await pilot.pause()
        assert shown_lines(app)[0] == "[bold]skylt[/bold] [röd]"
