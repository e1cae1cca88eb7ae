"""The README's system-wide install, run as root exactly as written there into a scratch prefix; then bra used by
ordinary Unix users made for the test: the command, `man bra`, Tab completion, a shared store for a group,
upgrade and uninstall.

The install itself needs PyPI (pip fetches bra's dependencies), like the README's other commands.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import SEED_STORE
from tests.system.users import Accounts, UnixUser, accounts, require_root
from tests.terminal.harness import PRESS_TAB, SshServer, TmuxSession, home, require, tmux_session

__all__ = ["accounts", "home", "tmux_session"]

REPO = Path(__file__).resolve().parents[2]
README = REPO / "README.md"
FENCE = re.compile(r"^```[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)

# Every test here shares one install: xdist keeps them on one worker, in this order.
pytestmark = pytest.mark.xdist_group("system-install")


def readme_command(marker: str) -> str:
    """The one-line command in the fenced block right after the marker line in README.md."""
    text = README.read_text(encoding="utf-8")
    assert text.count(marker) == 1, f"README.md should have the line {marker} once"
    block = FENCE.search(text.split(marker, 1)[1])
    assert block is not None
    command = block.group(1).strip()
    assert "\n" not in command
    return command


@dataclass(frozen=True)
class Install:
    """Where the scratch install put everything, and the environment that points the README's command there."""

    root: Path
    source: Path
    env: dict[str, str]

    @property
    def venv(self) -> Path:
        return Path(self.env["BRA_VENV"])

    @property
    def bra(self) -> Path:
        return Path(self.env["BRA_BINDIR"]) / "bra"

    @property
    def share(self) -> Path:
        return Path(self.env["BRA_DATADIR"])

    @property
    def config(self) -> Path:
        return Path(self.env["BRA_CONFDIR"]) / "config.toml"

    def run(self, marker: str) -> subprocess.CompletedProcess[str]:
        """Run the README's command after marker as root, in the source folder, pointed at the scratch prefix."""
        return subprocess.run(["sh", "-c", readme_command(marker)], cwd=self.source, env=self.env,
                              capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=1800, check=False)

    def user_env(self, **extra: str) -> dict[str, str]:
        """What a login on a server with this install gives a user: bra on PATH, its man page and completion found,
        and the server's config files (the scratch ones) read."""
        return {"PATH": f"{self.bra.parent}:/usr/local/bin:/usr/bin:/bin", "MANPATH": f"{self.share / 'man'}:",
                "XDG_DATA_DIRS": f"{self.share}:/usr/local/share:/usr/share", "BRA_CONFIG_SYSTEM": str(self.config),
                "GIT_CONFIG_SYSTEM": str(self.root / "gitconfig"), **extra}


def _copy_source(target: Path) -> None:
    """The source as an admin unpacks it: the repository's files without build output, caches or environments."""
    shutil.copytree(REPO, target, ignore=shutil.ignore_patterns(
        ".git", ".venv", "__pycache__", "*.egg-info", "build", "dist", ".pytest_cache", ".hypothesis",
        ".ruff_cache", ".mypy_cache", "snapshot_report.html"))


@pytest.fixture(scope="module")
def installed() -> Iterator[Install]:
    """The README's install command, run once as root into a scratch prefix that every user may read."""
    require_root()
    root = Path(tempfile.mkdtemp(prefix="bra-system-", dir="/tmp"))
    root.chmod(0o755)
    try:
        source = root / "src"
        _copy_source(source)
        # As on a server for which the optional compiled TOML parser has no ready-built wheel (and no compiler):
        # pip finds no toml-rs it may install, and the install must go through without it.
        unavailable = root / "no-toml-rs.txt"
        unavailable.write_text("toml-rs==0.0.0\n", encoding="utf-8")
        env = {**os.environ, "PIP_CONSTRAINT": str(unavailable),
               "BRA_VENV": str(root / "opt" / "bra"), "BRA_BINDIR": str(root / "bin"),
               "BRA_DATADIR": str(root / "share"), "BRA_CONFDIR": str(root / "etc" / "bra"),
               "GIT_CONFIG_SYSTEM": str(root / "gitconfig"), "BRA_CONFIG_SYSTEM": str(root / "etc/bra/config.toml")}
        install = Install(root, source, env)
        result = install.run("<!-- install: system -->")
        assert result.returncode == 0, f"the install failed:\n{result.stdout}\n{result.stderr}"
        assert "bra läser filerna med Pythons tomllib i stället" in result.stdout, result.stdout
        yield install
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _extras_requirements(venv: Path) -> list[str]:
    """The requirements of every extra but the developers' own and the optional accelerator, as the installed bra
    declares them."""
    script = ("import importlib.metadata as m, re\n"
              "for r in m.requires('bra-tui') or []:\n"
              "    extra = re.search(r'extra == \"([^\"]+)\"', r)\n"
              "    if extra and extra.group(1) not in ('test', 'dev', 'lint', 'fast'):\n"
              "        print(re.split(r'[ ;<>=!~\\[]', r, maxsplit=1)[0])\n")
    result = subprocess.run([str(venv / "bin" / "python"), "-c", script], capture_output=True, text=True, check=True)
    return result.stdout.split()


def test_install_gives_every_user_bra_with_all_a_secretary_needs(installed: Install, accounts: Accounts) -> None:
    venv = installed.venv
    assert installed.bra.is_symlink() and installed.bra.resolve() == (venv / "bin" / "bra").resolve()
    wanted = _extras_requirements(venv)
    assert {"python-docx", "icalendar"} <= set(wanted)
    for requirement in wanted:
        subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "show", "--quiet", requirement], check=True,
                       capture_output=True)
    # Installed by root, for everyone to run and no one else to change.
    for path in [venv, venv / "bin" / "bra", installed.share / "man/man1/bra.1",
                 installed.share / "bash-completion/completions/bra", installed.config]:
        mode = path.stat().st_mode
        assert path.stat().st_uid == 0 and not mode & (stat.S_IWGRP | stat.S_IWOTH), path
        assert mode & stat.S_IROTH, path
    assert "# store = " in installed.config.read_text(encoding="utf-8")

    user = accounts.user("anna")
    store = installed.root / "exempel"
    shutil.copytree(SEED_STORE, store)
    subprocess.run(["chmod", "-R", "a+rX", str(store)], check=True)
    env = installed.user_env(BRA_STORE=str(store))
    version = user.run(["bra", "--version"], env)
    assert version.returncode == 0 and version.stdout == "bra 0.1.0\n", version.stderr
    listing = user.run(["bra", "list"], env)
    assert listing.returncode == 0, listing.stderr
    assert "2024-11-15" in listing.stdout and "Traceback" not in listing.stderr
    export = user.run(["bra", "export", "2024-11-15", "--format", "docx", "-o", str(user.home / "a.docx")], env)
    assert export.returncode == 0, export.stderr
    assert (user.home / "a.docx").read_bytes()[:2] == b"PK"
    ics = user.run(["bra", "export", "--ics"], env)
    assert ics.returncode == 0 and "BEGIN:VCALENDAR" in ics.stdout, ics.stderr


def test_the_install_run_by_an_ordinary_user_says_to_run_it_as_root(installed: Install, accounts: Accounts) -> None:
    user = accounts.user("olle")
    result = user.run(["sh", "-c", readme_command("<!-- install: system -->")], cwd=installed.source)
    assert (result.returncode, result.stderr) == (1, "install.sh: kan inte skriva i /opt; kör skriptet som root "
                                                     "(till exempel med sudo).\n")


def test_man_bra_renders_for_an_ordinary_user(installed: Install, accounts: Accounts) -> None:
    user = accounts.user("berit")
    result = user.run([require("man"), "bra"], installed.user_env(MANWIDTH="80", MANPAGER="cat", PAGER="cat"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("BRA(1)")
    for text in ("NAMN", "SLUTSTATUS", "bra doctor", "lägesbild", "/etc/bra/config.toml"):
        assert text in result.stdout


BASH_COMPLETION = "/usr/share/bash-completion/bash_completion"
COMPLETE = (f"source {BASH_COMPLETION}\n"
            '__load_completion bra || { echo "no completion for bra" >&2; exit 1; }\n' + PRESS_TAB)


def test_tab_completion_is_found_by_bash_completion_for_an_ordinary_user(installed: Install,
                                                                       accounts: Accounts) -> None:
    require("bash-completion", BASH_COMPLETION)
    user = accounts.user("cecilia")
    store = installed.root / "komplettering"
    shutil.copytree(SEED_STORE, store)
    subprocess.run(["chmod", "-R", "a+rX", str(store)], check=True)

    def complete(line: str) -> list[str]:
        result = user.run(["bash", "-c", COMPLETE], installed.user_env(BRA_STORE=str(store), LINE=line))
        assert result.returncode == 0, result.stderr
        # Outside a real Tab press compopt cannot turn off bash's space, so argcomplete adds it to the word.
        return [word.rstrip(" ") for word in result.stdout.splitlines() if word]

    assert complete("bra sh") == ["show"]
    assert complete("bra show 2024-1") == ["2024-11-15"]
    assert complete("bra owner Blerta") == ["Blerta\\ Krenzi"]


def test_shared_store_two_users_save_and_read_each_others_meetings(installed: Install, accounts: Accounts) -> None:
    group = accounts.group("rad")
    anna, bertil = accounts.user("a", [group]), accounts.user("b", [group])
    outsider = accounts.user("x")
    root = installed.root / "srv" / "avesta"
    made = subprocess.run([str(installed.bra), "init", "--shared", group, str(root)], env=installed.env,
                          capture_output=True, text=True, check=False)
    assert made.returncode == 0, made.stderr
    said = " ".join(made.stdout.split())
    assert f"för gruppen {group}" in said and "2770" in said and "core.sharedRepository=group" in said
    assert f"safe.directory = {root}" in said and f'store = "{root}"' in said
    assert root.stat().st_mode & 0o7777 == 0o2770 and root.stat().st_gid == _gid(group)
    assert f"directory = {root}" in (installed.root / "gitconfig").read_text(encoding="utf-8")

    env = installed.user_env()   # no --store, no BRA_STORE: the server's config names the store
    first = anna.run(["bra", "new", "2025-01-10"], env)
    assert first.returncode == 0, first.stderr
    second = bertil.run(["bra", "new", "2025-02-14"], env)
    assert second.returncode == 0, second.stderr
    for user, other in ((anna, "2025-02-14"), (bertil, "2025-01-10")):
        shown = user.run(["bra", "show", other], env)
        assert shown.returncode == 0 and other[:4] in shown.stdout, shown.stderr
    # Bertil changes Anna's meeting through the app's own save path; the change is committed as his.
    edit = ("import sys; from pathlib import Path\n"
            "from brå_tui.store.read import read_meeting; from brå_tui.store.save import save_meeting\n"
            "path = Path(sys.argv[1]); meeting, _ = read_meeting(path); meeting.place = 'Sal B'\n"
            "assert save_meeting(meeting, path)\n")
    changed = bertil.run([str(installed.venv / "bin" / "python"), "-c", edit, str(root / "meetings/2025-01-10.toml")],
                         env)
    assert changed.returncode == 0, changed.stderr
    assert 'place = "Sal B"' in (root / "meetings/2025-01-10.toml").read_text(encoding="utf-8")
    log = anna.run(["git", "-C", str(root), "log", "--format=%an %s"], env)
    assert log.returncode == 0, log.stderr
    authors = [line.split()[0] for line in log.stdout.splitlines()]
    assert authors[:3] == [bertil.name, bertil.name, anna.name] and len(authors) == 4
    fsck = bertil.run(["git", "-C", str(root), "fsck", "--strict"], env)
    assert fsck.returncode == 0, fsck.stderr
    for path in root.rglob("*"):
        st = path.lstat()
        assert st.st_gid == _gid(group), f"{path} lost the group"
        assert st.st_mode & stat.S_IRGRP, f"{path} is not readable by the group"
    for path in (root / "meetings").iterdir():
        assert path.stat().st_mode & stat.S_IWGRP, f"{path} is not writable by the group"
    doctor = bertil.run(["bra", "doctor"], {**env, "COLUMNS": "200"})
    assert doctor.returncode == 0, doctor.stdout
    assert "delad med gruppen" in doctor.stdout and f"vald av store i {installed.config}" in doctor.stdout
    # Nobody outside the group is let in, and is told so in one sentence.
    refused = outsider.run(["bra", "list"], env)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert refused.stderr == (f"bra: Du får inte läsa lagringen i {root} (vald av store i {installed.config} "
                              f"(systemets inställningar)); den är bara för gruppen {group}, så be den som sköter "
                              "servern lägga till dig där.\n")


def _gid(group: str) -> int:
    import grp
    return grp.getgrnam(group).gr_gid


def _login_setup(user: UnixUser, installed: Install) -> None:
    """What /usr/local and /etc give a login on a real server: the scratch prefix, set in the user's ~/.profile."""
    exports = "".join(f"export {key}='{value}'\n" for key, value in installed.user_env().items())
    profile = user.home / ".profile"
    profile.write_text(profile.read_text(encoding="utf-8") + exports if profile.exists() else exports,
                       encoding="utf-8")
    os.chown(profile, user.uid, -1)


def test_two_users_log_in_over_ssh_complete_read_man_and_open_the_shared_store(
        installed: Install, accounts: Accounts, tmux_session: Callable[..., TmuxSession]) -> None:
    group = accounts.group("ssh")
    users = [accounts.user("s", [group]), accounts.user("t", [group])]
    root = installed.root / "srv" / f"ssh-{accounts.tag}"
    config = installed.root / f"config-{accounts.tag}.toml"
    made = subprocess.run([str(installed.bra), "init", "--shared", group, str(root)],
                          env={**installed.env, "BRA_CONFIG_SYSTEM": str(config)}, capture_output=True, text=True,
                          check=False)
    assert made.returncode == 0, made.stderr
    assert config.read_text(encoding="utf-8").count(f'store = "{root}"') == 1
    def at_prompt(screen: str) -> bool:
        return screen.rstrip().endswith("$")

    server = SshServer(Path(tempfile.mkdtemp(prefix="ssh-", dir=installed.root)))
    server.folder.chmod(0o755)
    try:
        server.start()
        (server.folder / "authorized_keys").chmod(0o644)   # sshd reads it as the user who logs in
        for number, user in enumerate(users):
            _login_setup(user, installed)
            (user.home / ".profile").write_text((user.home / ".profile").read_text(encoding="utf-8")
                                                + f"export BRA_CONFIG_SYSTEM='{config}'\n", encoding="utf-8")
            pane = tmux_session(server.client([], {}, user=user.name), shell_after=False)
            prompt = f"{user.name}@"
            pane.wait_for(prompt)
            date = f"2025-0{number + 1}-1{number}"
            pane.type(f"bra new {date}")
            pane.send_keys("Enter")
            pane.wait_for(f"meetings/{date}.toml")
            pane.wait_for(at_prompt)
            pane.type(f"bra show {date[:7]}")
            pane.send_keys("Tab")
            pane.wait_for(lambda screen, date=date: screen.rstrip().endswith(f"$ bra show {date}"))
            pane.send_keys("C-u")
            pane.type("man bra")
            pane.send_keys("Enter")
            pane.wait_for("BRA(1)")
            pane.send_keys("q")
            pane.wait_for(at_prompt)
            pane.type("bra")
            pane.send_keys("Enter")
            dates = [f"2025-0{n + 1}-1{n}" for n in range(number + 1)]
            shown = pane.wait_for(lambda screen, dates=dates: all(date in screen for date in dates))
            assert "bra:" not in shown and "Traceback" not in shown
            pane.send_keys("q")
            pane.wait_for(at_prompt)
            pane.type("exit")
            pane.send_keys("Enter")
            pane.wait_dead()
    finally:
        server.stop()
    log = subprocess.run(["git", "-C", str(root), "log", "--format=%an"], capture_output=True, text=True,
                         env=installed.env, check=True)
    assert log.stdout.split()[:2] == [users[1].name, users[0].name]


# Last: it uninstalls.
def test_upgrade_replaces_the_code_and_uninstall_removes_everything(installed: Install, accounts: Accounts) -> None:
    init = installed.source / "brå_tui" / "__init__.py"
    init.write_text(init.read_text(encoding="utf-8").replace('"0.1.0"', '"0.1.0+ny"'), encoding="utf-8")
    upgraded = installed.run("<!-- install: upgrade -->")
    assert upgraded.returncode == 0, upgraded.stderr
    user = accounts.user("dag")
    version = user.run(["bra", "--version"], installed.user_env())
    assert version.stdout == "bra 0.1.0+ny\n", version.stderr

    removed = installed.run("<!-- install: uninstall -->")
    assert removed.returncode == 0, removed.stderr
    for path in (installed.bra, installed.venv, installed.share / "man/man1/bra.1",
                 installed.share / "bash-completion/completions/bra"):
        assert not os.path.lexists(path), path
    assert installed.config.exists(), "the admin's config stays"
    gone = user.run(["bra", "--version"], installed.user_env())
    assert gone.returncode == 127
