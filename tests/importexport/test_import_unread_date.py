"""A date line the import cannot read: the message names that line (a Datum or Sammanträdesdag line, or a day
without its year such as '12/3', before the Tid line), and the review shows the date as missing, never the stand-in
date (today's) the meeting holds until the date is given."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from brå_tui.importer.review import NO_DATE, rows, set_date
from tests.importexport.notes import import_one, write_note

_BODY = "Tid: 9–11.30\nPlats: Rådhuset\nNärvarande: Ann Ek, Polisen\nBo Lind, fältsekreterare\n\n1. Lägesbild\nLugnt.\n"


@pytest.mark.parametrize(("head", "said"), [
    ("Datum: den tolfte mars 2026\n", "raden ”Datum: den tolfte mars 2026” anger inget datum som går att läsa"),
    ("Sammanträdesdag: 12 mars\n", "raden ”Sammanträdesdag: 12 mars” anger dagen utan år"),
    ("12/3\n", "raden ”12/3” anger dagen utan år"),
    ("", "raden ”Tid: 9–11.30” anger inget datum som går att läsa"),
])
def test_the_missing_date_names_the_line_that_was_to_give_it(empty_store: Path, tmp_path: Path, head: str,
                                                              said: str) -> None:
    result = import_one(empty_store, write_note(tmp_path, f"Minnesanteckningar\n{head}{_BODY}"))
    assert result.date_missing == said


def test_the_review_shows_an_unread_date_as_missing_until_it_is_given(empty_store: Path, tmp_path: Path) -> None:
    result = import_one(empty_store, write_note(tmp_path, f"Minnesanteckningar\nDatum: den tolfte mars 2026\n{_BODY}"))
    today = dt.date.today().isoformat()
    found = {row.text: row.became for row in rows(result)}
    assert found["Datum: den tolfte mars 2026"] == f"datum: {NO_DATE}"
    assert not any(today in became for became in found.values())
    set_date(result, dt.date(2026, 3, 12), [])
    assert {row.text: row.became for row in rows(result)}["Datum: den tolfte mars 2026"] == "datum: 2026-03-12"


def test_the_command_line_review_and_message_name_the_unread_line(empty_store: Path, tmp_path: Path) -> None:
    note = write_note(tmp_path, f"Minnesanteckningar\n12/3\n{_BODY}")
    env = {k: v for k, v in os.environ.items() if k != "BRA_STORE"}
    env.update(COLUMNS="80", NO_COLOR="1")
    plain = subprocess.run([sys.executable, "-m", "brå_tui", "--store", str(empty_store), "import", str(note)],
                           capture_output=True, text=True, env=env, timeout=120)
    assert plain.returncode != 0 and ": raden ”12/3” anger dagen utan år;" in plain.stderr
    note = write_note(tmp_path, f"Minnesanteckningar\nDatum: den tolfte mars 2026\n{_BODY}")
    review = subprocess.run([sys.executable, "-m", "brå_tui", "--store", str(empty_store), "import", "--review",
                             str(note)], input="q\n", capture_output=True, text=True, env=env, timeout=120)
    assert f"datum: {NO_DATE}" in review.stdout and dt.date.today().isoformat() not in review.stdout
    assert "Traceback" not in review.stderr
