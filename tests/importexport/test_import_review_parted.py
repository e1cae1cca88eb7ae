"""The review on a line parted into its sentences: its own number still names it (the sentence a key reads, or
the parts named when the key does not tell which), and making it whole again never silently undoes what another
of its sentences was made into."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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
