"""A path that begins with the home of a user who does not exist (~nosuchuser/...), wherever a path is given: one
Swedish sentence naming the path and status 2, never a crash; ~ of this user still leads home."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

UNKNOWN = "bra-ingen-sadan-anvandare"  # no such user on any machine the tests run on
MISSING = f"~{UNKNOWN}/lagring"


def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """The real `bra` program with pipes for its output, no terminal, in a folder without a store."""
    return subprocess.run([sys.executable, "-m", "brå_tui", *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200", **env}, stdin=subprocess.DEVNULL,
                          cwd="/")


def one_sentence(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr, result.stderr
    assert (result.returncode, result.stdout) == (2, ""), result
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("bra: ") and lines[0].endswith("."), result.stderr
    assert "krasch" not in lines[0]
    return lines[0]


def test_store_option_naming_an_unknown_users_home() -> None:
    line = one_sentence(run("--store", MISSING, "list"))
    assert MISSING in line and f"ingen användare som heter {UNKNOWN}" in line


def test_store_variable_naming_an_unknown_users_home() -> None:
    line = one_sentence(run("list", BRA_STORE=MISSING))
    assert MISSING in line and "BRA_STORE" in line


def test_store_in_the_configuration_naming_an_unknown_users_home() -> None:
    config = Path(os.environ["XDG_CONFIG_HOME"]) / "bra" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text(f'# vald lagring\nstore = "{MISSING}"\n', encoding="utf-8")
    line = one_sentence(run("list"))
    assert f"{config}:2:" in line and MISSING in line


@pytest.mark.parametrize("argv", [["init", MISSING], ["export", "latest", "-o", f"{MISSING}.md"],
                                  ["export", "latest", f"--output={MISSING}.md"],
                                  ["import", f"{MISSING}/anteckningar.txt", "--dry-run"]],
                         ids=["init", "export -o", "export --output=", "import"])
def test_path_arguments_naming_an_unknown_users_home(seed_store: Path, argv: list[str]) -> None:
    line = one_sentence(run("--store", str(seed_store), *argv))
    assert f"~{UNKNOWN}" in line and f"ingen användare som heter {UNKNOWN}" in line


def test_the_users_own_home_is_still_expanded(seed_store: Path) -> None:
    """--store ~/… and --output=~/… (which the shell leaves as typed) lead into this user's home."""
    home = Path(os.environ["HOME"])
    (home / "bra").symlink_to(seed_store)
    result = run("--store", "~/bra", "export", "2024-11-15", "--output=~/protokoll.md")
    assert result.returncode == 0, result.stderr
    assert (home / "protokoll.md").read_text(encoding="utf-8").startswith("#")


def test_expand_home_is_the_one_expansion() -> None:
    """What the shell does for ~ and ~user, and one sentence for what it cannot do."""
    from brå_tui.store.folders import HomeError, expand_home

    assert expand_home("~") == Path(os.environ["HOME"])
    assert expand_home("~/a/b") == Path(os.environ["HOME"]) / "a" / "b"
    assert expand_home("~root/x") == Path(os.path.expanduser("~root")) / "x"
    assert expand_home("a/~b") == Path("a/~b")
    with pytest.raises(HomeError, match=f"Sökvägen ~{UNKNOWN}/x .*{UNKNOWN}"):
        expand_home(f"~{UNKNOWN}/x")


def test_no_other_expansion_of_home_in_the_program() -> None:
    """Every path a user gives is expanded by store.folders.expand_home, none by expanduser or Path.home."""
    package = Path(__file__).resolve().parent.parent / "brå_tui"
    others = [f"{path.relative_to(package)}:{number}"
              for path in package.rglob("*.py")
              for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
              if "expanduser" in line or "Path.home()" in line]
    assert others == [], others


def test_one_home_folder_for_every_part(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The install hint's ~ and a path's ~ are the same home: with HOME unset both are the one the password
    database gives (and with HOME set, HOME)."""
    import pwd

    from brå_tui.extras import shell_word
    from brå_tui.store.folders import expand_home, user_folder

    monkeypatch.delenv("HOME")
    home = Path(pwd.getpwuid(os.getuid()).pw_dir)
    assert expand_home("~") == home
    assert shell_word(home / ".venv" / "bin" / "pip") == "~/.venv/bin/pip", "shortened from the same home"
    assert shell_word(home / "rådets program" / "pip") == "~/'rådets program/pip'"
    assert user_folder("state", {}) == home / ".local" / "state" / "bra"
    monkeypatch.setenv("HOME", str(tmp_path))
    assert expand_home("~") == tmp_path and shell_word(tmp_path / "pip") == "~/pip"
    assert user_folder("cache", {"HOME": str(tmp_path / "annan")}) == tmp_path / "annan" / ".cache" / "bra"


def test_the_home_folder_is_read_in_one_place() -> None:
    """Only brå_tui/home.py reads $HOME or the password database's home folder."""
    package = Path(__file__).resolve().parent.parent / "brå_tui"
    readers = sorted(str(path.relative_to(package)) for path in package.rglob("*.py")
                     if any(word in path.read_text(encoding="utf-8") for word in ('"HOME"', "pw_dir")))
    assert readers == ["home.py"], readers
