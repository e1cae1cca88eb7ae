"""The real app in tmux: deleting a follow-up from a hand-annotated meeting removes exactly its lines."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.terminal.harness import TmuxSession

Start = Callable[..., TmuxSession]

FIRST = '[[followup]]\nid = "kartlaggning-narkotikaprevention"\n'
SECOND = '[[followup]]\nid = "samverkansoverenskommelse"\n'
THIRD = '[[followup]]\nid = "handlingsplan-omsorg-bildning"\n'


def _annotate(seed: str) -> tuple[str, str]:
    """The seed meeting as a secretary annotated it in nano, and the text expected without follow-up two."""
    assert FIRST in seed and SECOND in seed and THIRD in seed
    text = (seed.replace(FIRST, "# Logg/Uppföljning av ärenden från förra mötet\n" + FIRST)
                .replace(SECOND, "# Väntar på det reviderade avtalet\n" + SECOND)
                .replace(THIRD, "# Bildning och omsorg redovisar tillsammans\n" + THIRD))
    start = text.index('# Väntar på det reviderade avtalet\n')
    end = text.index("# Bildning och omsorg redovisar tillsammans\n")
    block = text[start:end]
    third_owners = text.index("owners = []", end)
    text = text[:third_owners] + 'owners = [\n  "Mikael J",  # huvudansvarig\n  "Thomas N",  # polisen\n]' \
        + text[third_owners + len("owners = []"):]
    start = text.index(block)
    return text, text[:start] + text[start + len(block):]


def test_deleting_a_followup_in_the_app_removes_only_its_lines(seed_store: Path, start_bra: Start) -> None:
    path = seed_store / "meetings" / "2024-11-15.toml"
    annotated, expected = _annotate(path.read_text(encoding="utf-8"))
    path.write_text(annotated, encoding="utf-8")
    pane = start_bra()
    pane.wait_for("Visenten, Stadshuset")
    pane.send_keys("e")
    pane.wait_for("Redigera 2024-11-15")
    pane.send_keys("C-n", "C-n", "C-n", "C-n")  # Tid → Närvarande → Ärenden → Lägesbild → Uppföljning
    pane.wait_for("Uppföljning samverkansöverenskommelse")
    pane.send_keys("Down")
    pane.send_keys("d")
    shown = pane.wait_for("j/n")
    assert "Ta bort ”[öppen] Uppföljning" in shown and "samverkansöverenskommelse”? j/n" in shown, shown
    pane.send_keys("j")
    pane.wait_for(lambda shown: "Osparade ändringar" in shown and "Uppföljning samverkansöverenskommelse" not in shown)
    pane.send_keys("C-s")
    pane.wait_for("Sparat")
    pane.send_keys("Escape")
    pane.wait_for("Lokala Brå — Möten")
    pane.send_keys("q")
    pane.wait_dead()
    assert path.read_text(encoding="utf-8") == expected
