"""Each row of quality.md's speed and scale table, measured beside its floor in the same run."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from bench.proc import Run, run_in_terminal, run_plain

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


@dataclass
class Row:
    """One measured figure beside its floor, with the bar it must meet."""

    what: str
    size: int
    value: float
    unit: str
    floor: float | None
    floor_what: str
    ratio: float | None
    bar: float
    bar_text: str
    ok: bool
    runs: int

    def as_dict(self) -> dict[str, object]:
        """The row as plain data for JSON."""
        return asdict(self)


def median(values: list[float]) -> float:
    """The median of the values."""
    return statistics.median(values)


class Bench:
    """Shared settings of one bench run: how many runs, where the user cache goes."""

    def __init__(self, runs: int, say: Callable[[str], None]) -> None:
        self.runs = runs
        self.say = say
        self.scratch = Path(tempfile.mkdtemp(prefix="bra-bench-"))
        self.cache_home = self.scratch / "cache"

    def close(self) -> None:
        """Remove the scratch folder."""
        shutil.rmtree(self.scratch, ignore_errors=True)

    def env(self, **extra: str) -> dict[str, str]:
        """The environment for a measured process: the bench's own cache folder, a plain terminal, and Python's
        compiled bytecode kept as in an installed program (not compiled anew in every process)."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("BRA_") and k != "PYTHONDONTWRITEBYTECODE"}
        env.update({"XDG_CACHE_HOME": str(self.cache_home), "TERM": "xterm-256color"})
        env.pop("NO_COLOR", None)
        env.update(extra)
        return env

    def clear_cache(self) -> None:
        """Forget every cached store (a first run)."""
        shutil.rmtree(self.cache_home, ignore_errors=True)

    def checked(self, result: Run) -> Run:
        """A run that must have exited cleanly."""
        if result.status != 0:
            text = (result.output + result.errors).decode("utf-8", "replace")[-2000:]
            raise RuntimeError(f"exit status {result.status}:\n{text}")
        return result

    def rounds(self, steps: dict[str, Callable[[], Run]]) -> dict[str, list[Run]]:
        """Run each step once per round, in turn, for several rounds: a floor and what is compared
        with it see the same machine, however busy it is at the moment."""
        results: dict[str, list[Run]] = {name: [] for name in steps}
        for _ in range(self.runs):
            for name, step in steps.items():
                results[name].append(self.checked(step()))
        return results

    # Floors ---------------------------------------------------------------------------------

    def bare_app(self) -> Run:
        """The bare Textual app, started and exited when ready."""
        return run_in_terminal([sys.executable, str(HERE / "bare_app.py")], self.env())

    def parse_only(self, store: Path) -> Run:
        """The script that only parses every meeting file with tomllib."""
        return run_plain([sys.executable, str(HERE / "parse_only.py"), str(store)], self.env())

    # The program ---------------------------------------------------------------------------

    def app(self, store: Path, until: str) -> Run:
        """The real app on store, exiting when its first screen is ready or when the store is read."""
        cmd = [sys.executable, "-m", "brå_tui", "--store", str(store)]
        return run_in_terminal(cmd, self.env(BRA_BENCH_EXIT=until))

    def grep(self, store: Path, name: str) -> Run:
        """`grep -rl NAME meetings/` over the store's folder: the floor for a question."""
        return run_plain(["grep", "-rl", name, "meetings/"], self.env(), cwd=store)

    def command(self, store: Path, args: list[str], cold: bool = False) -> Run:
        """`bra ARGS` once with standard output to a pipe; with the index deleted first when cold."""
        if cold:
            self.clear_cache()
        cmd = [sys.executable, "-m", "brå_tui", "--store", str(store), *args]
        result = run_plain(cmd, self.env())
        if result.status not in (0, 1):  # `bra check` answers 1 when it finds an error
            self.checked(result)
        return result

    def change_one(self, store: Path, undo: bool = False) -> None:
        """Change one meeting file, as saving a meeting does: its stat and text change (a note at its end
        comes and goes), so the next question has to read it again; undo takes the note away for good."""
        files = sorted((store / "meetings").glob("*.toml"))
        path = files[len(files) // 2]
        text = path.read_text(encoding="utf-8")
        note = "# ändrad av bänken\n"
        if text.endswith(note):
            path.write_text(text.removesuffix(note), encoding="utf-8")
        elif not undo:
            path.write_text(text + note, encoding="utf-8")

    def parsers(self, store: Path) -> list[tuple[str, float, float, bool]]:
        """Each installed TOML parser on every meeting file: (name, seconds, tomllib's seconds, same values)."""
        out = subprocess.run([sys.executable, "-m", "bench.parsers", str(store)], capture_output=True, text=True,
                             env=self.env(), cwd=REPO, check=False)
        if out.returncode != 0:
            raise RuntimeError(f"bench.parsers: {out.stderr[-2000:]}")
        return [tuple(row) for row in json.loads(out.stdout.strip().splitlines()[-1])]  # type: ignore[misc]

    def owner(self, store: Path, name: str, cold: bool) -> Run:
        """`bra owner NAME --json` once, with the cache emptied first (cold) or as it is (warm)."""
        if cold:
            self.clear_cache()
        cmd = [sys.executable, "-m", "brå_tui", "--store", str(store), "owner", name, "--json"]
        result = self.checked(run_plain(cmd, self.env()))
        json.loads(result.output)
        return result

    def script(self, module: str, *args: str) -> list[float]:
        """A measuring script run in its own process; the times it printed."""
        out = subprocess.run([sys.executable, "-m", module, *args], capture_output=True, text=True,
                             env=self.env(), cwd=REPO, check=False)
        if out.returncode != 0:
            raise RuntimeError(f"{module}: {out.stderr[-2000:]}")
        return json.loads(out.stdout.strip().splitlines()[-1])


def seconds_row(what: str, size: int, runs: list[Run], floor: list[Run], floor_what: str, bar: float) -> Row:
    """A row of whole-process times against a floor of whole-process times."""
    value = median([r.seconds for r in runs]) * 1000
    base = median([r.seconds for r in floor]) * 1000
    ratio = value / base
    return Row(what, size, value, "ms", base, floor_what, ratio, bar, f"≤ {bar:g}×", ratio <= bar, len(runs))


def memory_row(what: str, size: int, runs: list[Run], floor: list[Run], floor_what: str, bar: float) -> Row:
    """A row of peak memory against a floor's peak memory."""
    value = median([r.peak_mib for r in runs])
    base = median([r.peak_mib for r in floor])
    ratio = value / base
    return Row(what, size, value, "MiB", base, floor_what, ratio, bar, f"≤ {bar:g}×", ratio <= bar, len(runs))
