"""Every save in a store kept in git is one commit of that file, by the right author, with a Swedish message."""

from __future__ import annotations

import datetime as dt
import getpass
import socket
import threading
from pathlib import Path

from brå_tui.model import Meeting
from brå_tui.store.gitstore import changed_sections, commit_message, record_save
from brå_tui.store.read import read_meeting
from brå_tui.store.save import save_meeting
from brå_tui.store.serialize import meeting_table
from tests.conftest import SEED_STORE

from .gitrepos import commits, edit, git


def _move(meeting: Meeting) -> None:
    meeting.place = "Kommunhuset, sal 2"
    meeting.followups[0].status = "Klart till nästa möte"


def test_save_makes_exactly_one_commit_of_that_file(git_store: Path) -> None:
    before = commits(git_store)
    (git_store / "council.toml").write_text("format = 1\n# ändrad för hand\n", encoding="utf-8")
    git(git_store, "add", "council.toml")

    edit(git_store, "2024-11-15", _move)

    assert commits(git_store) == before + 1
    assert git(git_store, "show", "--name-only", "--format=", "HEAD").split() == ["meetings/2024-11-15.toml"]
    assert git(git_store, "log", "-1", "--format=%an <%ae>|%s") == (
        "Cornelia Gustafsson <cornelia@avesta.example>|Uppdatera 2024-11-15: plats, uppföljning\n")
    assert "council.toml" in git(git_store, "diff", "--cached", "--name-only")


def test_author_falls_back_to_login_at_host(git_store: Path) -> None:
    git(git_store, "config", "--unset", "user.name")
    git(git_store, "config", "--unset", "user.email")
    edit(git_store, "2024-02-09", lambda m: setattr(m, "place", "Biblioteket"))
    login = getpass.getuser()
    assert git(git_store, "log", "-1", "--format=%an <%ae>").strip() == f"{login} <{login}@{socket.gethostname()}>"


def test_unchanged_save_makes_no_commit(git_store: Path) -> None:
    before = commits(git_store)
    path = git_store / "meetings" / "2024-11-15.toml"
    meeting, _ = read_meeting(path)
    assert meeting is not None
    assert save_meeting(meeting, path) is False
    assert commits(git_store) == before


def test_new_and_imported_meetings_have_their_own_messages(git_store: Path) -> None:
    meeting, _ = read_meeting(git_store / "meetings" / "2024-11-15.toml")
    assert meeting is not None
    meeting.date = dt.date(2025, 2, 14)
    assert save_meeting(meeting, git_store / "meetings" / "2025-02-14.toml")
    assert git(git_store, "log", "-1", "--format=%s").strip() == "Nytt möte 2025-02-14"
    meeting.date = dt.date(2023, 5, 1)
    assert save_meeting(meeting, git_store / "meetings" / "2023-05-01.toml", kind="import")
    assert git(git_store, "log", "-1", "--format=%s").strip() == "Importera 2023-05-01"
    assert git(git_store, "status", "--porcelain").strip() == ""


def test_sections_are_named_as_the_notes_name_them() -> None:
    meeting, _ = read_meeting(SEED_STORE / "meetings" / "2024-11-15.toml")
    assert meeting is not None
    old = meeting_table(meeting)
    meeting.start = dt.time(10, 0)
    meeting.attendees.pop()
    meeting.items[0].notes += "\nTillägg."
    meeting.schedule.clear()
    meeting.other.clear()
    new = meeting_table(meeting)
    assert changed_sections(old, new) == ["tid", "närvarande", "ärenden", "tidplan", "övriga frågor"]
    assert commit_message("2024-11-15", old, new).startswith("Uppdatera 2024-11-15: tid, närvarande")
    assert commit_message("2024-11-15", old, old) == "Uppdatera 2024-11-15"


def test_a_store_outside_git_saves_as_before(seed_store: Path) -> None:
    edit(seed_store, "2024-11-15", _move)
    assert not (seed_store / ".git").exists()
    assert record_save(seed_store / "meetings" / "2024-11-15.toml", None, {}) is None
    meeting, _ = read_meeting(seed_store / "meetings" / "2024-11-15.toml")
    assert meeting is not None and meeting.place == "Kommunhuset, sal 2"


def test_a_save_waits_for_another_git_command_to_finish(git_store: Path) -> None:
    lock = git_store / ".git" / "index.lock"
    lock.write_text("", encoding="utf-8")
    before = commits(git_store)

    def release() -> None:
        lock.unlink()

    timer = threading.Timer(0.3, release)
    timer.start()
    try:
        document = edit(git_store, "2024-11-15", _move)
    finally:
        timer.join()
    assert document.history_note is None
    assert commits(git_store) == before + 1


def test_a_lock_that_stays_is_a_note_not_a_crash(git_store: Path) -> None:
    (git_store / ".git" / "index.lock").write_text("", encoding="utf-8")
    document = edit(git_store, "2024-11-15", _move)
    assert document.history_note is not None and "index.lock" in document.history_note
    assert 'place = "Kommunhuset, sal 2"' in (git_store / "meetings" / "2024-11-15.toml").read_text(encoding="utf-8")
