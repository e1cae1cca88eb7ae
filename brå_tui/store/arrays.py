"""Change a TOML array of strings in place, so that each comment inside it stays with its element."""

from __future__ import annotations

import difflib
from itertools import pairwise

import tomlkit
from tomlkit.items import Array, Comment, Null, Whitespace, _ArrayItemGroup

# A string that changed this little (a typo fixed, a name completed) is the same element.
SIMILAR = 0.6


def similar(a: str, b: str) -> float:
    """How alike two texts are, 0–1 (difflib's ratio; of lines for long texts); 1 only when they are equal."""
    if a == b:
        return 1.0
    if len(a) > 200 or len(b) > 200:  # notes: compare lines, which is quick however long they are
        return difflib.SequenceMatcher(None, a.splitlines(), b.splitlines(), autojunk=False).ratio()
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def _has_value(group: _ArrayItemGroup) -> bool:
    return group.value is not None and not isinstance(group.value, Null)


def _units(groups: list[_ArrayItemGroup]) -> tuple[list[list[_ArrayItemGroup]], list[_ArrayItemGroup]]:
    """Each element with the comments that belong to it, and the whitespace that closes the array."""
    closing: list[_ArrayItemGroup] = []
    while groups and groups[-1].is_whitespace():
        closing.insert(0, groups[-1])
        groups = groups[:-1]
    units: list[list[_ArrayItemGroup]] = []
    leading: list[_ArrayItemGroup] = []
    for group in groups:
        if _has_value(group):
            units.append([*leading, group])
            leading = []
        elif units:
            units[-1].append(group)  # a comment after an element belongs to it
        else:
            leading.append(group)  # a comment before the first element belongs to that element
    if leading:  # comments in an array with no elements: they stay, above whatever is added
        units.insert(0, leading)
    return units, closing


def _value_group(unit: list[_ArrayItemGroup]) -> _ArrayItemGroup | None:
    return next((g for g in unit if _has_value(g)), None)


def _indent(group: _ArrayItemGroup) -> str:
    return group.indent.s if group.indent is not None else ""


def _pairs(old: list[str], new: list[str]) -> dict[int, int]:
    """Which old element each new element continues: equal ones, and similar ones changed in place."""
    pairs: dict[int, int] = {}
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pairs.update({j1 + k: i1 + k for k in range(i2 - i1)})
        elif tag == "replace" and i2 - i1 == j2 - j1:
            pairs.update({j1 + k: i1 + k for k in range(i2 - i1) if similar(old[i1 + k], new[j1 + k]) >= SIMILAR})
    return pairs


def edit_array(array: Array, values: list[str]) -> None:
    """Make array hold values: removed elements take their comments along, the rest keep theirs.

    New elements are written in the array's own style (one per line, or on one line). Raises
    nothing; an array that is already equal is left untouched.
    """
    old = [str(v) for v in array]
    if old == values:
        return
    if not values:
        array.clear()
        return
    units, closing = _units(list(array._value))
    holders = [u for u in units if _value_group(u) is not None]
    comments_only = [u for u in units if _value_group(u) is None]
    multiline = any("\n" in _indent(g) for u in units for g in u) or any("\n" in _indent(g) for g in closing)
    first = holders[0] if holders else None
    first_indent = _indent(first[0]) if first else ""
    later = [_indent(g) for u in holders[1:] for g in u if _has_value(g)]
    other_indent = later[-1] if later else (first_indent if "\n" in first_indent else " ")
    if multiline and "\n" not in other_indent:
        other_indent = "\n    "
    pairs = _pairs(old, values)
    result: list[list[_ArrayItemGroup]] = list(comments_only)
    for j, text in enumerate(values):
        if j in pairs:
            unit = holders[pairs[j]]
            group = _value_group(unit)
            assert group is not None
            if str(group.value) != text:
                group.value = tomlkit.item(text)
        else:
            unit = [_ArrayItemGroup(value=tomlkit.item(text), indent=Whitespace(other_indent))]
        result.append(unit)

    for position, unit in enumerate(result):
        value_at = next(i for i, g in enumerate(unit) if _has_value(g)) if _value_group(unit) else 0
        if position > 0 and value_at > 0:
            # Comments above the first element belong to it; once another element comes first they
            # would read as that one's, so they go below their own element instead.
            leading, rest = unit[:value_at], unit[value_at:]
            for group in leading:
                group.indent = Whitespace(other_indent if "\n" in other_indent else "\n    ")
                if group.comment is not None:
                    group.comment.trivia.indent = ""
            result[position] = [rest[0], *leading, *rest[1:]]
    groups = [g for u in result for g in u]
    valued = [g for g in groups if _has_value(g)]
    for g in valued:
        if g.indent is not None and "," in g.indent.s:  # comma-first style: the commas go after the values
            g.indent = Whitespace(g.indent.s.replace(",", ""))
    if groups[0] is not (first[0] if first else None) and "\n" not in _indent(groups[0]):
        groups[0].indent = Whitespace(first_indent) if first_indent else None
    if first is not None and groups[0] is not first[0] and "\n" not in _indent(first[0]):
        first[0].indent = Whitespace(other_indent)
    trailing_comma = first is not None and _value_group(holders[-1]).comma is not None  # type: ignore[union-attr]
    for g in valued[:-1]:
        g.comma = Whitespace(",")
    valued[-1].comma = Whitespace(",") if trailing_comma and multiline else None
    for previous, group in pairwise(groups):
        if isinstance(previous.comment, Comment) and "\n" not in _indent(group):
            group.indent = Whitespace(other_indent if "\n" in other_indent else "\n")
    if groups[-1].comment is not None and not any("\n" in _indent(g) for g in closing):
        closing = [_ArrayItemGroup(indent=Whitespace("\n"))]  # the closing bracket cannot follow a comment
    list.clear(array)
    list.extend(array, [g.value for g in valued])
    array._value = [*groups, *closing]
    array._reindex()
