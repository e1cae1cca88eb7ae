"""The review's c parts a line of prose into its sentences (12.1, 12.2, …), each then moved by the usual keys, h
makes it whole again; a key that reads a value from a line of several sentences (a follow-up, the next meeting,
people, a role, a date) takes only the sentences that give it, and the rest stays where the line stood."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from brå_tui.importer.notes import import_notes
from brå_tui.importer.report import ImportResult
from brå_tui.importer.review import ReviewRefused, Row, move, rows
from brå_tui.model import Person
from brå_tui.store.load import load

NOTE = Path(__file__).resolve().parent / "data" / "anteckningar-stycken.txt"
PROSE = ("Polisen berättade om läget, t.ex. i centrum kl. 13.00 och bl.a. vid skolan. Rådet beslutade att köpa två "
         "kameror. Vi tar upp frågan igen enligt § 5 i planen.")


def _imported(store: Path) -> tuple[ImportResult, list[Person]]:
    loaded = load(store)
    [result] = import_notes([NOTE], loaded)
    return result, loaded.people


def _row(result: ImportResult, start: str) -> Row:
    return next(r for r in rows(result) if r.text.startswith(start))


def _as_note(result: ImportResult, people: list[Person]) -> Row:
    """The prose line (which the import made a decision of its second sentence) a note again, as its row."""
    move(result, _row(result, "Polisen berättade"), "anteckning", people)
    return _row(result, "Polisen berättade")


@pytest.mark.parametrize(("text", "expected"), [
    (PROSE, ["Polisen berättade om läget, t.ex. i centrum kl. 13.00 och bl.a. vid skolan.",
             "Rådet beslutade att köpa två kameror.", "Vi tar upp frågan igen enligt § 5 i planen."]),
    ("Mötet slutade kl. 15.30. Nästa möte hålls fr.o.m. April i sal 2, s.k. Forum. Anna E. Berg, m.fl. kommer.",
     ["Mötet slutade kl. 15.30.", "Nästa möte hålls fr.o.m. April i sal 2, s.k. Forum.",
      "Anna E. Berg, m.fl. kommer."]),
    ("Enligt 3 § Lagen. Enligt § 4. Detta gäller o.s.v. Klart!", ["Enligt 3 § Lagen.", "Enligt § 4. Detta gäller "
                                                                  "o.s.v. Klart!"]),
])
def test_sentences_are_not_parted_at_swedish_abbreviations(text: str, expected: list[str]) -> None:
    from brå_tui.text import sentences

    assert sentences(text) == expected


def test_c_parts_a_line_into_sentences_and_proposes_the_decision(empty_store: Path) -> None:
    from brå_tui.importer.review import PROPOSED_DECISION

    result, people = _imported(empty_store)
    said = move(result, _row(result, "Polisen berättade"), "dela", people)
    assert said.startswith("delad i 3 meningar: 14.1 anteckning i 1. Lägesbild; 14.2 ? beslut i 1. Lägesbild")
    parts = [r for r in rows(result) if r.number == 14]
    assert [r.label for r in parts] == ["14.1", "14.2", "14.3"]
    assert parts[1].doubt == PROPOSED_DECISION
    item = result.meeting.items[0]
    assert [d.text for d in item.decisions] == ["Rådet beslutade att köpa två kameror."]
    assert "kameror" not in item.notes and "enligt § 5 i planen." in item.notes
    assert any("rad 14.2" in line for line in result.summary())  # the summary names the sentence
    # each sentence then moves by the usual keys
    assert move(result, parts[2], "ignorera", people) == "åt sidan: ignorerad vid granskningen"
    assert "§ 5" not in item.notes and "Polisen berättade" in item.notes
    with pytest.raises(ReviewRefused):
        move(result, _row(result, "Polisen berättade"), "dela", people)  # already parted


def test_h_makes_the_parted_line_whole_again(empty_store: Path) -> None:
    result, people = _imported(empty_store)
    move(result, _row(result, "Polisen berättade"), "dela", people)
    part = next(r for r in rows(result) if r.label == "14.2")
    assert move(result, part, "hel rad", people) == "anteckning i 1. Lägesbild"
    assert [r.label for r in rows(result) if r.number == 14] == ["14"]
    item = result.meeting.items[0]
    assert item.decisions == [] and PROSE in " ".join(item.notes.split())
    assert result.ledger.counts()["unplaced"] == 0
    with pytest.raises(ReviewRefused):
        move(result, _row(result, "Polisen berättade"), "hel rad", people)


def test_a_decision_in_other_words_is_proposed_too(empty_store: Path) -> None:
    result, people = _imported(empty_store)
    row = _as_note(result, people)
    row.text = "Vi pratade länge. Vi bestämde att bjuda in kommunpolisen."
    result.meeting.items[0].notes = result.meeting.items[0].notes.replace(PROSE, row.text)
    move(result, row, "dela", people)
    assert [d.text for d in result.meeting.items[0].decisions] == ["Vi bestämde att bjuda in kommunpolisen."]


def test_the_follow_up_key_takes_only_the_task_and_the_rest_stays(empty_store: Path) -> None:
    result, people = _imported(empty_store)
    said = move(result, _row(result, "Lisa Lind berättade"), "uppföljning", people)
    assert said.startswith("uppföljning: Skriva en ansökan – Lisa Lind, senast 2026-04-15 (ur rad 15.2;")
    item = result.meeting.items[0]
    assert "Lisa Lind berättade om fritidsgården." in item.notes and "Ansökan gäller sommarlovet." in item.notes
    assert "i uppdrag" not in item.notes
    assert [f.title for f in result.meeting.followups] == ["Skriva en ansökan"]


def test_the_next_meeting_key_keeps_the_other_sentences_of_an_item(empty_store: Path) -> None:
    result, people = _imported(empty_store)
    said = move(result, _row(result, "Mötet avslutades"), "nästa möte", people)
    assert said.startswith("tidplan: 2026-05-07 13:00 (ur rad 18.2;")
    [other] = result.meeting.other
    assert other.notes == "Mötet avslutades. Tack för i dag.\n"
    assert [e.date.isoformat() for e in result.meeting.schedule] == ["2026-05-07"]


@pytest.mark.parametrize(("text", "target", "kept"), [
    ("Mötet öppnades. Hanna Wirén förde anteckningarna. Polisen berättade om inbrotten.", "sekreterare",
     "Mötet öppnades. Polisen berättade om inbrotten."),
    ("Vi var Karin Lööf och Oskar Vik. Polisen berättade om inbrotten.", "närvarande",
     "Polisen berättade om inbrotten."),
    ("Polisen berättade om inbrotten. Mötet hölls i Rådhuset, Vadstena.", "plats",
     "Polisen berättade om inbrotten."),
])
def test_every_reading_key_keeps_the_sentences_it_does_not_read(empty_store: Path, text: str, target: str,
                                                                 kept: str) -> None:
    result, people = _imported(empty_store)
    row = _as_note(result, people)
    item = result.meeting.items[0]
    item.notes = item.notes.replace(PROSE, text)
    row.text = text
    move(result, row, target, people)
    assert kept in " ".join(item.notes.split())
    assert result.ledger.counts()["unplaced"] == 0


def test_review_on_the_command_line_parts_a_line_and_moves_a_sentence(empty_store: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "BRA_STORE"}
    env.update(COLUMNS="80", NO_COLOR="1")
    done = subprocess.run([sys.executable, "-m", "brå_tui", "--store", str(empty_store), "import", "--review",
                           str(NOTE)], input="14 c\n14.3 b\n15 u\n\n", capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    said = " ".join(done.stderr.split())
    assert "Rad 14 ”Polisen berättade" in said and "delad i 3 meningar" in said
    assert "Rad 14.3 ”Vi tar upp frågan igen enligt § 5 i planen.”: beslut i 1. Lägesbild" in said
    [meeting] = load(empty_store).meetings
    assert [d.text for d in meeting.items[0].decisions] == ["Rådet beslutade att köpa två kameror.",
                                                             "Vi tar upp frågan igen enligt § 5 i planen."]
    assert "Ansökan gäller sommarlovet." in meeting.items[0].notes
    assert [f.title for f in meeting.followups] == ["Skriva en ansökan"]
