"""The README's commands: one to try bra, three for a server (install, upgrade, uninstall), one to test; CI runs
the test command as written there (tests/system runs the server's three)."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
README = REPO / "README.md"
CI = REPO / ".ci" / "run"
MARKER = "<!-- ci: test command -->"
FENCE = re.compile(r"^```[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)


def fenced_blocks(text: str) -> list[str]:
    """The contents of every fenced code block in a Markdown text."""
    return [block.strip() for block in FENCE.findall(text)]


def ci_command() -> str:
    """The test command as .ci/run extracts it from the README (its own awk program, run here)."""
    script = CI.read_text(encoding="utf-8")
    program = re.search(r"command=\$\(awk -v marker=\"\$marker\" '(.*?)' README.md\)", script, re.DOTALL)
    assert program, ".ci/run no longer extracts the command with awk from README.md"
    marker = re.search(r"^marker='(.*)'$", script, re.MULTILINE)
    assert marker and marker.group(1) == MARKER
    result = subprocess.run(["awk", "-v", f"marker={MARKER}", program.group(1), str(README)],
                            capture_output=True, text=True, check=True)
    return result.stdout.strip()


def test_readme_commands_are_one_line_each() -> None:
    text = README.read_text(encoding="utf-8")
    blocks = fenced_blocks(text)
    assert len(blocks) == 5
    assert all("\n" not in block for block in blocks)
    setup = blocks[0]
    assert setup.startswith("python3 -m venv .venv") and setup.endswith("bra")
    tests = fenced_blocks(text.split(MARKER, 1)[1])[0]
    assert tests.startswith("python3 -m venv .venv") and "pytest" in tests
    for marker in ("<!-- install: system -->", "<!-- install: upgrade -->", "<!-- install: uninstall -->"):
        assert text.count(marker) == 1
        assert fenced_blocks(text.split(marker, 1)[1])[0].startswith("sh install.sh")


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    text = README.read_text(encoding="utf-8")
    assert text.count(MARKER) == 1
    after_marker = fenced_blocks(text.split(MARKER, 1)[1])[0]
    assert ci_command() == after_marker


def test_ci_script_is_strict_and_executable() -> None:
    script = CI.read_text(encoding="utf-8")
    assert script.startswith("#!/usr/bin/env bash\n")
    assert "set -euo pipefail" in script
    assert os.access(CI, os.X_OK)
    for package in ("tmux", "openssh-server", "openssh-client", "git", "man-db", "bash-completion"):
        assert package in script
    subprocess.run(["bash", "-n", str(CI)], check=True)


@pytest.mark.long
def test_readme_install_gives_a_secretary_docx_and_ics(tmp_path: Path) -> None:
    """The README's first command, run in a fresh copy of the checkout, installs what .docx and .ics need."""
    import shutil

    setup = fenced_blocks(README.read_text(encoding="utf-8"))[0]
    install, _, start = setup.rpartition(" && ")
    assert start == ".venv/bin/bra"
    checkout = tmp_path / "bra"
    shutil.copytree(REPO, checkout, ignore=shutil.ignore_patterns(
        ".venv", ".git", "__pycache__", "*.egg-info", ".pytest_cache", ".ruff_cache", ".mypy_cache"))
    subprocess.run(["sh", "-c", install], cwd=checkout, check=True, capture_output=True, timeout=600)
    bra = checkout / ".venv" / "bin" / "bra"
    for args, made in ((["export", "--ics", "-o", "moten.ics"], "moten.ics"),
                       (["export", "latest", "--format", "docx", "-o", "anteckningar.docx"], "anteckningar.docx")):
        result = subprocess.run([str(bra), "--store", "store", *args], cwd=checkout, capture_output=True,
                                text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        assert (checkout / made).stat().st_size > 0
