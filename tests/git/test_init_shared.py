"""`bra init --shared GROUP PATH`: the store for a Unix group, what it says it did, and what it refuses.

Two real users saving in such a store are in tests/system/test_system_install.py; these run in this process.
"""

from __future__ import annotations

import grp
import os
import stat
from pathlib import Path

import pytest

from brå_tui.cli.main import main
from tests.system.users import Accounts, accounts

from .gitrepos import git

__all__ = ["accounts"]


@pytest.fixture
def system_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """Scratch system git config and bra config, so the machine's own are never touched."""
    gitconfig, braconfig = tmp_path / "gitconfig", tmp_path / "etc" / "bra" / "config.toml"
    monkeypatch.setenv("GIT_CONFIG_SYSTEM", str(gitconfig))
    monkeypatch.setenv("BRA_CONFIG_SYSTEM", str(braconfig))
    return gitconfig, braconfig


def test_shared_store_is_group_owned_setgid_and_in_git_for_the_group(
        tmp_path: Path, accounts: Accounts, system_files: tuple[Path, Path],
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    gitconfig, braconfig = system_files
    group = accounts.group("init")
    gid = grp.getgrnam(group).gr_gid
    root = tmp_path / "rådet"
    assert main(["init", "--shared", group, str(root)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert out.startswith(f"Skapade en delad lagring i git i {root} för gruppen {group}:")
    for said in ("2770", "0660", "core.sharedRepository=group", f"safe.directory = {root} i {gitconfig}",
                 f'store = "{root}" i {braconfig}', f"usermod -aG {group} NAMN"):
        assert said in out
    for path in [root, *root.rglob("*")]:
        st = path.lstat()
        assert st.st_gid == gid, path
        if path.is_dir():
            assert st.st_mode & 0o7777 == 0o2770, path
        else:
            assert st.st_mode & stat.S_IRGRP and not st.st_mode & stat.S_IRWXO, path
    assert git(root, "config", "core.sharedRepository").strip() == "group"
    assert git(root, "config", "--system", "--get-all", "safe.directory").split() == [str(root)]
    assert git(root, "status", "--porcelain").strip() == ""
    # A member's umask (022 on Debian) does not keep the others in the group from changing a new meeting.
    old_umask = os.umask(0o022)
    try:
        assert main(["new", "2025-01-10"]) == 0
        assert main(["new", "2025-02-14"]) == 0
    finally:
        os.umask(old_umask)
    capsys.readouterr()
    for key in ("2025-01-10", "2025-02-14"):
        st = (root / "meetings" / f"{key}.toml").stat()
        assert st.st_gid == gid and st.st_mode & 0o777 == 0o664, oct(st.st_mode)
    monkeypatch.setenv("COLUMNS", "200")
    assert main(["doctor"]) == 0
    doctor = capsys.readouterr().out
    assert f"vald av store i {braconfig} (systemets inställningar)" in doctor
    assert "delad med gruppen (setgid, skrivbar för gruppen)" in doctor and "core.sharedRepository=group" in doctor

    # A second store leaves the server's choice alone and says how to use it; safe.directory gets both.
    other = tmp_path / "andra"
    assert main(["init", "--shared", group, str(other)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert f"{braconfig} pekar redan ut lagringen {root} och ändrades inte" in out
    assert braconfig.read_text(encoding="utf-8").count("store = ") == 2  # the commented example and the one set
    assert git(other, "config", "--system", "--get-all", "safe.directory").split() == [str(root), str(other)]


def test_an_unknown_group_is_one_sentence_and_nothing_is_made(tmp_path: Path, system_files: tuple[Path, Path],
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "rådet"
    assert main(["init", "--shared", "ingen-sadan-grupp", str(root)]) == 1
    assert capsys.readouterr().err == ("bra: Gruppen ingen-sadan-grupp finns inte; skapa den med 'groupadd "
                                       "ingen-sadan-grupp' och lägg till användarna med 'usermod -aG "
                                       "ingen-sadan-grupp NAMN'.\n")
    assert not root.exists()
    assert not system_files[0].exists() and not system_files[1].exists()


def test_a_folder_the_group_cannot_reach_is_pointed_out(tmp_path: Path, accounts: Accounts,
                                                        system_files: tuple[Path, Path],
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    group = accounts.group("stangd")
    closed = tmp_path / "stängd"
    closed.mkdir(mode=0o700)
    assert main(["init", "--shared", group, str(closed / "rådet")]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert f"Obs: gruppen kan inte passera {closed}; kör 'chmod o+x {closed}'" in out
    assert os.stat(closed).st_mode & 0o777 == 0o700, "bra only says so; it does not open folders by itself"

