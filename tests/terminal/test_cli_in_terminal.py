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


def test_ctrl_d_in_the_review_at_a_terminal_leaves_without_saving(tmux_session, bra: list[str], empty_store: Path,
                                                                   tmp_path: Path) -> None:
    """ctrl+d at the review's prompt, as at any prompt in a terminal, leaves: the moves typed are not saved. (From a
    file or a pipe of moves their end finishes the review, as an empty line does.)"""
    note = tmp_path / "anteckningar.txt"
    note.write_text("Anteckningar\nTid: 2024-03-07 kl 13.00-15.00\nNärvarande: Anna Ek, ordförande\n\n"
                    "1. Lägesbild\nPolisen berättade.\n", encoding="utf-8")
    pane = tmux_session([*bra, "--store", str(empty_store), "import", "--review", str(note)])
    def prompts(screen: str) -> int:
        return [line.rstrip() for line in screen.splitlines()].count(">")

    assert "q eller ctrl+d: avbryt utan att spara" in " ".join(pane.wait_for(lambda s: prompts(s) == 1).split())
    pane.type("3 f")
    pane.send_keys("Enter")
    pane.wait_for("frånvarande: Anna Ek")
    pane.send_keys("C-d")

    assert pane.wait_end() == 1
    assert "Avbrutet: ingenting sparades." in pane.transcript()
    assert not list((empty_store / "meetings").glob("*.toml"))
