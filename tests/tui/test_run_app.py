"""`bra` with no command: a missing store is one sentence and exit status 1, before any screen appears."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_missing_store_is_one_sentence_and_a_usage_error(tmp_path: Path) -> None:
    missing = tmp_path / "finns-inte"
    done = subprocess.run([sys.executable, "-m", "brå_tui", "--store", str(missing)], capture_output=True,
                          text=True, cwd=tmp_path, timeout=60)
    assert done.returncode == 2  # --store names a path that cannot be used
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("bra: ") and "bra init" in lines[0]
    assert "Traceback" not in done.stderr


def test_no_store_anywhere_says_how_to_choose_one(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "brå_tui"], capture_output=True, text=True, cwd=tmp_path,
                          timeout=60)
    assert done.returncode == 1
    assert "BRA_STORE" in done.stderr and len(done.stderr.strip().splitlines()) == 1
