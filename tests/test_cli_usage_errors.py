"""Usage errors: invalid periods and folders that are not stores get one Swedish sentence and a status."""

from __future__ import annotations

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
    assert main(["--store", str(tmp_path), *command]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("bra: ") and captured.err.count("\n") == 1
    assert "council.toml" in captured.err and "ingen lagring" in captured.err


def test_etc_is_no_store(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--store", "/etc", "list"]) == 1
    assert "Inga möten" not in capsys.readouterr().out


def test_local_store_folder_without_council_is_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "store").mkdir()
    monkeypatch.chdir(tmp_path)
    assert main(["list"]) == 1
    assert "Ingen lagring vald" in capsys.readouterr().err
