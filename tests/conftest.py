"""Fixtures shared by every test: a private copy of the seed store, and no developer settings leaking in."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

SEED_STORE = Path(__file__).resolve().parent.parent / "store"


def pytest_configure(config: pytest.Config) -> None:
    """Under `-n`, keep tests marked xdist_group (those sharing one system install) on one worker, in order."""
    if getattr(config.option, "dist", "no") == "load":
        config.option.dist = "loadgroup"


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the developer's store, home, XDG folders and the system's bra config out of every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.delenv("BRA_STORE", raising=False)
    # The server's own /etc/bra/config.toml must not choose a store for a test.
    monkeypatch.setenv("BRA_CONFIG_SYSTEM", str(home / "etc-bra-config.toml"))
    monkeypatch.setenv("HOME", str(home))
    for name, sub in (("XDG_CACHE_HOME", ".cache"), ("XDG_STATE_HOME", ".local/state"),
                      ("XDG_CONFIG_HOME", ".config")):
        folder = home / sub
        folder.mkdir(parents=True)
        monkeypatch.setenv(name, str(folder))


@pytest.fixture
def seed_store(tmp_path: Path) -> Path:
    """A copy of the seed store in tmp_path; returns its root."""
    root = tmp_path / "store"
    shutil.copytree(SEED_STORE, root)
    return root


@pytest.fixture
def bra(seed_store: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> Callable[..., tuple[int, str, str]]:
    """Run `bra --store <copy> ARGS…` in this process at 80 columns without colour; return status, stdout, stderr."""
    from brå_tui.cli.main import main

    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("NO_COLOR", "1")

    def run(*args: str) -> tuple[int, str, str]:
        status = main(["--store", str(seed_store), *args])
        out, err = capsys.readouterr()
        return status, out, err
    return run
