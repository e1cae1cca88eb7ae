"""The import contracts in pyproject.toml speak of every part of the program, and no package's own __init__ is
in a cycle with a module inside it (a cycle import-linter's sibling contract does not see)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "brå_tui"
NOT_PARTS = {"__init__", "__main__"}


def _contracts() -> list[dict[str, object]]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return list(tomllib.load(file)["tool"]["importlinter"]["contracts"])


def _parts() -> set[str]:
    """The top-level modules and packages of brå_tui."""
    modules = {p.stem for p in PACKAGE.glob("*.py")} | {p.parent.name for p in PACKAGE.glob("*/__init__.py")}
    return modules - NOT_PARTS


def test_every_part_has_a_layer() -> None:
    layers = next(c for c in _contracts() if c["type"] == "layers")["layers"]
    assert isinstance(layers, list)
    named = {name for layer in layers for name in re.split(r"[|:\s]+", layer) if name}
    assert _parts() - named == set(), "parts of brå_tui in no layer of the contract"


def test_every_part_but_the_app_is_kept_from_textual() -> None:
    forbidden = next(c for c in _contracts() if c["type"] == "forbidden" and "textual" in c["forbidden_modules"])
    sources = {str(name).removeprefix("brå_tui.") for name in forbidden["source_modules"]}  # type: ignore[attr-defined]
    assert _parts() - {"tui"} - sources == set(), "parts of the core the contract does not keep from Textual"


def test_no_package_init_in_a_cycle_with_its_own_modules() -> None:
    graph = grimp.build_graph("brå_tui", exclude_type_checking_imports=True)
    cycles = []
    for package in sorted(m for m in graph.modules if (PACKAGE.parent / m.replace(".", "/") / "__init__.py").exists()):
        for inner in graph.find_modules_directly_imported_by(package):
            if inner.startswith(package + ".") and graph.find_shortest_chain(importer=inner, imported=package):
                cycles.append(f"{package} → {inner} → … → {package}")
    assert cycles == []
