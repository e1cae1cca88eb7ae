"""`bra doctor` lists every error in each broken configuration file, each with file and line; a command stopped by
the file says the first and that doctor shows them all."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BROKEN = '''# inställningar med fyra fel
store = 5
[mail]
port = 0
security = "ingen aning"
method = "brev"
'''


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """The real `bra ARGS…`, its output into pipes, in a folder without a store."""
    return subprocess.run([sys.executable, "-m", "brå_tui", *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}, stdin=subprocess.DEVNULL, cwd="/")


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_doctor_lists_every_error_of_every_broken_file() -> None:
    user = write(Path(os.environ["XDG_CONFIG_HOME"]) / "bra" / "config.toml", BROKEN)
    system = write(Path(os.environ["BRA_CONFIG_SYSTEM"]), "[mail]\nport = 70000\nsecurity = 5\n")
    result = run("doctor")
    assert result.returncode == 2 and "Traceback" not in result.stderr, result
    out = result.stdout
    assert f"{user} (dina inställningar): 4 fel (se nedan)" in out
    assert f"{system} (systemets inställningar): 2 fel (se nedan)" in out
    problems = [line for line in out.splitlines() if line.startswith("  - ")]
    assert problems == [
        f'  - {user}:2: store ska vara en sökväg inom citattecken, till exempel store = "/srv/bra/avesta".',
        f"  - {user}:4:8: porten 0 finns inte (1–65535).",
        f"  - {user}:5:12: okänd säkerhet 'ingen aning' (ska vara starttls, ssl eller none).",
        f"  - {user}:6:10: okänt sätt att skicka 'brev' (ska vara smtp eller sendmail).",
        f"  - {system}:2:8: porten 70000 finns inte (1–65535).",
        f"  - {system}:3:12: 'security' ska vara text.",
    ]


def test_a_command_stopped_by_the_file_names_the_first_error_and_how_to_see_all() -> None:
    user = write(Path(os.environ["XDG_CONFIG_HOME"]) / "bra" / "config.toml", BROKEN)
    result = run("list")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (f'bra: {user}:2: store ska vara en sökväg inom citattecken, till exempel store = '
                             "\"/srv/bra/avesta\"; 'bra doctor' visar alla 4 fel i filen.\n")
