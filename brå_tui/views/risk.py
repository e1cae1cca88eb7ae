"""The risk matrix: areas × reported pictures, each cell a glyph and a word in its colour, with trend and legend."""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.text import Text

from brå_tui.questions.riskmatrix import RiskColumn, RiskMatrix
from brå_tui.views.risklines import (
    CELL_WIDTH,
    NO_PICTURE,
    NO_PICTURE_IN_SPAN,
    SQUEEZED_TREND_WIDTH,
    TREND_WIDTH,
    MatrixLayout,
    column_key,
    fitting_columns,
    in_span,
    legend_rows,
)
from brå_tui.views.tables import hanging
from brå_tui.views.tables import table as plain_table
from brå_tui.views.theme import LEVELS, NOT_REPORTED, level_meaning, level_text, trend_text

# column_key, fitting_columns and in_span are the layout's (risklines), named here as well for the view's callers.
__all__ = ["RiskMatrixView", "column_key", "fitting_columns", "in_span", "level_legend", "risk_view"]


class RiskMatrixView(MatrixLayout):
    """The matrix as a renderable: the most recent periods that fit the width, unless told to show all (which, and
    how wide: risklines.MatrixLayout)."""

    def table(self, columns: list[RiskColumn], width: int | None = None) -> RenderableType:
        """The matrix table for the given columns."""
        squeezed = width is not None and self.squeezed(width)
        grid = plain_table(padding=0) if squeezed else plain_table()  # columns one space apart, not two
        area_width = self._area_width(width, len(columns)) if width else self._min_area_width()
        grid.add_column("Område", width=area_width, overflow="fold")
        for column in columns:
            label, key = self.header_words(column)
            header = Text(label, style="bold")
            if key is not None:
                header.append(f"\n{key}", style="dim")
            grid.add_column(header, width=CELL_WIDTH, overflow="fold")
        words, what = self.trend_header()
        trend = Text(words, style="bold")
        trend.append(f"\n{what}", style="dim")
        if squeezed:
            grid.add_column(trend, width=SQUEEZED_TREND_WIDTH, overflow="fold")
        else:
            grid.add_column(trend, width=TREND_WIDTH, no_wrap=True)
        for area in self.matrix.rows:
            name = Text(self.area_name(area), style="italic" if area in self.matrix.unknown_areas else "")
            cells = [level_text(self.matrix.level(area, c), stacked=True) for c in columns]
            trend_cell = trend_text(self.trend(area))
            if squeezed:  # the word under its arrow
                trend_cell = Text(trend_cell.plain.replace(" ", "\n", 1), style=trend_cell.style)
            grid.add_row(name, *cells, trend_cell)
        return grid

    def hidden_note(self, shown: list[RiskColumn]) -> Text | None:
        """What is not in view and how to see it, or None when every period is shown."""
        words = self.hidden_words(shown)
        return None if words is None else Text(words, style="italic")

    def legend_text(self) -> RenderableType:
        """What the glyphs and words mean, with the council's own meanings; a meaning too long for its line
        continues under itself (tables.hanging)."""
        rows, unknown = legend_rows(self.meanings, bool(self.matrix.unknown_areas))
        styles = [look.style for look in [*LEVELS.values(), NOT_REPORTED]]
        lines: list[RenderableType] = [Text("Förklaring", style="bold")]
        for (label, meaning), style in zip(rows, styles, strict=True):
            lines.append(hanging(Text(f"{label}  ", style=style), meaning))
        if unknown:
            lines.append(Text(unknown))
        return Group(*lines)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """Render the matrix at the width given, with a note of hidden periods and the legend."""
        if not self.matrix.columns:
            yield Text(NO_PICTURE, style="italic")
            return
        if not self.columns:
            yield Text(NO_PICTURE_IN_SPAN, style="italic")
            return
        columns = self.shown_columns(options.max_width)
        note = self.hidden_note(columns)
        if note is not None and self.keys:  # the app: above the matrix, where a short pane still shows it
            yield note
        yield self.table(columns, options.max_width if self.fit else None)
        if note is not None and not self.keys:
            yield note
        sources = self.sources(columns)
        if sources is not None:
            yield Text(sources, style="dim")
        if self.legend:
            yield Text()
            yield self.legend_text()


def risk_view(matrix: RiskMatrix, meanings: dict[str, str] | None = None, fit: bool = True,
              columns: list[RiskColumn] | None = None) -> RenderableType:
    """The risk matrix with legend; fit shows only the most recent periods that fit the width; columns: a span."""
    return RiskMatrixView(matrix, meanings, fit=fit, columns=columns)


def level_legend(meanings: dict[str, str]) -> RenderableType:
    """The legend alone, for the app's side panel."""
    return Group(*[hanging(Text.assemble(level_text(level), "  "), level_meaning(level, meanings)) for level in LEVELS])
