"""The review on a line parted into its sentences: its own number still names it (the sentence a key reads, or
the parts named when the key does not tell which), and making it whole again never silently undoes what another
of its sentences was made into."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from brå_tui.importer.notes import import_notes
from brå_tui.importer.review import ReviewRefused, Row, move, rows
from brå_tui.store.load import load

MAIL = ("Från: Jenny Mattsson <jenny.mattsson@kramfors.se>\nSkickat: den 12 mars 2027 16:04\nTill: brå-gruppen\n"
        "Ämne: Anteckningar\n\nHej alla!\n\n"
        "Här kommer en sammanfattning från mötet i onsdags (10 mars, 13–15 i Gamla Tingshuset). Vi var få.\n"
        "Närvarande: Karin Lööf, Oskar Vik\n\n1. Läget\nLugnt i centrum.\n")


def _bra(*args: object, keys: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("BRA_STORE",)}
    env.update(COLUMNS="200", NO_COLOR="1")
    return subprocess.run([sys.executable, "-m", "brå_tui", *map(str, args)], input=keys, capture_output=True,
                          text=True, env=env, timeout=120)


def test_the_number_of_a_parted_line_still_names_the_sentence_a_key_reads(empty_store: Path,
                                                                           tmp_path: Path) -> None:
    note = tmp_path / "mejl.txt"
    note.write_text(MAIL, encoding="utf-8")
    done = _bra("--store", empty_store, "import", "--review", note, keys="8 c\n8 d\n8 k\n8 p\n8 b\n\n")
    assert done.returncode == 0, done.stderr
    said = " ".join(done.stderr.split())
    assert "finns inte" not in said
    assert "tid: 13:00–15:00" in said and "plats: Gamla Tingshuset" in said
    assert "Rad 8 är delad i meningar; skriv numret på den mening du menar: 8.1 ”Här kommer" in said
    assert "8.2 ”Vi var få.”" in said
    meeting = load(empty_store).meeting("2027-03-10")
    assert meeting is not None
    assert (meeting.start and meeting.start.hour, meeting.end and meeting.end.hour, meeting.place) == (
        13, 15, "Gamla Tingshuset")


NOTES = ("Anteckningar\nDatum: 2027-09-02\nNärvarande: Lina Håkansson, Tomas Berg\n\n1. Skolan\n"
         "Tre anmälningar sedan förra mötet. Lina Håkansson tar kontakt med skolan senast 1 oktober. "
         "Rådet beslutade att bjuda in rektorn.\n")


def _rows(result: object) -> dict[str, Row]:
    return {row.label: row for row in rows(result)}  # type: ignore[arg-type]


def test_joining_a_line_never_silently_undoes_what_a_sentence_became(empty_store: Path, tmp_path: Path) -> None:
    """h on one sentence when a key made another a follow-up: refused, the follow-up kept, the sentence named;
    once that sentence is a note again, h joins the line (a decision the parting only proposed goes with it)."""
    note = tmp_path / "n.txt"
    note.write_text(NOTES, encoding="utf-8")
    store = load(empty_store)
    [result] = import_notes([note], store)
    assert move(result, _rows(result)["6"], "dela", store.people).startswith("delad i 3 meningar")
    assert move(result, _rows(result)["6.2"], "uppföljning", store.people).startswith("uppföljning: Ta kontakt")
    with pytest.raises(ReviewRefused) as refused:
        move(result, _rows(result)["6.1"], "hel rad", store.people)
    said = str(refused.value)
    assert "6.2 är uppföljning: Ta kontakt med skolan" in said and "”6.2 t”" in said
    assert "6.3" not in said, "a decision the parting only proposed is no one's work"
    assert [f.title for f in result.meeting.followups] == ["Ta kontakt med skolan"], "nothing was undone"
    assert "6.2" in _rows(result)
    move(result, _rows(result)["6.2"], "anteckning", store.people)
    assert move(result, _rows(result)["6.1"], "hel rad", store.people).startswith("anteckning i 1. Skolan")
    assert result.meeting.followups == [] and "6" in _rows(result)
    assert result.meeting.items[0].decisions == []


def test_joining_on_the_command_line_says_why_not(empty_store: Path, tmp_path: Path) -> None:
    note = tmp_path / "n.txt"
    note.write_text(NOTES, encoding="utf-8")
    done = _bra("--store", empty_store, "import", "--review", note, keys="6 c\n6.2 u\n6.1 h\n\n")
    assert done.returncode == 0, done.stderr
    assert "Raden görs inte hel" in " ".join(done.stderr.split())
    meeting = load(empty_store).meeting("2027-09-02")
    assert meeting is not None and [f.title for f in meeting.followups] == ["Ta kontakt med skolan"]
