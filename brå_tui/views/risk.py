"""The risk matrix: areas × reported pictures, each cell a glyph and a word in its colour, with trend and legend."""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.text import Text

from brå_tui.questions.riskmatrix import RiskColumn, RiskMatrix
from brå_tui.views.plain import cell
from brå_tui.views.tables import hanging
from brå_tui.views.tables import table as plain_table
from brå_tui.views.theme import LEVELS, NOT_REPORTED, level_meaning, level_text, trend_text

AREA_WIDTH = 20
CELL_WIDTH = 12
TREND_WIDTH = 12
GAP = 2
# A window too narrow for two periods beside names of the usual width squeezes the matrix to show two: the names
# wrapped to their longest word, one space between columns, and each trend's word under its arrow.
SQUEEZED_GAP = 1
SQUEEZED_TREND_WIDTH = 10  # "oförändrad"


def column_key(column: RiskColumn) -> str:
    """What a span is compared with: the period (2023-12) when known, else the meeting's date."""
    period = column.period or ""
    if len(period) >= 7 and period[:4].isdigit() and period[4] == "-" and period[5:7].isdigit():
        return period[:7]
    return column.date.isoformat()


def in_span(column: RiskColumn, start: str | None, end: str | None) -> bool:
    """Whether a column falls in a span given as YYYY, YYYY-MM or YYYY-MM-DD (both ends included)."""
    key = column_key(column)
    if start and key[:len(start)] < start[:len(key)]:
        return False
    if end and key[:len(end)] > end[:len(key)]:
        return False
    return True


def fitting_columns(width: int, area_width: int = AREA_WIDTH, gap: int = GAP, trend_width: int = TREND_WIDTH) -> int:
    """How many period columns fit beside the area and trend columns in a width (at least one).

    The table puts gap between neighbouring columns: area, the periods, then the trend.
    """
    room = width - area_width - trend_width - gap
    return max(1, room // (CELL_WIDTH + gap))


class RiskMatrixView:
    """The matrix as a renderable: the most recent periods that fit the width, unless told to show all.

    columns are the periods that may be shown (a span chosen with --from/--to; all by default) and end, when
    given, the index in them after the last one shown (the app scrolls with it). The trend is that of the
    periods that may be shown: over a chosen span its last two reports ("Trend i urvalet"), else the latest
    change in the whole history ("Trend senaste"), never only of what is scrolled into view.
    """

    def __init__(self, matrix: RiskMatrix, meanings: dict[str, str] | None = None,
                 fit: bool = True, legend: bool = True, columns: list[RiskColumn] | None = None,
                 end: int | None = None, keys: bool = False) -> None:
        self.matrix = matrix
        self.meanings = meanings or {}
        self.fit = fit
        self.legend = legend
        self.columns = list(matrix.columns if columns is None else columns)
        self.end = len(self.columns) if end is None else max(0, min(end, len(self.columns)))
        self.keys = keys  # say that ← → scroll (the app), rather than --from/--to (the command line)
        self.span = columns is not None and len(self.columns) != len(matrix.columns)  # a chosen part of history

    def trend(self, area: str) -> str:
        """The area's trend over the periods that may be shown (see the class)."""
        return self.matrix.trend(area, self.columns if self.span else None)

    def fitting(self, width: int) -> int:
        """How many periods are shown at a width (all when not fitting)."""
        if not self.fit:
            return len(self.columns)
        if self.squeezed(width):
            return 2
        return min(len(self.columns), fitting_columns(width, self._min_area_width()))

    def squeezed(self, width: int) -> bool:
        """Whether the matrix is squeezed at a width to show two periods (see SQUEEZED_GAP)."""
        return (self.fit and len(self.columns) >= 2 and fitting_columns(width, self._min_area_width()) < 2
                and fitting_columns(width, self._narrowest_area_width(), SQUEEZED_GAP, SQUEEZED_TREND_WIDTH) >= 2)

    def shown_columns(self, width: int) -> list[RiskColumn]:
        """The columns shown at a width: the most recent that fit before end, oldest of them first."""
        before = self.columns[:self.end]
        n = self.fitting(width)
        return list(before[-n:]) if n < len(before) else list(before)

    def _narrowest_area_width(self) -> int:
        """The area column at its narrowest: every name wrapped between words."""
        return max((len(w) for a in self.matrix.rows for w in a.split()), default=4) + 1

    def _min_area_width(self) -> int:
        return max(self._narrowest_area_width(), min(AREA_WIDTH, max((len(a) for a in self.matrix.rows), default=4)))

    def _area_width(self, width: int, shown: int) -> int:
        """The area column, never wider at a width than at any wider one: its usual width (_min_area_width); wide
        enough for whole names when every period is shown and the width allows; narrower, down to the longest
        word, where the window is too narrow for two periods beside it (squeezed) or even for them. While periods
        are left out, room too small for another one is left empty rather than given to the names, which would
        make them wider than in a wider window, where one more period takes that room."""
        longest = max((len(a) + 2 for a in self.matrix.rows), default=4)  # " *" marks an unknown area
        if shown >= len(self.columns):
            spare = width - TREND_WIDTH - GAP - shown * (CELL_WIDTH + GAP)
            return max(self._min_area_width(), min(longest, spare))
        if self.squeezed(width):
            spare = width - SQUEEZED_TREND_WIDTH - SQUEEZED_GAP - shown * (CELL_WIDTH + SQUEEZED_GAP)
            return max(self._narrowest_area_width(), min(self._min_area_width(), spare))
        return self._narrowest_area_width() if shown < 2 else self._min_area_width()

    def table(self, columns: list[RiskColumn], width: int | None = None) -> RenderableType:
        """The matrix table for the given columns."""
        squeezed = width is not None and self.squeezed(width)
        grid = plain_table(padding=0) if squeezed else plain_table()  # columns one space apart, not two
        area_width = self._area_width(width, len(columns)) if width else self._min_area_width()
        grid.add_column("Område", width=area_width, overflow="fold")
        for column in columns:
            header = Text(column.label, style="bold")
            if column.period:
                header.append(f"\n({column.meeting_key})", style="dim")
            grid.add_column(header, width=CELL_WIDTH, overflow="fold")
        trend = Text("Trend", style="bold")
        trend.append("\n(i urvalet)" if self.span else "\n(senaste)", style="dim")
        if squeezed:
            grid.add_column(trend, width=SQUEEZED_TREND_WIDTH, overflow="fold")
        else:
            grid.add_column(trend, width=TREND_WIDTH, no_wrap=True)
        for area in self.matrix.rows:
            name = Text(cell(area))
            if area in self.matrix.unknown_areas:
                name = Text(f"{cell(area)} *", style="italic")
            cells = [level_text(self.matrix.level(area, c), stacked=True) for c in columns]
            trend_cell = trend_text(self.trend(area))
            if squeezed:  # the word under its arrow
                trend_cell = Text(trend_cell.plain.replace(" ", "\n", 1), style=trend_cell.style)
            grid.add_row(name, *cells, trend_cell)
        return grid

    def hidden_note(self, shown: list[RiskColumn]) -> Text | None:
        """What is not in view and how to see it, or None when every period is shown."""
        if not shown:
            return None
        earlier = self.columns.index(shown[0])
        later = len(self.columns) - 1 - self.columns.index(shown[-1])
        if not earlier and not later:
            return None

        def periods(n: int) -> str:
            return f"{n} {'period' if n == 1 else 'perioder'}"

        if self.keys:
            parts = [f"{periods(earlier)} tidigare (←)" if earlier else "",
                     f"{periods(later)} senare (→)" if later else ""]
            return Text("Visas inte: " + " och ".join(p for p in parts if p) + "; bläddra med ← →.",
                        style="italic")
        parts = [f"{periods(earlier)} tidigare" if earlier else "", f"{periods(later)} senare" if later else ""]
        return Text(f"{' och '.join(p for p in parts if p).capitalize()} visas inte; välj med --from och --to, "
                    "eller bredda fönstret.", style="italic")

    def legend_text(self) -> RenderableType:
        """What the glyphs and words mean, with the council's own meanings; a meaning too long for its line
        continues under itself (tables.hanging)."""
        width = max(len(look.word) for look in [*LEVELS.values(), NOT_REPORTED])
        lines: list[RenderableType] = [Text("Förklaring", style="bold")]
        for level, look in LEVELS.items():
            meaning = self.meanings.get(level, "")
            lines.append(hanging(Text(f"{look.glyph} {look.word:<{width}}  ", style=look.style),
                                 f"{look.colour}: " + (meaning if meaning else "betydelsen är inte angiven för rådet")))
        lines.append(hanging(Text(f"{NOT_REPORTED.glyph} {NOT_REPORTED.word:<{width}}  ", style=NOT_REPORTED.style),
                             "området rapporterades inte"))
        if self.matrix.unknown_areas:
            lines.append(Text("* området finns inte i council.toml"))
        return Group(*lines)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """Render the matrix at the width given, with a note of hidden periods and the legend."""
        if not self.matrix.columns:
            yield Text("Ingen lägesbild har rapporterats vid något möte.", style="italic")
            return
        if not self.columns:
            yield Text("Ingen lägesbild har rapporterats under de valda perioderna.", style="italic")
            return
        columns = self.shown_columns(options.max_width)
        note = self.hidden_note(columns)
        if note is not None and self.keys:  # the app: above the matrix, where a short pane still shows it
            yield note
        yield self.table(columns, options.max_width if self.fit else None)
        if note is not None and not self.keys:
            yield note
        sources = sorted({c.source for c in columns if c.source})
        if sources:
            yield Text("Källa: " + ", ".join(sources), style="dim")
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
