"""The derived index: a per-user SQLite file that answers questions without reading unchanged files.

One file per store under $XDG_CACHE_HOME/bra/ (default ~/.cache/bra), named by a digest of the
store's real path. It holds, per store file, its identity and modification (device, inode, size,
mtime_ns, ctime_ns), the parsed reading as JSON, what reading it found, and the rows the questions
need (rows.py). Each run compares every file's stat with the index and reads only the files that
changed, writing them in one transaction; a file changed too recently to be sure of is read again
every time until it is older than RACY_NS.

The files stay the only source of truth: the index may be deleted at any time. One that is not
this user's, can be changed by others, is corrupt, or was written by another version of the
program is thrown away and built anew; when the cache folder cannot be written the index lives in
memory for the one run.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import sqlite3
import stat
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from brå_tui import __version__
from brå_tui.model import Council, Finding, Meeting, Person, Store
from brå_tui.store.codec import (
    council_data,
    council_from_data,
    dumps,
    loads,
    meeting_from_data,
    people_data,
    people_from_data,
)
from brå_tui.store.folders import user_folder
from brå_tui.store.paths import COUNCIL_FILE, MEETING_KEY, MEETINGS_DIR, PEOPLE_FILE, meeting_entries
from brå_tui.store.rows import FILE_TABLES, FTS_STRIDE, SCHEMA, Rows, meeting_json

FORMAT = 3
# A file changed this recently may change again within one timestamp tick without its stat
# changing (coarse file system clocks, a server's clock a little behind): such files are read
# again every time until they are older than this.
RACY_NS = 2_000_000_000
BATCH = 200  # files read between writes of their rows
# The program's files whose code decides what the index holds (relative to the package): reading and converting a
# file, its findings, its rows and full-text texts, the action log and the check findings kept for unchanged files.
# The index is rebuilt when one of them (or FORMAT) changes, and kept when only the views, the command line or the
# app do. tests/test_index_sources.py fails when reading the store imports a module that is not listed here.
CONTENT_SOURCES = (
    "__init__.py", "home.py", "model.py", "oserrors.py", "text.py",
    "store/__init__.py", "store/atomic.py", "store/codec.py", "store/config.py", "store/convert.py",
    "store/folders.py", "store/index.py", "store/locate.py", "store/parse.py", "store/paths.py", "store/queries.py",
    "store/read.py", "store/rows.py",
    "questions/__init__.py", "questions/actionlog.py", "questions/ahead.py", "questions/check.py", "questions/due.py",
    "questions/indexed.py", "questions/people.py",
)


# The meeting files that could not be read, through their partial index (rows.py: file_unread), so that every
# question does not read every file's row to find none.
UNREAD = f"SELECT name FROM file WHERE data IS NULL AND name LIKE '{MEETINGS_DIR}/%'"


def index_file(root: Path) -> Path:
    """The index file for the store at root (named by a digest of its real path)."""
    real = os.path.realpath(root)
    digest = sha256(real.encode("utf-8", "surrogateescape")).hexdigest()[:32]
    return user_folder("cache") / f"store-{digest}.sqlite3"


def index_writable(root: Path) -> bool:
    """Whether this user may keep the index of the store at root where it belongs (its file, or the folder it is to
    be made in, or the nearest folder above that exists). When not, every run reads the files changed since the
    index was last written again, into memory."""
    path = index_file(root)
    if path.exists():
        return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)


def _version(root: Path) -> str:
    """What the index's rows depend on: its format, the program's version and the files of CONTENT_SOURCES, Python,
    the store."""
    package = Path(__file__).resolve().parent.parent
    parts: list[Any] = [FORMAT, __version__, list(sys.version_info[:2]), os.path.realpath(root)]
    for source in CONTENT_SOURCES:
        try:
            st = os.stat(package / source)
            parts.append([source, st.st_size, st.st_mtime_ns])
        except OSError:
            parts.append([source, -1, -1])
    return dumps(parts)


def stat_key(st: os.stat_result) -> str:
    """A file's identity and modification as the index compares them."""
    return f"{st.st_dev} {st.st_ino} {st.st_size} {st.st_mtime_ns} {st.st_ctime_ns}"


@dataclass
class IndexStats:
    """What opening the index did: files read, files taken as they were, files gone, where it lives."""

    read: int = 0
    kept: int = 0
    removed: int = 0
    rebuilt: bool = False
    in_memory: bool = False
    made: int = 0  # meetings made from their rows since (Index.meeting, Index.meetings, Index.store)


class _Untrusted(Exception):
    """The index file on disk is not one to use."""


class Index:
    """The derived index of one store, brought up to date with its files when opened."""

    def __init__(self, root: Path, conn: sqlite3.Connection, stats: IndexStats) -> None:
        self.root = root
        self.conn = conn
        self.stats = stats
        # Held around every write: one connection serves the app's threads (the screen, a search, a read), and a
        # transaction belongs to the connection, not to the thread, so two writing at once would end each other's.
        self.writing = threading.RLock()
        self._council: Council | None = None
        self._people: list[Person] | None = None

    # Opening --------------------------------------------------------------------------------

    @classmethod
    def open(cls, root: Path, on_progress: Callable[[int, int], None] | None = None) -> Index:
        """The index of the store at root, up to date with its files; in memory when it cannot be kept on disk."""
        stats = IndexStats()
        path = index_file(root)
        for attempt in range(2):
            conn = None
            try:
                conn = _connect(path, root, stats)
                index = cls(root, conn, stats)
                index.refresh(on_progress)
                return index
            except (sqlite3.DatabaseError, _Untrusted, OSError) as err:
                if conn is not None:
                    conn.close()
                if isinstance(err, sqlite3.DatabaseError) and held_by_another(err):
                    break  # another bra holds it too long: answer from memory this once
                if attempt == 0 and not _discard(path):
                    break
                stats.rebuilt = True
        stats.read = stats.kept = stats.removed = 0
        stats.in_memory = True
        copy = _copied_to_memory(path, root)  # an index that is sound but may not be written: changes kept here
        if copy is not None:
            try:
                index = cls(root, copy, stats)
                index.refresh(on_progress)
                return index
            except sqlite3.DatabaseError:
                copy.close()
                stats.read = stats.kept = stats.removed = 0
        conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        _create(conn, root)
        index = cls(root, conn, stats)
        index.refresh(on_progress)
        return index

    def close(self) -> None:
        """Let go of the index file."""
        self.conn.close()

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def refresh(self, on_progress: Callable[[int, int], None] | None = None) -> None:
        """Read the files that changed since the index last saw them; forget the ones that are gone."""
        started_ns = time.time_ns()
        conn = self.conn
        seen: dict[str, str | None] = dict(conn.execute("SELECT name, stat FROM file"))
        present: dict[str, str] = {}
        for name in (COUNCIL_FILE, PEOPLE_FILE):
            try:
                present[name] = stat_key(os.stat(self.root / name))
            except FileNotFoundError:
                present[name] = "missing"
            except OSError:
                present[name] = "unreadable"
        # A stat that is not kept (None: too new to trust) never equals the file's.
        changed = [(name, self.root / name, key) for name, key in present.items() if seen.get(name) != key]
        prefix = f"{MEETINGS_DIR}/"
        kept = {name[len(prefix):]: key for name, key in seen.items() if name.startswith(prefix)}  # by file name
        listed: list[str] = []
        for name, st in meeting_entries(self.root, kept):  # a known name is not checked again
            key = stat_key(st)
            listed.append(name)
            if kept.get(name) != key:
                changed.append((prefix + name, self.root / MEETINGS_DIR / name, key))
        total = len(listed)  # progress counts the meeting files, kept or read
        self.stats.kept += total + len(present) - len(changed)
        done = total - sum(1 for name, _, _ in changed if name.startswith(prefix))
        if not changed and total + len(present) == len(seen):  # the same names, none changed: none is gone either
            if on_progress is not None:
                on_progress(total, total)
            return
        everything = {*present, *(prefix + name for name in listed)}
        known = {name: (file_id, key, digest)
                 for file_id, name, key, digest in conn.execute("SELECT id, name, stat, digest FROM file")}
        gone = [file_id for name, (file_id, _, _) in known.items() if name not in everything]
        with self.writing, conn:
            conn.execute("BEGIN IMMEDIATE")
            # A file whose stat changed but whose bytes did not (touched, saved unchanged, or looked at again
            # because it was new) keeps its rows: only its stat is noted, and the answers kept stay valid.
            fresh, unchanged = self._by_content(changed, known, started_ns)
            conn.executemany("UPDATE file SET stat = ? WHERE id = ?", unchanged)
            self.stats.kept += len(unchanged)
            if not fresh and not gone:
                if on_progress is not None:
                    on_progress(total, total)
                return
            searchable, logged = self.flag("fts"), self.flag("log")
            drop = gone + [known[name][0] for name, _, _, _ in fresh if name in known]
            if logged:
                self._note_for_log(drop)
            names = self._attendee_names(drop)
            self._forget(drop)
            conn.executemany("DELETE FROM file WHERE id = ?", [(i,) for i in gone])
            rows = Rows()
            read: list[int] = []
            for n, (name, path, key, digest) in enumerate(fresh, start=1):
                read.append(self._read(name, path, key, digest, known.get(name), started_ns, rows, searchable))
                if n % BATCH == 0:
                    rows.write(conn)
                if on_progress is not None and name.startswith(MEETINGS_DIR):
                    done += 1
                    on_progress(done, total)
            rows.write(conn)
            self._keep_attendees(names | self._attendee_names(read))
            if logged:
                self._note_for_log(read)
            if on_progress is not None and done < total:
                on_progress(total, total)
            generation = int(self._meta("generation") or 0) + 1
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('generation', ?)", (str(generation),))
        self.stats.read += len(fresh)
        self.stats.removed += len(gone)

    def _by_content(self, changed: list[tuple[str, Path, str]], known: dict[str, tuple[int, str | None, str | None]],
                    started_ns: int) -> tuple[list[tuple[str, Path, str, str | None]], list[tuple[str | None, int]]]:
        """The files whose bytes changed, with their digest, and (stat, id) for those whose bytes did not."""
        really: list[tuple[str, Path, str, str | None]] = []
        unchanged: list[tuple[str | None, int]] = []
        for name, path, key in changed:
            digest = None if key in ("missing", "unreadable") else _digest(path)
            found = known.get(name)
            if found is not None and digest is not None and found[2] == digest:
                unchanged.append((key if _settled(key, started_ns) else None, found[0]))
            else:
                really.append((name, path, key, digest))
        return really, unchanged

    def _forget(self, file_ids: list[int]) -> None:
        """Remove every row of these files, but not the files themselves."""
        if not file_ids:
            return
        params = [(i,) for i in file_ids]
        for table in FILE_TABLES:
            self.conn.executemany(f"DELETE FROM {table} WHERE file_id = ?", params)
        self.conn.executemany("DELETE FROM fts WHERE rowid >= ? * ? AND rowid < (? + 1) * ?",
                              [(i, FTS_STRIDE, i, FTS_STRIDE) for i in file_ids])

    def _attendee_names(self, file_ids: list[int]) -> set[str]:
        """Every name among these files' attendees."""
        return {name for (name,) in self.conn.execute(
            "SELECT DISTINCT a.name FROM json_each(?) j JOIN attendee a ON a.file_id = j.value", (dumps(file_ids),))}

    def _keep_attendees(self, names: set[str]) -> None:
        """Bring attendee_newest up to date for these names: each as written at its newest meeting, or gone."""
        params = [(name,) for name in sorted(names)]
        self.conn.executemany("DELETE FROM attendee_newest WHERE name = ?", params)
        self.conn.executemany("INSERT INTO attendee_newest SELECT name, at, ord, party, title, org FROM attendee "
                              "WHERE name = ? ORDER BY at DESC, ord LIMIT 1", params)

    def _note_for_log(self, file_ids: list[int]) -> None:
        """Note in logpending what these files' rows touch, for the action log to be brought up to date."""
        params = [(i,) for i in file_ids]
        for query in ("SELECT 'id', id, '' FROM followup WHERE file_id = ?",
                      "SELECT 'at', date, key FROM meeting WHERE file_id = ?",
                      "SELECT 'date', date, '' FROM meeting WHERE file_id = ?",
                      "SELECT 'date', date, '' FROM schedule WHERE file_id = ?"):
            self.conn.executemany(f"INSERT OR IGNORE INTO logpending {query}", params)

    def _read(self, name: str, path: Path, key: str, digest: str | None,
              known: tuple[int, str | None, str | None] | None, started_ns: int, rows: Rows, searchable: bool) -> int:
        """Read one changed file and gather its rows; its id in the index."""
        from brå_tui.store.parse import bom_warning
        from brå_tui.store.read import read_council, read_meeting, read_people

        data: str | None
        findings: list[Finding]
        meeting: Meeting | None = None
        if name == COUNCIL_FILE:
            council, findings = read_council(self.root)
            data = dumps(council_data(council))
        elif name == PEOPLE_FILE:
            people, findings = read_people(self.root)
            data = dumps(people_data(people))
        else:
            meeting, findings = read_meeting(path)
            data = None if meeting is None else meeting_json(meeting)
        trusted = key if _settled(key, started_ns) else None
        if known is None:
            file_id = self.conn.execute("INSERT INTO file(name, stat, digest, data) VALUES (?, ?, ?, ?)",
                                        (name, trusted, digest, data)).lastrowid
        else:
            file_id = known[0]
            self.conn.execute("UPDATE file SET stat = ?, digest = ?, data = ? WHERE id = ?",
                              (trusted, digest, data, file_id))
        assert file_id is not None
        bom = bom_warning(path) if key not in ("missing", "unreadable") else None
        rows.findings(file_id, findings, [bom] if bom else [])
        if name.startswith(MEETINGS_DIR + "/") and meeting is not None:
            rows.meeting(file_id, path.stem, meeting, searchable)
        return file_id

    def _meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def flag(self, key: str) -> bool:
        """Whether a part of the index kept by the questions (such as 'log') has been built."""
        return self._meta(key) == "1"

    def set_flag(self, key: str) -> None:
        """Note that a part of the index kept by the questions has been built (inside keep())."""
        self.conn.execute("INSERT OR REPLACE INTO meta VALUES (?, '1')", (key,))

    def keep(self, work: Callable[[], None]) -> bool:
        """Run work (which writes to the index) in one transaction; False, with nothing written, when the
        index cannot be written just now (busy with another bra for too long, or read-only)."""
        try:
            with self.writing, self.conn:
                self.conn.execute("BEGIN IMMEDIATE")
                work()
        except sqlite3.OperationalError:
            return False
        return True

    # The whole store and its parts ------------------------------------------------------------

    def _data(self, name: str) -> Any:
        row = self.conn.execute("SELECT data FROM file WHERE name = ?", (name,)).fetchone()
        return None if row is None or row[0] is None else loads(row[0])

    @property
    def council(self) -> Council:
        """council.toml as read (the defaults when it is missing or broken)."""
        if self._council is None:
            data = self._data(COUNCIL_FILE)
            self._council = Council() if data is None else council_from_data(data)
        return self._council

    @property
    def people(self) -> list[Person]:
        """people.toml as read (nobody when it is missing or broken)."""
        if self._people is None:
            data = self._data(PEOPLE_FILE)
            self._people = [] if data is None else people_from_data(data)
        return self._people

    def path_of(self, name: str) -> Path:
        """The path of a store file by its name in the index (meetings/2024-11-15.toml)."""
        return self.root / name

    def meeting(self, key: str) -> Meeting | None:
        """The meeting with this key (file stem), or the newest for 'latest'; None when there is none. A key that
        is a date no file is named for finds the meeting whose file says that date (a file renamed by hand: the
        date in the file is the meeting's, as `bra check` says)."""
        select = "SELECT f.name, f.data FROM meeting m JOIN file f ON f.id = m.file_id "
        if key == "latest":
            row = self.conn.execute(select + "ORDER BY m.date DESC, m.key DESC LIMIT 1").fetchone()
        else:
            row = self.conn.execute(select + "WHERE m.key = ?", (key,)).fetchone()
            if row is None and len(key) == 10 and MEETING_KEY.match(key):  # a plain date
                row = self.conn.execute(select + "WHERE m.date = ? ORDER BY m.key LIMIT 1", (key,)).fetchone()
        return None if row is None else self._meeting(row[0], row[1])

    def _meeting(self, name: str, data: str) -> Meeting:
        meeting = meeting_from_data(loads(data))
        meeting.path = self.path_of(name)
        self.stats.made += 1
        return meeting

    def meetings(self, newest_first: bool = False, since: date | None = None,
                 until: date | None = None) -> Iterator[Meeting]:
        """Every meeting that was read (held from since to until, when given), by date (oldest first unless
        newest_first), one at a time."""
        order = "DESC" if newest_first else "ASC"
        bounds = ("0" if since is None else since.isoformat(), "9" if until is None else until.isoformat())
        for name, data in self.conn.execute("SELECT f.name, f.data FROM meeting m JOIN file f ON f.id = m.file_id "
                                            f"WHERE m.date >= ? AND m.date <= ? ORDER BY m.date {order}, m.key {order}",
                                            bounds):
            yield self._meeting(name, data)

    def findings(self, check: bool = False, errors_only: bool = False) -> list[tuple[str, Finding]]:
        """Every finding from reading the files, by file name and order (with check, the BOM warnings too; with
        errors_only, only the errors)."""
        where = [*([] if check else ["x.check_only = 0"]), *(["x.severity = 'error'"] if errors_only else [])]
        query = ("SELECT f.name, x.severity, x.message, x.line, x.col FROM finding x JOIN file f ON f.id = x.file_id "
                 + (f"WHERE {' AND '.join(where)} " if where else "") + "ORDER BY f.name, x.ord")
        return [(name, Finding(self.path_of(name), message, line, col, severity))
                for name, severity, message, line, col in self.conn.execute(query)]

    def broken(self) -> list[Finding]:
        """The files that could not be used (broken_and_warnings without the warnings, which are not made)."""
        return self.broken_and_warnings(warnings=False)[0]

    def broken_and_warnings(self, warnings: bool = True) -> tuple[list[Finding], list[Finding]]:
        """The files that could not be used (the first error of each meeting file) and every warning (none made
        when warnings is False)."""
        unread = {name for (name,) in self.conn.execute(UNREAD)}
        broken: list[Finding] = []
        warned: list[Finding] = []
        first_error: set[str] = set()
        for name, f in self.findings(errors_only=not warnings):
            if f.severity != "error":
                warned.append(f)
            elif name not in unread:
                broken.append(f)  # council.toml or people.toml: each error counts
            elif name not in first_error:
                first_error.add(name)
                broken.append(f)
        for name in sorted(unread - first_error):
            broken.append(Finding(self.path_of(name), "mötet kunde inte läsas"))
        return broken, warned

    def store(self) -> Store:
        """The whole store as model objects (for what needs every meeting at once: import, a command run without
        the index's questions)."""
        broken, warnings = self.broken_and_warnings()
        meetings = [self._meeting(name, data) for name, data in self.conn.execute(
            "SELECT name, data FROM file WHERE data IS NOT NULL AND name LIKE ? ORDER BY name",
            (f"{MEETINGS_DIR}/%",))]
        return Store(root=self.root, council=self.council, people=self.people, meetings=meetings,
                     broken=broken, warnings=warnings)

    # Full-text search --------------------------------------------------------------------------

    def ensure_searchable(self) -> None:
        """Fill the full-text table the first time a search needs it; later changes keep it up to date."""
        if self._meta("fts") == "1":
            return
        with self.writing, self.conn:
            self.conn.execute("BEGIN IMMEDIATE")
            if self._meta("fts") == "1":
                return
            rows = Rows()
            for n, (file_id, data) in enumerate(self.conn.execute(
                    "SELECT m.file_id, f.data FROM meeting m JOIN file f ON f.id = m.file_id").fetchall()):
                rows.texts(file_id, meeting_from_data(loads(data)))
                if n % BATCH == 0:
                    rows.write(self.conn)
            rows.write(self.conn)
            self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('fts', '1')")

    # Changes ----------------------------------------------------------------------------------

    def generation(self) -> int:
        """A number that changes whenever any file's rows change."""
        return int(self._meta("generation") or 0)


def sha256(data: bytes) -> Any:
    """hashlib.sha256(data), from Python's own implementation when it has one: importing hashlib loads OpenSSL, which
    costs a command more than the digest of a path or a few names does."""
    for module in ("_sha2", "_sha256"):  # Python 3.12 and later, 3.11
        try:
            return importlib.import_module(module).sha256(data)
        except (ImportError, AttributeError):
            continue
    import hashlib

    return hashlib.sha256(data)


def _digest(path: Path) -> str | None:
    """A digest of the file's bytes; None when it cannot be read as a file (then it is read, and reported, anew)."""
    from hashlib import blake2b  # only for a file whose stat changed

    from brå_tui.store.parse import Unreadable, read_bytes

    try:
        return blake2b(read_bytes(path), digest_size=16).hexdigest()
    except Unreadable:
        return None


def _settled(key: str, started_ns: int) -> bool:
    """Whether a file's stat is old enough to trust that an unchanged stat means unchanged content."""
    parts = key.split()
    if len(parts) != 5:
        return True  # missing or unreadable: looked at again each time anyway by its stat
    return max(int(parts[3]), int(parts[4])) < started_ns - RACY_NS


def held_by_another(err: sqlite3.DatabaseError) -> bool:
    """Whether err says another run of bra holds the index (locked or busy), not that it is damaged."""
    return isinstance(err, sqlite3.OperationalError) and ("locked" in str(err) or "busy" in str(err))


def discard_index(root: Path) -> bool:
    """Remove the index of the store at root, as when it was found damaged; False when that cannot be done."""
    return _discard(index_file(root))


def _discard(path: Path) -> bool:
    """Remove an index file that is not to be used (and its journal); False when that cannot be done."""
    try:
        for suffix in ("", "-wal", "-shm", "-journal"):
            try:
                os.unlink(f"{path}{suffix}")
            except FileNotFoundError:
                pass
    except OSError:
        return False
    return True


def _connect(path: Path, root: Path, stats: IndexStats) -> sqlite3.Connection:
    """The index file at path, made when missing; _Untrusted or a database error when it is not usable."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    existed = path.exists()
    if existed:
        if not _trusted(path):  # only an index this user wrote and nobody else can change is believed
            raise _Untrusted(str(path))
    else:
        # Made private before SQLite opens it (its journal files take the same mode); the process's umask is
        # left alone, since other threads may be writing the store's files meanwhile.
        with contextlib.suppress(FileExistsError):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600))
    conn = sqlite3.connect(path, timeout=30, check_same_thread=False, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        version = _version(root)
        if existed:
            row = conn.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
            if row is not None and row[0] == version:
                return conn
            raise _Untrusted("another version")
        _create(conn, root)
        return conn
    except BaseException:
        conn.close()
        raise


def _trusted(path: Path) -> bool:
    """Whether the index file at path is one to believe: a plain file this user owns and nobody else may change."""
    st = os.lstat(path)
    return st.st_uid == os.getuid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH) and stat.S_ISREG(st.st_mode)


def _copied_to_memory(path: Path, root: Path) -> sqlite3.Connection | None:
    """The index file at path copied into memory, for a run that may not write it (a read-only cache folder or
    home, a file that cannot be changed): only the files changed since are read again. None when there is no
    such file or it is not one to believe (another user's, another version, damaged)."""
    # Without its write-ahead log, a file nobody writes is read as it is (immutable: no lock or shared memory
    # file is needed beside it, which a read-only folder could not hold).
    mode = "ro" if os.path.exists(f"{path}-wal") else "ro&immutable=1"
    try:
        if not _trusted(path):
            return None
        source = sqlite3.connect(f"{path.as_uri()}?mode={mode}", uri=True)
        try:
            row = source.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
            if row is None or row[0] != _version(root):
                return None
            copy = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
            source.backup(copy)
            return copy
        finally:
            source.close()
    except (sqlite3.DatabaseError, OSError):
        return None


def _create(conn: sqlite3.Connection, root: Path) -> None:
    """Make the tables of an empty index (unless another bra has just made them)."""
    with conn:
        conn.execute("BEGIN IMMEDIATE")
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone() is not None:
            return
        for statement in SCHEMA.split(";\n"):
            if statement.strip():
                conn.execute(statement)
        conn.execute("INSERT INTO meta VALUES ('version', ?)", (_version(root),))
