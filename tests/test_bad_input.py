"""Bad luck on a shared server: a full disk, a read-only or unwritable store, a file that vanishes, a save cut
short, a fault in bra itself. Each ends in one Swedish sentence with the right exit status, nothing half-written."""

from __future__ import annotations

import os
import pwd
import random
import shutil
import signal
import stat
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from brå_tui.crash import CRASH_STATUS
from brå_tui.questions.check import check_store, leftovers, remove_leftovers
from brå_tui.store.paths import is_leftover, meeting_files
from brå_tui.store.read import read_meeting
from brå_tui.store.save import MeetingDocument, SaveError
from tests.conftest import SEED_STORE

REPO = SEED_STORE.parent


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "BRA_STORE"}
    env.update(COLUMNS="80", NO_COLOR="1", **extra)
    return env


def _python_for_others() -> str:
    """An interpreter of this Python's version that other users may run (ours may sit in root's home)."""
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    for candidate in (sys.executable, f"/usr/bin/python{version}", f"/usr/local/bin/python{version}"):
        path = Path(candidate).resolve()
        if path.exists() and all(p.stat().st_mode & stat.S_IXOTH for p in [path, *path.parents]):
            return str(path)
    _unavailable(f"no Python {version} that other users may run")
    raise AssertionError


def bra(*args: str, user: str | None = None, env: dict[str, str] | None = None,
        code: str | None = None) -> subprocess.CompletedProcess[str]:
    """The real program (as another Unix user when told), with code run first when given (to plant a fault)."""
    prelude = code or ""
    program = f"import sys\n{prelude}\nfrom brå_tui.cli.main import main\nraise SystemExit(main(sys.argv[1:]))"
    env = dict(env or _env())
    python = sys.executable
    if user is not None:  # the code and its libraries by path, from an interpreter the user may run
        python = _python_for_others()
        paths = sysconfig.get_paths()
        env.update(PYTHONPATH=os.pathsep.join([str(REPO), paths["purelib"], paths["platlib"]]),
                   PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run([python, "-c", program, *args], capture_output=True, text=True, env=env, timeout=120,
                          user=user, group=pwd.getpwnam(user).pw_gid if user else None,
                          extra_groups=[] if user else None, cwd="/")


def one_sentence(result: subprocess.CompletedProcess[str]) -> str:
    """The single line bra wrote on standard error, checked to be a sentence and no traceback."""
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("bra: ") and lines[0].endswith("."), lines[0]
    return lines[0]


def files(root: Path) -> dict[str, bytes]:
    """Every file under root with its bytes (to show that nothing changed or was left half-written)."""
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (in CI this must work)")
    pytest.skip(reason)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 1 MiB tmpfs, mounted for the test and unmounted after (needs root)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        _unavailable("mounting a tmpfs needs root and mount(8)")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,mode=0755", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        _unavailable(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(disk: Path) -> None:
    """Fill the file system to the last byte."""
    fd = os.open(disk / "fyllnad", os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        for size in (65536, 4096, 1):
            try:
                while os.write(fd, b"\0" * size):
                    pass
            except OSError:
                continue
    finally:
        os.close(fd)


def _store_on(disk: Path) -> Path:
    root = disk / "store"
    shutil.copytree(SEED_STORE, root)
    return root


def test_new_on_a_full_disk(small_disk: Path) -> None:
    """`bra new` on a full disk: one sentence naming the file and the cause, status 1, no file, no temporary."""
    root = _store_on(small_disk)
    _fill(small_disk)
    before = files(root)
    result = bra("--store", str(root), "new", "2025-02-14")
    assert result.returncode == 1
    assert one_sentence(result) == (f"bra: Kunde inte spara {root}/meetings/2025-02-14.toml: disken är full; "
                                    "inget har ändrats.")
    assert files(root) == before
    assert leftovers(root) == []


def test_import_on_a_full_disk(small_disk: Path) -> None:
    """`bra import` on a full disk: the same sentence, and no meeting file or temporary left."""
    root = _store_on(small_disk)
    (root / "meetings" / "2024-02-09.toml").unlink()
    _fill(small_disk)
    before = files(root)
    notes = Path(__file__).parent / "importexport" / "data" / "minutes" / "2024-02-09-anteckningar.txt"
    result = bra("--store", str(root), "import", str(notes))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines()[-1] == (f"bra: Kunde inte spara {root}/meetings/2024-02-09.toml: "
                                              "disken är full; inget har ändrats.")
    assert files(root) == before and leftovers(root) == []


def test_init_on_a_full_disk(small_disk: Path) -> None:
    """`bra init` where nothing fits says so in one sentence."""
    _fill(small_disk)
    result = bra("init", str(small_disk / "ny"))
    assert result.returncode == 1
    assert one_sentence(result).startswith(f"bra: Kunde inte skapa lagringen i {small_disk / 'ny'}: disken är full")


def _read_only(disk: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)


def test_read_only_store(small_disk: Path) -> None:
    """A store on a read-only file system: questions work, `bra new` and `bra check --fix` say why they cannot."""
    root = _store_on(small_disk)
    leftover = root / "meetings" / ".2024-11-15.toml.abcd1234.tmp"
    leftover.write_bytes(b"format = 1\n")
    _read_only(small_disk)
    before = files(root)
    assert bra("--store", str(root), "list").returncode == 0
    result = bra("--store", str(root), "new", "2025-02-14")
    assert result.returncode == 1
    assert one_sentence(result) == (f"bra: Kunde inte spara {root}/meetings/2025-02-14.toml: filsystemet är "
                                    "skrivskyddat; inget har ändrats.")
    fixed = bra("--store", str(root), "check", "--fix")
    assert fixed.returncode == 0 and "Traceback" not in fixed.stderr
    assert f"bra: Kunde inte ta bort {leftover}: filsystemet är skrivskyddat." in fixed.stderr.splitlines()
    assert files(root) == before


async def test_save_in_the_app_on_a_read_only_store(small_disk: Path) -> None:
    """ctrl+s in Redigera on a read-only store: the reason in a notice, the edits kept on screen, the file as it was."""
    from tests.editing.harness import editing
    from tests.editing.keys import replace, save

    root = _store_on(small_disk)
    _read_only(small_disk)
    before = files(root)

    async def run() -> list[str]:
        async with editing(root) as (app, pilot, screen):
            await pilot.press("down", "tab", "tab", "tab")  # into the tab, → Plats
            await replace(pilot, "Sessionssalen")
            await save(pilot)
            assert screen.has_unsaved() and screen.meeting.place == "Sessionssalen"
            return [n.message for n in app._notifications]

    notices = await run()
    assert (f"Kunde inte spara {root}/meetings/2024-11-15.toml: filsystemet är skrivskyddat; inget har ändrats. "
            "Dina ändringar finns kvar här.") in notices
    assert files(root) == before


@pytest.fixture
def shared_store() -> Iterator[Path]:
    """A copy of the seed store that every user may read and only root may write (under a readable /tmp folder)."""
    if os.geteuid() != 0:
        _unavailable("running bra as another user needs root")
    try:
        pwd.getpwnam("nobody")
    except KeyError:
        _unavailable("there is no user 'nobody'")
    folder = Path(tempfile.mkdtemp(prefix="bra-shared-", dir="/tmp"))
    try:
        folder.chmod(0o755)
        root = folder / "store"
        shutil.copytree(SEED_STORE, root)
        for path in [root, *root.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
        home = folder / "home"
        home.mkdir()
        os.chown(home, pwd.getpwnam("nobody").pw_uid, pwd.getpwnam("nobody").pw_gid)
        yield root
    finally:
        shutil.rmtree(folder)


def _as_nobody(root: Path) -> dict[str, str]:
    home = root.parent / "home"
    return _env(HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"), XDG_STATE_HOME=str(home / ".local/state"))


def test_store_the_user_may_not_write(shared_store: Path) -> None:
    """A user without write permission: `bra new` says so in one sentence (status 1); nothing is written."""
    before = files(shared_store)
    result = bra("--store", str(shared_store), "new", "2025-02-14", user="nobody", env=_as_nobody(shared_store))
    assert result.returncode == 1
    assert one_sentence(result) == (f"bra: Kunde inte spara {shared_store}/meetings/2025-02-14.toml: du har inte "
                                    "behörighet; inget har ändrats.")
    assert files(shared_store) == before


def test_file_the_user_may_not_read(shared_store: Path) -> None:
    """A meeting file the user may not read: `bra check` names it with the reason; `bra list` skips it."""
    secret = shared_store / "meetings" / "2024-02-09.toml"
    secret.chmod(0o600)
    env = _as_nobody(shared_store)
    checked = bra("--store", str(shared_store), "check", user="nobody", env=env)
    assert checked.returncode == 1 and "Traceback" not in checked.stderr
    assert checked.stdout.splitlines() == [f"{secret}: fel: filen kan inte läsas: du har inte behörighet"]
    listed = bra("--store", str(shared_store), "list", user="nobody", env=env)
    assert listed.returncode == 0
    assert listed.stderr.splitlines() == [f"bra: Hoppar över {secret}: filen kan inte läsas: du har inte behörighet; "
                                          "kör 'bra check' för detaljer."]
    assert "2024-11-15" in listed.stdout


def test_meetings_folder_the_user_may_not_list(shared_store: Path) -> None:
    """A meetings/ folder the user may not list: one sentence, from a question and from `bra check` alike."""
    folder = shared_store / "meetings"
    folder.chmod(0o711)
    env = _as_nobody(shared_store)
    listed = bra("--store", str(shared_store), "list", user="nobody", env=env)
    assert listed.returncode == 1
    assert one_sentence(listed) == f"bra: Kan inte läsa mappen {folder}: du har inte behörighet."
    checked = bra("--store", str(shared_store), "check", user="nobody", env=env)
    assert checked.returncode == 1
    assert one_sentence(checked) == f"bra: Kan inte läsa mappen {folder}: du har inte behörighet."


def test_file_that_vanishes_between_listing_and_reading(seed_store: Path) -> None:
    """A meeting listed and then removed before it is read is reported as missing, not as a crash."""
    path = seed_store / "meetings" / "2024-02-09.toml"
    listed = meeting_files(seed_store)
    assert path in listed
    path.unlink()
    meeting, findings = read_meeting(path)
    assert meeting is None
    assert [f.message for f in findings] == ["filen kan inte läsas: filen eller mappen finns inte (den kan ha "
                                             "tagits bort under tiden)"]


def test_file_that_vanishes_while_being_edited(seed_store: Path) -> None:
    """A meeting removed while open for editing is a conflict when saved, never silently written anew."""
    from brå_tui.store.save import ConflictError

    path = seed_store / "meetings" / "2024-02-09.toml"
    document = MeetingDocument.open(path)
    path.unlink()
    meeting, _ = read_meeting(seed_store / "meetings" / "2024-11-15.toml")
    assert meeting is not None
    document.apply(meeting)
    with pytest.raises(ConflictError):
        document.save()
    assert not path.exists()


def test_save_error_is_one_sentence(tmp_path: Path) -> None:
    """Saving into a folder that is a file: SaveError with the file and the cause."""
    (tmp_path / "meetings").write_bytes(b"not a folder")
    document = MeetingDocument.open(tmp_path / "meetings" / "2024-03-01.toml")
    with pytest.raises(SaveError) as caught:
        document.save()
    assert str(caught.value) == (f"Kunde inte spara {tmp_path}/meetings/2024-03-01.toml: det finns redan något med "
                                 "det namnet; inget har ändrats.")


# A save cut short: the child writes a large file over and over until it is killed.
SAVER = """
import sys
from pathlib import Path
from brå_tui.store.save import atomic_write
target = Path(sys.argv[1])
data = b"format = 1\\ndate = 2024-11-15\\n" + b"# " + b"x" * 8_000_000 + b"\\n"
print("ready", flush=True)
while True:
    atomic_write(target, data)
"""


def _interrupted_save(target: Path) -> list[Path]:
    """Kill a saving process at random moments until it leaves its temporary file behind; the leftovers."""
    random.seed(20261129)
    for _ in range(50):
        child = subprocess.Popen([sys.executable, "-c", SAVER, str(target)], stdout=subprocess.PIPE, text=True)
        try:
            assert child.stdout is not None and child.stdout.readline().strip() == "ready"
            try:
                child.wait(timeout=random.uniform(0.05, 0.6))
            except subprocess.TimeoutExpired:
                pass
            child.send_signal(signal.SIGKILL)
        finally:
            child.kill()
            child.wait()
            if child.stdout is not None:
                child.stdout.close()
        found = [p for p in target.parent.iterdir() if p.name.startswith(f".{target.name}.")]
        if found:
            return found
    raise AssertionError("no kill landed in the middle of a save")


def test_check_reports_and_fix_removes_leftovers_of_an_interrupted_save(seed_store: Path) -> None:
    """A save killed mid-write leaves its temporary file: `bra check` names it, `bra check --fix` removes it
    (and only it: the meetings, a lookalike link and a lookalike folder stay)."""
    target = seed_store / "meetings" / "2024-11-15.toml"
    found = _interrupted_save(target)
    assert all(is_leftover(p) for p in found)
    meetings = {p: p.read_bytes() for p in meeting_files(seed_store)}
    link = seed_store / "meetings" / ".2024-02-09.toml.aaaaaaaa.tmp"
    link.symlink_to("2024-02-09.toml")
    folder = seed_store / "meetings" / ".2024-02-09.toml.bbbbbbbb.tmp"
    folder.mkdir()

    result = check_store(seed_store)
    named = [(f.path, f.severity, f.message) for f in result.findings]
    for path in found:
        assert (path, "warning", "en tillfällig fil från en sparning som avbröts; 'bra check --fix' tar bort den") \
            in named
    assert all(f.path not in (link, folder) for f in result.findings)

    fixed = bra("--store", str(seed_store), "check", "--fix")
    assert "Traceback" not in fixed.stderr
    for path in found:
        assert f"bra: Tog bort {path} (en tillfällig fil från en sparning som avbröts)." in fixed.stderr.splitlines()
        assert not os.path.lexists(path)
    assert link.is_symlink() and folder.is_dir()
    assert {p: p.read_bytes() for p in meeting_files(seed_store)} == meetings
    assert remove_leftovers(seed_store) == []


# A fault in bra itself, planted: the guard must turn it into a sentence and a report.
FAULT = "import brå_tui.cli.cmd_list as m\ndef run(args):\n    return 1 / 0\nm.run = run"


def test_a_fault_in_a_command_becomes_a_sentence_and_a_crash_report(tmp_path: Path) -> None:
    """An unexpected exception: status 70, one sentence naming the report, the traceback only in the report."""
    state = tmp_path / "state"
    result = bra("--store", str(SEED_STORE), "list", code=FAULT, env=_env(XDG_STATE_HOME=str(state)))
    assert result.returncode == CRASH_STATUS
    line = one_sentence(result)
    prefix = "bra: bra stötte på ett oväntat fel (ZeroDivisionError) och avbröt; en felrapport finns i "
    assert line.startswith(prefix)
    report = Path(line[len(prefix):-1])
    assert report.parent == state / "bra" / "crash"
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    text = report.read_text(encoding="utf-8")
    assert "Traceback" in text and "ZeroDivisionError" in text and "kommando:" in text


def test_a_fault_when_no_report_can_be_written(tmp_path: Path) -> None:
    """When the state folder cannot be made either, the sentence says so; still no traceback."""
    blocked = tmp_path / "state"
    blocked.write_bytes(b"a file where a folder should be")
    result = bra("--store", str(SEED_STORE), "list", code=FAULT, env=_env(XDG_STATE_HOME=str(blocked)))
    assert result.returncode == CRASH_STATUS
    assert one_sentence(result) == ("bra: bra stötte på ett oväntat fel (ZeroDivisionError) och avbröt; "
                                    f"felrapporten kunde inte sparas i {blocked}/bra/crash.")


async def test_a_fault_in_the_app_becomes_a_crash_report(seed_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An exception in a key handler of the app: the app ends, with a crash report, no traceback on screen."""
    from brå_tui.tui.app import BraApp

    class Faulty(BraApp):
        def action_help(self) -> None:
            raise ZeroDivisionError("planted")

    app = Faulty(seed_store)

    async def run() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause(0.5)
            await pilot.press("question_mark")
            await pilot.pause()

    with pytest.raises(ZeroDivisionError):  # run_test hands the app's exception to the test
        await run()
    crash = app.crash()
    assert crash is not None
    name, report = crash
    assert name == "ZeroDivisionError" and report is not None and report.is_file()
    assert "ZeroDivisionError: planted" in report.read_text(encoding="utf-8")
    assert app.crash() == crash  # written once
    assert "Traceback" not in capsys.readouterr().err


async def test_an_ordinary_end_of_the_app_is_no_crash(seed_store: Path) -> None:
    """Quitting the app leaves no crash report."""
    from brå_tui.tui.app import BraApp

    app = BraApp(seed_store)

    async def run() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause(0.5)
            await pilot.press("q")

    await run()
    assert app.crash() is None


async def test_the_app_reader_never_stalls(seed_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A read of the store that fails as a whole ends the progress line with the reason, not 'Läser möten …'."""
    from textual.widgets import Static

    from brå_tui.questions.snapshot import Snapshot
    from brå_tui.tui.app import BraApp

    def broken_read(*args: object, **kwargs: object) -> None:
        raise RuntimeError("planted")

    monkeypatch.setattr(Snapshot, "read", broken_read)  # the app's read of the store through its index
    app = BraApp(seed_store)

    async def run() -> str:
        async with app.run_test(size=(80, 24)) as pilot:
            for _ in range(50):
                await pilot.pause(0.1)
                status = str(app.screen.query_one("#status", Static).render())
                if not status.startswith("Läser möten"):
                    return status
            return status

    status = await run()
    assert status.startswith("bra stötte på ett oväntat fel (RuntimeError) och avbröt; en felrapport finns i ")
    assert "Läs om lagringen" in status
