"""The risk matrix and the actions on its red and yellow areas as words and plain lines, for a pipe or a file: no
Rich console, text or table is needed (risk.py and coverage.py style the same words and lay out the same columns
for a terminal and the app)."""

from __future__ import annotations

from collections.abc import Iterator

from brå_tui.questions.coverage import AreaCoverage
from brå_tui.questions.riskmatrix import RiskColumn, RiskMatrix
from brå_tui.views.plain import Column, cell, hanging, paragraph
from brå_tui.views.plain import lines as plain_lines
from brå_tui.views.theme import LEVELS, NOT_REPORTED, level_words, marked_words, trend_words

AREA_WIDTH = 20
CELL_WIDTH = 12
TREND_WIDTH = 12
GAP = 2
# A window too narrow for two periods beside names of the usual width squeezes the matrix to show two: the names
# wrapped to their longest word, one space between columns, and each trend's word under its arrow.
SQUEEZED_GAP = 1
SQUEEZED_TREND_WIDTH = 10  # "oförändrad"
NO_PICTURE = "Ingen lägesbild har rapporterats vid något möte."
NO_PICTURE_IN_SPAN = "Ingen lägesbild har rapporterats under de valda perioderna."
UNKNOWN_AREA_NOTE = "* området finns inte i council.toml"


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


def legend_rows(meanings: dict[str, str], unknown: bool) -> tuple[list[tuple[str, str]], str | None]:
    """The legend: (glyph and word, what it means) for each level and for not reported, with the council's own
    meanings; and the note under it when some area is not the council's (unknown)."""
    width = max(len(look.word) for look in [*LEVELS.values(), NOT_REPORTED])
    rows = [(f"{look.glyph} {look.word:<{width}}",
             f"{look.colour}: " + (meanings.get(level) or "betydelsen är inte angiven för rådet"))
            for level, look in LEVELS.items()]
    rows.append((f"{NOT_REPORTED.glyph} {NOT_REPORTED.word:<{width}}", "området rapporterades inte"))
    return rows, UNKNOWN_AREA_NOTE if unknown else None


class MatrixLayout:
    """Which periods of the matrix are shown at a width, and how wide its columns are: the most recent periods that
    fit, unless told to show all (the one rule of the view on a terminal, risk.RiskMatrixView, and of plain lines).

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

    def area_name(self, area: str) -> str:
        """An area's name in its row, ' *' after one that is not the council's."""
        return f"{cell(area)} *" if area in self.matrix.unknown_areas else cell(area)

    def header_words(self, column: RiskColumn) -> tuple[str, str | None]:
        """A period's heading: its label, and under it the meeting's key when the period is known."""
        return column.label, f"({column.meeting_key})" if column.period else None

    def trend_header(self) -> tuple[str, str]:
        """The trend column's heading, and under it what the trend is of."""
        return "Trend", "(i urvalet)" if self.span else "(senaste)"

    def hidden_words(self, shown: list[RiskColumn]) -> str | None:
        """What is not in view and how to see it, or None when every period is shown."""
        if not shown:
            return None
        earlier = self._position(shown[0])
        later = len(self.columns) - 1 - self._position(shown[-1])
        if not earlier and not later:
            return None

        def periods(n: int) -> str:
            return f"{n} {'period' if n == 1 else 'perioder'}"

        if self.keys:
            parts = [f"{periods(earlier)} tidigare (←)" if earlier else "",
                     f"{periods(later)} senare (→)" if later else ""]
            return "Visas inte: " + " och ".join(p for p in parts if p) + "; bläddra med ← →."
        parts = [f"{periods(earlier)} tidigare" if earlier else "", f"{periods(later)} senare" if later else ""]
        return (f"{' och '.join(p for p in parts if p).capitalize()} visas inte; välj med --from och --to, "
                "eller bredda fönstret.")

    def _position(self, column: RiskColumn) -> int:
        """Where a shown column stands among those that may be shown: looked for by identity from the end, where
        the shown ones usually are (thousands of columns are not compared field by field)."""
        return next(i for i in range(len(self.columns) - 1, -1, -1) if self.columns[i] is column)

    @staticmethod
    def sources(shown: list[RiskColumn]) -> str | None:
        """'Källa: Länsstyrelsen', the sources of the periods shown, or None when none is named."""
        named = sorted({c.source for c in shown if c.source})
        return "Källa: " + ", ".join(named) if named else None

    def lines(self, width: int) -> Iterator[str]:
        """The matrix as plain lines of at most width cells: the periods that fit (the area's column as wide as on a
        terminal, two spaces between columns), the note of hidden periods, the source and the legend."""
        if not self.matrix.columns or not self.columns:
            yield from paragraph(NO_PICTURE if not self.matrix.columns else NO_PICTURE_IN_SPAN, width)
            return
        shown = self.shown_columns(width)
        squeezed = self.squeezed(width)
        trend_width = SQUEEZED_TREND_WIDTH if squeezed else TREND_WIDTH
        area_width = self._area_width(width, len(shown)) if self.fit else self._min_area_width()
        columns = [Column("Område", area_width, exact=True)]
        for period in shown:
            label, key = self.header_words(period)
            columns.append(Column(label if key is None else f"{label}\n{key}", CELL_WIDTH, exact=True, stacked=True))
        trend, what = self.trend_header()
        columns.append(Column(f"{trend}\n{what}", trend_width, exact=True, stacked=True))
        rows = []
        for area in self.matrix.rows:
            trend_cell = trend_words(self.trend(area))
            rows.append([self.area_name(area), *(level_words(self.matrix.level(area, c), stacked=True) for c in shown),
                         trend_cell.replace(" ", "\n", 1) if squeezed else trend_cell])
        yield from plain_lines(columns, rows, width, gap=" " * (SQUEEZED_GAP if squeezed else GAP))
        note = self.hidden_words(shown)
        if note is not None:
            yield from paragraph(note, width)
        source = self.sources(shown)
        if source is not None:
            yield from paragraph(source, width)
        if self.legend:
            yield ""
            yield "Förklaring"
            rows_, unknown = legend_rows(self.meanings, bool(self.matrix.unknown_areas))
            for label, meaning in rows_:
                yield from hanging(label + "  ", meaning, width)
            if unknown:
                yield from paragraph(unknown, width)


NO_ACTION = "INGEN ÅTGÄRD"
# The area and its actions wrap between words; the level ('●●● Omfattande') never does.
COVERAGE_COLUMNS = [Column("Område"), Column("Nivå", 40), Column("Åtgärder")]


def heading_text(meanings: dict[str, str]) -> str:
    """'Åtgärder för omfattande och återkommande områden': the levels in the council's words, not colours."""
    return f"Åtgärder för {marked_words(meanings, 'och')} områden"


def none_marked(meanings: dict[str, str]) -> str:
    """What the table of actions says when no area is red or yellow."""
    return f"Inga områden är {marked_words(meanings)} i den senaste lägesbilden."


def actions(c: AreaCoverage) -> list[tuple[str, str]]:
    """(label, title) of each follow-up and item acting on an area."""
    return [*(("Uppföljning: ", cell(e.title)) for e in c.followups),
            *((f"Ärende {key}: ", cell(item.title)) for key, item in c.items)]


def actions_words(c: AreaCoverage) -> str:
    """The follow-ups and items acting on an area, one a line, or INGEN ÅTGÄRD."""
    return "\n".join(label + title for label, title in actions(c)) if c.covered else NO_ACTION


def missing_note(areas: list[AreaCoverage], meanings: dict[str, str]) -> str | None:
    """The note under the table when some area has no action: what INGEN ÅTGÄRD means."""
    missing = [c.area for c in areas if not c.covered]
    if not missing:
        return None
    return (f"{NO_ACTION}: området är {marked_words(meanings)} i lägesbilden {areas[0].reported_at} men har "
            "ingen öppen uppföljning och inget ärende sedan dess; en TAPPAD uppföljning räknas inte "
            "(Lag 2023:196: åtgärder utifrån lägesbilden).")


def coverage_lines(areas: list[AreaCoverage], width: int, meanings: dict[str, str] | None = None) -> Iterator[str]:
    """coverage.coverage_view as plain lines of at most width cells: each red or yellow area of the latest picture
    with its level and what acts on it, the levels named in the council's words."""
    meanings = meanings or {}
    yield from paragraph(heading_text(meanings), width)
    if not areas:
        yield from paragraph(none_marked(meanings), width)
        return
    rows = [(cell(c.area), level_words(c.level), actions_words(c)) for c in areas]
    yield from plain_lines(COVERAGE_COLUMNS, rows, width, leading=1)
    note = missing_note(areas, meanings)
    if note:
        yield from paragraph(note, width)


def risk_lines(matrix: RiskMatrix, meanings: dict[str, str], columns: list[RiskColumn], areas: list[AreaCoverage],
               width: int) -> Iterator[str]:
    """`bra risk` as plain lines: the matrix of the periods in columns that fit the width, the legend, and the
    actions on the red and yellow areas."""
    yield from MatrixLayout(matrix, meanings, columns=columns).lines(width)
    yield ""
    yield from coverage_lines(areas, width, meanings)
