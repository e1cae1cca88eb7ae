"""The help's sections: every screen, list and field with keys of its own, under the title the help gives it.

The list lives above both the screens and the editing package, so the help screen is given it and needs to
import neither.
"""

from __future__ import annotations

from textual.dom import DOMNode

from brå_tui.tui.editing.blocked import BlockedScreen
from brå_tui.tui.editing.dialogs import ConflictDialog, PickDialog
from brå_tui.tui.editing.entrylist import EntryList
from brå_tui.tui.editing.fields import ChoiceSelect, FieldInput
from brå_tui.tui.editing.forms import FollowUpForm, FormScreen, ItemForm
from brå_tui.tui.editing.levels import LevelPicker
from brå_tui.tui.editing.notes import NotesArea
from brå_tui.tui.editing.recover import DraftsDialog
from brå_tui.tui.editing.screen import EditMeetingScreen, FollowUpList
from brå_tui.tui.screens.confirm import ConfirmScreen
from brå_tui.tui.screens.export import ExportScreen
from brå_tui.tui.screens.history import HistoryScreen
from brå_tui.tui.screens.importing import GroupDialog, ImportFileDialog, ImportScreen, MeetingDateDialog
from brå_tui.tui.screens.log import FollowUpHistoryScreen, LogScreen
from brå_tui.tui.screens.meetings import MeetingsScreen
from brå_tui.tui.screens.notice import NoticeScreen
from brå_tui.tui.screens.owner import OwnerScreen
from brå_tui.tui.screens.risk import RiskScreen
from brå_tui.tui.screens.search import SearchScreen
from brå_tui.tui.widgets.cut_table import CutTable

HELP_SECTIONS: list[tuple[str, type[DOMNode]]] = [
    ("Möten", MeetingsScreen), ("Lägesbild (r)", RiskScreen), ("Åtgärdslogg (l)", LogScreen),
    ("En uppföljnings historik (Enter i Åtgärdslogg)", FollowUpHistoryScreen),
    ("Ansvarig (o)", OwnerScreen), ("Sök (/)", SearchScreen), ("Historik (h)", HistoryScreen),
    ("Kallelse (k)", NoticeScreen), ("Exportera (x)", ExportScreen),
    ("Importera (i)", ImportScreen), ("Välj fil att importera", ImportFileDialog),
    ("Mötets datum vid import", MeetingDateDialog), ("Grupp för var och en vid import", GroupDialog),
    ("Tabellerna i Importera och Åtgärdslogg", CutTable),
    ("Redigera (e) och Nytt möte (n)", EditMeetingScreen), ("Listorna i Redigera", EntryList),
    ("Uppföljningen i Redigera", FollowUpList), ("Formulären i Redigera", FormScreen),
    ("Formuläret för ett ärende", ItemForm), ("Formuläret för en uppföljning", FollowUpForm),
    ("Textfälten i Redigera", FieldInput), ("Valen i Redigera (▼)", ChoiceSelect),
    ("Nivåerna i Lägesbild i Redigera", LevelPicker), ("Anteckningarna i Redigera", NotesArea),
    ("Välj i en lista", PickDialog), ("Någon annan har sparat mötet", ConflictDialog),
    ("Utkast att återställa", DraftsDialog), ("Kan inte redigera", BlockedScreen), ("Frågor (j/n)", ConfirmScreen),
]
