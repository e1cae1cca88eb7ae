"""Words that agree: 'Namnet får inte vara tomt', one clock style in a document, no contradicting notes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from brå_tui.export.document import export_meeting
from brå_tui.store.load import load
from brå_tui.validate import empty_word, id_error, title_error


@pytest.mark.parametrize(("what", "word"), [("Namnet", "tomt"), ("Id", "tomt"), ("Datumet", "tomt"),
                                            ("Rubriken", "tom"), ("Beslutstexten", "tom")])
def test_empty_agrees_with_the_noun(what: str, word: str) -> None:
    assert empty_word(what) == word
    assert title_error("", what) == f"{what} får inte vara {word}."


def test_id_error_agrees() -> None:
    assert id_error("") == "Id får inte vara tomt."


@pytest.mark.parametrize("fmt", ["md", "txt", "html"])
def test_a_document_writes_every_clock_time_one_way(seed_store: Path, fmt: str) -> None:
    text = export_meeting(load(seed_store), "2024-11-15", fmt).decode("utf-8")
    assert re.search(r"\b\d{2}\.\d{2}\b", text)
    assert not re.search(r"\b\d{2}:\d{2}\b", text), "09.00 in the header and in the Tidplan alike"


def test_every_message_after_bra_colon_begins_with_a_capital() -> None:
    """'bra: Hoppar över …', as every sentence bra writes to standard error."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "brå_tui"
    found = [(path.name, line.strip()) for path in root.rglob("*.py")
             for line in path.read_text(encoding="utf-8").splitlines() if re.search(r"(?<!\"\")\"bra: [a-zåäö]", line)]
    assert found == []


def test_every_binding_says_foregaende_not_forra() -> None:
    """'Föregående flik', as in every Swedish program; the colloquial 'förra' is for time ('förra mötet')."""
    from textual.binding import Binding

    from brå_tui.tui.editing.screen import EditMeetingScreen

    root = Path(__file__).resolve().parents[1] / "brå_tui" / "tui"
    found = [(path.name, line.strip()) for path in root.rglob("*.py")
             for line in path.read_text(encoding="utf-8").splitlines()
             if re.search(r"\"Förra (flik|fält|rad|sida)", line)]
    assert found == []
    assert any(isinstance(b, Binding) and b.description == "Föregående flik" for b in EditMeetingScreen.BINDINGS)
