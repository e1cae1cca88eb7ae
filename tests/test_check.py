"""`bra check` and what it stands on: the store check, the locator's lines and columns, the summary."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from brå_tui.cli.cmd_check import summary
from brå_tui.cli.main import main
from brå_tui.questions.check import check_store, stray_files
from brå_tui.store.locate import Locator
from tests.conftest import SEED_STORE


def test_repository_store_is_clean(seed_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The store shipped in the repository checks with no finding, through the command as a user runs it."""
    root = seed_store
    result = check_store(root)
    assert result.findings == []
    assert result.meetings == len(list((SEED_STORE / "meetings").glob("*.toml")))
    assert main(["--store", str(root), "check", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == {"meetings": result.meetings, "errors": 0, "warnings": 0, "findings": []}


@pytest.mark.parametrize(("meetings", "errors", "warnings", "expected"), [
    (0, 0, 0, "0 möten, 0 fel, 0 varningar"),
    (1, 1, 1, "1 möte, 1 fel, 1 varning"),
    (2, 0, 1, "2 möten, 0 fel, 1 varning"),
    (12, 3, 2, "12 möten, 3 fel, 2 varningar"),
])
def test_summary_line(meetings: int, errors: int, warnings: int, expected: str) -> None:
    """The closing line counts in Swedish, singular and plural."""
    assert summary(meetings, errors, warnings) == expected


def test_warnings_only_exit_zero(seed_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Warnings are printed but do not fail the check; the summary goes to standard error."""
    (seed_store / "meetings" / "notes.toml").write_text("x = 1\n")
    assert main(["--store", str(seed_store), "check"]) == 0
    captured = capsys.readouterr()
    assert captured.out == (f"{seed_store}/meetings/notes.toml: varning: filen läses inte: ett möte ska heta "
                            "ÅÅÅÅ-MM-DD.toml (eller ÅÅÅÅ-MM-DD-2.toml för ett andra möte samma dag)\n")
    assert captured.err == "2 möten, 0 fel, 1 varning\n"


def test_counts(seed_store: Path) -> None:
    """The result counts meeting files (broken ones too), errors and warnings."""
    meetings = seed_store / "meetings"
    (meetings / "2024-03-01.toml").write_bytes(b"format = 1\ndate = 2024-03-01\nend = 09:00:00\nstart = 10:00:00\n")
    (meetings / "2024-04-01.toml").write_bytes(b"\xef\xbb\xbfformat = 1\ndate = 2024-04-01\n")
    result = check_store(seed_store)
    assert (result.meetings, result.errors, result.warnings) == (4, 1, 1)


def test_stray_files(tmp_path: Path) -> None:
    """Files and folders in meetings/ that are not read are named with why; READMEs, .git and editor backups
    are left alone silently."""
    folder = tmp_path / "meetings"
    folder.mkdir()
    for name in ["2024-11-15.toml", "2024-13-01.toml", "2024-02-30.toml", "Notes.TOML", "2024-11-15.txt",
                 "README", "README.md", "anteckningar.docx", "2024-11-15.toml~", ".2024-11-15.toml.swp",
                 "#2024-11-15.toml#", "2024-11-15.toml.bak"]:
        (folder / name).write_text("format = 1\n")
    (folder / ".git").mkdir()
    (folder / "2024").mkdir()
    named = {f.path.name: f.message for f in stray_files(tmp_path)}
    assert sorted(named) == ["2024", "2024-02-30.toml", "2024-11-15.txt", "2024-13-01.toml", "Notes.TOML",
                             "anteckningar.docx"]
    assert named["2024"].startswith("mappen läses inte: ")
    assert named["2024-02-30.toml"] == ("filen läses inte: 2024-02-30 är inget giltigt datum "
                                        "(ett möte heter ÅÅÅÅ-MM-DD.toml)")
    assert named["anteckningar.docx"] == "filen läses inte: bara filer som heter ÅÅÅÅ-MM-DD.toml läses som möten"
    assert all(f.severity == "warning" for f in stray_files(tmp_path))


def test_check_never_writes(seed_store: Path) -> None:
    """Checking reads only: every file keeps its bytes and time stamp."""
    (seed_store / "meetings" / "2024-03-01.toml").write_bytes(b"format = 1\ndate = 2024-02-30\n")
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in seed_store.rglob("*") if p.is_file()}
    check_store(seed_store)
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in seed_store.rglob("*") if p.is_file()}
    assert after == before


def test_unreadable_file(seed_store: Path) -> None:
    """A meeting file that cannot be read is an error with its reason, and the check goes on."""
    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    path = seed_store / "meetings" / "2024-03-01.toml"
    path.write_bytes(b"format = 1\ndate = 2024-03-01\n")
    path.chmod(0)
    try:
        result = check_store(seed_store)
    finally:
        path.chmod(0o644)
    assert result.meetings == 3
    assert [(f.path, f.severity) for f in result.findings] == [(path, "error")]
    assert result.findings[0].message.startswith("filen kan inte läsas")


# The locator: lines and columns of keys and values.

TEXT = """format = 1
date = 2024-11-15   # a comment
"quoted key" = "x"
dotted.key = 3
notes = \"\"\"
[[item]]
title = "not a key: inside a string"
\"\"\"
list = [
  "Mikael J",   # comment
  "Thomas N",
]

[[item]]
title = "Första"
  presenters = ["Mikael J", 'Tobias Å']

[[item.decision]]
text = "Beslut"

[[item]]
title = "Andra"

[ risk . "areas" ]
"Hot och våld" = "red"
'ANDT' = 'green'
"""


@pytest.mark.parametrize("text", [TEXT, TEXT.replace("\n", "\r\n")], ids=["lf", "crlf"])
def test_locator_positions(text: str) -> None:
    """Values, quoted and dotted keys, arrays of tables and odd spacing get the right line and column."""
    locator = Locator(text)
    assert locator.position(("date",)) == (2, 8)
    assert locator.position(("quoted key",)) == (3, 16)
    assert locator.position(("dotted", "key")) == (4, 14)
    assert locator.position(("notes",)) == (5, 9)
    assert locator.position(("item", 0, "title")) == (15, 9)
    assert locator.position(("item", 0, "presenters")) == (16, 16)
    assert locator.position(("item", 0, "decision", 0, "text")) == (19, 8)
    assert locator.position(("item", 1, "title")) == (22, 9)
    assert locator.position(("item", 1, "nothing")) == (21, 1)
    assert locator.position(("risk", "areas", "Hot och våld")) == (25, 18)
    assert locator.key_position(("risk", "areas", "ANDT")) == (26, 1)
    assert locator.position(("risk", "areas", "ANDT")) == (26, 10)
    assert locator.position(("missing",)) == (None, None)
    assert locator.line(("item", 0, "decision", 0)) == 18
    assert locator.column(("list",)) == 8


def test_locator_strings_in_lists() -> None:
    """A name inside a list, on the key's line or on a later line of the list."""
    locator = Locator(TEXT)
    assert locator.string_position(("list",), "Thomas N") == (11, 3)
    assert locator.string_position(("item", 0, "presenters"), "Tobias Å") == (16, 29)
    assert locator.string_position(("item", 0, "presenters"), "Okänd") == (16, 16)


def test_locator_ignores_line_separators_inside_strings() -> None:
    """Only \\n ends a line: a Unicode line separator or form feed inside a string does not shift lines."""
    locator = Locator('a = "x\u2028y\x0cz\x85"\nb = 1\n')
    assert locator.position(("b",)) == (2, 5)


def test_value_columns_in_findings(seed_store: Path) -> None:
    """Conversion problems point at the value's column."""
    path = seed_store / "meetings" / "2024-03-01.toml"
    path.write_text('format = 1\ndate = 2024-03-01\n\n[[attendee]]\nname   =   42\n', encoding="utf-8")
    result = check_store(seed_store)
    assert [str(f) for f in result.findings] == [f"{path}:5:12: fel: 'name' ska vara text"]


def test_store_without_meetings_folder(tmp_path: Path) -> None:
    """An empty folder is checked without crashing: three warnings, nothing else."""
    result = check_store(tmp_path)
    assert sorted((f.path.name, f.severity) for f in result.findings) == [
        ("council.toml", "warning"), ("meetings", "warning"), ("people.toml", "warning")]
    assert result.meetings == 0


def test_clock_times_that_do_not_exist_or_happen_twice_are_warned_about(seed_store: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """A time in the hour the clocks skip in March, or repeat in October (Europe/Stockholm), is no single moment:
    check warns at its line and column, for a schedule line, the meeting's own times and an item's; an ordinary
    night time is fine."""
    (seed_store / "meetings" / "2026-03-29.toml").write_text(
        "format = 2\ndate = 2026-03-29\nstart = 02:15:00\nend = 03:30:00\n\n[[item]]\ntitle = \"A\"\n"
        "start = 02:45:00\n\n[[schedule]]\ndate = 2026-10-25\nstart = 02:30:00\n\n"
        "[[schedule]]\ndate = 2026-10-26\nstart = 02:30:00\n", "utf-8")
    assert main(["--store", str(seed_store), "check"]) == 0
    out = capsys.readouterr().out.splitlines()
    prefix = f"{seed_store}/meetings/2026-03-29.toml"
    assert out == [
        f"{prefix}:3:9: varning: klockslaget 02:15 den 2026-03-29 finns inte i svensk tid (klockan ställs fram en "
        "timme den natten); välj en annan tid",
        f"{prefix}:8:9: varning: klockslaget 02:45 den 2026-03-29 finns inte i svensk tid (klockan ställs fram en "
        "timme den natten); välj en annan tid",
        f"{prefix}:12:9: varning: klockslaget 02:30 den 2026-10-25 inträffar två gånger i svensk tid (klockan "
        "ställs tillbaka en timme den natten); välj en annan tid",
    ]


def test_a_person_listed_twice_on_the_same_side_is_warned_about(seed_store: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """Present twice (or absent twice) counts one person twice: a warning at the second, naming both."""
    path = seed_store / "meetings" / "2026-09-03.toml"
    path.write_text('format = 2\ndate = 2026-09-03\n\n[[attendee]]\nname = "Sven Dahl"\nparty = "SD"\n\n'
                    '[[attendee]]\nname = "Anna Ek"\nabsent = true\n\n[[attendee]]\nname = "Anna Ek"\n\n'
                    '[[attendee]]\nname = "sven dahl"\npartial = "till kl. 09.15"\n', encoding="utf-8")
    assert main(["--store", str(seed_store), "check"]) == 0
    out = capsys.readouterr().out
    assert out == (f"{path}:16:8: varning: 'sven dahl' står två gånger bland de närvarande (attendee 1 och 4) och "
                   "räknas två gånger; slå ihop dem\n")
