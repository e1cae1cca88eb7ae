"""The per-user cache of parsed files: used when nothing changed, never a source of wrong answers."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from brå_tui.model import Store
from brå_tui.store import cache
from brå_tui.store.cache import RACY_NS, CacheStats, cache_file, load_cached
from brå_tui.store.load import load

SEED = Path(__file__).resolve().parent.parent / "store"
COPIES = 13


@pytest.fixture(scope="module")
def aged_stores(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Path]]:
    """Copies of the seed store whose files are old enough for the cache to trust (one wait for all)."""
    base = tmp_path_factory.mktemp("stores")
    stores = []
    for n in range(COPIES):
        target = base / f"store{n}"
        shutil.copytree(SEED, target)
        stores.append(target)
    time.sleep(RACY_NS / 1e9 + 0.2)
    yield stores


@pytest.fixture
def store(aged_stores: list[Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """One aged store of its own, with a cache folder of its own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return aged_stores.pop()


def _cached(root: Path) -> tuple[Store, CacheStats]:
    return load_cached(root)


def _meeting(root: Path) -> Path:
    return root / "meetings" / "2024-11-15.toml"


def test_second_load_takes_every_file_from_the_cache(store: Path) -> None:
    first, stats = _cached(store)
    assert stats.misses == 4 and stats.hits == 0 and stats.written
    assert cache_file(store).is_file()
    second, stats = _cached(store)
    assert stats.hits == 4 and stats.misses == 0 and not stats.written
    assert second.meetings == first.meetings
    assert second.council == first.council and second.people == first.people
    assert [m.path for m in second.meetings] == [m.path for m in first.meetings]
    assert second.meetings == load(store, use_cache=False).meetings


def test_rewrite_in_place_with_same_size_and_mtime_gives_the_new_answer(store: Path) -> None:
    path = _meeting(store)
    _cached(store)
    before = os.stat(path)
    text = path.read_text(encoding="utf-8")
    changed = text.replace('place = "Visenten, Stadshuset"', 'place = "Visenten, Rådhuset!"')
    assert len(changed.encode()) == len(text.encode()) and changed != text
    with open(path, "r+b") as handle:
        handle.write(changed.encode())
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = os.stat(path)
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (before.st_size, before.st_mtime_ns, before.st_ino)
    fresh, stats = _cached(store)
    assert stats.misses == 1
    assert fresh.meeting("2024-11-15").place == "Visenten, Rådhuset!"


def test_replaced_file_with_same_size_and_mtime_gives_the_new_answer(store: Path) -> None:
    path = _meeting(store)
    _cached(store)
    before = os.stat(path)
    text = path.read_text(encoding="utf-8").replace("start = 09:00:00", "start = 08:00:00", 1)
    other = path.with_name("replacement.tmp")
    other.write_text(text, encoding="utf-8")
    os.utime(other, ns=(before.st_atime_ns, before.st_mtime_ns))
    os.replace(other, path)
    fresh, _ = _cached(store)
    assert fresh.meeting("2024-11-15").start.hour == 8


def test_deleted_file_disappears_and_new_file_appears(store: Path) -> None:
    _cached(store)
    _meeting(store).unlink()
    added = store / "meetings" / "2025-02-14.toml"
    added.write_text('format = 1\ndate = 2025-02-14\nplace = "Krylbo"\n', encoding="utf-8")
    fresh, stats = _cached(store)
    assert fresh.meeting("2024-11-15") is None
    assert fresh.meeting("2025-02-14").place == "Krylbo"
    assert stats.misses == 1
    again, _ = _cached(store)
    assert sorted(m.key for m in again.meetings) == ["2024-02-09", "2025-02-14"]


def test_broken_file_stays_broken_and_a_fix_is_seen(store: Path) -> None:
    path = _meeting(store)
    good = path.read_bytes()
    path.write_bytes(good.replace(b"date = 2024-11-15", b"date = 2024-11-1", 1))
    first, _ = _cached(store)
    assert first.meeting("2024-11-15") is None and [f.path for f in first.broken] == [path]
    path.write_bytes(good)
    fixed, _ = _cached(store)
    assert fixed.meeting("2024-11-15") is not None and not fixed.broken


def test_corrupt_cache_is_ignored_and_written_anew(store: Path) -> None:
    expected, _ = _cached(store)
    cache_file(store).write_bytes(b"\x80\x05not a pickle at all")
    store_read, stats = _cached(store)
    assert store_read.meetings == expected.meetings
    assert stats.misses == 4 and stats.written
    _, stats = _cached(store)
    assert stats.hits == 4


def test_truncated_cache_is_ignored(store: Path) -> None:
    expected, _ = _cached(store)
    data = cache_file(store).read_bytes()
    cache_file(store).write_bytes(data[: len(data) // 2])
    store_read, stats = _cached(store)
    assert store_read.meetings == expected.meetings and stats.misses == 4


def test_cache_writable_by_others_is_not_trusted(store: Path) -> None:
    _cached(store)
    os.chmod(cache_file(store), 0o666)
    _, stats = _cached(store)
    assert stats.hits == 0 and stats.written
    assert os.stat(cache_file(store)).st_mode & 0o022 == 0


def test_unwritable_cache_folder_falls_back_silently(store: Path, monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    first, stats = _cached(store)
    assert not stats.written and stats.misses == 4
    assert load(store).meetings == first.meetings == load(store, use_cache=False).meetings


def test_recently_changed_file_is_read_every_time(store: Path) -> None:
    _cached(store)
    path = _meeting(store)
    path.write_bytes(path.read_bytes().replace(b'"Visenten, Stadshuset"', b'"Visenten"', 1))
    _, stats = _cached(store)
    assert stats.misses == 1
    fresh, stats = _cached(store)
    assert stats.misses == 1 and fresh.meeting("2024-11-15").place == "Visenten"


def test_a_file_read_anew_is_not_overwritten_by_its_old_chunk(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "CHUNK", 1)
    _cached(store)
    names = ["council.toml", "people.toml", "meetings/2024-02-09.toml", "meetings/2024-11-15.toml"]
    keys = {n: cache.stat_key(os.stat(store / n)) for n in names}
    opened = cache.StoreCache.open(store)
    assert opened.chunks == 4
    changed = (*keys[names[3]][:3], 1, 1)
    opened.put(names[3], changed, "read anew", time.time_ns())
    assert opened.get(names[2], keys[names[2]])[0]
    assert opened.save()
    again = cache.StoreCache.open(store)
    assert again.get(names[3], changed) == (True, "read anew")
    assert again.get(names[0], keys[names[0]])[0] and again.get(names[1], keys[names[1]])[0]


def test_meetings_come_from_the_cache_chunk_by_chunk(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "CHUNK", 1)
    first, _ = _cached(store)
    opened = cache.StoreCache.open(store)
    assert opened.get("council.toml", cache.stat_key(os.stat(store / "council.toml")))[0]
    assert opened.loaded == 1
    second, stats = _cached(store)
    assert stats.hits == 4 and second.meetings == first.meetings


def test_many_files_read_on_two_cores_give_the_same_store(tmp_path: Path) -> None:
    root = tmp_path / "store"
    shutil.copytree(SEED, root)
    text = (SEED / "meetings" / "2024-11-15.toml").read_text(encoding="utf-8")
    for day in range(1, 81):
        date = f"2023-{1 + day // 28:02d}-{1 + day % 28:02d}"
        (root / "meetings" / f"{date}.toml").write_text(text.replace("date = 2024-11-15", f"date = {date}"),
                                                        encoding="utf-8")
    (root / "meetings" / "2023-12-24.toml").write_text("format = 1\ndate = 2023-12-24\nplace = [\n", encoding="utf-8")
    script = ("import sys, json; from pathlib import Path; from brå_tui.store import cache\n"
              "store, stats = cache.load_cached(Path(sys.argv[1]))\n"
              "print(json.dumps([stats.misses, [str(m.path) for m in store.meetings],"
              " [m.place for m in store.meetings], [str(f) for f in store.broken]]))")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    out = subprocess.run([sys.executable, "-c", script, str(root)], capture_output=True, text=True, env=env, check=True)
    misses, paths, places, broken = json.loads(out.stdout)
    expected = load(root, use_cache=False)
    assert misses == len(list((root / "meetings").iterdir())) + 2
    assert paths == [str(m.path) for m in expected.meetings] and len(paths) == 82
    assert places == [m.place for m in expected.meetings]
    assert broken == [str(f) for f in expected.broken] and len(broken) == 1


def test_cached_empty_lists_and_attendees_are_shared_and_copies_are_free_to_change(store: Path) -> None:
    import copy

    from brå_tui.model import NO_ITEMS

    first, _ = _cached(store)
    second, stats = _cached(store)
    assert stats.hits == 4
    meeting = second.meeting("2024-11-15")
    krylbo = meeting.other[0]
    assert krylbo.decisions == [] and krylbo.decisions is NO_ITEMS
    with pytest.raises(TypeError):
        krylbo.decisions.append("a decision")
    older = second.meeting("2024-02-09")
    shared = [a for a in meeting.attendees if any(a is b for b in older.attendees)]
    assert shared and all(a == b for a in shared for b in older.attendees if a is b)
    assert [a for a in meeting.attendees if a in older.attendees] == shared
    work = copy.deepcopy(meeting)
    work.other[0].decisions.append("a decision")
    assert second.meeting("2024-11-15").other[0].decisions == [] and first.meetings == second.meetings
