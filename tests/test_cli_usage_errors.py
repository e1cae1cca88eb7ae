"""Usage errors: invalid periods and folders that are not stores get one Swedish sentence and a status."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from brå_tui.cli.main import main

Run = Callable[..., tuple[int, str, str]]


@pytest.mark.parametrize("option", ["--from", "--to"])
@pytest.mark.parametrize("value", ["2024-13", "2024-00", "2024-02-30", "2024-1", "24-11"])
def test_invalid_period_is_a_usage_error(bra: Run, option: str, value: str) -> None:
    status, out, err = bra("risk", option, value)
    assert status == 2
    assert out == ""
    assert err.startswith("bra: ") and err.count("\n") == 1 and value in err
    assert "skriv ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD" in err, "the message names every form that is taken"


@pytest.mark.parametrize("command", [["report"], ["decisions", "--year"], ["risk", "--from"], ["risk", "--to"]])
@pytest.mark.parametrize("value", ["0999", "1899", "999", "24", "२०२४", "+2024"])
def test_a_year_is_one_rule_for_every_command(bra: Run, command: list[str], value: str) -> None:
    """bra report ÅR, --year ÅR and a period's year: four digits from 1900 on, or one sentence and status 2."""
    status, out, err = bra(*command, value)
    assert (status, out) == (2, "")
    assert err.startswith("bra: ") and err.count("\n") == 1 and value in err


@pytest.mark.parametrize("command", [["report"], ["decisions", "--year"], ["risk", "--from"]])
def test_a_four_digit_year_is_taken_by_every_command(bra: Run, command: list[str]) -> None:
    assert bra(*command, "1900")[0] == 0


@pytest.mark.parametrize("value", ["2024", "2024-12", "2024-02-29"])
def test_valid_periods_are_taken(bra: Run, value: str) -> None:
    assert bra("risk", "--from", value)[0] == 0


@pytest.mark.parametrize("options", [["--format", "md"], ["--format", "docx"], ["--public"]])
def test_export_options_that_a_calendar_cannot_follow_are_usage_errors(bra: Run, options: list[str]) -> None:
    """--ics writes a calendar whatever --format or --public say: saying so beats ignoring them."""
    status, out, err = bra("export", "--ics", *options)
    assert (status, out) == (2, "")
    assert err == f"bra: --ics skriver alltid en kalenderfil; {options[0]} hör till ett mötes dokument.\n"


@pytest.mark.parametrize("command", [["list"], ["risk"], ["owner", "Mikael J"], ["log"], ["show", "latest"]])
def test_folder_without_council_is_no_store(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                            command: list[str]) -> None:
    (tmp_path / "notes.txt").write_text("inte en lagring\n")
    assert main(["--store", str(tmp_path), *command]) == 2  # a path on the command line that cannot be used
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("bra: ") and captured.err.count("\n") == 1
    assert "council.toml" in captured.err and "ingen lagring" in captured.err


def test_etc_is_no_store(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--store", "/etc", "list"]) == 2
    assert "Inga möten" not in capsys.readouterr().out


def test_local_store_folder_without_council_is_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "store").mkdir()
    monkeypatch.chdir(tmp_path)
    assert main(["list"]) == 1
    assert "Ingen lagring vald" in capsys.readouterr().err


# Every option and argument that names a path, with a path that cannot be used and the sentence it gets.
_MISSING = "/nonexistent/dir"
UNUSABLE_PATHS = [
    (["export", "2024-02-09", "--format", "txt", "-o", f"{_MISSING}/x.txt"], f"Mappen {_MISSING} finns inte."),
    (["export", "2024-02-09", "--format", "txt", "-o", "{tmp}"], "{tmp} är en mapp; ange ett filnamn."),
    (["export", "--ics", "-o", f"{_MISSING}/m.ics"], f"Mappen {_MISSING} finns inte."),
    (["risk", "--svg", f"{_MISSING}/x.svg"], f"Mappen {_MISSING} finns inte."),
    (["risk", "--html", "{tmp}"], "{tmp} är en mapp; ange ett filnamn."),
    (["report", "2024", "-o", f"{_MISSING}/r.txt"], f"Mappen {_MISSING} finns inte."),
    (["kallelse", "-o", f"{_MISSING}/k.txt"], f"Mappen {_MISSING} finns inte."),
    (["kallelse", "-o", "{tmp}/finns.txt"], "{tmp}/finns.txt finns redan; ange --force för att skriva över den."),
    (["remind", "--dry-run", "{tmp}/finns.txt"],
     "{tmp}/finns.txt är ingen mapp; ange en mapp (den skapas om den inte finns)."),
    (["import", f"{_MISSING}/a.txt"], f"{_MISSING}/a.txt: filen kan inte läsas: filen eller mappen finns inte "
                                      "(den kan ha tagits bort under tiden)."),
    (["import", "{tmp}"], "{tmp}: filen kan inte läsas: det är en mapp, inte en fil."),
    (["--store", _MISSING, "list"], f"Hittar ingen lagring i {_MISSING}; skapa en med 'bra init {_MISSING}'."),
    (["--store", _MISSING], f"Hittar ingen lagring i {_MISSING}; skapa en med 'bra init {_MISSING}'."),
]


@pytest.mark.parametrize(("argv", "sentence"), UNUSABLE_PATHS, ids=[" ".join(a[:2]) for a, _ in UNUSABLE_PATHS])
def test_a_path_that_cannot_be_used_is_a_usage_error(seed_store: Path, tmp_path: Path, argv: list[str],
                                                     sentence: str) -> None:
    """A path named on the command line that cannot be used: exit 2 and one sentence, nothing on standard out and
    nothing written, in a real process."""
    import subprocess
    import sys

    folder = tmp_path / "ut"
    folder.mkdir()
    (folder / "finns.txt").write_text("redan här\n", encoding="utf-8")
    argv = [a.replace("{tmp}", str(folder)) for a in argv]
    store = [] if "--store" in argv else ["--store", str(seed_store)]
    result = subprocess.run([sys.executable, "-m", "brå_tui", *store, *argv], capture_output=True, text=True,
                            env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}, stdin=subprocess.DEVNULL,
                            timeout=60)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == "bra: " + sentence.replace("{tmp}", str(folder)) + "\n"
    assert sorted(p.name for p in folder.iterdir()) == ["finns.txt"]
    assert not Path(_MISSING).exists()
