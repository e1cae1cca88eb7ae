"""The command line in a real terminal: tmux at 80×24, with colour and with NO_COLOR."""

from __future__ import annotations

from pathlib import Path

import pytest

QUESTIONS = {
    "risk": (["risk"], ["Område", "Trend", "ANDT", "Hot och våld", "Ungdomar/skolor", "Omfattande",
                        "Återkommande", "Källa: Länsstyrelsen", "Förklaring"]),
    "owner": (["owner", "Mikael J"], ["Mikael Jansson", "säkerhetsskyddschef", "Ansvarig för",
                                      "Kartläggning av kunskapsläget för narkotikaprevention.",
                                      "Uppföljning samverkansöverenskommelse", "Har föredragit"]),
}


@pytest.mark.parametrize("colour", ["colour", "NO_COLOR"])
@pytest.mark.parametrize("question", sorted(QUESTIONS))
def test_quick_question_reads_right_in_a_terminal(tmux_session, bra: list[str], seed_store: Path,
                                                  question: str, colour: str) -> None:
    args, expected = QUESTIONS[question]
    env = {"BRA_STORE": str(seed_store)}
    if colour == "NO_COLOR":
        env["NO_COLOR"] = "1"
    pane = tmux_session([*bra, *args], **env)
    assert pane.wait_end() == 0
    shown = pane.transcript()
    for text in expected:  # a table may wrap a title between words
        assert all(word in shown for word in text.split()), text
    assert "Traceback" not in shown
    assert "\x1b" not in shown
    wrapped = [line for line in shown.splitlines() if len(line.rstrip()) > 80]
    assert not wrapped, "lines the terminal had to wrap (the table should fit 80 columns)"
    if colour == "NO_COLOR":
        assert pane.colours() == set()
    elif question == "risk":
        assert pane.colours(), "the risk levels should be coloured as well as written out"


def test_missing_meeting_is_one_sentence_in_a_terminal(tmux_session, bra: list[str], seed_store: Path) -> None:
    pane = tmux_session([*bra, "show", "2031-01-01"], BRA_STORE=str(seed_store))
    assert pane.wait_end() == 1
    lines = [line for line in pane.transcript().splitlines() if line.strip()]
    assert len(lines) == 2 and lines[0].startswith("bra: ") and lines[1] == "BRA-SLUT 1"
    assert "Traceback" not in pane.transcript()


@pytest.mark.parametrize("term", ["xterm-256color", "linux"])
def test_quick_question_over_ssh(over_ssh, bra: list[str], term: str) -> None:
    args, expected = QUESTIONS["owner"]
    pane = over_ssh([*bra, *args], term)
    assert pane.wait_end() == 0
    shown = pane.transcript()
    for text in expected:  # a table may wrap a title between words
        assert all(word in shown for word in text.split()), text
    assert "Traceback" not in shown
