"""Saves are atomic, keep permissions and group, and never silently overwrite someone else's save."""

from __future__ import annotations

import copy
import grp
import os
import random
import signal
import stat
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

from brå_tui.model import Decision, FollowUp, Item, Meeting
from brå_tui.store.atomic import atomic_write
from brå_tui.store.paths import meeting_files
from brå_tui.store.read import read_meeting
from brå_tui.store.save import ConflictError, MeetingDocument, save_meeting

# The saver saves in a loop until it is killed: "meeting" mode goes through save_meeting (read, merge, write)
# alternating two versions; "bytes" mode calls atomic_write with two large renderings, so that nearly every kill
# lands in the middle of a write. One parent process imports bra once and forks a saver per line it reads (a fresh
# Python for each of the many kills would spend most of the test starting up); the saver says "ready <pid>", the
# test kills it, and the parent reports how it ended: "ended <status>".
SAVERS = """
import os
import sys
from pathlib import Path
from brå_tui.store.read import read_meeting
from brå_tui.store.atomic import atomic_write
from brå_tui.store.save import save_meeting

for line in sys.stdin:
    mode, target, a, b = line.rstrip("\\n").split("\\t")
    target, a, b = Path(target), Path(a), Path(b)
    pid = os.fork()
    if pid == 0:
        if mode == "meeting":
            versions = [read_meeting(b)[0], read_meeting(a)[0]]
            write = save_meeting
        else:
            versions = [b.read_bytes(), a.read_bytes()]
            write = lambda data, path: atomic_write(path, data)
        print("ready", os.getpid(), flush=True)
        while True:
            for version in versions:
                write(version, target)
    _, status = os.waitpid(pid, 0)
    print("ended", status, flush=True)
"""


def _large_meeting(seed_store: Path, items: int) -> Meeting:
    meeting, _ = read_meeting(seed_store / "meetings" / "2024-11-15.toml")
    assert meeting is not None
    meeting.items = [Item(title=f"Punkt {i}: trygghet i Krylbo", presenters=["Mikael J"],
                          notes=("Rådet diskuterar åtgärder för ökad trygghet, \"citat\" och \\ bakstreck. " * 12
                                 + "\n") * 3,
                          decisions=[Decision(text=f"Rådet beslutar att gå vidare med punkt {i}.", amount_sek=i)])
                     for i in range(items)]
    meeting.followups += [FollowUp(id=f"punkt-{i}", title=f"Punkt {i}", status="Pågår", owners=["Thomas N"])
                          for i in range(items)]
    return meeting


def _changed(meeting: Meeting) -> Meeting:
    other = copy.deepcopy(meeting)
    for item in other.items:
        item.notes = item.notes.upper()
    for followup in other.followups:
        followup.status = "Klart"
        followup.state = "done"
    return other


def _kill_while_saving(savers: subprocess.Popen[str], mode: str, target: Path, a: Path, b: Path) -> None:
    assert savers.stdin is not None and savers.stdout is not None
    savers.stdin.write("\t".join([mode, str(target), str(a), str(b)]) + "\n")
    savers.stdin.flush()
    word, pid = savers.stdout.readline().split()
    assert word == "ready"
    # Let it save for a random while (without a timing assertion: the delay only decides when to kill). A save
    # through save_meeting takes a few tenths of a second of work, so its kills spread over two saves (the old
    # version, then the new); a bare write takes milliseconds, so a short while already lands anywhere in its cycle.
    time.sleep(random.uniform(0.0, 0.8 if mode == "meeting" else 0.1))
    os.kill(int(pid), signal.SIGKILL)
    word, status = savers.stdout.readline().split()
    assert word == "ended" and os.WIFSIGNALED(int(status)) and os.WTERMSIG(int(status)) == signal.SIGKILL


@pytest.mark.long
def test_kill_during_save_leaves_old_or_new(seed_store: Path, tmp_path: Path) -> None:
    """SIGKILL at random moments while saving: the file is always a whole old or new version."""
    old = _large_meeting(seed_store, 60)
    new = _changed(old)
    sources = tmp_path / "sources"
    sources.mkdir()
    a, b = sources / "a.toml", sources / "b.toml"
    save_meeting(old, a)
    save_meeting(new, b)
    target = seed_store / "meetings" / "2024-11-15.toml"
    save_meeting(old, target)  # a kill before the child's first write must leave a version the test knows
    folder = target.parent
    seen: dict[str, int] = {"old": 0, "new": 0, "leftover": 0}

    random.seed(20241115)
    savers = subprocess.Popen([sys.executable, "-c", SAVERS], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        for n in range(60):
            mode = "meeting" if n % 2 == 0 else "bytes"
            _kill_while_saving(savers, mode, target, a, b)

            data = target.read_bytes()
            tomllib.loads(data.decode("utf-8"))
            meeting, findings = read_meeting(target)
            assert [f for f in findings if f.severity == "error"] == []
            assert meeting == old or meeting == new
            seen["old" if meeting == old else "new"] += 1

            leftovers = [p for p in folder.iterdir() if p.name not in ("2024-02-09.toml", "2024-11-15.toml")]
            for p in leftovers:
                assert p.name.startswith(".2024-11-15.toml.") and p.name.endswith(".tmp"), p.name
                assert p not in meeting_files(seed_store)
                seen["leftover"] += 1
                p.unlink()
            assert meeting_files(seed_store) == [folder / "2024-02-09.toml", target]
    finally:
        savers.kill()
        savers.communicate()

    print(f"kills: {seen}")
    # Both versions were found after kills, so the kills really landed at different moments of the loop.
    assert seen["old"] > 0 and seen["new"] > 0, seen


def test_no_temporary_files_after_saves(seed_store: Path) -> None:
    """Normal saves leave nothing but the meeting files behind."""
    path = seed_store / "meetings" / "2024-11-15.toml"
    meeting, _ = read_meeting(path)
    assert meeting is not None
    for status in ["Pågår", "Klart", "Återkommer"]:
        meeting.followups[0].status = status
        assert save_meeting(meeting, path)
    assert sorted(p.name for p in path.parent.iterdir()) == ["2024-02-09.toml", "2024-11-15.toml"]


def _other_group(path: Path) -> int | None:
    """A group other than the file's that this process may give files to, if any."""
    current = path.stat().st_gid
    candidates = [g.gr_gid for g in grp.getgrall()] if os.geteuid() == 0 else os.getgroups()
    others = [g for g in candidates if g != current]
    return others[0] if others else None


def test_save_keeps_mode_and_group(seed_store: Path) -> None:
    """A saved file keeps its permission bits (640) and its group."""
    path = seed_store / "meetings" / "2024-11-15.toml"
    os.chmod(path, 0o640)
    group = _other_group(path)
    if group is not None:
        os.chown(path, -1, group)
    expected_gid = path.stat().st_gid

    meeting, _ = read_meeting(path)
    assert meeting is not None
    meeting.place = "Kommunhuset"
    assert save_meeting(meeting, path)
    st = path.stat()
    assert stat.S_IMODE(st.st_mode) == 0o640
    assert st.st_gid == expected_gid
    if group is None:
        pytest.skip("no second group to test group keeping with; mode checked")


def test_new_file_takes_siblings_mode_and_folder_group(seed_store: Path) -> None:
    """A new meeting file gets the existing files' permission bits and the folder's group."""
    folder = seed_store / "meetings"
    for p in folder.glob("*.toml"):
        os.chmod(p, 0o640)
    group = _other_group(folder)
    if group is not None:
        os.chown(folder, -1, group)
    old_umask = os.umask(0o077)
    try:
        meeting, _ = read_meeting(folder / "2024-11-15.toml")
        assert meeting is not None
        meeting.date = meeting.date.replace(day=16)
        path = folder / "2024-11-16.toml"
        assert save_meeting(meeting, path)
    finally:
        os.umask(old_umask)
    st = path.stat()
    assert stat.S_IMODE(st.st_mode) == 0o640
    assert st.st_gid == folder.stat().st_gid
    if group is None:
        pytest.skip("no second group to test the folder's group with; mode checked")


def test_conflict_is_detected_and_force_overwrites(seed_store: Path) -> None:
    """A file changed behind an open document's back: save() refuses, save(force=True) writes."""
    path = seed_store / "meetings" / "2024-11-15.toml"
    document = MeetingDocument.open(path)
    meeting, _ = read_meeting(path)
    assert meeting is not None

    theirs = path.read_text(encoding="utf-8").replace('place = "Visenten, Stadshuset"', 'place = "Rådhuset"')
    path.write_text(theirs, encoding="utf-8")

    meeting.followups[0].status = "Klart"
    document.apply(meeting)
    with pytest.raises(ConflictError):
        document.save()
    assert path.read_text(encoding="utf-8") == theirs

    assert document.save(force=True)
    ours, _ = read_meeting(path)
    assert ours == meeting


def test_conflict_when_file_removed(seed_store: Path) -> None:
    """A file removed behind an open document's back is a conflict too."""
    path = seed_store / "meetings" / "2024-11-15.toml"
    document = MeetingDocument.open(path)
    meeting, _ = read_meeting(path)
    assert meeting is not None
    path.unlink()
    meeting.place = "Kommunhuset"
    document.apply(meeting)
    with pytest.raises(ConflictError):
        document.save()
    assert not path.exists()


def test_atomic_write_replaces_whole(tmp_path: Path) -> None:
    """atomic_write leaves exactly the new bytes and no temporary file."""
    path = tmp_path / "2024-11-15.toml"
    path.write_bytes(b"format = 1\n")
    atomic_write(path, b"format = 1\ndate = 2024-11-15\n")
    assert path.read_bytes() == b"format = 1\ndate = 2024-11-15\n"
    assert [p.name for p in tmp_path.iterdir()] == ["2024-11-15.toml"]
