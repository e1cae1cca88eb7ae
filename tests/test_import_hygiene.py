"""The core never imports Textual, and the command line answers a quick question without loading it."""

from __future__ import annotations

import json
import os
import pkgutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

import brå_tui
from brå_tui.store.index import RACY_NS

# Modules that are the full-screen app, or that start a program when imported.
APP_ONLY = ("brå_tui.tui", "brå_tui.__main__")


def _core_modules() -> list[str]:
    names = []
    for module in pkgutil.walk_packages(brå_tui.__path__, prefix="brå_tui."):
        if not module.name.startswith(APP_ONLY):
            names.append(module.name)
    return sorted(names)


def _python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "BRA_STORE"}
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=120)


def test_core_modules_found() -> None:
    """The walk finds the core: model, store, CLI."""
    names = _core_modules()
    for expected in ["brå_tui.model", "brå_tui.store.read", "brå_tui.store.save", "brå_tui.questions.check",
                     "brå_tui.cli.main", "brå_tui.cli.cmd_check"]:
        assert expected in names


IMPORT_ALL = """
import importlib, json, sys
loaded = {}
for name in sys.argv[1:]:
    importlib.import_module(name)
    loaded[name] = sorted(m for m in sys.modules if m == "textual" or m.startswith("textual."))[:3]
print(json.dumps(loaded))
"""


def test_core_never_imports_textual() -> None:
    """Importing every module outside brå_tui.tui, in one fresh process, loads no Textual."""
    names = _core_modules()
    result = _python(IMPORT_ALL, *names)
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout)
    guilty = {name: mods for name, mods in loaded.items() if mods}
    assert guilty == {}, f"the first module that loaded Textual: {next(iter(guilty))}"


RUN_CLI = """
import contextlib, io, json, sys
from brå_tui.cli.main import main
out, err = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
    try:
        status = main(sys.argv[1:])
    except SystemExit as exit:
        status = exit.code
print(json.dumps({"status": status, "textual": sorted(m for m in sys.modules if m.split(".")[0] == "textual")[:3],
                  "out": out.getvalue(), "err": err.getvalue()}))
"""

QUICK = [["list"], ["list", "--json"], ["show", "latest"], ["risk"], ["log"], ["owner", "Mikael J"],
         ["decisions"], ["search", "Krylbo"], ["check"], ["--help"], ["show", "../etc"]]


@pytest.mark.parametrize("command", QUICK, ids=[" ".join(c) for c in QUICK])
def test_cli_quick_questions_do_not_load_textual(command: list[str], seed_store: Path) -> None:
    """`bra list` and the other quick questions run in a real process without loading Textual."""
    if not command[0].startswith("-"):
        pytest.importorskip(f"brå_tui.cli.cmd_{command[0]}")
    result = _python(RUN_CLI, "--store", str(seed_store), *command)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["textual"] == []
    assert "Traceback" not in answer["err"]


def test_bra_list_import_time(seed_store: Path) -> None:
    """`python -X importtime -m brå_tui list` names no Textual module among everything it imports."""
    env = {k: v for k, v in os.environ.items() if k != "BRA_STORE"}
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "brå_tui", "--store", str(seed_store), "list"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0
    imported = [line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()
                if line.startswith("import time:")]
    assert "brå_tui.cli.main" in imported
    assert [m for m in imported if m.split(".")[0] == "textual"] == []


# What a question answered from a warm index never needs: the TOML readers and writer and the conversion of their
# tables (only a changed file is read), the e-mail header parser (people's addresses), sockets (mail and sync),
# OpenSSL (hashlib's digests of changed files), and to a pipe no part of Rich (the lines are written plain).
NOT_FOR_A_WARM_QUESTION = ("tomllib", "tomlkit", "email", "socket", "_hashlib", "brå_tui.store.parse",
                           "brå_tui.store.convert", "brå_tui.store.read", "brå_tui.store.config", "textual")
RICH = ("rich",)
WARM = [["log"], ["log", "--all"], ["owner", "Mikael J"], ["owner", "Mikael J", "--json"], ["owner", "--none"],
        ["list"], ["decisions"], ["search", "Krylbo"], ["check"], ["show", "latest"], ["show", "2024-02-09"],
        ["show", "2025-05-16"], ["risk"], ["risk", "--from", "2024-06", "--to", "2024-12"]]


@pytest.mark.parametrize("command", WARM, ids=lambda c: " ".join(c))
def test_warm_question_imports_only_what_it_needs(command: list[str], seed_store: Path) -> None:
    """With the index up to date and the store named by --store, a question to a pipe imports no TOML reader,
    no conversion of tables, no e-mail or socket module and no configuration reader."""
    env = {k: v for k, v in os.environ.items() if k != "BRA_STORE"}
    cmd = [sys.executable, "-X", "importtime", "-m", "brå_tui", "--store", str(seed_store), *command]
    time.sleep(RACY_NS / 1e9 + 0.2)  # files this new are looked at again until they are older
    first = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    assert first.returncode == 0, first.stderr
    assert "brå_tui.store.read" in first.stderr  # the first run did read the files
    result = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    imported = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()
                if line.startswith("import time:")}
    assert "brå_tui.cli.main" in imported
    unneeded = NOT_FOR_A_WARM_QUESTION + RICH
    assert sorted(m for m in imported if m.split(".")[0] in unneeded or m in unneeded) == []


COMMAND_MODULES = """
import contextlib, io, json, sys
from brå_tui.cli.main import main
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    status = main(sys.argv[1:])
print(json.dumps({"status": status, "loaded": sorted(m for m in sys.modules if m.startswith("brå_tui.cli.cmd_"))}))
"""


@pytest.mark.parametrize("command", [["log"], ["owner", "Mikael J"], ["list"], ["check"]],
                         ids=["log", "owner", "list", "check"])
def test_a_command_loads_only_its_own_parser(command: list[str], seed_store: Path) -> None:
    """Only the parser of the command asked for is made: no other command's module is loaded to run it."""
    for line in (["--store", str(seed_store), *command], [f"--store={seed_store}", *command]):
        answer = json.loads(_python(COMMAND_MODULES, *line).stdout)
        assert answer["status"] in (0, 1)
        assert answer["loaded"] == [f"brå_tui.cli.cmd_{command[0]}"]
