"""Configuration where admins look: /etc/bra/config.toml and ~/.config/bra/config.toml, below --store and BRA_STORE;
`bra doctor` says which store and files are in use and why."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from brå_tui.cli.main import main
from brå_tui.store.paths import StoreError, choose_store
from tests.conftest import SEED_STORE


def _store(path: Path) -> Path:
    shutil.copytree(SEED_STORE, path)
    return path


@pytest.fixture
def configs(tmp_path: Path) -> tuple[Path, Path]:
    """The system's and the user's config file paths (set up by the autouse fixture), not yet written."""
    system = Path(os.environ["BRA_CONFIG_SYSTEM"])
    user = Path(os.environ["XDG_CONFIG_HOME"]) / "bra" / "config.toml"
    user.parent.mkdir(parents=True)
    return system, user


def test_priority_option_environment_user_system_then_local(tmp_path: Path, configs: tuple[Path, Path],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    system, user = configs
    stores = {name: _store(tmp_path / name) for name in ("option", "env", "user", "system")}
    _store(tmp_path / "work" / "store")
    monkeypatch.chdir(tmp_path / "work")
    assert choose_store().reason == "mappen store i mappen du står i"
    system.write_text(f'store = "{stores["system"]}"\n', encoding="utf-8")
    assert choose_store().path == stores["system"]
    assert choose_store().reason == f"store i {system} (systemets inställningar)"
    user.write_text(f'# min egen\nstore = "{stores["user"]}"\n', encoding="utf-8")
    assert choose_store().path == stores["user"]
    assert choose_store().reason == f"store i {user} (dina inställningar)"
    monkeypatch.setenv("BRA_STORE", str(stores["env"]))
    assert choose_store() .path == stores["env"]
    assert choose_store(str(stores["option"])).path == stores["option"]


def test_relative_and_home_paths(tmp_path: Path, configs: tuple[Path, Path]) -> None:
    system, user = configs
    _store(user.parent / "rådet")
    user.write_text('store = "rådet"\n', encoding="utf-8")
    assert choose_store().path == user.parent / "rådet"
    user.unlink()
    _store(Path.home() / "bra")
    system.write_text('store = "~/bra"\n', encoding="utf-8")
    assert choose_store().path == Path.home() / "bra"


def test_a_config_naming_a_missing_folder_says_where_it_was_set(configs: tuple[Path, Path], tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    system, _ = configs
    system.write_text(f'store = "{tmp_path / "saknas"}"\n', encoding="utf-8")
    assert main(["list"]) == 1
    assert capsys.readouterr().err == (f"bra: Hittar ingen lagring i {tmp_path / 'saknas'} (vald av store i {system} "
                                       f"(systemets inställningar)); skapa en med 'bra init {tmp_path / 'saknas'}'.\n")


@pytest.mark.parametrize(("text", "line"), [
    ('# kommentar\nstore = "/srv/bra\n', "2:18"),
    ("\n\nstore = 5\n", "3"),
    ('store = ""\n', "1"),
])
def test_a_broken_config_is_one_sentence_with_file_and_line(configs: tuple[Path, Path], text: str, line: str,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    _, user = configs
    user.write_text(text, encoding="utf-8")
    with pytest.raises(StoreError, match=f"^{user}:{line}: "):
        choose_store()
    assert main(["list"]) == 2  # a usage error, as a --store naming no store is (README)
    err = capsys.readouterr().err
    assert err.startswith(f"bra: {user}:{line}: ") and err.count("\n") == 1 and "Traceback" not in err
    # --store and BRA_STORE do not need the file, so it does not stop them.
    assert main(["--store", str(SEED_STORE), "list"]) == 0


def test_doctor_says_which_store_and_why(tmp_path: Path, configs: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    system, user = configs
    store = _store(tmp_path / "rådet")
    monkeypatch.setenv("COLUMNS", "200")
    system.write_text(f'store = "{store}"\ncolour = "blå"\n', encoding="utf-8")
    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert f"  {user} (dina inställningar): finns inte\n" in out
    assert f"  {system} (systemets inställningar): store = {store}\n" in out
    assert "okänd nyckel 'colour' används inte" in out
    assert f"Lagring:\n  {store}\n  vald av store i {system} (systemets inställningar)\n" in out
    assert "du kan läsa och skriva" in out and "git: nej" in out
    assert "2 mötesfiler" in out and out.rstrip().endswith("Allt ser bra ut.")

    monkeypatch.setenv("BRA_STORE", str(store))
    assert main(["doctor"]) == 0
    assert "vald av miljövariabeln BRA_STORE" in capsys.readouterr().out
    assert main(["--store", str(store), "doctor"]) == 0
    assert "vald av --store på kommandoraden" in capsys.readouterr().out


def test_doctor_fails_and_says_what_to_fix(tmp_path: Path, configs: tuple[Path, Path],
                                           monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _, user = configs
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.chdir(tmp_path)
    assert main(["doctor"]) == 1
    out = capsys.readouterr().out
    assert "Lagring:\n  ingen (se nedan)\n" in out and "Att åtgärda:\n  - Ingen lagring vald" in out
    user.write_text("store = [\n", encoding="utf-8")
    assert main(["doctor"]) == 2  # the report, and the status of a usage error as for every command
    out = capsys.readouterr().out
    assert f"{user} (dina inställningar): fel (se nedan)" in out
    assert f"  - {user}:1: ogiltig TOML: ogiltigt värde.\n" in out


@pytest.mark.parametrize("command", [["list"], ["doctor"], ["log"]])
def test_a_config_file_that_cannot_be_read_is_a_usage_error(configs: tuple[Path, Path], command: list[str],
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """A config file bra cannot read (here a folder where the file should be) stops every command, `bra doctor`
    too, with status 2 and the file named; doctor still writes its report."""
    _, user = configs
    user.mkdir(parents=True)
    assert main(command) == 2
    out, err = capsys.readouterr()
    said = err if command != ["doctor"] else out
    assert f"{user}: filen kan inte läsas: det är en mapp, inte en fil." in " ".join(said.split()), (out, err)
    assert "Traceback" not in err and err.count("\n") == (0 if command == ["doctor"] else 1)
