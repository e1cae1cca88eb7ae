"""The keys that open a screen from anywhere outside a text field."""

from __future__ import annotations

from textual.binding import Binding

from brå_tui.importer import FORMATS

# How the footer, the help and the README spell the keys whose Textual names read otherwise ('esc', '⏎').
KEY_NAMES = {"escape": "Esc", "enter": "Enter", "tab": "Tab", "home": "Home", "end": "End", "pageup": "PgUp",
             "pagedown": "PgDn"}

# name, key, action (on the app), description, key shown, longer help.
NAVIGATION = [
    ("risk", "r", "goto('risk')", "Lägesbild", None, "Riskmatrisen: områden och perioder"),
    ("log", "l", "goto('log')", "Logg", None, "Åtgärdsloggen över alla möten"),
    ("owner", "o", "goto('owner')", "Ansvarig", None, "Vad en person ansvarar för"),
    ("search", "slash", "goto('search')", "Sök", "/", "Sök i alla möten"),
    ("notice", "k", "goto('notice')", "Kallelse", None, "Kallelse och påminnelser inför nästa möte"),
    ("new", "n", "new_meeting", "Nytt", None, "Nytt möte: skriv nästa möte, utgående från det senaste"),
]

# The keys for the meeting selected in Möten: name (Möten's action), key, description, longer help. Möten binds
# them itself (meetings.py); over the screens opened from Möten the app holds them hidden, and they go back to
# Möten and act there (BraApp.action_meeting), on the meeting the screen is about if it is about one (Historik).
MEETING_KEYS = [
    ("edit", "e", "Redigera", "Redigera det valda mötet"),
    ("history", "h", "Historik", "Vem ändrade mötet och när (lagring i git)"),
    ("export", "x", "Exportera", "Skriv mötet som dokument (md, html, txt, docx)"),
    ("import", "i", "Importera",
     f"Läs in gamla protokoll, minnesanteckningar eller kallelser ({', '.join(FORMATS)}) och granska dem"),
]
# Of those, the ones that need a meeting held in the store (not a planned one or a broken file).
NEEDS_MEETING = frozenset({"edit", "history"})

# The app actions of those keys ('goto', 'new_meeting', 'meeting'): they work only over Möten and the screens
# opened over it.
SCREEN_ACTIONS = frozenset({*(action.partition("(")[0] for _, _, action, *_ in NAVIGATION), "meeting"})

# The keys that only open a screen of their own (a view over all meetings): Möten's footer shows them after its own
# keys and ? and q, and leaves them out first when room is short (widgets/footer.py). Kallelse and Nytt möte are
# work on the meetings, Möten's own keys like e and x.
VIEWS = ("risk", "log", "owner", "search")


def navigation_bindings(prefix: str, show: bool, namespace: str = "",
                        names: tuple[str, ...] | None = None) -> list[Binding]:
    """The navigation keys as bindings (those named, in that order, or all); Möten shows them in its footer, the app
    holds them hidden."""
    by_name = {row[0]: row for row in NAVIGATION}
    return [Binding(key, f"{namespace}{action}", description, show=show, key_display=display, tooltip=tooltip,
                    id=f"{prefix}.{name}")
            for name, key, action, description, display, tooltip in (by_name[n] for n in names or by_name)]


def meeting_bindings(prefix: str, shown: bool = False, on_app: bool = False,
                     names: tuple[str, ...] | None = None) -> list[Binding]:
    """The keys for the selected meeting as bindings (those named, in that order, or all): Möten's own, shown in its
    footer, or the app's hidden ones (on_app), which go back to Möten first."""
    by_name = {row[0]: row for row in MEETING_KEYS}
    return [Binding(key, f"meeting('{name}')" if on_app else name, description, show=shown,
                    tooltip=tooltip, id=f"{prefix}.{name}")
            for name, key, description, tooltip in (by_name[n] for n in names or by_name)]
