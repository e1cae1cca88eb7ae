"""The compiled TOML parser is optional: without the package every file is read with tomllib, to the same meetings,
and broken files are still reported with line and column."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# Importing a module set to None in sys.modules raises ImportError: as if toml-rs had never been installed.
WITHOUT = "import sys\nsys.modules['toml_rs'] = None\n"


def _run(script: str, store: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BRA_STORE": str(store), "XDG_CACHE_HOME": str(cache), "COLUMNS": "100"}
    env.pop("BRA_TOML", None)
    return subprocess.run([sys.executable, "-c", WITHOUT + script], capture_output=True, text=True, env=env,
                          timeout=120, check=False)


def test_without_the_accelerator_bra_reads_every_file_with_tomllib(seed_store: Path, tmp_path: Path) -> None:
    store = seed_store
    script = ("from brå_tui.store import parse\nassert parse._FAST is None\n"
              "from brå_tui.cli.main import main\nsys.exit(main(['list']))\n")
    without = _run(script, store, tmp_path / "cache-a")
    assert without.returncode == 0, without.stderr
    env = {**os.environ, "BRA_STORE": str(store), "XDG_CACHE_HOME": str(tmp_path / "cache-b"), "COLUMNS": "100"}
    usual = subprocess.run([sys.executable, "-m", "brå_tui.cli.main", "list"], capture_output=True, text=True,
                           env=env, timeout=120, check=True)
    assert without.stdout == usual.stdout and "2024-11-15" in without.stdout


def test_without_the_accelerator_a_broken_file_gets_line_and_column(seed_store: Path, tmp_path: Path) -> None:
    store = seed_store
    (store / "meetings" / "2025-01-10.toml").write_text('format = 1\ndate = 2025-01-10\nplace = "Rådhuset\n',
                                                      encoding="utf-8")
    result = _run("from brå_tui.cli.main import main\nsys.exit(main(['check']))\n", store, tmp_path / "cache")
    assert result.returncode != 0
    assert "2025-01-10.toml:3:" in result.stdout + result.stderr, result.stdout + result.stderr
