"""Every message the command line's argument parser can show is Swedish: argparse's own strings, read
from its source, each have a translation, and the help and errors a user sees have no English left."""

from __future__ import annotations

import argparse
import inspect
import re
from collections.abc import Callable

import pytest

from brå_tui.cli import argparse_sv, common
from brå_tui.cli.main import COMMANDS, main

Run = Callable[..., tuple[int, str, str]]
ENGLISH = ["usage:", "positional arguments", "options:", "show this help", "error:", "invalid choice",
           "the following arguments", "unrecognized", "expected one argument", "choose from", "not allowed"]


def test_every_argparse_message_has_a_swedish_translation() -> None:
    source = inspect.getsource(argparse)
    singles = {m[1] for m in re.findall(r"\b_\((['\"])(.*?)\1\)", source)}
    singles = {s.encode().decode("unicode_escape") for s in singles}
    assert singles, "argparse's messages are found in its source"
    assert singles <= set(argparse_sv.MESSAGES), sorted(singles - set(argparse_sv.MESSAGES))
    plurals = set(re.findall(r"ngettext\('(.*?)',\s*'(.*?)'", source))
    assert plurals and plurals <= set(argparse_sv.PLURALS), sorted(plurals - set(argparse_sv.PLURALS))


@pytest.mark.parametrize("command", [[], *[[name] for name in COMMANDS]], ids=lambda c: " ".join(c) or "bra")
def test_help_is_swedish(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main([*command, "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("användning: bra")
    for english in ENGLISH:
        assert english not in out, english


@pytest.mark.parametrize("args", [["lst"], ["risk", "--frm"], ["decisions", "--year", "x"], ["show"],
                                  ["export", "--format", "pdf", "latest"], ["sync", "--mine", "--theirs"],
                                  ["log", "--owner"]])
def test_usage_errors_are_swedish(bra: Run, args: list[str]) -> None:
    status, out, err = bra(*args)
    assert status == 2 and out == ""
    assert err.startswith("bra: ") and err.count("\n") == 1
    for english in ENGLISH:
        assert english not in err, english


def test_no_message_takes_the_systems_english_words() -> None:
    """An operating-system error reaches the user through oserrors.cause (Swedish, whatever the locale), never
    through strerror or the exception's own text, which are the C library's English."""
    from pathlib import Path

    package = Path(argparse_sv.__file__).resolve().parents[1]
    found = []
    for source in package.rglob("*.py"):
        if source.name == "oserrors.py":
            continue
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\.strerror\b", line) and "LogUnusable" not in line:
                found.append(f"{source.relative_to(package)}:{number}: {line.strip()}")
    assert found == []


@pytest.mark.parametrize(("shown", "which", "expected"), [
    (1, "senaste", "Visar den senaste av 6 uppföljningar;"),
    (1, "bästa", "Visar den bästa av 6 uppföljningar;"),
    (2, "senaste", "Visar de 2 senaste av 6 uppföljningar;"),
])
def test_the_note_on_rows_left_out_is_grammatical_for_one(shown: int, which: str, expected: str) -> None:
    note = common.more_note(shown, 6, "uppföljningar", which)
    assert note is not None and note.startswith(expected), note
