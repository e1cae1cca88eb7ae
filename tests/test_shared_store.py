"""Two real Unix users in one group share a store: every file bra creates is the group's, readable and writable.

The test creates a group and two users in it (tests/system/users.py; we run as root, as CI does) and removes
them afterwards.
Both users work with umask 077, the strictest a colleague may have, in a setgid folder owned by the group.
"""

from __future__ import annotations

import grp
import importlib
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.system.users import Accounts, UnixUser, require_root

REPO = Path(__file__).resolve().parent.parent


@dataclass
class Team:
    """The shared group, two colleagues in it, and a folder of the group's to keep stores in."""

    gid: int
    a: UnixUser
    b: UnixUser
    shared: Path
    python: str
    library: Path


def _python_for_others() -> str:
    """A Python 3.11 or newer that other users may run (ours may sit in root's home)."""
    for candidate in (sys.executable, "/usr/bin/python3"):
        path = Path(candidate).resolve()
        if path.exists() and all(p.stat().st_mode & stat.S_IXOTH for p in [path, *path.parents]):
            version = subprocess.run([str(path), "-c", "import sys; print(sys.version_info >= (3, 11))"],
                                     capture_output=True, text=True).stdout.strip()
            if version == "True":
                return str(path)
    pytest.fail("no Python 3.11 or newer that other users may run (apt-get install python3)")


def _library_for_others(folder: Path) -> Path:
    """bra and the libraries its commands use, copied where every user may read them."""
    lib = folder / "lib"
    skip = shutil.ignore_patterns("__pycache__")
    shutil.copytree(REPO / "brå_tui", lib / "brå_tui", ignore=skip)
    for name in ("rich", "tomlkit"):
        module = importlib.import_module(name)
        assert module.__file__ is not None
        shutil.copytree(Path(module.__file__).parent, lib / name, ignore=skip)
    for path in [lib, *lib.rglob("*")]:
        path.chmod(path.stat().st_mode | stat.S_IROTH | (stat.S_IXOTH if path.is_dir() else 0))
    return lib


@pytest.fixture(scope="module")
def team() -> Iterator[Team]:
    """A group and two users in it, each trusting any repository in git (as an administrator would set up)."""
    require_root()
    accounts = Accounts()
    base = Path(tempfile.mkdtemp(prefix="bra-shared-", dir="/tmp"))
    try:
        base.chmod(0o755)
        group = accounts.group("grp")
        users = [accounts.user(label, groups=[group]) for label in ("anna", "bert")]
        for user in users:
            config = user.home / ".gitconfig"
            config.write_text("[safe]\n\tdirectory = *\n", encoding="utf-8")
            shutil.chown(config, user.name, user.name)
        gid = grp.getgrnam(group).gr_gid
        shared = base / "brå"
        shared.mkdir()
        os.chown(shared, 0, gid)
        shared.chmod(0o2770)  # the group's, setgid: what the README tells the administrator to do
        yield Team(gid, users[0], users[1], shared, _python_for_others(), _library_for_others(base))
    finally:
        accounts.close()
        shutil.rmtree(base, ignore_errors=True)


def as_user(team: Team, who: UnixUser, *args: str, code: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run `bra ARGS…` (or python -c code) as a colleague, with umask 077."""
    env = {"PYTHONPATH": str(team.library), "XDG_CACHE_HOME": str(who.home / ".cache"),
           "XDG_STATE_HOME": str(who.home / ".state"), "XDG_CONFIG_HOME": str(who.home / ".config"),
           "PYTHONDONTWRITEBYTECODE": "1"}
    program = ["-c", code] if code is not None else ["-m", "brå_tui", *args]
    return who.run(["sh", "-c", 'umask 077 && exec "$@"', "sh", team.python, *program], env=env)


def ok(result: subprocess.CompletedProcess[str]) -> str:
    """The output of a run that must have succeeded."""
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def assert_shared(team: Team, root: Path) -> None:
    """Every file and folder under root is the group's, group-readable and -writable (folders setgid)."""
    for path in [root, *root.rglob("*")]:
        st = path.lstat()
        assert st.st_gid == team.gid, f"{path} has group {st.st_gid}, not the store's {team.gid}"
        if stat.S_ISDIR(st.st_mode):
            assert st.st_mode & 0o2070 == 0o2070, f"{path} is {stat.filemode(st.st_mode)}"
        elif ".git" in path.relative_to(root).parts[:1] and "objects" in path.parts:
            assert st.st_mode & 0o440 == 0o440, f"{path} is {stat.filemode(st.st_mode)}"  # git never rewrites one
        else:
            assert st.st_mode & 0o660 == 0o660, f"{path} is {stat.filemode(st.st_mode)}"


def save_place(team: Team, who: UnixUser, path: Path, place: str) -> None:
    """Change a meeting's place and save it as the app does, as a colleague."""
    code = (f"from pathlib import Path\nfrom brå_tui.store.read import read_meeting\n"
            f"from brå_tui.store.save import MeetingDocument\npath = Path({str(path)!r})\n"
            f"meeting, _ = read_meeting(path)\ndocument = MeetingDocument.open(path)\n"
            f"meeting.place = {place!r}\ndocument.apply(meeting)\nassert document.save()\n"
            f"assert document.history_note is None, document.history_note\n")
    ok(as_user(team, who, code=code))


def test_two_colleagues_read_and_write_every_file_bra_creates(team: Team) -> None:
    store = team.shared / "avesta"
    ok(as_user(team, team.a, "init", str(store)))
    first = Path(ok(as_user(team, team.a, "--store", str(store), "new", "2025-02-14")).strip())
    assert_shared(team, store)

    assert "14 februari 2025" in ok(as_user(team, team.b, "--store", str(store), "show", "2025-02-14"))
    save_place(team, team.b, first, "Sessionssalen")
    second = Path(ok(as_user(team, team.b, "--store", str(store), "new", "2025-03-14")).strip())
    save_place(team, team.a, second, "Visenten")
    save_place(team, team.a, first, "Stora salen")
    assert_shared(team, store)
    assert {p.stat().st_uid for p in (first, second)} == {team.a.uid}, "each save replaced the file whole"


def test_a_store_in_git_takes_commits_from_both(team: Team) -> None:
    store = team.shared / "avesta-git"
    ok(as_user(team, team.a, "init", "--git", str(store)))
    ok(as_user(team, team.b, "--store", str(store), "new", "2025-02-14"))
    ok(as_user(team, team.a, "--store", str(store), "new", "2025-03-14"))
    save_place(team, team.b, store / "meetings" / "2025-03-14.toml", "Sessionssalen")
    log = ok(as_user(team, team.a, "--store", str(store), "history", "2025-03-14"))
    assert "Uppdatera 2025-03-14: plats" in log and team.b.name in log and team.a.name in log
    assert_shared(team, store)


def _new_meeting_mode(folder: Path, umask: int) -> int:
    """The mode of a meeting saved as a new file in folder by a user with umask."""
    from brå_tui.store.read import read_meeting
    from brå_tui.store.save import save_meeting

    old_umask = os.umask(umask)
    try:
        meeting, _ = read_meeting(folder / "2024-11-15.toml")
        assert meeting is not None
        meeting.date = meeting.date.replace(day=16)
        save_meeting(meeting, folder / "2024-11-16.toml")
    finally:
        os.umask(old_umask)
    return stat.S_IMODE((folder / "2024-11-16.toml").stat().st_mode)


def test_a_new_file_never_takes_a_private_siblings_mode(seed_store: Path) -> None:
    """One file left 0600 (by hand, or an old save) does not make the next new meeting unreadable to the group."""
    folder = seed_store / "meetings"
    folder.chmod(0o2770)
    (folder / "2024-02-09.toml").chmod(0o600)
    (folder / "2024-11-15.toml").chmod(0o664)
    assert _new_meeting_mode(folder, umask=0o077) == 0o660


def test_a_new_file_in_a_folder_the_group_reads_is_readable_to_the_group(seed_store: Path) -> None:
    """A store the group may read but not write (the secretary writes, colleagues read): every existing meeting
    left 0600 does not make the next one unreadable to the group; the folder's access decides."""
    folder = seed_store / "meetings"
    folder.chmod(0o2750)
    for path in folder.glob("*.toml"):
        path.chmod(0o600)
    assert _new_meeting_mode(folder, umask=0o022) == 0o640


def test_umask_is_read_without_being_set() -> None:
    """Reading the umask never sets it, not even for a moment: a save in another thread would make its file
    with the mode of that moment."""
    import sys
    import threading

    from brå_tui.store.shared import current_umask

    before = os.umask(0o027)
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads take turns as often as they can, so a moment's umask is seen
    try:
        seen: list[int] = []
        stop = threading.Event()

        def watch() -> None:
            while not stop.is_set():
                seen.append(os.umask(0o027))  # what another thread finds (and puts back at once)

        watcher = threading.Thread(target=watch)
        watcher.start()
        try:
            masks = {current_umask() for _ in range(20000)}
        finally:
            stop.set()
            watcher.join()
        assert masks == {0o027}
        assert set(seen) == {0o027}, "another thread saw the umask set to 0"
    finally:
        sys.setswitchinterval(interval)
        os.umask(before)


def test_a_cache_folder_the_user_may_not_write_still_reads_only_the_changed_files(team: Team) -> None:
    """A colleague whose cache folder became read-only (a full quota, a home mounted read-only): her index there
    is still used, copied into memory for the run, and only the file changed since is read again."""
    store = team.shared / "avesta-ro"
    ok(as_user(team, team.a, "init", str(store)))
    for day in ("2025-02-14", "2025-03-14", "2025-04-11"):
        ok(as_user(team, team.a, "--store", str(store), "new", day))
    ok(as_user(team, team.a, "--store", str(store), "list"))
    time.sleep(2)  # files old enough that the index keeps what it read of them
    ok(as_user(team, team.a, "--store", str(store), "list"))
    cache = team.a.home / ".cache" / "bra"
    cache.chmod(0o555)
    save_place(team, team.b, store / "meetings" / "2025-03-14.toml", "Sessionssalen")
    code = (f"from pathlib import Path\nfrom brå_tui.store.index import Index\n"
            f"index = Index.open(Path({str(store)!r}))\n"
            f"print(index.stats.in_memory, index.stats.read, index.meeting('2025-03-14').place)\n")

    assert ok(as_user(team, team.a, code=code)).split() == ["True", "1", "Sessionssalen"]
    assert "Sessionssalen" in ok(as_user(team, team.a, "--store", str(store), "list"))
    doctor = as_user(team, team.a, "--store", str(store), "doctor")
    assert doctor.returncode == 0, doctor.stderr
    assert "du kan inte skriva det" in doctor.stdout and "Att tänka på:" in doctor.stdout
    assert " ".join(doctor.stdout.split()).endswith("Inget hindrar dig från att arbeta i lagringen.")
