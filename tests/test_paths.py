"""Crafted dates and names never leave the store; the store is chosen in the documented order."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from brå_tui.cli.main import main
from brå_tui.store.folders import Kind
from brå_tui.store.paths import StoreError, check_key, find_store, meeting_path

CRAFTED = ["../x", "/etc/passwd", "2024-11-15\x00", "2024-02-30", "..", ".", "", "2024-11-15/../../x",
           "2024-11-15\n", "2024-11-15.toml", "../2024-11-15", "2024-11-15/..", "٢٠٢٤-١١-١٥", " 2024-11-15",
           "2024-13-01", "2024-11-15-", "2024-11-15-x", "~/2024-11-15"]


@pytest.mark.parametrize("key", CRAFTED, ids=[repr(k) for k in CRAFTED])
def test_meeting_path_refuses(key: str, tmp_path: Path) -> None:
    """A key that is not a real date (with an optional -N) is refused before any path is made."""
    with pytest.raises(StoreError) as refused:
        meeting_path(tmp_path, key)
    message = str(refused.value)
    assert "\n" not in message.replace(repr(key), "")
    assert message.endswith(".")


@pytest.mark.parametrize("key", ["2024-11-15", "2024-11-15-2", "2024-02-29", "1999-12-31-10"])
def test_meeting_path_accepts_dates(key: str, tmp_path: Path) -> None:
    """Real dates give a file directly inside meetings/."""
    path = meeting_path(tmp_path, key)
    assert path == tmp_path / "meetings" / f"{key}.toml"
    assert check_key(key) == key


@pytest.mark.parametrize("command", [["show"], ["history"], ["export", "--format", "md"], ["new"]])
@pytest.mark.parametrize("key", ["../etc", "/etc/passwd", "2024-11-15\x00", "2024-02-30", ".."])
def test_cli_refuses_crafted_keys(command: list[str], key: str, seed_store: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    """Every command that takes a date refuses a crafted one with one sentence, and writes nothing."""
    pytest.importorskip(f"brå_tui.cli.cmd_{command[0]}")
    before = sorted(p.name for p in (seed_store / "meetings").iterdir())
    status = main(["--store", str(seed_store), *command, key])
    captured = capsys.readouterr()
    assert status in (1, 2)
    assert captured.out == ""
    lines = captured.err.strip().split("\n")
    assert len(lines) == 1 and lines[0].startswith("bra: ") and lines[0].endswith("."), captured.err
    assert sorted(p.name for p in (seed_store / "meetings").iterdir()) == before


def _run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k != "BRA_STORE"}
    return subprocess.run([sys.executable, "-m", "brå_tui", *args], capture_output=True, text=True, cwd=cwd,
                          env={**base, **(env or {})}, timeout=120)


def test_real_process_refuses_without_traceback(seed_store: Path, tmp_path: Path) -> None:
    """`bra show ../etc` in a real process: one sentence on standard error, no traceback."""
    result = _run("--store", str(seed_store), "show", "../etc", cwd=tmp_path)
    assert result.returncode in (1, 2)
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("bra: ")


def _store(root: Path, meetings: int) -> Path:
    (root / "meetings").mkdir(parents=True)
    for n in range(meetings):
        (root / "meetings" / f"2024-01-{n + 1:02d}.toml").write_text(f"format = 1\ndate = 2024-01-{n + 1:02d}\n")
    for name in ("council.toml", "people.toml"):
        (root / name).write_text("format = 1\n")
    return root


def test_store_selection_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    """--store wins over BRA_STORE, which wins over ./store."""
    option = _store(tmp_path / "option", 1)
    environment = _store(tmp_path / "environment", 2)
    _store(tmp_path / "work" / "store", 3)
    monkeypatch.chdir(tmp_path / "work")

    def checked(*args: str) -> str:
        assert main([*args, "check"]) == 0
        return capsys.readouterr().err.strip()

    assert checked() == "3 möten, 0 fel, 0 varningar"
    monkeypatch.setenv("BRA_STORE", str(environment))
    assert checked() == "2 möten, 0 fel, 0 varningar"
    assert checked("--store", str(option)) == "1 möte, 0 fel, 0 varningar"
    assert find_store(str(option)) == option
    assert find_store() == environment
    monkeypatch.delenv("BRA_STORE")
    assert find_store() == Path.cwd() / "store"


def test_no_store_is_one_sentence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    """With no store anywhere, the error says how to point at one or make one; a --store that names no store is a
    usage error (2), a store chosen otherwise that is missing a failed answer (1)."""
    monkeypatch.chdir(tmp_path)
    assert main(["check"]) == 1
    assert capsys.readouterr().err == ("bra: Ingen lagring vald: ange --store SÖKVÄG, sätt BRA_STORE, skriv "
                                       "store = \"SÖKVÄG\" i ~/.config/bra/config.toml eller "
                                       "/etc/bra/config.toml, eller skapa en med 'bra init SÖKVÄG'.\n")
    missing = tmp_path / "saknas"
    assert main(["--store", str(missing), "check"]) == 2
    assert capsys.readouterr().err == f"bra: Hittar ingen lagring i {missing}; skapa en med 'bra init {missing}'.\n"
    monkeypatch.setenv("BRA_STORE", str(missing))
    assert main(["check"]) == 1
    assert "Hittar ingen lagring" in capsys.readouterr().err
    a_file = tmp_path / "anteckningar.txt"
    a_file.write_text("inte en lagring\n", encoding="utf-8")
    assert main(["--store", str(a_file), "list"]) == 2
    err = capsys.readouterr().err
    assert err == f"bra: {a_file} är en fil, inte en mapp med en lagring; ange mappen där council.toml finns.\n"
    assert "bra init" not in err, "a file is not offered as a folder to make a store in"


def test_empty_store_option_is_refused(seed_store: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    """--store '' (a variable that came out empty in a script) names no folder: never the store found otherwise."""
    monkeypatch.chdir(seed_store.parent)  # ./store would be found
    for empty in ("", "  "):
        assert main(["--store", empty, "list"]) == 2
        assert capsys.readouterr().err == ("bra: --store anger ingen mapp (sökvägen är tom); ange mappen där "
                                           "lagringen finns.\n")


def test_no_store_in_real_process(tmp_path: Path) -> None:
    """The same in a real process, with no traceback."""
    result = _run("list", cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("bra: Ingen lagring vald")


@pytest.mark.parametrize(("kind", "variable", "default"), [("config", "XDG_CONFIG_HOME", ".config"),
                                                           ("cache", "XDG_CACHE_HOME", ".cache"),
                                                           ("state", "XDG_STATE_HOME", ".local/state")])
def test_user_folders_follow_xdg(kind: Kind, variable: str, default: str, tmp_path: Path) -> None:
    """Each of bra's own folders is $XDG_*_HOME/bra; unset, empty or relative means the default under $HOME."""
    from brå_tui.store.folders import user_folder

    home = tmp_path / "home"
    assert user_folder(kind, {variable: str(tmp_path / "x"), "HOME": str(home)}) == tmp_path / "x" / "bra"
    for value in ("", "  ", "relative/path"):
        assert user_folder(kind, {variable: value, "HOME": str(home)}) == home / default / "bra"
    assert user_folder(kind, {"HOME": str(home)}) == home / default / "bra"


@pytest.mark.parametrize("value", ["{tmp}/x", "{tmp}/x ", "", "relative/path"])
def test_the_index_lives_in_the_same_cache_folder(value: str, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The index goes where every other cached thing of bra goes, however $XDG_CACHE_HOME is written."""
    from brå_tui.store.folders import user_folder
    from brå_tui.store.index import index_file

    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CACHE_HOME", value.format(tmp=tmp_path))
    assert index_file(tmp_path / "store").parent == user_folder("cache")
