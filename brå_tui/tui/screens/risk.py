"""Lägesbild: the risk matrix with trend; the area under the cursor with what acts on it."""

from __future__ import annotations

import shlex
from typing import ClassVar

from rich.console import Group, RenderableType
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from brå_tui.questions.actionlog import LogEntry
from brå_tui.questions.coverage import AreaCoverage
from brå_tui.questions.riskmatrix import RiskMatrix
from brå_tui.text import visible
from brå_tui.tui.long_lists import SHOWN, more_line, most_recent
from brå_tui.tui.screens.base import ViewScreen
from brå_tui.tui.widgets.footer import WidgetKey, bra_footer
from brå_tui.tui.widgets.rendered import RenderedLines
from brå_tui.views.actionlog import entry_detail
from brå_tui.views.coverage import NO_ACTION
from brå_tui.views.meeting import empty, section_title
from brå_tui.views.risk import RiskMatrixView
from brå_tui.views.theme import level_text, trend_text


class RiskScreen(ViewScreen):
    """Areas × reported periods; the linked follow-ups and items of the highlighted area."""

    SUB_TITLE = "Lägesbild"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left", "shift(-1)", "Tidigare", key_display="←", tooltip="Visa tidigare perioder", priority=True,
                id="risk.earlier"),
        Binding("right", "shift(1)", "Senare", key_display="→", tooltip="Visa senare perioder", priority=True,
                id="risk.later"),
        Binding("a", "show_all", "Visa alla", tooltip="Visa allt som hör till området, inte bara det senaste",
                id="risk.all"),
    ]
    WIDGET_KEYS: ClassVar[tuple[WidgetKey, ...]] = (
        WidgetKey("#areas", "down", "↑ ↓", "Välj område",
                  "Välj område – under matrisen visas det som hör till området"),)

    def __init__(self) -> None:
        super().__init__()
        self.matrix: RiskMatrix | None = None
        self.coverage: dict[str, AreaCoverage] = {}
        self.end = 0  # the columns shown end here (exclusive); the view fits the most recent before it
        self.area: str | None = None  # the area whose linked follow-ups and items are shown
        self.capped = False  # whether some of them are left out
        # By area: the log's entries on it, and the SHOWN most recent of them (for the store as now read).
        self.linked: dict[str, tuple[list[LogEntry], list[LogEntry]]] = {}

    def compose(self) -> ComposeResult:
        """Matrix on top; areas and what is linked to the highlighted one below."""
        yield Header(icon="≡")
        with VerticalScroll(id="matrix-scroll"):
            yield Static(id="matrix")
        with Horizontal(id="risk-bottom"):
            yield OptionList(id="areas")
            yield RenderedLines(id="linked")  # drawn once per area, only the lines in view painted
        yield bra_footer()

    def on_mount(self) -> None:
        """Show the matrix at once."""
        self.refresh_view()
        self.query_one("#areas").focus()

    def refresh_view(self) -> None:
        """Build the matrix and the area list from the store."""
        self.matrix = self.store.matrix()
        self.linked = {}
        self.coverage = {c.area: c for c in self.store.coverage()}
        self.end = len(self.matrix.columns)
        areas = self.query_one("#areas", OptionList)
        areas.clear_options()
        for area in self.matrix.rows:
            label = Text(area, style="bold")
            label.append("\n")
            label.append_text(level_text(self.matrix.latest(area)))
            if (older := self.matrix.reported_before(area)) is not None:
                label.append(f" (senast {older})")
            if not (trend := self.matrix.trend(area)).startswith("senast "):  # an old one: "(senast …)" says it
                label.append("  ")
                label.append_text(trend_text(trend))
            if area in self.coverage and not self.coverage[area].covered:
                label.append("\n")
                label.append(NO_ACTION, style="bold reverse")
            areas.add_option(Option(label, id=area))
        self._draw_matrix()
        if self.matrix.rows:
            areas.highlighted = 0
            self._show_area(self.matrix.rows[0])
        else:
            self.query_one("#linked", RenderedLines).update(empty("Rådet har inga riskområden ännu."))

    def _view(self) -> RiskMatrixView:
        assert self.matrix is not None
        return RiskMatrixView(self.matrix, self.store.council.levels, fit=True, legend=False, end=self.end,
                              keys=True)

    def _draw_matrix(self) -> None:
        self.query_one("#matrix", Static).update(self._view())
        self.refresh_bindings()  # ← and → are shown only while there are periods to move to

    def _shifted(self, delta: int) -> int:
        """Where the shown periods end after moving them delta steps (as far as there are periods)."""
        assert self.matrix is not None
        shown = self._view().fitting(self.query_one("#matrix", Static).content_region.width or self.size.width)
        return min(len(self.matrix.columns), max(shown, self.end + delta))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """← and → only while there are earlier or later periods not shown."""
        if action == "shift":
            delta = parameters[0] if parameters and isinstance(parameters[0], int) else 0
            return self.matrix is not None and bool(self.matrix.columns) and self._shifted(delta) != self.end
        if action == "show_all":
            return self.capped
        return True

    def action_shift(self, delta: int) -> None:
        """Move the shown periods one step earlier or later, keeping the area names in place."""
        if self.matrix is None or not self.matrix.columns:
            return
        self.end = self._shifted(delta)
        self._draw_matrix()

    def on_resize(self, event: events.Resize) -> None:
        """Another width shows more or fewer periods: ← and → may start or stop working."""
        self.call_after_refresh(self.refresh_bindings)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Moving in the areas shows what acts on that area."""
        if event.option.id:
            self._show_area(event.option.id)

    def _show_area(self, area: str, everything: bool = False) -> None:
        """Show what acts on the area: the SHOWN most recent follow-ups and items, or everything when asked (a
        busy store links thousands to an area, too many to draw at each move)."""
        limit = None if everything else SHOWN
        if area not in self.linked:  # the log's entries on the area, and the most recent of them, once per reading
            followups = self.store.linked_followups(area)
            self.linked[area] = (followups, most_recent(followups, SHOWN))
        items, total_items = self.store.linked_items(area, limit)
        followups, recent = self.linked[area]
        shown = followups if everything else recent
        capped = len(shown) < len(followups) or len(items) < total_items
        self.area, was_capped, self.capped = area, self.capped, capped
        parts: list[RenderableType] = []
        covered = self.coverage.get(area)
        if covered is not None and not covered.covered:
            parts += [Text.assemble((NO_ACTION, "bold reverse"),
                                    f": markerat i lägesbilden {covered.reported_at}, men ingen öppen uppföljning "
                                    "och inget ärende sedan dess (en TAPPAD uppföljning räknas inte)."), Text()]
        parts.append(section_title(f"Uppföljningar – {area}"))
        if not shown:
            parts.append(empty("Inga uppföljningar för området."))
        for n, entry in enumerate(shown):  # each as text, not as a table's row: many rows of a table draw slowly
            parts += [Text()] * (n > 0) + [entry_detail(entry)]
        if len(shown) < len(followups):
            parts.append(more_line(len(followups) - len(shown), "uppföljningar",
                                   command=f"bra log --area {shlex.quote(visible(area))} --all"))
        parts += [Text(), section_title(f"Ärenden – {area}")]
        if not items:
            parts.append(empty("Inga ärenden för området."))
        for key, item in items:
            parts.append(Text.assemble((key, "bold"), "  ", item.title))
        if len(items) < total_items:
            parts.append(more_line(total_items - len(items), "äldre ärenden"))
        linked = self.query_one("#linked", RenderedLines)
        linked.update(Group(*parts))
        linked.scroll_home(animate=False)
        if capped != was_capped:
            self.refresh_bindings()  # a shows everything only while something is left out

    def action_show_all(self) -> None:
        """Show everything linked to the highlighted area (until another area is chosen)."""
        if self.area is not None:
            self._show_area(self.area, everything=True)

