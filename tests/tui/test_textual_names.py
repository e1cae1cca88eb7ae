"""No class of the app takes over a name Textual uses: its state would break what Textual does under that name.

`BraApp._log` once held the action log; Textual's `App._log` is the method `textual.log` calls, so every log
call while devtools were connected raised TypeError. The rule checked here for every class in brå_tui.tui
that is a Textual message pump or message:
- state the class keeps on self never takes a Textual method's name, nor any name Textual keeps private;
  setting Textual's public attributes (a reactive such as `sub_title`, `highlighted`) is how they are used;
- a name the class body defines overrides nothing private of Textual's, and a method is never defined
  where Textual has data under that name (or data where it has a method).
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import textwrap
from functools import cache
from typing import Any

from textual.app import App
from textual.message import Message
from textual.message_pump import MessagePump

import brå_tui.tui


def _tree(cls: type) -> ast.ClassDef | None:
    try:
        node = ast.parse(textwrap.dedent(inspect.getsource(cls))).body[0]
    except (OSError, TypeError, SyntaxError):
        return None
    return node if isinstance(node, ast.ClassDef) else None


@cache
def self_names(cls: type) -> frozenset[str]:
    """The names a class's own methods assign as `self.NAME = …`."""
    tree = _tree(cls)
    names: set[str] = set()
    for node in ast.walk(tree) if tree else ():
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, (ast.AnnAssign, ast.AugAssign)):
            targets = [node.target]
        else:
            continue
        for target in targets:
            for one in target.elts if isinstance(target, ast.Tuple) else [target]:
                if isinstance(one, ast.Attribute) and isinstance(one.value, ast.Name) and one.value.id == "self":
                    names.add(one.attr)
    return frozenset(names)


def body_names(cls: type) -> dict[str, bool]:
    """The names a class body defines, each with whether it is a method (a property is a value)."""
    tree = _tree(cls)
    out: dict[str, bool] = {}
    for node in tree.body if tree else ():
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            out[node.name] = not any(isinstance(d, ast.Name) and d.id == "property" for d in node.decorator_list)
        elif isinstance(node, ast.Assign):
            out.update({t.id: False for t in node.targets if isinstance(t, ast.Name)})
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            out[node.target.id] = False
    return out


def app_classes() -> list[type]:
    """Every Textual message pump or message defined in brå_tui.tui."""
    found: set[type] = set()

    def visit(namespace: dict[str, Any], module: str) -> None:
        for value in namespace.values():
            if inspect.isclass(value) and value.__module__ == module and value not in found:
                if issubclass(value, (MessagePump, Message)):
                    found.add(value)
                visit(vars(value), module)  # messages are declared inside their widget

    for module_info in pkgutil.walk_packages(brå_tui.tui.__path__, prefix="brå_tui.tui."):
        module = importlib.import_module(module_info.name)
        visit(vars(module), module.__name__)
    return sorted(found, key=lambda c: f"{c.__module__}.{c.__qualname__}")


def _is_method(value: Any) -> bool:
    return inspect.isfunction(value) or isinstance(value, (classmethod, staticmethod))


def clashes(cls: type) -> list[str]:
    """What in cls takes over a name Textual uses, one sentence each."""
    textual = [k for k in cls.__mro__ if k.__module__.split(".")[0] == "textual"]
    ours = [k for k in cls.__mro__ if k.__module__.split(".")[0] not in ("textual", "typing", "builtins")]
    methods = {name for k in textual for name, value in vars(k).items() if _is_method(value)}
    data = {name for k in textual for name, value in vars(k).items() if not _is_method(value)}
    data |= {name for k in textual for name in self_names(k)} - methods
    found = []
    for k in ours:
        for name in sorted(self_names(k)):
            if name in methods:
                found.append(f"{k.__qualname__} keeps self.{name}, the name of a Textual method")
            elif name in data and name.startswith("_"):
                found.append(f"{k.__qualname__} keeps self.{name}, a name Textual keeps private")
        for name, is_method in sorted(body_names(k).items()):
            if name.startswith("__") or name not in methods | data:
                continue
            if name.startswith("_"):
                found.append(f"{k.__qualname__} defines {name}, a name Textual keeps private")
            elif is_method != (name in methods):
                found.append(f"{k.__qualname__} defines {name} as a {'method' if is_method else 'value'}, "
                             f"where Textual has a {'method' if name in methods else 'value'}")
    return found


def test_the_rule_sees_the_app_and_its_screens() -> None:
    """The walk finds the app, its screens and widgets, and their messages."""
    names = {c.__qualname__ for c in app_classes()}
    assert {"BraApp", "MeetingsScreen", "EditMeetingScreen", "EntryList", "EntryList.Changed"} <= names


class _Shadowing(App[None]):
    """Keeps its log where Textual's App._log method is."""

    def __init__(self) -> None:
        super().__init__()
        self._log: list[str] = []


class _Overriding(App[None]):
    """Replaces a private method of Textual's."""

    def _print_error_renderables(self) -> None:
        pass


def test_the_rule_catches_state_under_a_textual_method_name() -> None:
    """A class keeping its log in self._log (App._log is Textual's logging method) is caught, and so is an override."""
    assert clashes(_Shadowing) == ["_Shadowing keeps self._log, the name of a Textual method"]
    assert clashes(_Overriding) == ["_Overriding defines _print_error_renderables, a name Textual keeps private"]


def test_no_class_takes_over_a_textual_name() -> None:
    """No class of the app keeps state, or defines anything, under a name Textual uses for something else."""
    found = [sentence for cls in app_classes() for sentence in clashes(cls)]
    assert found == []
