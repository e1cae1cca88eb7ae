"""Fixtures shared by every test: a private copy of the seed store, the app running on one, no developer settings.

The app's tests are plain `async def test_…(app, pilot)` (pytest-asyncio runs them): `app` is the app on a fresh
copy of the seed store at 80×24, already showing the store; `pilot` presses its keys; `wait_for_workers(pilot)`
waits for background work (reading, searching, saving) and the repaint after it. A test that must change the store
before the app starts uses `running(store)` from tests/tui/helpers.py instead.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest
import time_machine
from hypothesis import HealthCheck, settings
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from brå_tui.tui.app import BraApp
from tests.tui.helpers import Waiter, running, settle

SEED_STORE = Path(__file__).resolve().parent.parent / "store"  # the seed store; tests change only copies of it
# A day in the seed's year, before its first planned meeting (2025-02-14): every date of its Tidplan is still ahead.
SEED_DAY = dt.date(2025, 1, 20)

# How hard the property tests try: "dev" at a desk; "ci" when CI is set (fewer examples and a fixed seed, so the
# whole suite stays near three minutes on two cores and a failure repeats); HYPOTHESIS_PROFILE=thorough (or
# pytest --hypothesis-profile=thorough) before a release. A test's own @settings adds only what it alone needs.
settings.register_profile("dev", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("ci", settings.get_profile("dev"), max_examples=25, derandomize=True, print_blob=True)
settings.register_profile("thorough", settings.get_profile("dev"), max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests marked long first, the rest in their order: under -n the workers share the long ones early, and the
    run does not end with one worker on a long test while the other is idle. (xdist sends groups of tests marked
    xdist_group before single tests.)"""
    items.sort(key=lambda item: item.get_closest_marker("long") is None)


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
def seed_day() -> Iterator[dt.date]:
    """The clock moved to SEED_DAY (it keeps ticking from there, for bra and the app alike), for a test that reads
    the seed's next or planned meetings as still ahead; returns that day. Without it a test runs on the real date,
    when every date of the seed's Tidplan has passed."""
    with time_machine.travel(dt.datetime.combine(SEED_DAY, dt.time(9, 0)).astimezone(), tick=True):
        yield SEED_DAY


def plan_ahead(root: Path, days: int = 30) -> dt.date:
    """Add to the Tidplan of a copy of the seed store's latest meeting a meeting days after the real today,
    09.00–11.30, for a test whose bra runs outside the test's process (where seed_day cannot move the clock) and
    needs a planned meeting still ahead; returns its date."""
    day = dt.date.today() + dt.timedelta(days=days)
    with (root / "meetings" / "2024-11-15.toml").open("a", encoding="utf-8") as notes:
        notes.write(f"\n[[schedule]]\ndate = {day.isoformat()}\nstart = 09:00:00\nend = 11:30:00\n")
    return day


@pytest.fixture
def seed_store(tmp_path: Path) -> Path:
    """A copy of the seed store in tmp_path; returns its root."""
    root = tmp_path / "store"
    shutil.copytree(SEED_STORE, root)
    return root


@pytest.fixture
def empty_store(tmp_path: Path) -> Path:
    """A store holding only the seed's council.toml and people.toml (no meetings folder yet)."""
    root = tmp_path / "empty"
    root.mkdir()
    for name in ("council.toml", "people.toml"):
        shutil.copy(SEED_STORE / name, root / name)
    return root


@pytest.fixture(autouse=True)
def no_cursor_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    """Text cursors in every app of a test start steady, so a picture or a read never catches half a blink."""
    for widget in (Input, TextArea):
        monkeypatch.setattr(widget.cursor_blink, "_default", False)  # the reactive's default (Textual's own name)


@pytest.fixture
async def running_app(seed_store: Path) -> AsyncIterator[tuple[BraApp, Pilot[None]]]:
    """The app on the test's copy of the seed store in an 80×24 test terminal, once the store is read."""
    async with running(seed_store) as pair:
        yield pair


@pytest.fixture
def app(running_app: tuple[BraApp, Pilot[None]]) -> BraApp:
    """The running app (see running_app); it ends after the test."""
    return running_app[0]


@pytest.fixture
def pilot(running_app: tuple[BraApp, Pilot[None]]) -> Pilot[None]:
    """The pilot that presses keys in the running app."""
    return running_app[1]


@pytest.fixture
def wait_for_workers() -> Waiter:
    """`await wait_for_workers(pilot)`: wait for the app's background work and the repaint after it."""
    return settle


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
