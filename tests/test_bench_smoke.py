"""The benchmark runs: its generator writes stores that read cleanly, and a quick measurement completes."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

from brå_tui.questions.actionlog import build_log
from brå_tui.store.load import load

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # bench/ is a folder of the repository, not part of the package
    sys.path.insert(0, str(REPO))

from bench.generate import ensure_store  # noqa: E402


def test_generated_store_reads_without_errors_and_carries_followups(tmp_path: Path) -> None:
    root = ensure_store(30, tmp_path)
    assert ensure_store(30, tmp_path) == root
    store = load(root, use_index=False)
    assert len(store.meetings) == 30 and not store.broken
    assert all(10 <= len(m.attendees) <= 16 and 3 <= len(m.items) <= 8 and 2 <= len(m.followups) <= 8
               for m in store.meetings)
    assert all(m.risk is not None and m.schedule for m in store.meetings)
    entries = build_log(store)
    assert any(len(e.history) >= 3 for e in entries)
    assert {e.state for e in entries} >= {"open", "done"}
    assert any(e.dropped for e in entries)


def test_quick_bench_measures_a_save(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    result = subprocess.run([sys.executable, "-m", "bench", "--quick", "--only", "save", "--stores",
                             str(tmp_path / "stores"), "--json", str(out)],
                            cwd=REPO, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    (row,) = data["rows"]
    assert row["unit"] == "ms" and row["value"] > 0 and row["floor"] > 0
    assert "Ändra och spara" in result.stdout


def test_quick_bench_measures_every_question_beside_grep(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    result = subprocess.run([sys.executable, "-m", "bench", "--quick", "--runs", "1", "--only", "questions",
                             "--only", "first", "--only", "parsers", "--stores", str(tmp_path / "stores"),
                             "--json", str(out)], cwd=REPO, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr
    rows = json.loads(out.read_text(encoding="utf-8"))["rows"]
    names = {row["what"] for row in rows}
    for command in ("list", "show", "log", "owner", "risk", "decisions", "search", "check", "report"):
        assert {f"{command}, varm", f"{command}, en fil ändrad", f"{command}, minne"} <= names
    assert "list utan index" in names
    if importlib.util.find_spec("toml_rs") is not None:  # an optional extra: measured where it is installed
        assert any(name.startswith("TOML: toml-rs") for name in names)
    assert all(row["value"] > 0 for row in rows)
    assert all(row["floor"] > 0 for row in rows if row["unit"] == "ms")


def test_import_memory_reports_the_peak_as_a_multiple_of_the_file() -> None:
    result = subprocess.run([sys.executable, "-m", "bench.import_memory", "0.05", "paragrafer"],
                            cwd=REPO, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert figures["shape"] == "paragrafer" and 40_000 < figures["bytes"] < 60_000
    assert figures["peak_mib"] >= figures["floor_mib"] > 0 and "factor" in figures
