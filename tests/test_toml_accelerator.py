"""The compiled TOML parser (toml-rs) reads every file to the same values as tomllib, refuses what tomllib
refuses, and leaves the message and position of a refusal to tomllib."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import tomlkit
from hypothesis import given
from hypothesis import strategies as st

from bench.generate import write_store
from bench.parsers import same
from brå_tui.store import parse
from tests.conftest import SEED_STORE
from tests.test_broken_files import CASES

toml_rs = pytest.importorskip("toml_rs")


def fast(text: str) -> Any:
    return toml_rs.loads(text, toml_version="1.0.0")


def agree(text: str) -> None:
    try:
        expected = tomllib.loads(text)
    except RecursionError:  # nesting tomllib cannot follow, which toml-rs reads: bra refuses it all the same
        assert parse.parse_toml(Path("nested.toml"), text)[0] is None
        return
    except tomllib.TOMLDecodeError:
        with pytest.raises(Exception):  # noqa: B017 - any refusal; tomllib gives the message
            fast(text)
        return
    assert same(fast(text), expected)


def test_the_accelerator_is_in_use() -> None:
    assert parse._FAST is not None


def test_seed_store_reads_the_same() -> None:
    files = [SEED_STORE / "council.toml", SEED_STORE / "people.toml", *sorted((SEED_STORE / "meetings").glob("*.toml"))]
    for path in files:
        agree(path.read_text(encoding="utf-8"))


def test_generated_store_reads_the_same(tmp_path: Path) -> None:
    write_store(tmp_path / "store", 60)
    for path in sorted((tmp_path / "store").rglob("*.toml")):
        agree(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_broken_files_are_refused_alike(case: Any) -> None:
    try:
        text = case.data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        return
    if parse._LONG_KEY.search(text):  # refused before either parser reads it
        return
    agree(text)


@pytest.mark.parametrize("text", [
    "a = {b = 1,}\n", "t = 07:32\n", 's = "\\e"\n', 's = "\\x41"\n', "a = {b = 1,\n c = 2}\n",
    "d = 1979-05-27T07:32Z\n", "a=1\n[a]\n", "[[x]]\n[x]\n", "date = 2024-02-30\n", "t = 24:00:00\n",
    'a = "x\\u0000y"\n', "d = 1979-05-27T07:32:00+01:00\nl = 1979-05-27T07:32:00\nf = nan\ng = -inf\n",
])
def test_toml_1_1_syntax_and_edge_values_agree(text: str) -> None:
    """What TOML 1.1 allows and tomllib (TOML 1.0) refuses is refused by the accelerator too."""
    agree(text)


_keys = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=8)
_scalars = st.one_of(
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30), st.integers(-2**63, 2**63 - 1),
    st.floats(allow_nan=True), st.booleans(), st.dates(), st.times(),
    st.datetimes(timezones=st.one_of(st.none(), st.timezones())),
)
_values = st.recursive(_scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                         st.dictionaries(_keys, inner, max_size=4)), max_leaves=12)


@given(st.dictionaries(_keys, _values, max_size=6))
def test_any_document_reads_the_same(document: dict[str, Any]) -> None:
    try:
        text = tomlkit.dumps(document)
    except Exception:  # a value tomlkit cannot write is no document to compare
        return
    agree(text)


def test_accelerator_loaded_in_a_thread_is_not_used(tmp_path: Path) -> None:
    """Loaded first in a thread that ends, toml-rs would crash the process later: it is then not used."""
    script = ("import threading\nfound = []\n"
              "def first():\n    from brå_tui.store import parse\n    found.append(parse._FAST)\n"
              "t = threading.Thread(target=first); t.start(); t.join()\n"
              "from brå_tui.store.read import read_meeting\nfrom pathlib import Path\n"
              f"meeting, _ = read_meeting(Path({str(SEED_STORE / 'meetings' / '2024-11-15.toml')!r}))\n"
              "print(found[0] is None, meeting is not None)\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "True"]
