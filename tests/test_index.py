"""The derived index of parsed files: used when nothing changed, never a source of wrong answers."""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from brå_tui.store.index import RACY_NS, Index, index_file
from brå_tui.store.load import load
from tests.conftest import SEED_STORE


@pytest.fixture(scope="module")
def aged_stores(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Path]]:
    """A copy of the seed store for each test here that asks for one, its files old enough for the index to trust
    (one wait for all)."""
    base = tmp_path_factory.mktemp("stores")
    wanted = sum(1 for item in request.session.items
                 if item.module is request.module and "store" in getattr(item, "fixturenames", ()))
    stores = []
    for n in range(wanted):
        target = base / f"store{n}"
        shutil.copytree(SEED_STORE, target)
        stores.append(target)
    time.sleep(RACY_NS / 1e9 + 0.2)
    yield stores


@pytest.fixture
def store(aged_stores: list[Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """One aged store of its own, with a cache folder of its own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return aged_stores.pop()


def _opened(root: Path) -> Index:
    index = Index.open(root)
    index.close()
    return index


def _meeting(root: Path) -> Path:
    return root / "meetings" / "2024-11-15.toml"


def test_second_open_reads_no_file_and_gives_the_same_store(store: Path) -> None:
    first = _opened(store).stats
    assert (first.read, first.kept, first.in_memory) == (4, 0, False)
    assert index_file(store).is_file()
    assert os.stat(index_file(store)).st_mode & 0o077 == 0
    second = _opened(store).stats
    assert (second.read, second.kept) == (0, 4)
    direct = load(store, use_index=False)
    indexed = load(store)
    assert indexed.meetings == direct.meetings
    assert [m.path for m in indexed.meetings] == [m.path for m in direct.meetings]
    assert (indexed.council, indexed.people, indexed.broken, indexed.warnings) == \
        (direct.council, direct.people, direct.broken, direct.warnings)


def test_rewrite_in_place_with_same_size_and_mtime_gives_the_new_answer(store: Path) -> None:
    path = _meeting(store)
    _opened(store)
    before = os.stat(path)
    text = path.read_text(encoding="utf-8")
    changed = text.replace('place = "Visenten, Stadshuset"', 'place = "Visenten, Rådhuset!"')
    assert len(changed.encode()) == len(text.encode()) and changed != text
    with open(path, "r+b") as handle:
        handle.write(changed.encode())
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = os.stat(path)
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (before.st_size, before.st_mtime_ns, before.st_ino)
    with Index.open(store) as index:
        assert index.stats.read == 1
        meeting = index.meeting("2024-11-15")
        assert meeting is not None and meeting.place == "Visenten, Rådhuset!"


def test_replaced_file_with_same_size_and_mtime_gives_the_new_answer(store: Path) -> None:
    path = _meeting(store)
    _opened(store)
    before = os.stat(path)
    text = path.read_text(encoding="utf-8").replace("start = 09:00:00", "start = 08:00:00", 1)
    other = path.with_name("replacement.tmp")
    other.write_text(text, encoding="utf-8")
    os.utime(other, ns=(before.st_atime_ns, before.st_mtime_ns))
    os.replace(other, path)
    fresh = load(store).meeting("2024-11-15")
    assert fresh is not None and fresh.start is not None and fresh.start.hour == 8


def test_an_items_areas_follow_its_file(store: Path) -> None:
    from brå_tui.store.queries import items

    def titles(index: Index, area: str) -> list[str]:
        """The titles of the meeting's items linked to the area."""
        return [item.title for _, key, _, item in items(index, area=area) if key == "2024-11-15"]

    path = _meeting(store)
    with Index.open(store) as index:
        assert titles(index, "hot och VALD") == ["Lägesbild sociala risker"]
        assert titles(index, "ANDT") == []
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('title = "SSPF"\n', 'title = "SSPF"\nareas = ["ANDT", "andt"]\n', 1)
                    .replace('areas = ["Hot och våld", "Extremism', 'areas = ["Extremism', 1), encoding="utf-8")
    with Index.open(store) as index:
        assert index.stats.read == 1
        assert titles(index, "Hot och våld") == []
        assert titles(index, "Extremism och kriminella nätverk") == ["Lägesbild sociala risker"]
        assert titles(index, "Andt") == ["SSPF"]  # once, though written twice
    path.unlink()
    with Index.open(store) as index:  # a removed file leaves no area rows behind
        assert index.conn.execute("SELECT count(*) FROM item_area WHERE file_id NOT IN "
                                  "(SELECT file_id FROM item)").fetchone()[0] == 0
        assert index.conn.execute("SELECT count(*) FROM item_area").fetchone()[0] > 0


def test_deleted_file_disappears_and_new_file_appears(store: Path) -> None:
    _opened(store)
    _meeting(store).unlink()
    added = store / "meetings" / "2025-02-14.toml"
    added.write_text('format = 1\ndate = 2025-02-14\nplace = "Krylbo"\n', encoding="utf-8")
    with Index.open(store) as index:
        assert (index.stats.read, index.stats.removed) == (1, 1)
        assert index.meeting("2024-11-15") is None
        assert index.meeting("2025-02-14").place == "Krylbo"  # type: ignore[union-attr]
        assert index.meeting("latest").key == "2025-02-14"  # type: ignore[union-attr]
    assert sorted(m.key for m in load(store).meetings) == ["2024-02-09", "2025-02-14"]


def test_a_warm_open_looks_at_no_known_file_name_again(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only names the index has not seen are checked for a date; one file gone and another come in the same
    run (the count unchanged) is seen, and a name that is no date is still left alone."""
    import brå_tui.store.paths as paths

    _opened(store)
    looked_at: list[str] = []
    dated = paths.is_meeting_name
    monkeypatch.setattr(paths, "is_meeting_name", lambda name: looked_at.append(name) or dated(name))
    assert _opened(store).stats.read == 0
    assert looked_at == []
    _meeting(store).rename(store / "meetings" / "2025-02-14.toml")
    (store / "meetings" / "2025-02-30.toml").write_text("format = 1\n", encoding="utf-8")
    with Index.open(store) as index:
        assert (index.stats.read, index.stats.removed) == (1, 1)
        renamed = index.meeting("2024-11-15")  # the date in the file is still the meeting's
        assert renamed is not None and renamed.path is not None and renamed.path.name == "2025-02-14.toml"
        assert index.meeting("2025-02-14") is not None
    assert sorted(looked_at) == ["2025-02-14.toml", "2025-02-30.toml"]


def test_broken_file_stays_broken_and_a_fix_is_seen(store: Path) -> None:
    path = _meeting(store)
    good = path.read_bytes()
    path.write_bytes(good.replace(b"date = 2024-11-15", b"date = 2024-11-1", 1))
    first = load(store)
    assert first.meeting("2024-11-15") is None and [f.path for f in first.broken] == [path]
    assert load(store).broken == first.broken
    path.write_bytes(good)
    fixed = load(store)
    assert fixed.meeting("2024-11-15") is not None and not fixed.broken


@pytest.mark.parametrize("damage", ["garbage", "truncated", "zeroed-header"])
def test_corrupt_index_is_thrown_away_and_built_anew(store: Path, damage: str) -> None:
    expected = load(store)
    path = index_file(store)
    data = path.read_bytes()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    if damage == "garbage":
        path.write_bytes(b"\x80\x05not a database at all" * 100)
    elif damage == "truncated":
        path.write_bytes(data[: len(data) // 3])
    else:
        path.write_bytes(b"\0" * 100 + data[100:])
    with Index.open(store) as index:
        assert index.stats.rebuilt and not index.stats.in_memory and index.stats.read == 4
        assert index.store().meetings == expected.meetings
    assert _opened(store).stats.read == 0


def test_index_of_another_version_is_built_anew(store: Path) -> None:
    _opened(store)
    with sqlite3.connect(index_file(store)) as conn:
        conn.execute("UPDATE meta SET value = 'older' WHERE key = 'version'")
    conn.close()
    stats = _opened(store).stats
    assert stats.rebuilt and stats.read == 4
    assert _opened(store).stats.read == 0


def test_index_writable_by_others_is_not_trusted(store: Path) -> None:
    _opened(store)
    os.chmod(index_file(store), 0o666)
    stats = _opened(store).stats
    assert stats.rebuilt and stats.read == 4
    assert os.stat(index_file(store)).st_mode & 0o077 == 0


def test_deleted_index_loses_nothing(store: Path) -> None:
    expected = load(store)
    for path in index_file(store).parent.iterdir():
        path.unlink()
    assert load(store).meetings == expected.meetings


def test_unwritable_cache_folder_answers_from_memory(store: Path, monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    with Index.open(store) as index:
        assert index.stats.in_memory and index.stats.read == 4
        assert index.store().meetings == load(store, use_index=False).meetings


def test_recently_changed_file_is_looked_at_every_time(store: Path) -> None:
    """A file changed within the clock's resolution may change again without its stat changing: its bytes are
    compared every time until it is older; the same bytes keep their rows and the answers kept in the index."""
    _opened(store)
    path = _meeting(store)
    path.write_bytes(path.read_bytes().replace(b'"Visenten, Stadshuset"', '"Visenten, Rådhuset"'.encode(), 1))
    assert _opened(store).stats.read == 1
    with Index.open(store) as index:
        assert index.stats.read == 0  # looked at again, the same bytes: nothing read, nothing rewritten
        generation = index.generation()
    st = os.stat(path)
    # Changed again within the same clock tick: same size, same mtime.
    path.write_bytes(path.read_bytes().replace('"Visenten, Rådhuset"'.encode(), b'"Visenten, Kulturhus"', 1))
    assert os.stat(path).st_size == st.st_size
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    with Index.open(store) as index:
        assert index.stats.read == 1
        assert index.meeting("2024-11-15").place == "Visenten, Kulturhus"  # type: ignore[union-attr]
        assert index.generation() == generation + 1


def test_a_second_writer_waits_for_the_first(store: Path) -> None:
    """Two runs refreshing the same index at once: the second waits and then sees the first's rows."""
    _opened(store)
    path = _meeting(store)
    path.write_bytes(path.read_bytes().replace(b'"Visenten, Stadshuset"', b'"Sessionssalen"', 1))
    holder = sqlite3.connect(index_file(store), isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        threading.Timer(0.5, lambda: holder.execute("COMMIT")).start()
        with Index.open(store) as index:
            assert time.monotonic() - started >= 0.4
            assert not index.stats.in_memory
            assert index.meeting("2024-11-15").place == "Sessionssalen"  # type: ignore[union-attr]
    finally:
        holder.close()


def test_council_without_names_keeps_the_default_names(store: Path) -> None:
    """A council.toml without name and short_name reads (and is kept in the index) with the default names."""
    (store / "council.toml").write_text('format = 1\nmunicipality = "Avesta kommun"\n', encoding="utf-8")
    with Index.open(store) as index:
        assert (index.council.name, index.council.short_name) == ("Brottsförebyggande rådet", "Lokala Brå")


def test_the_index_and_its_journal_are_private_and_the_umask_is_left_alone(store: Path) -> None:
    """Other threads (the app's saves) may be writing the store's files while the index is opened: the
    process's umask must never change, and the index's files are still this user's alone."""
    import threading

    seen: set[int] = set()
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set():
            mask = os.umask(0o022)
            os.umask(mask)
            seen.add(mask)

    old = os.umask(0o022)
    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        with Index.open(store) as index:
            index.ensure_searchable()
            files = [p for p in index_file(store).parent.iterdir() if p.name.startswith(index_file(store).name)]
            assert len(files) >= 2  # the database and its write-ahead log
            for path in files:
                assert os.stat(path).st_mode & 0o077 == 0, path
    finally:
        stop.set()
        watcher.join()
        os.umask(old)
    assert seen == {0o022}
