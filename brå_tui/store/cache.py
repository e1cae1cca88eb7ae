"""A per-user cache of parsed store files, so that unchanged files are not parsed again between runs.

One file per store under $XDG_CACHE_HOME/bra/ (default ~/.cache/bra), holding, per file,
its identity and modification (inode, size, mtime_ns, ctime_ns) and what reading it gave. Any
doubt means the file is read again: a changed stat, a file touched too recently to be sure of,
a cache from another version of the program, or a cache file that cannot be read, trusted or
unpickled. A cache that cannot be written is silently skipped.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import stat
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

from brå_tui import __version__
from brå_tui.model import Finding, Meeting, Store
from brå_tui.store.compact import DISPATCH, POOL, without_gc
from brå_tui.store.folders import user_folder
from brå_tui.store.parallel import read_all
from brå_tui.store.paths import COUNCIL_FILE, PEOPLE_FILE, meeting_files

FORMAT = 2
CHUNK = 250  # files per pickled chunk
# A file changed this recently may change again within one timestamp tick without its stat
# changing (coarse file system clocks, a server's clock a little behind): such files are read
# every time until they are older than this.
RACY_NS = 2_000_000_000
_SOURCES = ("model.py", "store/cache.py", "store/compact.py", "store/convert.py", "store/read.py", "store/parse.py",
            "store/locate.py", "store/paths.py", "text.py")

StatKey = tuple[int, int, int, int, int]


def cache_dir() -> Path:
    """The folder for this user's caches: $XDG_CACHE_HOME/bra, else ~/.cache/bra."""
    return user_folder("cache")


def cache_file(root: Path) -> Path:
    """The cache file for the store at root (named by a digest of its real path)."""
    real = os.path.realpath(root)
    return cache_dir() / f"store-{hashlib.sha256(real.encode('utf-8', 'surrogateescape')).hexdigest()[:32]}.pickle"


def _version() -> tuple[Any, ...]:
    """What the cached objects depend on: program version, cache format, Python, the reading code."""
    package = Path(__file__).resolve().parent.parent
    sources = []
    for name in _SOURCES:
        try:
            st = os.stat(package / name)
            sources.append((name, st.st_size, st.st_mtime_ns))
        except OSError:
            sources.append((name, -1, -1))
    return (FORMAT, __version__, sys.version_info[:2], tuple(sources))


def stat_key(st: os.stat_result) -> StatKey:
    """A file's identity and modification as the cache compares them."""
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


@dataclass
class CacheStats:
    """What one load did: files taken from the cache, files read, and whether the cache was written."""

    hits: int = 0
    misses: int = 0
    written: bool = False


@dataclass
class StoreCache:
    """The cached readings of one store's files, by file name relative to the store.

    The file holds a header (version, store, and each file's stat key and chunk) and then the
    readings in chunks of CHUNK files, each its own pickle: a load unpickles chunk after chunk
    as it walks the files in order, so memory stays low and other threads get their turn.
    """

    path: Path
    root: str
    index: dict[str, tuple[StatKey, int]] = field(default_factory=dict)
    entries: dict[str, tuple[StatKey, Any]] = field(default_factory=dict)
    dirty: bool = False
    handle: BinaryIO | None = None
    loaded: int = 0
    chunks: int = 0

    @classmethod
    def open(cls, root: Path) -> StoreCache:
        """The cache for root as stored on disk, or an empty one when there is none or it is not trusted."""
        path = cache_file(root)
        real = os.path.realpath(root)
        empty = cls(path, real)
        handle = None
        try:
            handle = open(path, "rb")
            st = os.fstat(handle.fileno())
            # Only a cache this user wrote and nobody else can change is unpickled.
            if st.st_uid != os.getuid() or st.st_mode & (stat.S_IWGRP | stat.S_IWOTH) or not stat.S_ISREG(st.st_mode):
                raise ValueError("untrusted cache file")
            header = pickle.load(handle)
            if (not isinstance(header, dict) or header.get("version") != _version() or header.get("root") != real
                    or not isinstance(header.get("index"), dict) or not isinstance(header.get("chunks"), int)):
                raise ValueError("another cache")
        except FileNotFoundError:
            return empty
        except Exception:  # a corrupt, foreign or outdated cache file is ignored and written anew
            if handle is not None:
                handle.close()
            empty.dirty = True
            return empty
        return cls(path, real, header["index"], {}, False, handle, 0, header["chunks"])

    def _load_chunk(self) -> bool:
        """Unpickle the next chunk; on any failure forget the rest of the cache. False when none is left."""
        if self.handle is None or self.loaded >= self.chunks:
            self.close()
            return False
        handle = self.handle
        try:
            chunk = without_gc(lambda: pickle.load(handle))
            if not isinstance(chunk, dict):
                raise ValueError("not a chunk")
        except Exception:
            self.close()
            self.index = {n: (k, c) for n, (k, c) in self.index.items() if c < self.loaded}
            self.dirty = True
            return False
        number = self.loaded
        self.loaded += 1
        for name, value in chunk.items():
            entry = self.index.get(name)
            if entry is not None and entry[1] == number and name not in self.entries:
                self.entries[name] = (entry[0], value)
        return True

    def close(self) -> None:
        """Close the cache file (what was not read by then is read again from the store)."""
        if self.handle is not None:
            self.handle.close()
            self.handle = None

    def get(self, name: str, key: StatKey) -> tuple[bool, Any]:
        """(True, value) when the file named name still has this stat key; else (False, None)."""
        entry = self.index.get(name)
        if entry is None or entry[0] != key:
            return False, None
        while name not in self.entries and entry[1] >= self.loaded:
            if not self._load_chunk():
                break
        cached = self.entries.get(name)
        if cached is not None and cached[0] == key:
            return True, cached[1]
        return False, None

    def put(self, name: str, key: StatKey, value: Any, started_ns: int) -> None:
        """Remember what reading name gave, unless the file changed too recently to be sure of."""
        self.entries.pop(name, None)
        if self.index.pop(name, None) is not None:
            self.dirty = True
        if max(key[3], key[4]) < started_ns - RACY_NS:
            self.entries[name] = (key, value)
            self.index[name] = (key, -1)
            self.dirty = True

    def keep_only(self, names: set[str]) -> None:
        """Forget files that are no longer in the store."""
        gone = [n for n in self.index if n not in names]
        for name in gone:
            del self.index[name]
            self.entries.pop(name, None)
        self.dirty = self.dirty or bool(gone)

    def save(self) -> bool:
        """Write the cache atomically if it changed; False (silently) when it cannot be written."""
        if not self.dirty:
            self.close()
            return False
        while self._load_chunk():
            pass
        # In the order a load asks for them: council and people, then the meetings by name.
        names = sorted((n for n in self.index if n in self.entries), key=lambda n: (n.startswith("meetings/"), n))
        folder = self.path.parent
        tmp = None
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{self.path.name}.", suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                chunks = [names[i:i + CHUNK] for i in range(0, len(names), CHUNK)]
                index = {n: (self.entries[n][0], c) for c, part in enumerate(chunks) for n in part}
                pickle.dump({"version": _version(), "root": self.root, "index": index, "chunks": len(chunks)},
                            handle, protocol=pickle.HIGHEST_PROTOCOL)
                for part in chunks:
                    pickler = pickle.Pickler(handle, protocol=pickle.HIGHEST_PROTOCOL)
                    pickler.dispatch_table = DISPATCH
                    chunk = {n: self.entries[n][1] for n in part}
                    without_gc(partial(pickler.dump, chunk))
            os.replace(tmp, self.path)
        except Exception:  # a read-only home, a full disk: the cache is only a help
            if tmp is not None:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
            return False
        self.dirty = False
        return True


def _cached(cache: StoreCache, name: str, path: Path, read: Callable[[], Any], started_ns: int,
            stats: CacheStats) -> Any:
    """What reading path gives: from the cache when its stat is unchanged, else read and remembered."""
    try:
        key = stat_key(os.stat(path))
    except OSError:
        stats.misses += 1
        return read()
    hit, value = cache.get(name, key)
    if hit:
        stats.hits += 1
        return value
    stats.misses += 1
    value = read()
    cache.put(name, key, value, started_ns)
    return value


def _placed(path: Path, result: tuple[Meeting | None, list[Finding]]) -> tuple[Meeting | None, list[Finding]]:
    """A cached reading, with the file's path as this load names it (the store may be reached another way)."""
    meeting, findings = result
    if meeting is not None and meeting.path != path:
        meeting.path = path
    if any(f.path != path for f in findings):
        findings = [replace(f, path=path) for f in findings]
    return meeting, findings


def load_cached(root: Path, on_progress: Callable[[int, int], None] | None = None) -> tuple[Store, CacheStats]:
    """Read the whole store at root, taking unchanged files from the user's cache; with what the cache did."""
    try:
        # A load makes hundreds of thousands of objects and no cycles: the cycle collector would
        # only walk the growing store again and again.
        return without_gc(lambda: _load(root, on_progress))
    finally:
        POOL.clear()


def _load(root: Path, on_progress: Callable[[int, int], None] | None) -> tuple[Store, CacheStats]:
    from brå_tui.store.read import assemble, read_council, read_people

    started_ns = time.time_ns()
    stats = CacheStats()
    cache = StoreCache.open(root)
    council, council_findings = _cached(cache, COUNCIL_FILE, root / COUNCIL_FILE, lambda: read_council(root),
                                        started_ns, stats)
    people, people_findings = _cached(cache, PEOPLE_FILE, root / PEOPLE_FILE, lambda: read_people(root),
                                      started_ns, stats)
    paths = meeting_files(root)
    total = len(paths)
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if on_progress is not None:
            on_progress(done, total)

    results: list[tuple[Meeting | None, list[Finding]] | None] = []
    missing: list[tuple[int, str, StatKey | None]] = []
    for path in paths:
        name = f"meetings/{path.name}"
        try:
            key: StatKey | None = stat_key(os.stat(path))
        except OSError:
            key = None
        hit, value = cache.get(name, key) if key is not None else (False, None)
        if hit:
            stats.hits += 1
            results.append(value)
            step()
        else:
            stats.misses += 1
            missing.append((len(results), name, key))
            results.append(None)
    for (index, name, key), value in zip(missing, read_all([paths[i] for i, _, _ in missing], step), strict=False):
        results[index] = value
        if key is not None:
            cache.put(name, key, value, started_ns)
    readings = [(path, *_placed(path, result)) for path, result in zip(paths, results, strict=False)]  # type: ignore[arg-type]
    store = assemble(root, (council, council_findings), (people, people_findings), readings)
    cache.keep_only({COUNCIL_FILE, PEOPLE_FILE, *(f"meetings/{p.name}" for p in paths)})
    stats.written = cache.save()
    return store, stats
