"""The store watcher notices added, changed and removed files by stat alone."""

from __future__ import annotations

import os
from pathlib import Path

from brå_tui.store.watch import StoreWatcher


def test_changes(seed_store: Path) -> None:
    watcher = StoreWatcher(seed_store)
    assert watcher.changes() == []
    meeting = seed_store / "meetings" / "2024-11-15.toml"
    meeting.write_text(meeting.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert watcher.changes() == [meeting]
    assert watcher.changes() == []
    new = seed_store / "meetings" / "2025-02-14.toml"
    new.write_text('format = 1\ndate = 2025-02-14\n', encoding="utf-8")
    (seed_store / "meetings" / "README.md").write_text("ignored", encoding="utf-8")
    assert watcher.changes() == [new]
    os.unlink(new)
    assert watcher.changes() == [new]
