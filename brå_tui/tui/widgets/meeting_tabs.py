"""The selected meeting in tabs, one section each; or a planned meeting; or why a file is broken."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rich.console import Group, RenderableType
from rich.segment import Segment
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.css.query import NoMatches
from textual.widgets import Static, TabbedContent, TabPane, Tabs

from brå_tui.model import Council, Finding, Meeting, ScheduleEntry
from brå_tui.text import fold
from brå_tui.tui.widgets.rendered import RenderedLines
from brå_tui.tui.widgets.tab_rows import fit_rows, follow_width
from brå_tui.views import meeting as view
from brå_tui.views.planned import facts
from brå_tui.views.planned import planned_notice as planned_view

# Meeting, council, the part to mark (or None), every date a meeting is held or planned on (sorted).
Section = Callable[[Meeting, Council, object, list[dt.date]], RenderableType]

# Tab id, label, and the view that renders the section.
TABS: list[tuple[str, str, Section]] = [
    ("oversikt", "Översikt", lambda m, c, mark, dates: view.overview(m, c, mark)),
    ("narvarande", "Närvarande", lambda m, c, mark, dates: view.attendees(m, mark)),
    ("arenden", "Ärenden", lambda m, c, mark, dates: view.items(m, mark)),
    ("lagesbild", "Lägesbild", lambda m, c, mark, dates: view.risk_picture(m, c, mark)),
    ("uppfoljning", "Uppföljning", lambda m, c, mark, dates: view.followups(m, mark, dates)),
    ("tidplan", "Tidplan", lambda m, c, mark, dates: view.schedule(m, mark)),
    ("ovriga", "Övrigt", lambda m, c, mark, dates: view.others(m, mark)),
]
TAB_IDS = [tab_id for tab_id, _, _ in TABS]


@dataclass(frozen=True)
class Spot:
    """Where in a meeting to land: the part to mark and bring into view (found in the meeting shown, e.g. an Item
    or a FollowUp; see views.meeting's mark), and words within it to bring into view too (a search hit's
    excerpt)."""

    entry: Callable[[Meeting], object | None]
    words: str = ""


def planned_notice(entry: ScheduleEntry) -> RenderableType:
    """What a planned meeting shows: when and where, and how to write it."""
    return planned_view(entry, "Tryck n för att skriva dem.")


BROKEN_IN_GIT = ("Lagringen finns i git: tryck h (Historik), där den senaste versionen som går att läsa är vald, "
                 "och t för att återställa den. Den trasiga texten sparas först som en egen version.")


def broken_notice(finding: Finding, root: Path, in_git: bool = False) -> RenderableType:
    """What a broken file shows: file (within the store), line and reason; it is left as it is. In a store kept in
    git, also which keys restore the last version that reads (the broken text is kept as a version first)."""
    shown = finding.path.relative_to(root) if finding.path.is_relative_to(root) else finding.path
    rows = [("Fil", str(shown)), ("Rad", str(finding.line) if finding.line else "okänd"),
            ("Orsak", finding.message)]
    mend = [Text(BROKEN_IN_GIT, style="bold"), Text()] if in_git else []
    return Group(Text("TRASIG FIL – mötet kunde inte läsas", style="bold reverse"), Text(), facts(rows), Text(),
                 *mend,
                 Text("Filen skrivs aldrig över av bra. Rätta den i en textredigerare och kör 'bra check'.",
                      style="italic"))


def marked_lines(lines: Sequence[Iterable[Segment]]) -> range:
    """The lines, counted from 0, from the first to the last one that holds something marked (view.MARKED); empty
    when none does."""
    marked = [n for n, line in enumerate(lines) if any(s.style is not None and s.style.meta.get("marked")
                                                       for s in line)]
    return range(marked[0], marked[-1] + 1) if marked else range(0)


def first_line_of(lines: Sequence[Iterable[Segment]], text: str, width: int, begin: int = 0) -> int | None:
    """The line, counted from 0 and from begin on, where text begins in lines drawn width cells wide (text may wrap
    onto the lines below); None when it is not there."""
    wanted = " ".join(fold(text).split())
    if not wanted or width <= 0:
        return None
    plain = [" ".join(fold("".join(s.text for s in line)).split()) for line in lines]
    below = 2 + len(wanted) // max(width // 2, 1)  # how many lines the text may wrap onto
    start = " ".join(wanted.split()[:2])
    found = [n for n in range(begin, len(plain)) if start in plain[n]]
    whole = (n for n in found if wanted in " ".join(plain[n:n + below]))
    return next(whole, found[0] if found else None)  # else: wrapped within a table's column


class MeetingTabs(Vertical):
    """The right-hand side of Möten."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        # Held here so a meeting can be shown before the tabs have mounted their panes.
        self.sections = {tab_id: RenderedLines(id=f"section-{tab_id}", classes="section-scroll")
                         for tab_id in TAB_IDS}
        self.tabbed = TabbedContent(id="tabs", initial="oversikt")
        self.notice = Static(id="notice")
        self.notice_scroll = VerticalScroll(self.notice, id="notice-scroll")
        self.notice_scroll.display = False
        self._meeting: tuple[Meeting, Council] | None = None
        self._dates: list[dt.date] = []  # every date a meeting is held or planned on, for the follow-ups' due dates
        self._mark: tuple[str, object] | None = None  # the tab and the part of the meeting shown marked there
        self._stale: set[str] = set()
        self._rewind: set[str] = set()

    def compose(self) -> ComposeResult:
        """Seven tabs and a notice shown instead of them for planned and broken entries."""
        with self.tabbed:
            for tab_id, label, _ in TABS:
                yield TabPane(label, self.sections[tab_id], id=tab_id)
        yield self.notice_scroll

    def on_mount(self) -> None:
        """At another width the tabs may take more rows, or fewer (every label whole)."""
        follow_width(self.query_one(Tabs))
        if self._meeting is not None:  # shown before the tabs were mounted
            self._label_people(self._meeting[0].present_word())

    def _show_tabs(self, tabs: bool) -> None:
        self.tabbed.display = tabs
        self.notice_scroll.display = not tabs

    def show_meeting(self, meeting: Meeting, council: Council, dates: list[dt.date] | None = None) -> None:
        """A meeting in the tabs: the tab in view is drawn now, the others when they are opened; dates are every
        date a meeting is held or planned on (a follow-up that comes back at the next meeting is due then)."""
        previous = self._meeting[0].key if self._meeting else None
        self._meeting = (meeting, council)
        self._dates = dates or []
        if meeting.key != previous:
            self._mark = None
        self._stale = set(TAB_IDS)
        self._rewind = set(TAB_IDS) if meeting.key != previous else set()  # the same meeting read again keeps its place
        self._label_people(meeting.present_word())
        self._draw(self.active if self.active in TAB_IDS else TAB_IDS[0])
        self._show_tabs(True)

    def _label_people(self, word: str) -> None:
        """The people's tab named as the meeting's people are: Närvarande, or Kallade for a kallelse's (a meeting
        not yet held); the tabs laid out again for the new label."""
        try:
            tab = self.tabbed.get_tab("narvarande")
        except NoMatches:  # not mounted yet: on_mount labels it
            return
        if tab.label_text != word:
            tab.label = word
            fit_rows(self.query_one(Tabs))

    def _draw(self, tab_id: str) -> None:
        if self._meeting is None or tab_id not in self._stale:
            return
        self.sections[tab_id].update(self._section(tab_id))
        if tab_id in self._rewind:
            self.sections[tab_id].scroll_home(animate=False)
            self._rewind.discard(tab_id)
        self._stale.discard(tab_id)

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        """A tab opened: draw it if the meeting changed since it was last drawn."""
        if event.pane.id is not None:
            self._draw(event.pane.id)

    def show_notice(self, renderable: RenderableType) -> None:
        """A notice (planned meeting, broken file) instead of the tabs."""
        self.notice.update(renderable)
        self.notice_scroll.scroll_home(animate=False)
        self._show_tabs(False)

    @property
    def active(self) -> str:
        """The id of the tab shown."""
        return self.tabbed.active

    def _section(self, tab_id: str) -> RenderableType:
        assert self._meeting is not None
        render = next(render for known, _, render in TABS if known == tab_id)
        mark = self._mark[1] if self._mark is not None and self._mark[0] == tab_id else None
        return render(*self._meeting, mark, self._dates)

    def activate(self, tab_id: str, spot: Spot | None = None) -> None:
        """Show one tab; with a spot, that part of the meeting marked and scrolled to the top, or, when the spot's
        words are further down than the tab is high, so far that they are in view too."""
        if spot is not None and self._meeting is not None:
            entry = spot.entry(self._meeting[0])
            self._mark = (tab_id, entry) if entry is not None else None
            self._stale.add(tab_id)
            self._rewind.discard(tab_id)
        self._draw(tab_id)
        self.tabbed.active = tab_id
        if spot is not None and self._meeting is not None:
            self.call_after_refresh(self._reveal, tab_id, spot.words)

    def _reveal(self, tab_id: str, words: str) -> None:
        if self._meeting is None or not self.is_attached:
            return
        section = self.sections[tab_id]
        lines, width = section.drawn()
        if width <= 0:
            return
        marked = marked_lines(lines)
        if not marked:
            return
        height = max(section.scrollable_content_region.height, 1)
        found = first_line_of(lines, words, width, marked.start) if words else None
        section.scroll_to_line(marked.start if found is None or found < marked.start + height - 1
                               else found - height // 3)

    def step(self, delta: int) -> None:
        """Show the next (1) or previous (-1) tab, wrapping round."""
        index = TAB_IDS.index(self.active) if self.active in TAB_IDS else 0
        self.activate(TAB_IDS[(index + delta) % len(TAB_IDS)])
