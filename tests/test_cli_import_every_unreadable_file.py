"""`bra import` given several files that cannot be read names every one of them in its one sentence, not only the
first, so that one run tells the user all there is to mend."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_every_unreadable_file_is_named(seed_store: Path, tmp_path: Path) -> None:
    readable = tmp_path / "anteckningar.txt"
    readable.write_text("Närvarande: Blerta Krenzi\n", encoding="utf-8")
    missing, folder = tmp_path / "saknas.txt", tmp_path / "mapp"
    folder.mkdir()
    result = subprocess.run([sys.executable, "-m", "brå_tui", "--store", str(seed_store), "import", str(missing),
                             str(readable), str(folder), "--dry-run"], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "NO_COLOR": "1", "COLUMNS": "300"}, stdin=subprocess.DEVNULL)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (f"bra: {missing}: filen kan inte läsas: filen eller mappen finns inte (den kan ha tagits "
                             f"bort under tiden); {folder}: filen kan inte läsas: det är en mapp, inte en fil.\n")
