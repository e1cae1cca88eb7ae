"""Notice when another user changes the store's files: a cheap poll of their size and modification time."""

from __future__ import annotations

from pathlib import Path

from brå_tui.store.paths import COUNCIL_FILE, PEOPLE_FILE, meeting_files

Stamp = tuple[int, int, int]


def stamp(path: Path) -> Stamp | None:
    """What a file looks like from outside (mtime, size, inode), or None when it is missing."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size, st.st_ino


class StoreWatcher:
    """Remembers the store's files as last seen and tells which changed since (stat only, no reading)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.seen = self.snapshot()

    def snapshot(self) -> dict[Path, Stamp]:
        """Every file of the store that exists now, with its stamp."""
        paths = [self.root / COUNCIL_FILE, self.root / PEOPLE_FILE, *meeting_files(self.root)]
        out: dict[Path, Stamp] = {}
        for path in paths:
            s = stamp(path)
            if s is not None:
                out[path] = s
        return out

    def changes(self) -> list[Path]:
        """The files added, changed or removed since the last call (or since the watcher started)."""
        now = self.snapshot()
        changed = [p for p in now.keys() | self.seen.keys() if now.get(p) != self.seen.get(p)]
        self.seen = now
        return sorted(changed)
