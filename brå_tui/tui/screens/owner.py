"""Ansvarig: type a name and see at once what that person owns; no name shows what nobody owns."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Header, Input, Static

from brå_tui.questions.owners import without_owner
from brå_tui.tui.screens.base import ViewScreen
from brå_tui.tui.widgets.footer import WidgetKey, bra_footer
from brå_tui.tui.widgets.text_input import TextInput
from brå_tui.views.owner import owner_view, without_owner_view


class OwnerScreen(ViewScreen):
    """A name field and, live, what the name owns and presented."""

    SUB_TITLE = "Ansvarig"
    REST = "#owner-name"
    WIDGET_KEYS: ClassVar[tuple[WidgetKey, ...]] = (
        WidgetKey("#owner-name", "enter", "Enter", "Till svaret", "Till svaret, för att bläddra i det"),)

    def __init__(self, name: str = "") -> None:
        super().__init__()
        self.initial = name

    def compose(self) -> ComposeResult:
        """The field and the answer."""
        yield Header(icon="≡")
        yield TextInput(value=self.initial, placeholder="Namn, t.ex. Mikael J – tomt visar det som saknar ansvarig",
                    id="owner-name")
        with VerticalScroll(id="owner-scroll"):
            yield Static(id="owned")
        yield bra_footer()

    def on_mount(self) -> None:
        """Ready to type."""
        self.refresh_view()
        self.query_one(Input).focus()

    def refresh_view(self) -> None:
        """Answer for the name in the field."""
        name = self.query_one(Input).value.strip()
        entries = self.bra.log_entries
        if not name:
            view = without_owner_view(without_owner(entries))
        else:
            view = owner_view(self.store.owned(name))
        self.query_one("#owned", Static).update(view)
        self.query_one("#owner-scroll", VerticalScroll).scroll_home(animate=False)

    def on_input_changed(self, event: Input.Changed) -> None:
        """Every key typed updates the answer."""
        self.refresh_view()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter moves to the answer, to scroll it."""
        self.query_one("#owner-scroll").focus()
