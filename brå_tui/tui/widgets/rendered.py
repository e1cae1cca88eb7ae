"""A Rich renderable drawn into lines once for its width and scrolled by the line: moving to another meeting in
Möten draws the new section once and paints only the lines in view, and lays the screen out again only when a
scrollbar comes or goes (a Static in a VerticalScroll draws it twice, to measure and to paint, and lays the whole
screen out twice, since its height changes)."""

from __future__ import annotations

from rich.console import RenderableType
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip


class RenderedLines(ScrollView, can_focus=True):
    """Shows one renderable (a section of a meeting) wrapped to the width, with a scrollbar when it is taller than the
    room. A string is shown as it is, never read as markup: what is shown comes from files."""

    DEFAULT_CSS = """
    RenderedLines {
        overflow-x: hidden;
        overflow-y: auto;
    }
    """

    def __init__(self, renderable: RenderableType = "", *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._renderable: RenderableType = Text(renderable) if isinstance(renderable, str) else renderable
        self._lines: list[Strip] = []
        self._drawn_for: tuple[int, int] | None = None  # the (width, height) the lines were drawn for
        self._wrapped_to = 0  # the width the lines were wrapped to (less a scrollbar's when they are too many)
        self._style = Style()  # the widget's colours, looked up once per paint

    @property
    def content(self) -> RenderableType:
        """What is shown."""
        return self._renderable

    def update(self, renderable: RenderableType) -> None:
        """Show another renderable (drawn now when the widget has a size, else once it has)."""
        self._renderable = Text(renderable) if isinstance(renderable, str) else renderable
        self._drawn_for = None
        self._draw()
        self.refresh()

    def drawn(self) -> tuple[list[Strip], int]:
        """The lines as shown now and the width they are wrapped to; drawn first if the widget has come into view
        since it was given its renderable."""
        self._draw()
        return list(self._lines), self._wrapped_to

    def scroll_to_line(self, line: int) -> None:
        """Scroll so that line (counted from 0) is at the top."""
        self.scroll_to(y=line, animate=False, force=True)

    def on_resize(self, event: events.Resize) -> None:
        """Another size: wrap the lines anew."""
        self._draw()

    def _draw(self) -> None:
        room = self.content_region.size
        if room.width <= 0 or (room.width, room.height) == self._drawn_for:
            return
        width = room.width
        lines = self._wrap(width)
        scrolls = len(lines) > room.height
        if scrolls:
            width -= self.styles.scrollbar_size_vertical  # beside the scrollbar
            lines = self._wrap(width)
        self._lines, self._wrapped_to, self._drawn_for = lines, width, (room.width, room.height)
        size = Size(width, len(lines))
        if scrolls and self.show_vertical_scrollbar:
            # The scrollbar stays: only this widget is painted anew, without laying out the screen again (which
            # setting virtual_size does, for a scrollbar that comes or goes).
            self.set_reactive(RenderedLines.virtual_size, size)
            self.vertical_scrollbar.window_virtual_size = size.height
            self.vertical_scrollbar.window_size = room.height
            self.refresh()
        elif not scrolls and not self.show_vertical_scrollbar:
            self.set_reactive(RenderedLines.virtual_size, size)
            self.refresh()
        else:
            self.virtual_size = size
        if self.scroll_y > self.max_scroll_y:  # the same meeting read again, shorter: keep the end in view
            self.scroll_to(y=self.max_scroll_y, animate=False, force=True)

    def _wrap(self, width: int) -> list[Strip]:
        console = self.app.console
        options = console.options.update(width=max(width, 1), highlight=False)
        return [Strip(line) for line in console.render_lines(self._renderable, options, pad=False)]

    def render_lines(self, crop: Region) -> list[Strip]:
        """The lines in view (the widget's colours looked up once for them all)."""
        self._style = self.rich_style
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        """One line in view, on the widget's own colours."""
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        style = self._style
        index = scroll_y + y
        if index >= len(self._lines):
            return Strip.blank(width, style)
        line = Strip(Segment.apply_style(self._lines[index], style), self._lines[index].cell_length)
        return line.crop_extend(scroll_x, scroll_x + width, style)
