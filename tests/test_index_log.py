"""The action log kept in the index: after any one file changes, the answers are those of a fresh build,
and only the entries the change concerns are worked out anew."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from bench.generate import write_store
from brå_tui.questions import indexed
from brå_tui.questions.actionlog import LogEntry, build_log
from brå_tui.questions.people import Directory
from brå_tui.store import queries
from brå_tui.store.index import Index, discard_index
from brå_tui.store.load import load
from tests.conftest import SEED_STORE

TODAY = dt.date(2025, 3, 1)


@pytest.fixture(scope="module", params=["seed", "generated"])
def original(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("log-original")
    if request.param == "seed":
        shutil.copytree(SEED_STORE, folder / "store")
    else:
        write_store(folder / "store", 60)
    return folder / "store"


def _answers(entries: list[LogEntry]) -> list[tuple[object, ...]]:
    return [(e.id, e.title, e.status, e.owners, e.state, e.areas, e.first, e.last, e.first_key, e.last_key,
             e.open_meetings, e.dropped, e.stalled, e.due, e.overdue,
             [(h.meeting_key, h.date, h.followup) for h in e.history]) for e in entries]


def _meetings(root: Path) -> list[Path]:
    return sorted((root / "meetings").glob("*.toml"))


def _middle(root: Path) -> Path:
    files = [path for path in _meetings(root) if "[[followup]]" in path.read_text(encoding="utf-8")]
    return files[len(files) // 2] if len(files) > 2 else files[0]


def _date_of(path: Path) -> dt.date:
    found = re.search(r"^date = (\d{4}-\d\d-\d\d)", path.read_text(encoding="utf-8"), re.M)
    assert found
    return dt.date.fromisoformat(found.group(1))


def _replace_first(path: Path, pattern: str, replacement: str) -> None:
    text = path.read_text(encoding="utf-8")
    changed = re.sub(pattern, replacement, text, count=1, flags=re.M)
    assert changed != text
    path.write_text(changed, encoding="utf-8")


def _new_status(root: Path) -> None:
    _replace_first(_middle(root), r'^status = ".*"$', 'status = "Ny status efter samtal med polisen"')


def _comes_back(root: Path) -> None:
    _replace_first(_middle(root), r'^status = ".*"$', 'status = "Återkommer på nästa möte"')


def _closed_in_newest(root: Path) -> None:
    _replace_first(_meetings(root)[-1], r'^state = "open"$', 'state = "done"')


def _new_latest_carrying_all(root: Path) -> None:
    newest = _meetings(root)[-1]
    later = _date_of(newest) + dt.timedelta(days=30)
    text = re.sub(r"^date = .*$", f"date = {later.isoformat()}", newest.read_text(encoding="utf-8"), count=1,
                  flags=re.M)
    (root / "meetings" / f"{later.isoformat()}.toml").write_text(text, encoding="utf-8")


def _new_latest_empty(root: Path) -> None:
    later = _date_of(_meetings(root)[-1]) + dt.timedelta(days=30)
    (root / "meetings" / f"{later.isoformat()}.toml").write_text(f"format = 1\ndate = {later}\n", encoding="utf-8")


def _inserted_between(root: Path) -> None:
    files = _meetings(root)
    before = files[len(files) // 2 - 1]
    day = _date_of(before) + dt.timedelta(days=1)
    assert day < _date_of(files[len(files) // 2])
    (root / "meetings" / f"{day.isoformat()}.toml").write_text(f"format = 1\ndate = {day}\n", encoding="utf-8")


def _removed_middle(root: Path) -> None:
    _middle(root).unlink()


def _moved_to_the_end(root: Path) -> None:
    middle = _middle(root)
    later = _date_of(_meetings(root)[-1]) + dt.timedelta(days=10)
    _replace_first(middle, r"^date = .*$", f"date = {later.isoformat()}")


def _scheduled_earlier(root: Path) -> None:
    for path in _meetings(root)[:-1]:
        day = _date_of(path) + dt.timedelta(days=1)
        with path.open("a", encoding="utf-8") as out:
            out.write(f"\n[[schedule]]\ndate = {day.isoformat()}\n")
        return


def _broken(root: Path) -> None:
    with _middle(root).open("a", encoding="utf-8") as out:
        out.write("\n[[followup]\nid = \n")


def _people_changed(root: Path) -> None:
    with (root / "people.toml").open("a", encoding="utf-8") as out:
        out.write('\n[[person]]\nname = "Ny Person"\n')


def _attendee_in_newest(root: Path) -> None:
    """Someone never met before attends the newest meeting (and so the directory changes)."""
    with _meetings(root)[-1].open("a", encoding="utf-8") as out:
        out.write('\n[[attendee]]\nname = "Tilda Gästsson"\ntitle = "gäst"\norg = "Länsstyrelsen"\n')


def _newest_removed(root: Path) -> None:
    """The names of the newest meeting are now as written at the one before."""
    _meetings(root)[-1].unlink()


CHANGES: dict[str, Callable[[Path], None]] = {
    "new status": _new_status, "comes back next meeting": _comes_back, "closed in the newest": _closed_in_newest,
    "new latest carrying all": _new_latest_carrying_all, "new latest, empty": _new_latest_empty,
    "inserted between": _inserted_between, "removed": _removed_middle, "moved to the end": _moved_to_the_end,
    "scheduled earlier": _scheduled_earlier, "broken": _broken, "people": _people_changed,
    "attendee in the newest": _attendee_in_newest, "newest removed": _newest_removed,
}


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_one_changed_file_answers_as_a_fresh_build(original: Path, tmp_path: Path, change: str) -> None:
    root = tmp_path / "store"
    shutil.copytree(original, root)
    with Index.open(root) as index:
        before = indexed.log_entries(index, history=True, today=TODAY)
        assert _answers(before) == _answers(build_log(load(root, use_index=False), TODAY))
        assert queries.log_touched(index) == set()  # kept, nothing left to work out
    CHANGES[change](root)
    store = load(root, use_index=False)
    log = build_log(store, TODAY)
    expected = _answers(log)
    with Index.open(root) as index:
        assert indexed.directory(index).people == Directory.from_store(store).people
        touched = queries.log_touched(index)
        assert touched is not None
        if len(before) > 20:
            assert len(touched) < len(before) // 2, "one file should not make the whole log be worked out anew"
        assert _answers(indexed.log_entries(index, history=True, today=TODAY)) == expected
        without_history = indexed.log_entries(index, today=TODAY)
        assert _answers(without_history) == [(*a[:-1], []) for a in expected]
        assert queries.log_touched(index) == set()
        assert _answers(indexed.log_entries(index, history=True, today=TODAY, open_only=True)) == \
            _answers([e for e in log if e.is_open])
        owner = next((o for e in log for o in e.owners), "")
        assert _answers(indexed.log_entries(index, today=TODAY, owned_by=lambda written: written == owner)) == \
            [(*a[:-1], []) for a in _answers([e for e in log if owner in e.owners])]
    discard_index(root)
    with Index.open(root) as index:  # a fresh build gives the same
        assert _answers(indexed.log_entries(index, history=True, today=TODAY)) == expected


def test_several_changes_in_a_row(original: Path, tmp_path: Path) -> None:
    root = tmp_path / "store"
    shutil.copytree(original, root)
    for change in ("inserted between", "new status", "new latest, empty", "removed", "scheduled earlier",
                   "comes back next meeting", "moved to the end", "attendee in the newest", "newest removed"):
        with Index.open(root) as index:
            indexed.log_entries(index, today=TODAY)
        CHANGES[change](root)
        store = load(root, use_index=False)
        with Index.open(root) as index:
            assert _answers(indexed.log_entries(index, history=True, today=TODAY)) == \
                _answers(build_log(store, TODAY)), change
            assert indexed.directory(index).people == Directory.from_store(store).people, change


def test_a_log_that_cannot_be_kept_is_still_answered(original: Path, tmp_path: Path) -> None:
    """An index that cannot be written just now answers from every follow-up, and keeps nothing half done."""
    root = tmp_path / "store"
    shutil.copytree(original, root)
    with Index.open(root) as index:
        indexed.log_entries(index, today=TODAY)
    _new_status(root)
    with Index.open(root) as index, Index.open(root) as other:
        other.conn.execute("BEGIN IMMEDIATE")  # another bra writing
        index.conn.execute("PRAGMA busy_timeout = 0")
        assert _answers(indexed.log_entries(index, history=True, today=TODAY)) == \
            _answers(build_log(load(root, use_index=False), TODAY))
        other.conn.execute("ROLLBACK")
        assert queries.log_touched(index)
        assert _answers(indexed.log_entries(index, history=True, today=TODAY)) == \
            _answers(build_log(load(root, use_index=False), TODAY))
