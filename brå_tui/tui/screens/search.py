"""Sök: full-text search over every meeting; Enter opens the meeting at the hit."""

from __future__ import annotations

from functools import partial
from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.widgets import Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from brå_tui.questions.search import Hit, entry_of, search
from brå_tui.tui.screens.base import ViewScreen, escape_to_rest
from brå_tui.tui.widgets.footer import WidgetKey, bra_footer
from brå_tui.tui.widgets.meeting_tabs import Spot
from brå_tui.tui.widgets.text_input import TextInput
from brå_tui.views.search import marked
from brå_tui.views.searchlines import count_text

# The tab of each section a hit can be in (the sections the index names, brå_tui.store.rows.searchable_texts).
TAB_OF_SECTION = {"Översikt": "oversikt", "Närvarande": "narvarande", "Kallade": "narvarande", "Ärenden": "arenden",
                  "Lägesbild": "lagesbild", "Uppföljning": "uppfoljning", "Tidplan": "tidplan",
                  "Övriga frågor": "ovriga"}
SHOWN = 200  # hits listed at most; the count says how many there are


class SearchScreen(ViewScreen):
    """A search field and the hits, best first."""

    SUB_TITLE = "Sök"
    REST = "#search-text"
    BINDINGS: ClassVar[list[BindingType]] = escape_to_rest("Till fältet")
    WIDGET_KEYS: ClassVar[tuple[WidgetKey, ...]] = (
        WidgetKey("#search-text", "enter", "Enter", "Till träffarna"),
        WidgetKey("#hits", "enter", "Enter", "Öppna mötet", "Öppna mötet vid träffen"),
    )

    def __init__(self, query: str = "") -> None:
        super().__init__()
        self.initial = query
        self.hits: list[Hit] = []
        self._shown_query = ""  # the query the hits are for
        self._to_hits = False  # Enter was pressed before the hits for the query were shown

    def compose(self) -> ComposeResult:
        """Field, count, hits."""
        yield Header(icon="≡")
        yield TextInput(value=self.initial, placeholder="Sök i alla möten …", id="search-text")
        yield Static("Skriv för att söka; Enter går till träffarna.", id="search-count")
        yield OptionList(id="hits")
        yield bra_footer()

    def on_mount(self) -> None:
        """Ready to type."""
        self.query_one(Input).focus()
        if self.initial:
            self.refresh_view()

    def refresh_view(self) -> None:
        """Search again for what is in the field."""
        self._search(self.query_one(Input).value)

    def on_input_changed(self, event: Input.Changed) -> None:
        """Search as you type, in the background."""
        self._search(event.value)

    @work(exclusive=True, thread=True, group="search")
    def _search(self, query: str) -> None:
        hits: list[Hit] = []
        total = 0
        if query.strip():  # in the index the app read the store through: the same meetings as its lists
            hits, total = search(self.store.index, query, SHOWN)
        self.app.call_from_thread(self._show, query, hits, total)

    def _show(self, query: str, hits: list[Hit], total: int = 0) -> None:
        if not self.is_attached or query != self.query_one(Input).value:
            return
        self.hits = hits
        self._shown_query = query
        listing = self.query_one("#hits", OptionList)
        listing.clear_options()
        for n, hit in enumerate(hits):
            prompt = Text.assemble((hit.meeting_key, "bold"), "  ", (hit.section, "italic"), " › ",
                                   (hit.title, "bold"), "\n")
            prompt.append_text(marked(hit))
            listing.add_option(Option(prompt, id=str(n)))
        if hits:
            listing.highlighted = 0
            if self._to_hits:
                listing.focus()
        self._to_hits = False
        count = self.query_one("#search-count", Static)
        if not query.strip():
            count.update("Skriv för att söka; Enter går till träffarna.")
        else:
            shown = f"; de {len(hits)} bästa visas" if total > len(hits) else ""
            enter = "; Enter går till träffarna." if hits else "."
            count.update(f"{count_text(total)} för \"{query}\"{shown}{enter}")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the field moves to the hits; typed before the search is done, once they are shown."""
        if self._shown_query != event.value:
            self._to_hits = True
        elif self.hits:
            self.query_one("#hits").focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a hit opens its meeting at the hit's tab, with the item, person or follow-up marked and in
        view, and the hit's words in view too."""
        hit = self.hits[int(event.option.id or 0)]
        self.bra.show_meeting(hit.meeting_key, TAB_OF_SECTION.get(hit.section),
                              Spot(partial(entry_of, hit=hit), hit.snippet.strip("…")))
