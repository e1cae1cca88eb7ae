"""Notice when another user changes the store's files: a cheap poll of their size and modification time."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from brå_tui.store.paths import COUNCIL_FILE, MEETING_NAME, MEETINGS_DIR, PEOPLE_FILE, meetings_dir

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
        self.seen = self._names()

    def _names(self) -> dict[str, Stamp]:
        # Names, not Path objects: over a store of thousands of meetings this runs every few seconds.
        out: dict[str, Stamp] = {}
        for name in (COUNCIL_FILE, PEOPLE_FILE):
            s = stamp(self.root / name)
            if s is not None:
                out[name] = s
        folder = meetings_dir(self.root)
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if MEETING_NAME.match(entry.name):
                        try:
                            st = entry.stat()
                        except OSError:
                            continue
                        if stat.S_ISREG(st.st_mode):
                            out[f"{MEETINGS_DIR}/{entry.name}"] = (st.st_mtime_ns, st.st_size, st.st_ino)
        except OSError:
            pass
        return out

    def snapshot(self) -> dict[Path, Stamp]:
        """Every file of the store that exists now, with its stamp."""
        return {self.root / name: s for name, s in self._names().items()}

    def changes(self) -> list[Path]:
        """The files added, changed or removed since the last call (or since the watcher started)."""
        now = self._names()
        changed = [n for n in now.keys() | self.seen.keys() if now.get(n) != self.seen.get(n)]
        self.seen = now
        return sorted(self.root / n for n in changed)
