"""The index is keyed to the code that decides what it holds (store.index.CONTENT_SOURCES and FORMAT): a change
there builds it anew, a change in the views, the command line or the app keeps it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import brå_tui
from brå_tui.store import index as index_module
from brå_tui.store.index import CONTENT_SOURCES, Index

PACKAGE = Path(brå_tui.__file__).resolve().parent

# Everything that writes rows into the index: reading every file (a broken one and one with a warning among them),
# the full-text table, the action log and the check findings kept for unchanged files.
FILL = """
import json, sys
from pathlib import Path
from brå_tui.questions.check import check_index
from brå_tui.questions.indexed import log_entries
from brå_tui.store.index import Index
with Index.open(Path(sys.argv[1])) as index:
    index.ensure_searchable()
    check_index(index)
    log_entries(index, history=True)
    index.store()
print(json.dumps(sorted(getattr(m, "__file__", None) or "" for name, m in sys.modules.items()
                        if name == "brå_tui" or name.startswith("brå_tui."))))
"""


def test_every_module_reading_imports_is_a_content_source(seed_store: Path) -> None:
    meetings = seed_store / "meetings"
    (meetings / "2024-11-16.toml").write_bytes((meetings / "2024-11-15.toml").read_bytes())
    (meetings / "2024-12-01.toml").write_text("format = = 1\n", "utf-8")
    done = subprocess.run([sys.executable, "-c", FILL, str(seed_store)], capture_output=True, text=True,
                          env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}, check=True)
    loaded = {Path(f).resolve().relative_to(PACKAGE).as_posix() for f in json.loads(done.stdout) if f}
    assert "store/read.py" in loaded and "questions/check.py" in loaded
    missing = sorted(loaded - set(CONTENT_SOURCES))
    assert not missing, f"add to CONTENT_SOURCES in store/index.py: {missing}"


def test_content_sources_exist_and_leave_out_the_views() -> None:
    for source in CONTENT_SOURCES:
        assert (PACKAGE / source).is_file(), source
    assert not [s for s in CONTENT_SOURCES if s.split("/")[0] in ("views", "cli", "tui", "export")]


def _touched(path: Path) -> os.stat_result:
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 10_000_000_000))
    return st


def test_a_change_in_the_views_keeps_the_index(seed_store: Path) -> None:
    Index.open(seed_store).close()
    view = PACKAGE / "views" / "plain.py"
    st = _touched(view)
    try:
        with Index.open(seed_store) as index:
            assert not index.stats.rebuilt and index.stats.read == 0
    finally:
        os.utime(view, ns=(st.st_atime_ns, st.st_mtime_ns))


def test_a_change_in_what_reading_does_rebuilds_the_index(seed_store: Path) -> None:
    Index.open(seed_store).close()
    reader = PACKAGE / "store" / "convert.py"
    st = _touched(reader)
    try:
        with Index.open(seed_store) as index:
            assert index.stats.rebuilt and index.stats.read > 0
    finally:
        os.utime(reader, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert index_module.FORMAT >= 1
