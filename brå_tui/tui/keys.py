"""The keys that open a screen from anywhere outside a text field."""

from __future__ import annotations

from textual.binding import Binding

# How the footer, the help and the README spell the keys whose Textual names read otherwise ('esc', '⏎').
KEY_NAMES = {"escape": "Esc", "enter": "Enter", "tab": "Tab"}

# name, key, action (on the app), description, key shown, longer help. Kallelse is shown in Möten's footer only
# when there is room to spare (MeetingsScreen.FOOTER_SPARE) and listed under `?` like every other key.
FOOTERLESS = {"notice"}
NAVIGATION = [
    ("risk", "r", "goto('risk')", "Lägesbild", None, "Riskmatrisen: områden och perioder"),
    ("log", "l", "goto('log')", "Logg", None, "Åtgärdsloggen över alla möten"),
    ("owner", "o", "goto('owner')", "Ansvarig", None, "Vad en person ansvarar för"),
    ("search", "slash", "goto('search')", "Sök", "/", "Sök i alla möten"),
    ("notice", "k", "goto('notice')", "Kallelse", None, "Kallelse och påminnelser inför nästa möte"),
    ("new", "n", "new_meeting", "Nytt", None, "Nytt möte: skriv nästa möte, utgående från det senaste"),
]

# The app actions of those keys ('goto', 'new_meeting'): they work only over Möten and the screens opened over it.
SCREEN_ACTIONS = frozenset(action.partition("(")[0] for _, _, action, *_ in NAVIGATION)


def navigation_bindings(prefix: str, show: bool, namespace: str = "") -> list[Binding]:
    """The navigation keys as bindings; Möten shows them in its footer, the app holds them hidden."""
    return [Binding(key, f"{namespace}{action}", description, show=show and name not in FOOTERLESS,
                    key_display=display, tooltip=tooltip,
                    id=f"{prefix}.{name}")
            for name, key, action, description, display, tooltip in NAVIGATION]
