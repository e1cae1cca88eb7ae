"""Ansvarig: type a name and see at once what that person owns; no name shows what nobody owns."""

from __future__ import annotations

import shlex
from dataclasses import replace
from typing import ClassVar

from rich.console import Group, RenderableType
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Header, Input, Static

from brå_tui.questions.owners import without_owner
from brå_tui.text import visible
from brå_tui.tui.long_lists import SHOWN, more_line
from brå_tui.tui.screens.base import ViewScreen, escape_to_rest
from brå_tui.tui.widgets.footer import WidgetKey, bra_footer
from brå_tui.tui.widgets.text_input import TextInput
from brå_tui.views.owner import owner_view, without_owner_view


def _count_noun(followups: int, presented: int) -> str:
    """What the rows not shown are, after their number ('6 uppföljningar', '1 uppföljning', '3 rader' when they
    are follow-ups and items presented both)."""
    if presented == 0:
        return "uppföljning" if followups == 1 else "uppföljningar"
    if followups == 0:
        return "punkt" if presented == 1 else "punkter"
    return "rader"


class OwnerScreen(ViewScreen):
    """A name field and, live, what the name owns and presented."""

    SUB_TITLE = "Ansvarig"
    REST = "#owner-name"
    BINDINGS: ClassVar[list[BindingType]] = [
        *escape_to_rest("Till fältet"),
        Binding("a", "show_all", "Visa alla", tooltip="Visa hela svaret, inte bara de första raderna",
                id="owner.all"),
    ]
    WIDGET_KEYS: ClassVar[tuple[WidgetKey, ...]] = (
        WidgetKey("#owner-name", "enter", "Enter", "Till svaret", "Till svaret, för att bläddra i det"),)

    def __init__(self, name: str = "") -> None:
        super().__init__()
        self.initial = name
        self.capped = False  # whether some rows of the answer are left out

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

    def refresh_view(self, everything: bool = False) -> None:
        """Answer for the name in the field: the first SHOWN rows of each list, or everything when asked (a name
        may own thousands in a busy store, too many to draw at each key typed)."""
        name = self.query_one(Input).value.strip()
        view: RenderableType
        if not name:
            entries = without_owner(self.bra.log_entries)
            shown = entries if everything else entries[:SHOWN]
            view, more, command = without_owner_view(shown), len(entries) - len(shown), "bra owner --none"
            what = _count_noun(more, 0)
        else:
            answer = self.store.owned(name)
            owned = [r for r in answer.rows if r.kind == "uppföljning"]
            presented = [r for r in answer.rows if r.kind != "uppföljning"]
            rows = answer.rows if everything else owned[:SHOWN] + presented[:SHOWN]
            view, more = owner_view(replace(answer, rows=rows)), len(answer.rows) - len(rows)
            hidden_owned = len(owned) - sum(1 for r in rows if r.kind == "uppföljning")
            what = _count_noun(hidden_owned, more - hidden_owned)
            command = f"bra owner {shlex.quote(visible(name))}"
        self.capped = more > 0
        if more:
            view = Group(view, Text(), more_line(more, what, "Enter och a", command))
        self.query_one("#owned", Static).update(view)
        self.query_one("#owner-scroll", VerticalScroll).scroll_home(animate=False)
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """a shows everything only while something is left out."""
        return self.capped if action == "show_all" else super().check_action(action, parameters)

    def action_show_all(self) -> None:
        """Show every row of the answer (until the name is changed)."""
        self.refresh_view(everything=True)

    def on_input_changed(self, event: Input.Changed) -> None:
        """Every key typed updates the answer."""
        self.refresh_view()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter moves to the answer, to scroll it."""
        self.query_one("#owner-scroll").focus()
