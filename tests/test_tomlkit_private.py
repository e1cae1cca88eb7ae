"""The private parts of tomlkit that saving with the layout kept relies on (store/layout.py, store/arrays.py):
a new tomlkit that changes them fails here, by name, before a file is written wrong."""

from __future__ import annotations

import tomlkit
from tomlkit.container import Container
from tomlkit.items import Array


def test_container_inserts_by_key_and_by_position() -> None:
    document = tomlkit.parse('a = 1\nc = 3\n')
    assert isinstance(document, Container)
    document._insert_after("a", "b", 2)
    document._insert_at(0, "z", 0)
    assert tomlkit.dumps(document) == 'z = 0\na = 1\nb = 2\nc = 3\n'


def test_array_keeps_its_items_in_value_and_reindexes() -> None:
    """An array's items and the spacing around them are groups in Array._value, each with its .value; after
    _value is put in another order (and the list's own items with it), _reindex makes the array write that order."""
    array = tomlkit.parse("x = [1, 2]\n")["x"]
    assert isinstance(array, Array) and isinstance(array._value, list)
    valued = [g for g in array._value if g.value is not None]
    assert [g.value for g in valued] == [1, 2]
    array._value = list(reversed(array._value))
    list.clear(array)
    list.extend(array, [g.value for g in reversed(valued)])
    array._reindex()
    written = array.as_string()
    assert written.index("2") < written.index("1") and list(array) == [2, 1]
