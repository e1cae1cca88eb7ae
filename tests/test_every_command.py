"""Every command, and the app, over the whole broken-file corpus: one sentence at most, never a traceback or a
crash report, and no file of the store changed (a new meeting aside, which goes to a file of its own)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from brå_tui.cli.main import main
from brå_tui.crash import CRASH_STATUS, crash_dir
from brå_tui.store.paths import MEETING_NAME
from tests.test_broken_files import CASES, Case, lay_out, snapshot

NOTES = Path(__file__).parent / "importexport" / "data" / "minutes" / "2024-11-15-anteckningar.txt"
IN_MEETINGS = [c for c in CASES if c.folder == "meetings"]
COUNCILS = [c for c in CASES if c.folder == "" and c.name == "council.toml"]
PEOPLE = [c for c in CASES if c.folder == "" and c.name == "people.toml"]
OTHER_IN_ROOT = [c for c in CASES if c.folder == "" and c.name not in ("council.toml", "people.toml")]
APP_PARTS = 4  # the app's walk over every meeting of the corpus, in this many runs


def commands(root: Path, out: Path, each_meeting: bool = True) -> list[list[str]]:
    """Every command with its usual options; with each_meeting, every meeting file shown and exported by name."""
    broken = sorted(p.name[:-5] for p in (root / "meetings").iterdir() if MEETING_NAME.match(p.name))
    argvs = [
        ["list"], ["list", "--all"], ["list", "--json"], ["show", "latest"], ["show", "2024-11-15"],
        ["show", "2024-11-15", "--json"], ["risk"], ["risk", "--json"], ["risk", "--from", "2023-12"],
        ["risk", "--svg", str(out / "risk.svg")],
        ["log"], ["log", "--all"], ["log", "--all", "--json"], ["log", "--owner", "Mikael J"],
        ["log", "--area", "ANDT"],
        ["owner", "Mikael J"], ["owner", "Mikael J", "--json"], ["owner", "--none"], ["owner", "Mikael"],
        ["decisions"], ["decisions", "--all"], ["decisions", "--year", "2024", "--json"], ["search", "grannsamverkan"],
        ["search", "lägesbild", "--all"],
        ["search", "Krylbo", "--json"], ["check"], ["check", "--json"],
        ["export", "2024-11-15", "--format", "md"], ["export", "2024-11-15", "--format", "html", "--public"],
        ["export", "2024-11-15", "--format", "txt"], ["export", "2024-11-15", "--format", "docx", "-o",
                                                     str(out / "a.docx")],
        ["export", "--ics"], ["new"], ["new", "2030-01-01"], ["history", "2024-11-15"], ["sync"],
        ["import", str(NOTES), "--dry-run"], ["init", str(out / "ny-lagring")], ["doctor"],
        ["kallelse"], ["kallelse", "--format", "html"], ["remind", "--dry-run", str(out / "brev")],
    ]
    for key in broken if each_meeting else []:
        argvs += [["show", key], ["show", key, "--json"], ["export", key, "--format", "md"], ["history", key],
                  ["kallelse", key]]
    return argvs


def store_state(root: Path) -> dict[str, tuple[object, ...]]:
    """Every entry of the store, by path, as snapshot() sees it."""
    entries = {}
    for folder, names, files in os.walk(root, followlinks=False):
        for name in [*names, *files]:
            path = Path(folder) / name
            real_folder = path.is_dir() and not path.is_symlink()  # its entries are walked themselves
            entries[str(path.relative_to(root))] = ("folder",) if real_folder else snapshot(path)
    return entries


def corpus_store(root: Path, council: Case, people: Case) -> dict[str, tuple[object, ...]]:
    """The whole corpus of meeting files side by side, with one council.toml and one people.toml case."""
    lay_out(root, [*IN_MEETINGS, *OTHER_IN_ROOT, council, people])
    return store_state(root)


def _new_files(root: Path, before: dict[str, tuple[object, ...]]) -> list[str]:
    """What a command added to the store (only `bra new` may: one meeting file)."""
    return sorted(set(store_state(root)) - set(before))


def _check_run(argv: list[str], status: int, out: str, err: str, root: Path,
               before: dict[str, tuple[object, ...]]) -> None:
    where = " ".join(argv)
    assert "Traceback" not in out and "Traceback" not in err, where
    assert status != CRASH_STATUS, f"{where}: {err}"
    assert status in (0, 1, 2), f"{where}: {status}"
    assert not crash_dir().exists() or not any(crash_dir().iterdir()), f"{where} wrote a crash report: {err}"
    added = _new_files(root, before)
    if argv[0] == "new" and status == 0:
        assert len(added) == 1 and added[0].startswith("meetings/"), where
        (root / added[0]).unlink()
    else:
        assert added == [], where
    now = store_state(root)
    assert now == before, f"{where} changed {[k for k in before if now.get(k) != before[k]]}"


@pytest.mark.parametrize("council", COUNCILS, ids=[c.id for c in COUNCILS])
def test_every_command_in_process(council: Case, seed_store: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Each council.toml case (with a broken people.toml and every broken meeting file): every command answers."""
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("NO_COLOR", "1")
    out = tmp_path / "ut"
    out.mkdir()
    people = PEOPLE[COUNCILS.index(council) % len(PEOPLE)]
    before = corpus_store(seed_store, council, people)
    for argv in commands(seed_store, out, each_meeting=council is COUNCILS[0]):
        status = main(["--store", str(seed_store), *argv])
        captured = capsys.readouterr()
        _check_run(argv, status, captured.out, captured.err, seed_store, before)


def _program(root: Path, argv: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "BRA_STORE"}
    env.update(COLUMNS="80", NO_COLOR="1", HOME=str(home), XDG_STATE_HOME=os.environ["XDG_STATE_HOME"])
    return subprocess.run([sys.executable, "-m", "brå_tui", "--store", str(root), *argv], capture_output=True,
                          text=True, env=env, timeout=120, stdin=subprocess.DEVNULL)


def test_every_command_as_a_program(seed_store: Path, tmp_path: Path) -> None:
    """The real program, every command, over the whole corpus at once: no traceback, no change, no hang."""
    out = tmp_path / "ut"
    out.mkdir()
    before = corpus_store(seed_store, COUNCILS[0], PEOPLE[0])
    for argv in commands(seed_store, out, each_meeting=False):  # each meeting by name: in-process above
        result = _program(seed_store, argv, tmp_path)
        _check_run(argv, result.returncode, result.stdout, result.stderr, seed_store, before)


def test_check_fix_removes_only_leftovers(seed_store: Path, tmp_path: Path) -> None:
    """`bra check --fix` over the whole corpus removes the leftover temporary files and changes nothing else."""
    before = corpus_store(seed_store, COUNCILS[0], PEOPLE[0])
    result = _program(seed_store, ["check", "--fix"], tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    removed = sorted(k for k in before if k not in store_state(seed_store))
    assert removed == [".council.toml.ab12cd34.tmp", "meetings/.2024-11-15.toml.k3j9x_2a.tmp"]
    assert {k: v for k, v in before.items() if k not in removed} == store_state(seed_store)


async def _app_walk(root: Path, keys: Callable[[str], list[list[str]]], every_meeting: bool,
                    share: tuple[int, int] = (0, 1)) -> list[str]:
    """Run the app over the store; visit every meeting (or the first) with each key sequence, then the view
    screens; the notifications it showed. share=(k, parts) visits only the meetings n with n % parts == k, so
    that parts runs of the app together visit each meeting once."""
    from brå_tui.tui.app import BraApp
    from brå_tui.tui.screens.meetings import MeetingsScreen

    app = BraApp(root)

    async def run() -> list[str]:
        async with app.run_test(size=(80, 24)) as pilot:
            for _ in range(100):
                await pilot.pause(0.1)
                if app.store is not None:
                    break
            assert app.store is not None, "the store was never read"
            screen = app.screen
            assert isinstance(screen, MeetingsScreen)
            count = len(screen.query_one("#meeting-list").options) if every_meeting else 1
            for n in range(count):
                if n % share[1] != share[0]:
                    await pilot.press("down")
                    continue
                for sequence in keys(str(n)):
                    await pilot.press(*sequence)
                    await pilot.pause()
                    while not isinstance(app.screen, MeetingsScreen):
                        await pilot.press("escape")
                        await pilot.pause()
                await pilot.press("down")
            for key in ("r", "l", "o", "slash"):
                await pilot.press(key)
                await pilot.pause()
                await pilot.press("escape")
            await pilot.pause()
            return [n.message for n in app._notifications]

    notices = await run()
    assert app.crash() is None  # (run_test would have raised the exception)
    return notices


@pytest.mark.long
@pytest.mark.parametrize("part", range(APP_PARTS))
async def test_the_app_over_the_corpus(seed_store: Path, part: int) -> None:
    """The app reads the whole corpus and lists every broken file; every tab, Redigera and Exportera on each
    meeting end without an exception; no file changes. (The meetings are shared among APP_PARTS runs, which
    xdist spreads over the cores.)"""
    before = corpus_store(seed_store, COUNCILS[0], PEOPLE[0])
    await _app_walk(seed_store, lambda n: [["right"] * 6, ["e"], ["x"]], every_meeting=True, share=(part, APP_PARTS))
    assert store_state(seed_store) == before


@pytest.mark.parametrize("council", COUNCILS[1:], ids=[c.id for c in COUNCILS[1:]])
async def test_the_app_with_each_council(council: Case, seed_store: Path) -> None:
    """With each broken council.toml: the app reads the store and opens the latest meeting, Redigera and every
    view screen without an exception."""
    before = corpus_store(seed_store, council, PEOPLE[COUNCILS.index(council) % len(PEOPLE)])
    await _app_walk(seed_store, lambda n: [["right"] * 6, ["e"], ["x"]], every_meeting=False)
    assert store_state(seed_store) == before
