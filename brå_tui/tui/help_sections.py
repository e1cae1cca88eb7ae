"""The help's sections: every screen, list and field with keys of its own, under the title the help gives it.

The list lives above both the screens and the editing package, so the help screen is given it and needs to
import neither.
"""

from __future__ import annotations

from textual.dom import DOMNode

from brå_tui.tui.editing.entrylist import EntryList
from brå_tui.tui.editing.fields import FieldInput
from brå_tui.tui.editing.forms import FormScreen
from brå_tui.tui.editing.notes import NotesArea
from brå_tui.tui.editing.screen import EditMeetingScreen, FollowUpList
from brå_tui.tui.screens.export import ExportScreen
from brå_tui.tui.screens.importing import ImportScreen
from brå_tui.tui.screens.log import LogScreen
from brå_tui.tui.screens.meetings import MeetingsScreen
from brå_tui.tui.screens.owner import OwnerScreen
from brå_tui.tui.screens.risk import RiskScreen
from brå_tui.tui.screens.search import SearchScreen

HELP_SECTIONS: list[tuple[str, type[DOMNode]]] = [
    ("Möten", MeetingsScreen), ("Lägesbild (r)", RiskScreen), ("Åtgärdslogg (l)", LogScreen),
    ("Ansvarig (o)", OwnerScreen), ("Sök (/)", SearchScreen), ("Exportera (x)", ExportScreen),
    ("Importera (i)", ImportScreen),
    ("Redigera (e) och Nytt möte (n)", EditMeetingScreen), ("Listorna i Redigera", EntryList),
    ("Uppföljningen i Redigera", FollowUpList), ("Formulären i Redigera", FormScreen),
    ("Textfälten i Redigera", FieldInput), ("Anteckningarna i Redigera", NotesArea),
]
