"""The app's state is declared: nothing in brå_tui/tui looks up or sets an attribute by a written name.

`getattr(screen, "saved_key", None)` or `setattr(app, "_drafts", …)` hides state from the type checker and
from the next reader; such an attribute belongs declared (and typed) on the class that holds it. A name only
known at run time (a delegating `__getattr__`, a name built from data) is no such case and is allowed.
"""

from __future__ import annotations

import ast
from pathlib import Path

import brå_tui.tui

TUI = Path(brå_tui.tui.__file__).parent


def written_name_lookups(source: str, filename: str) -> list[str]:
    """Each getattr/setattr/hasattr/delattr call whose attribute is a string literal, as 'file:line call("name")'."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in ("getattr", "setattr", "hasattr", "delattr") and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str)):
            found.append(f"{filename}:{node.lineno} {node.func.id}({node.args[1].value!r})")
    return found


def test_the_rule_catches_a_written_name() -> None:
    """A lookup by a written name is caught; one by a name known only at run time is not."""
    source = "x = getattr(screen, 'saved_key', None)\nsetattr(app, '_drafts', [])\ny = getattr(stream, name)\n"
    assert written_name_lookups(source, "f.py") == ["f.py:1 getattr('saved_key')", "f.py:2 setattr('_drafts')"]


def test_no_attribute_is_looked_up_by_a_written_name() -> None:
    """No module of the app reaches into the app, a screen or a widget by an attribute name written as a string."""
    found = [hit for path in sorted(TUI.rglob("*.py"))
             for hit in written_name_lookups(path.read_text(encoding="utf-8"), str(path.relative_to(TUI)))]
    assert found == []
