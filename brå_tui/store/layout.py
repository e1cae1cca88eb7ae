"""What a comment belongs to in a TOML document, and edits of a table's keys that keep it there.

The rule (also in the README's section on the store):

- a comment block directly above a table header (``[risk]``, ``[[item]]``), with the blank lines
  before it, belongs to that table;
- a comment at the end of a line belongs to the value on that line;
- a comment line directly above a key belongs to that key;
- a comment inside an array belongs to the element before it, a leading one to the element after;
- anything else inside a table (a comment after a blank line at its end) belongs to that table.

tomlkit keeps the comments and blank lines above a header at the end of whatever came before it
(often the previous table, or the last ``[[item.decision]]`` of the previous item), so removing,
adding or moving whole tables would take them to the wrong place. ``attach_headers`` moves each
header's own block into the header's leading text (``trivia.indent``), which tomlkit writes before
the header and which goes wherever the table goes; the document still renders byte for byte the same.
"""

from __future__ import annotations

from typing import Any

from tomlkit.container import Container
from tomlkit.items import AoT, Comment, Item, Null, Table, Whitespace


def _emits_header(table: Table) -> bool:
    """Whether a table is written with a header line of its own (a super table like ``[a]`` in ``[a.b]`` is not)."""
    if not table.is_super_table():
        return True
    return any(not isinstance(v, (Table, AoT, Whitespace, Null)) for _, v in table.value.body)


def _walk(container: Container, out: list[Any]) -> None:
    """The document in the order it is written: ("item", container, index) or ("header", table)."""
    for index, (_, item) in enumerate(container.body):
        if isinstance(item, AoT):
            for table in item.body:
                out.append(("header", table))
                _walk(table.value, out)
        elif isinstance(item, Table):
            if _emits_header(item):
                out.append(("header", item))
            _walk(item.value, out)
        else:
            out.append(("item", container, index))


def _is_blank(line: str) -> bool:
    return not line.strip()


def _own_block_start(text: str) -> int:
    """Where a header's own block starts in the blank lines and comments written just above it."""
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        return len(text)  # the text does not end at a line end: nothing of it stands above the header alone
    i = len(lines)
    while i > 0 and not _is_blank(lines[i - 1]) and lines[i - 1].lstrip().startswith("#"):
        i -= 1
    while i > 0 and _is_blank(lines[i - 1]):
        i -= 1
    return sum(len(line) for line in lines[:i])


def attach_headers(document: Container) -> None:
    """Give every table header its own comment block and blank lines, taken from what precedes it."""
    order: list[Any] = []
    _walk(document, order)
    for n, entry in enumerate(order):
        if entry[0] != "header":
            continue
        run: list[tuple[Container, int]] = []
        k = n - 1
        while k >= 0 and order[k][0] == "item":
            _, container, index = order[k]
            if not isinstance(container.body[index][1], (Whitespace, Comment, Null)):
                break
            run.append((container, index))
            k -= 1
        run.reverse()
        texts = [container.body[index][1].as_string() for container, index in run]
        text = "".join(texts)
        cut = _own_block_start(text)
        if cut == len(text):
            continue
        moved = []
        offset = 0
        for (container, index), piece in zip(run, texts, strict=True):
            end = offset + len(piece)
            if end <= cut:
                offset = end
                continue
            if offset >= cut:
                moved.append(piece)
                container.body[index] = (None, Null())
            else:  # only a whitespace run can hold the cut, which is always at the start of a line
                item = container.body[index][1]
                keep = piece[:cut - offset]
                moved.append(piece[cut - offset:])
                container.body[index] = (None, Whitespace(keep, fixed=isinstance(item, Whitespace) and item.is_fixed()))
            offset = end
        table = entry[1]
        table.trivia.indent = "".join(moved) + table.trivia.indent


def _key_index(container: Container, key: str) -> int | None:
    for index, (k, _) in enumerate(container.body):
        if k is not None and k.key == key:
            return index
    return None


def comment_block_above(container: Container, index: int) -> list[int]:
    """The indexes of the comment lines directly above the item at index (no blank line between)."""
    above = []
    k = index - 1
    while k >= 0:
        item = container.body[k][1]
        if isinstance(item, Null):
            k -= 1
            continue
        if isinstance(item, Comment):
            above.append(k)
            k -= 1
            continue
        break
    return above


def remove_key(container: Container, key: str) -> None:
    """Remove a key and the comment lines directly above it (its end-of-line comment goes with it)."""
    index = _key_index(container, key)
    if index is not None and not isinstance(container.body[index][1], (Table, AoT)):
        for k in comment_block_above(container, index):
            container.body[k] = (None, Null())
    del container[key]


def body(container: Any) -> Container:
    """The container of keys of a table or document."""
    return container.value if isinstance(container, Table) else container


def add_key(container: Container, key: str, value: Item, order: list[str]) -> None:
    """Add a key in its place in order, keeping every other key, comment and blank line where it is.

    A plain key goes right after the nearest plain key that comes before it in order, else above the
    nearest that comes after it (and its comment lines); a table or array of tables goes before the
    nearest table that comes after it in order, else at the end.
    """
    is_table = isinstance(value, (Table, AoT))
    position = order.index(key) if key in order else len(order)
    indexes = {k: _key_index(container, k) for k in order}
    present = [k for k in order if indexes[k] is not None
               and isinstance(container.body[indexes[k]][1], (Table, AoT)) == is_table]  # type: ignore[index]
    before = [k for k in present if order.index(k) < position]
    after = [k for k in present if order.index(k) > position]
    if not is_table and before:
        container._insert_after(before[-1], key, value)
    elif after:
        index = indexes[after[0]]
        assert index is not None
        above = [] if is_table else comment_block_above(container, index)
        container._insert_at(min(above) if above else index, key, value)
    else:
        container.append(key, value)
