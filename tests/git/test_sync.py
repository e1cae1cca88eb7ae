"""`bra sync` between two clones of one bare repository: clean when they differ, nothing lost when they clash."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from brå_tui.cli.main import main
from brå_tui.store.parse import MAX_FILE_BYTES
from brå_tui.store.read import read_meeting

from .gitrepos import commits, edit, git


def _sync(capsys: pytest.CaptureFixture[str], clone: Path, *extra: str) -> tuple[int, str, str]:
    status = main(["--store", str(clone), "sync", *extra])
    out, err = capsys.readouterr()
    return status, out, err


def _place(clone: Path, key: str) -> str:
    meeting, _ = read_meeting(clone / "meetings" / f"{key}.toml")
    assert meeting is not None
    return meeting.place


def test_edits_of_different_meetings_sync_cleanly(clones: tuple[Path, Path, Path],
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    bare, first, second = clones
    edit(first, "2024-11-15", lambda m: setattr(m, "place", "Sal A"))
    edit(second, "2024-02-09", lambda m: setattr(m, "place", "Sal B"))

    assert _sync(capsys, first)[0] == 0
    status, out, _ = _sync(capsys, second)
    assert status == 0 and "hämtade 1 ändring (2024-11-15)" in out and "skickade 1 ändring" in out
    status, out, _ = _sync(capsys, first)
    assert status == 0 and "2024-02-09" in out

    for clone in (first, second):
        assert _place(clone, "2024-11-15") == "Sal A"
        assert _place(clone, "2024-02-09") == "Sal B"
    assert git(first, "rev-parse", "HEAD") == git(second, "rev-parse", "HEAD") == git(bare, "rev-parse", "main")
    authors = git(bare, "log", "--format=%an|%s", "main").splitlines()
    assert "Anna A|Uppdatera 2024-11-15: plats" in authors
    assert "Bertil B|Uppdatera 2024-02-09: plats" in authors
    assert _sync(capsys, second)[1].startswith("Lagringen är redan i takt")


def test_same_meeting_edited_on_both_keeps_both_versions(clones: tuple[Path, Path, Path],
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    bare, first, second = clones
    edit(first, "2024-11-15", lambda m: setattr(m, "place", "Sal A"))
    assert _sync(capsys, first)[0] == 0
    edit(second, "2024-11-15", lambda m: setattr(m, "place", "Sal B"))
    ours = git(second, "rev-parse", "HEAD")

    status, _, err = _sync(capsys, second)

    assert status == 1
    assert "2024-11-15" in err and "bra sync --mine" in err and ".bra-konflikt/2024-11-15.deras.toml" in err
    assert "Traceback" not in err
    # The store stays at the last good state: our commit, no rebase under way, no conflict markers.
    assert git(second, "rev-parse", "HEAD") == ours
    assert git(second, "status", "--porcelain").strip() == ""
    assert "<<<<<<<" not in (second / "meetings" / "2024-11-15.toml").read_text(encoding="utf-8")
    assert _place(second, "2024-11-15") == "Sal B"
    # Their version is beside it, whole and readable, and outside the meetings the store reads.
    theirs, _ = read_meeting(second / ".bra-konflikt" / "2024-11-15.deras.toml")
    assert theirs is not None and theirs.place == "Sal A"
    assert git(bare, "rev-parse", "main") != ours

    # Resolving: our version wins for that meeting, theirs stays in the history.
    status, out, _ = _sync(capsys, second, "--mine")
    assert status == 0 and "skickade 1 ändring" in out
    assert _sync(capsys, first)[0] == 0
    assert _place(first, "2024-11-15") == "Sal B"
    log = git(first, "log", "--format=%an|%s", "--", "meetings/2024-11-15.toml").splitlines()
    assert log[:2] == ["Bertil B|Uppdatera 2024-11-15: plats", "Anna A|Uppdatera 2024-11-15: plats"]


def test_first_sync_into_an_empty_remote_pushes(git_store: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    bare = tmp_path / "empty.git"
    git(tmp_path, "init", "--quiet", "--bare", str(bare))
    git(git_store, "remote", "add", "origin", str(bare))
    status, out, _ = _sync(capsys, git_store)
    assert status == 0 and "skickade" in out
    assert git(bare, "rev-parse", "main") == git(git_store, "rev-parse", "HEAD")


def test_uncommitted_hand_edits_stop_the_sync_untouched(clones: tuple[Path, Path, Path],
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    _, first, _ = clones
    path = first / "meetings" / "2024-11-15.toml"
    path.write_text(path.read_text(encoding="utf-8") + "# för hand\n", encoding="utf-8")
    before = commits(first)
    status, _, err = _sync(capsys, first)
    assert status == 1 and "meetings/2024-11-15.toml" in err
    assert path.read_text(encoding="utf-8").endswith("# för hand\n")
    assert commits(first) == before


def test_sync_without_a_remote_or_outside_git_says_so(git_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = _sync(capsys, git_store)
    assert status == 1 and "remote add origin" in err
    shutil.rmtree(git_store / ".git")  # the same store, no longer in git
    status, _, err = _sync(capsys, git_store)
    assert status == 1 and "ligger inte i git" in err


def _insert_after(path: Path, anchor: str, line: str) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(anchor, anchor + line, 1), encoding="utf-8")


def test_a_clean_line_merge_that_breaks_toml_is_a_conflict(clones: tuple[Path, Path, Path],
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    _, first, second = clones
    rel = "meetings/2024-11-15.toml"
    _insert_after(first / rel, "format = 1\n", 'note = "från A"\n')
    git(first, "commit", "-q", "-am", "Anteckning A")
    assert _sync(capsys, first)[0] == 0
    _insert_after(second / rel, 'place = "Visenten, Stadshuset"\n', 'note = "från B"\n')
    git(second, "commit", "-q", "-am", "Anteckning B")
    ours = git(second, "rev-parse", "HEAD")

    status, _, err = _sync(capsys, second)

    assert status == 1 and "Mötet 2024-11-15" in err
    assert git(second, "rev-parse", "HEAD") == ours
    assert read_meeting(second / rel)[0] is not None
    assert 'note = "från A"' in (second / ".bra-konflikt" / "2024-11-15.deras.toml").read_text(encoding="utf-8")

    status, _, _ = _sync(capsys, second, "--mine")
    assert status == 0
    text = (second / rel).read_text(encoding="utf-8")
    assert 'note = "från B"' in text and 'note = "från A"' not in text
    assert git(second, "status", "--porcelain").strip() == ""


def test_theirs_takes_the_other_version_and_keeps_ours_in_history(clones: tuple[Path, Path, Path],
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    bare, first, second = clones
    edit(first, "2024-11-15", lambda m: setattr(m, "place", "Sal A"))
    assert _sync(capsys, first)[0] == 0
    edit(second, "2024-11-15", lambda m: setattr(m, "place", "Sal B"))
    assert _sync(capsys, second)[0] == 1

    status, _, _ = _sync(capsys, second, "--theirs")

    assert status == 0
    assert _place(second, "2024-11-15") == "Sal A"
    log = git(bare, "log", "--format=%an|%s", "main", "--", "meetings/2024-11-15.toml").splitlines()
    assert log[:3] == ["Bertil B|Välj den andra versionen av 2024-11-15 vid synkronisering",
                       "Bertil B|Uppdatera 2024-11-15: plats", "Anna A|Uppdatera 2024-11-15: plats"]
    assert main(["--store", str(first), "sync", "--mine", "--theirs"]) == 2


def test_a_conflict_never_writes_through_a_link_in_git_info(clones: tuple[Path, Path, Path], tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """.git/info/exclude made a link to someone's file by a group member: a conflicting sync replaces the link
    with a file of its own and leaves the file the link pointed at as it was."""
    _, first, second = clones
    victim = tmp_path / "bashrc"
    victim.write_text("echo hej\n", encoding="utf-8")
    exclude = second / ".git" / "info" / "exclude"
    exclude.parent.mkdir(parents=True, exist_ok=True)
    exclude.unlink(missing_ok=True)
    exclude.symlink_to(victim)
    edit(first, "2024-11-15", lambda m: setattr(m, "place", "Sal A"))
    assert _sync(capsys, first)[0] == 0
    edit(second, "2024-11-15", lambda m: setattr(m, "place", "Sal B"))

    status, _, err = _sync(capsys, second)

    assert status == 1 and ".bra-konflikt" in err
    assert victim.read_text(encoding="utf-8") == "echo hej\n"
    assert not exclude.is_symlink() and "/.bra-konflikt/" in exclude.read_text(encoding="utf-8").splitlines()


def test_a_conflict_leaves_an_exclude_it_cannot_read(clones: tuple[Path, Path, Path],
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """A .git/info/exclude that bra does not read (larger than any file bra reads) is never replaced: the
    conflict is kept aside all the same, the exclude stays as it was. (A FIFO or a folder there stops git
    itself, whoever runs it.)"""
    _, first, second = clones
    exclude = second / ".git" / "info" / "exclude"
    exclude.parent.mkdir(parents=True, exist_ok=True)
    exclude.write_bytes(b"#" * (MAX_FILE_BYTES + 1) + b"\n")
    before = exclude.stat()
    edit(first, "2024-11-15", lambda m: setattr(m, "place", "Sal A"))
    assert _sync(capsys, first)[0] == 0
    edit(second, "2024-11-15", lambda m: setattr(m, "place", "Sal B"))

    status, _, err = _sync(capsys, second)

    assert status == 1 and ".bra-konflikt" in err
    assert (second / ".bra-konflikt" / "2024-11-15.deras.toml").is_file()
    after = exclude.stat()
    assert (after.st_ino, after.st_mode, after.st_size) == (before.st_ino, before.st_mode, before.st_size)


def test_a_remote_owned_by_someone_else_is_explained(clones: tuple[Path, Path, Path],
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """A shared remote on this machine owned by another user, not marked safe: git refuses it, and bra says so in
    one Swedish sentence naming that remote's folder and what the administrator can do."""
    bare, first, _ = clones
    for path in [bare, *bare.rglob("*")]:
        os.lchown(path, 65534, 65534)
    edit(first, "2024-11-15", lambda m: setattr(m, "place", "Sal A"))

    status, _, err = _sync(capsys, first)

    assert status == 1
    assert f"Kunde inte hämta från origin: git vägrar arbeta i {bare}" in err
    assert f"safe.directory {bare}'" in err and "dubious" not in err
