"""The command palette (ctrl+p): find meetings, people and follow-ups by name and go there."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from rich.text import Text
from textual.command import CommandPalette, DiscoveryHit, Hit, Hits, Provider, SearchIcon

if TYPE_CHECKING:
    from brå_tui.tui.app import BraApp

Candidate = tuple[str, str, Callable[[], Any]]
NO_MATCHES = "Inga träffar"


class BraCommands(Provider):
    """Meetings by date and place, people by name, follow-ups by title, and the app's own commands.

    The app's only provider, so that a search that finds nothing says so in Swedish (Textual's own
    message is English and private to it).
    """

    @property
    def bra(self) -> BraApp:
        """The app, typed."""
        return cast("BraApp", self.app)

    def _candidates(self) -> Iterator[Candidate]:
        app = self.bra
        store = app.store
        if store is None:
            return
        for meeting in store.summaries:
            text = f"Möte {meeting.key}" + (f" {meeting.place}" if meeting.place else "")
            yield text, "Öppna mötet", partial(app.show_meeting, meeting.key, None)
        selected = app.meetings_screen.selected_meeting
        if selected is not None:
            yield "Exportera valt möte", f"Skriv {selected} som dokument (md, html, txt, docx)", \
                partial(app.action_meeting, "export")
        for person in app.directory.people:
            about = ", ".join(x for x in (person.title, person.org, person.party) if x)
            yield f"Person {person.name}", about or "Vad personen ansvarar för", partial(app.show_owner, person.name)
        for entry in app.log_entries:
            yield (f"Uppföljning {entry.title}", f"Historik, senast {entry.last_key}",
                   partial(app.show_history, entry.id))
        yield from self._system()

    def _system(self) -> Iterator[Candidate]:
        for command in self.app.get_system_commands(self.screen):
            yield command.title, command.help, command.callback

    async def discover(self) -> Hits:
        """The newest meetings, before anything is typed."""
        for n, (text, help_text, callback) in enumerate(self._candidates()):
            if n >= 5 or not text.startswith("Möte"):
                break
            yield DiscoveryHit(text, callback, help=help_text)
        for text, help_text, callback in self._system():
            yield DiscoveryHit(text, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        """Everything whose name matches what is typed."""
        matcher = self.matcher(query)
        found = False
        for text, help_text, callback in self._candidates():
            score = matcher.match(text)
            if score > 0:
                found = True
                yield Hit(score, matcher.highlight(text), callback, help=help_text)
        if not found and query.strip():
            yield Hit(1, Text(NO_MATCHES, style="italic"), lambda: None,
                      help="Inget möte, ingen person, uppföljning eller kommando passar")


class BraPalette(CommandPalette):
    """The palette with a Swedish prompt and a plain mark instead of an emoji (terminals disagree on its width)."""

    def __init__(self) -> None:
        super().__init__(placeholder="Sök möten, personer och uppföljningar …", id="--command-palette")

    def on_mount(self) -> None:
        """Replace the magnifying glass."""
        self.query_one(SearchIcon).icon = ">"
