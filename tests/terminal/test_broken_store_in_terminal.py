"""The real app in a real terminal (tmux, 80×24, NO_COLOR) over a store holding the whole broken-file corpus,
and a fault in the app itself: what is on screen is Swedish and never a traceback."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from tests.test_broken_files import CASES, MEETINGS, lay_out
from tests.test_every_command import store_state

COUNCIL = next(c for c in CASES if c.id == "council-name-a-number")
PEOPLE = next(c for c in CASES if c.id == "people-symlink-loop")
OTHERS = [c for c in CASES if c.folder == "meetings" and not c.is_meeting]


def test_app_over_the_broken_corpus_in_a_terminal(tmux_session, bra: list[str], seed_store: Path) -> None:
    """The app reads the corpus (FIFOs, link loops and deep nesting among it), shows the broken files as TRASIG
    with their reason, opens the screens, and quits with status 0; no file changes."""
    lay_out(seed_store, [*MEETINGS, *OTHERS, COUNCIL, PEOPLE])
    before = store_state(seed_store)
    pane = tmux_session([*bra, "--store", str(seed_store)], NO_COLOR="1")
    pane.wait_for("TRASIG")
    pane.wait_for(lambda text: "2024-11-15" in text and "Läser möten" not in text)
    pane.send_keys("Down", "Down")
    shown = pane.wait_for("Orsak")
    assert "TRASIG FIL" in shown
    for key, title in (("r", "Lägesbild"), ("l", "Åtgärdslogg"), ("o", "Ansvarig")):
        pane.send_keys(key)
        pane.wait_for(f"Lokala Brå — {title}")
        pane.send_keys("Escape")  # (an Escape at once followed by a letter would arrive as alt+letter)
        pane.wait_for("Lokala Brå — Möten")
    assert "e Redigera" not in pane.screen()  # a broken file is not offered for editing
    pane.send_keys("q")
    assert pane.wait_end() == 0
    assert "Traceback" not in pane.transcript()
    assert store_state(seed_store) == before


def test_fault_in_the_app_in_a_terminal(tmux_session, seed_store: Path, home: Path) -> None:
    """A fault planted in the app: the terminal is restored and shows one sentence naming the crash report
    (status 70), not a traceback."""
    code = ("import sys\nimport brå_tui.tui.app as a\n"
            "def fail(self):\n    raise ZeroDivisionError('planted')\n"
            "a.BraApp.action_help = fail\n"
            "from brå_tui.cli.main import main\nraise SystemExit(main(sys.argv[1:]))")
    pane = tmux_session([sys.executable, "-c", code, "--store", str(seed_store)], NO_COLOR="1",
                        XDG_STATE_HOME=str(home / "state"))
    pane.wait_for("2024-11-15")
    pane.send_keys("?")
    assert pane.wait_end() == 70
    shown = pane.transcript()
    assert "Traceback" not in shown and "ZeroDivisionError: planted" not in shown
    assert "bra: bra stötte på ett oväntat fel (ZeroDivisionError) och avbröt; en felrapport finns i " \
        f"{home / 'state' / 'bra' / 'crash'}/krasch-" in " ".join(re.sub(r"/\n +", "/", shown).split()), \
        "the sentence, broken between words and a path after a '/'"
    reports = list((home / "state" / "bra" / "crash").iterdir())
    assert len(reports) == 1 and "ZeroDivisionError: planted" in reports[0].read_text(encoding="utf-8")
