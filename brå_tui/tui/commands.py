"""The command palette (ctrl+p): find meetings, people and follow-ups by name and go there."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING, cast

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette, DiscoveryHit, Hit, Hits, Provider, SearchIcon
from textual.widgets.option_list import Option

if TYPE_CHECKING:
    from brå_tui.tui.app import BraApp

Candidate = tuple[str, str, Callable[[], None]]
NO_MATCHES = "Inga träffar"


def _export_selected(app: BraApp) -> None:
    """Back to Möten and open the export dialog for the meeting selected there."""
    screen = app.meetings_screen
    key = screen.selected_meeting
    if key is not None:
        app.show_meeting(key, None)
    screen.action_export()


class BraCommands(Provider):
    """Meetings by date and place, people by name, follow-ups by title."""

    @property
    def bra(self) -> BraApp:
        """The app, typed."""
        return cast("BraApp", self.app)

    def _candidates(self) -> Iterator[Candidate]:
        app = self.bra
        store = app.store
        if store is None:
            return
        for meeting in store.meetings_newest_first():
            text = f"Möte {meeting.key}" + (f" {meeting.place}" if meeting.place else "")
            yield text, "Öppna mötet", partial(app.show_meeting, meeting.key, None)
        selected = app.meetings_screen.selected_meeting
        if selected is not None:
            yield "Exportera valt möte", f"Skriv {selected} som dokument (md, html, txt, docx)", \
                partial(_export_selected, app)
        for person in app.directory.people:
            about = ", ".join(x for x in (person.title, person.org, person.party) if x)
            yield f"Person {person.name}", about or "Vad personen ansvarar för", partial(app.show_owner, person.name)
        for entry in app.log_entries:
            yield (f"Uppföljning {entry.title}", f"Historik, senast {entry.last_key}",
                   partial(app.show_history, entry.id))

    async def discover(self) -> Hits:
        """The newest meetings, before anything is typed."""
        for n, (text, help_text, callback) in enumerate(self._candidates()):
            if n >= 5 or not text.startswith("Möte"):
                break
            yield DiscoveryHit(text, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        """Everything whose name matches what is typed."""
        matcher = self.matcher(query)
        for text, help_text, callback in self._candidates():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(text), callback, help=help_text)


class BraPalette(CommandPalette):
    """The palette with a Swedish prompt and a plain mark instead of an emoji (terminals disagree on its width)."""

    def __init__(self) -> None:
        super().__init__(placeholder="Sök möten, personer och uppföljningar …", id="--command-palette")

    def on_mount(self) -> None:
        """Replace the magnifying glass."""
        self.query_one(SearchIcon).icon = ">"

    def _start_no_matches_countdown(self, search_value: str) -> None:
        """As Textual does it, in Swedish: after a pause, say that a search found nothing."""
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(Align.center(Text(NO_MATCHES, style="not bold")), disabled=True, id=self._NO_MATCHES))
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)
