"""The one harness for tests in a real terminal: tmux panes at 80×24 and an OpenSSH login on 127.0.0.1.

A conftest makes the fixtures here available by importing them (tests/terminal, tests/editing). A program
the tests need that is missing skips them locally and fails them in CI (when CI is set).
"""

from __future__ import annotations

import fcntl
import getpass
import os
import re
import shlex
import shutil
import socket
import struct
import subprocess
import sys
import termios
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

SSHD = Path("/usr/sbin/sshd")
WAIT = 30.0
POLL = 0.1
COLUMNS, LINES = 80, 24
END = "BRA-SLUT"
END_MARK = re.compile(rf"^{END} (\d+)$", re.MULTILINE)
SGR = re.compile(r"\x1b\[([0-9;:]*)m")


def require(tool: str, path: str | None = None) -> str:
    """The absolute path of a program the tests need: skip locally without it, fail in CI."""
    found = path if path and Path(path).exists() else shutil.which(tool)
    if found:
        return found
    reason = f"{tool} is not installed"
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; these tests do not skip silently in CI (.ci/run installs it)", pytrace=False)
    pytest.skip(reason)


def bra_command() -> list[str]:
    """The installed `bra` next to the running Python, as an absolute path (sshd needs one)."""
    script = Path(sys.executable).parent / "bra"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "brå_tui"]


# Bash lines that press Tab at the end of $LINE: fill COMP_* as readline does, call the function registered for
# bra (`complete -p bra`), print COMPREPLY one per line. The completion for bra must be loaded before them.
PRESS_TAB = r'''
COMP_LINE="$LINE"; COMP_POINT=${#COMP_LINE}
read -ra COMP_WORDS <<<"$LINE"; [[ "$LINE" == *" " ]] && COMP_WORDS+=("")
COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()
function=$(complete -p bra | sed -E 's/.* -F ([^ ]+) .*/\1/')
"$function" bra "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
printf '%s\n' "${COMPREPLY[@]}"
'''


def then_shell(command: list[str]) -> list[str]:
    """Run command, then print "BRA-SLUT <status>" on the normal screen and keep the pane open like a shell."""
    return ["sh", "-c", f'{shlex.join(command)}; echo "{END} $?"; exec sleep 3600']


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """A small, predictable environment for a terminal: no colour settings or tmux state leak in."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/local/bin:/usr/bin:/bin"),
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "TERM": "xterm-256color",
    }
    env.update(extra)
    return env


def _colour_codes(params: str) -> list[str]:
    """The colour parts of one SGR sequence's parameters ("1;38;5;9" gives ["38;5;9"])."""
    parts = [p for p in params.replace(":", ";").split(";") if p] or ["0"]
    found, i = [], 0
    while i < len(parts):
        code = int(parts[i])
        if code in (38, 48, 58):
            width = 3 if i + 1 < len(parts) and parts[i + 1] == "5" else 5
            found.append(";".join(parts[i:i + width]))
            i += width
            continue
        if 30 <= code <= 37 or 40 <= code <= 47 or 90 <= code <= 97 or 100 <= code <= 107:
            found.append(str(code))
        i += 1
    return found


class TmuxSession:
    """One detached tmux server with one 80×24 pane running a command."""

    def __init__(self, tmux: str, workdir: Path, socket_name: str) -> None:
        self.tmux = tmux
        self.workdir = workdir
        self.socket_name = socket_name
        self.config = workdir / "tmux.conf"
        self.socket_path = Path()
        self._client_env: dict[str, str] = {}
        self.config.write_text(
            "set -g status off\n"           # the whole 80×24 belongs to the pane
            "set -g remain-on-exit on\n"    # keep the last screen if a program ends unexpectedly
            "set -g history-limit 2000\n"
            "set -g default-terminal screen\n",
            encoding="utf-8",
        )

    def _tmux(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run([self.tmux, "-u", "-L", self.socket_name, "-f", str(self.config), *args],
                              capture_output=True, encoding="utf-8", errors="replace", check=check,
                              stdin=subprocess.DEVNULL,
                              env=self._client_env)

    def start(self, command: list[str], env: dict[str, str], cwd: Path) -> None:
        """Start the pane running command (argv) in env, from cwd."""
        self._client_env = dict(env)
        self._client_env.pop("TMUX", None)
        exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
        line = f"cd {shlex.quote(str(cwd))} && exec env -i {exports} {shlex.join(command)}"
        self._tmux("new-session", "-d", "-s", "t", "-x", str(COLUMNS), "-y", str(LINES), line)
        self.socket_path = Path(self._tmux("display-message", "-p", "#{socket_path}").stdout.strip())

    def send_keys(self, *keys: str) -> None:
        """Press keys by tmux name ("q", "Escape", "Enter", "C-p", "Down"), all in one go as a fast typist does."""
        self._tmux("send-keys", "-t", "t", *keys)

    def type(self, text: str) -> None:
        """Type text literally, character by character as a user would."""
        self._tmux("send-keys", "-t", "t", "-l", text)

    def send_keys_and_type(self, keys: list[str], text: str) -> None:
        """Press keys and type text right behind them, in one tmux command (no pause between them)."""
        self._tmux("send-keys", "-t", "t", *keys, ";", "send-keys", "-t", "t", "-l", text)

    def type_and_send_keys(self, text: str, keys: list[str]) -> None:
        """Type text and press keys right behind it, in one tmux command (no pause between them)."""
        self._tmux("send-keys", "-t", "t", "-l", text, ";", "send-keys", "-t", "t", *keys)

    def resize(self, columns: int, lines: int) -> None:
        """Make the pane columns × lines, as a user dragging the terminal's edge does."""
        self._tmux("resize-window", "-t", "t", "-x", str(columns), "-y", str(lines))

    def screen(self) -> str:
        """What the pane shows now, as plain text (no escape sequences)."""
        return self._tmux("capture-pane", "-p", "-t", "t").stdout

    def colours(self) -> set[str]:
        """The colour settings (SGR parameters) in use anywhere on the screen now."""
        painted = self._tmux("capture-pane", "-p", "-e", "-t", "t").stdout
        return {code for params in SGR.findall(painted) for code in _colour_codes(params)}

    def transcript(self) -> str:
        """Everything the pane has shown on its normal screen, scrolled-off lines included."""
        return self._tmux("capture-pane", "-p", "-J", "-S", "-", "-t", "t").stdout

    def state(self, name: str) -> str:
        """One of tmux's pane format variables (alternate_on, mouse_any_flag, pane_dead, …)."""
        return self._tmux("display-message", "-p", "-t", "t", f"#{{{name}}}").stdout.strip()

    @property
    def pid(self) -> int:
        """The process the pane runs (the program itself when started without shell_after: it is exec'd)."""
        return int(self.state("pane_pid"))

    @property
    def dead(self) -> bool:
        """Whether the program in the pane has ended."""
        return self._tmux("display-message", "-p", "-t", "t", "#{pane_dead}", check=False).stdout.strip() == "1"

    def wait_dead(self, timeout: float = WAIT) -> None:
        """Poll until the program in the pane has ended."""
        deadline = time.monotonic() + timeout
        while not self.dead:
            if time.monotonic() > deadline:
                raise AssertionError(f"the program did not end within {timeout} s; the screen:\n{self.screen()}")
            time.sleep(POLL)

    def wait_input_queued(self, count: int, timeout: float = WAIT) -> None:
        """Poll until at least count bytes typed into the pane wait, unread, in its terminal (the program is
        stopped or busy): tmux has delivered them, however loaded the machine."""
        deadline = time.monotonic() + timeout
        fd = os.open(self.state("pane_tty"), os.O_RDONLY | os.O_NOCTTY | os.O_NONBLOCK)
        try:
            while (queued := struct.unpack("i", fcntl.ioctl(fd, termios.FIONREAD, b"\0" * 4))[0]) < count:
                if time.monotonic() > deadline:
                    raise AssertionError(f"only {queued} of {count} bytes reached the terminal within {timeout} s")
                time.sleep(POLL)
        finally:
            os.close(fd)

    def cursor(self) -> tuple[int, int]:
        """Where the terminal's cursor is (column, row from 0); Textual keeps it at the focused field."""
        x, y = self.state("cursor_x"), self.state("cursor_y")
        return int(x or 0), int(y or 0)

    def wait_cursor_row(self, row: int, timeout: float = WAIT) -> None:
        """Poll until the cursor is on row (the focused field has moved there)."""
        deadline = time.monotonic() + timeout
        while self.cursor()[1] != row:
            if time.monotonic() > deadline:
                raise AssertionError(f"the cursor did not reach row {row} within {timeout} s; it is at "
                                     f"{self.cursor()}; the screen:\n{self.screen()}")
            time.sleep(POLL)

    def wait_for(self, text: str | Callable[[str], bool], timeout: float = WAIT) -> str:
        """Poll the screen until it shows text (or the predicate holds); return that screen."""
        deadline = time.monotonic() + timeout
        while True:
            shown = self.screen()
            if (text in shown) if isinstance(text, str) else text(shown):
                return shown
            if time.monotonic() > deadline:
                raise AssertionError(f"the screen did not show {text!r} within {timeout} s; it shows:\n{shown}")
            time.sleep(POLL)

    def wait_gone(self, text: str, timeout: float = WAIT) -> str:
        """Poll the screen until text is no longer on it; return that screen."""
        return self.wait_for(lambda shown: text not in shown, timeout)

    def wait_end(self, timeout: float = WAIT) -> int:
        """Wait for a command started with `then_shell` to end; return its exit status."""
        shown = self.wait_for(lambda text: END_MARK.search(text) is not None, timeout)
        match = END_MARK.search(shown)
        assert match is not None
        return int(match.group(1))

    def kill(self) -> None:
        """Stop the tmux server and everything in it."""
        self._tmux("kill-server", check=False)
        if self.socket_path.name == self.socket_name:
            self.socket_path.unlink(missing_ok=True)


@pytest.fixture
def require_program() -> Callable[..., str]:
    """The rule for missing programs, for tests of the harness itself."""
    return require


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """An empty home folder, so nothing of the developer's own settings leaks into a test."""
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


@pytest.fixture
def bra() -> list[str]:
    """The argv that runs the installed `bra`."""
    return bra_command()


@pytest.fixture
def tmux_session(tmp_path: Path, home: Path) -> Iterator[Callable[..., TmuxSession]]:
    """Start argv in a fresh tmux server at 80×24: tmux_session(argv, TERM=…, NO_COLOR=…).

    With shell_after (the default) the pane prints "BRA-SLUT <status>" when argv ends and stays open.
    """
    tmux = require("tmux")
    sessions: list[TmuxSession] = []

    def start(command: list[str], cwd: Path | None = None, shell_after: bool = True, **env: str) -> TmuxSession:
        if shell_after:
            command = then_shell(command)
        workdir = tmp_path / f"tmux{len(sessions)}"
        workdir.mkdir()
        session = TmuxSession(tmux, workdir, f"bra-test-{os.getpid()}-{uuid.uuid4().hex[:12]}")
        sessions.append(session)
        session.start(command, clean_env(home, **{"TERM": "screen", **env}), cwd or tmp_path)
        return session

    yield start
    for session in sessions:
        session.kill()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _keygen(path: Path) -> None:
    subprocess.run([require("ssh-keygen"), "-q", "-t", "ed25519", "-N", "", "-C", "bra-test", "-f", str(path)],
                   check=True, stdin=subprocess.DEVNULL, capture_output=True)


class SshServer:
    """A real OpenSSH server on 127.0.0.1 that lets the current user in with a throwaway key."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.user = getpass.getuser()
        self.key = folder / "user_key"
        self.port = 0
        self.process: subprocess.Popen[bytes] | None = None
        self.log = folder / "sshd.log"

    def start(self) -> None:
        """Generate the keys, write the config and start sshd; wait until it takes connections."""
        sshd = require("sshd", str(SSHD))
        require("ssh")
        host_key = self.folder / "host_key"
        _keygen(host_key)
        _keygen(self.key)
        shutil.copy(self.key.with_suffix(".pub"), self.folder / "authorized_keys")
        Path("/run/sshd").mkdir(parents=True, exist_ok=True)   # privilege separation needs it
        for _attempt in range(5):
            self.port = _free_port()
            config = self.folder / "sshd_config"
            config.write_text("\n".join([
                f"Port {self.port}",
                "ListenAddress 127.0.0.1",
                f"HostKey {host_key}",
                f"PidFile {self.folder / 'sshd.pid'}",
                f"AuthorizedKeysFile {self.folder / 'authorized_keys'}",
                "StrictModes no",
                "UsePAM no",
                "PermitRootLogin yes",
                "PubkeyAuthentication yes",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "PrintMotd no",
                "PrintLastLog no",
                "LogLevel ERROR",
                "",
            ]), encoding="utf-8")
            with self.log.open("ab") as log:
                self.process = subprocess.Popen([sshd, "-D", "-e", "-f", str(config)], stdin=subprocess.DEVNULL,
                                                stdout=log, stderr=log)
            if self._wait_listening():
                return
            self.stop()
        raise AssertionError(f"sshd did not start; its log:\n{self.log.read_text(errors='replace')}")

    def _wait_listening(self) -> bool:
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                return False
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return True
            except OSError:
                time.sleep(POLL)
        return False

    def client(self, remote: list[str], env: dict[str, str], user: str | None = None) -> list[str]:
        """The ssh command line that logs in with a terminal and runs remote argv with env set on the server.

        user logs in as another local account (any account may use the server's key); an empty remote
        gives that user's own login shell, as a person logging in gets it.
        """
        exports = [f"{k}={v}" for k, v in env.items()]
        command = [shlex.join(["env", *exports, *remote])] if remote else []
        return [require("ssh"), "-tt", "-F", "/dev/null", "-i", str(self.key), "-o", "IdentitiesOnly=yes",
                "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
                "-o", "LogLevel=ERROR", "-p", str(self.port), f"{user or self.user}@127.0.0.1", *command]

    def stop(self) -> None:
        """Stop sshd (sessions it started end with their connections)."""
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@pytest.fixture
def ssh_server(tmp_path: Path) -> Iterator[SshServer]:
    """A running sshd on a free port of 127.0.0.1, with a key to log in as the current user."""
    folder = tmp_path / "ssh"
    folder.mkdir()
    server = SshServer(folder)
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture
def over_ssh(tmux_session: Callable[..., TmuxSession], ssh_server: SshServer, home: Path,
             seed_store: Path) -> Callable[..., TmuxSession]:
    """Run argv over a real ssh login from a tmux pane, on the seed store with TERM=term: over_ssh(argv, term, …)."""

    def start(command: list[str], term: str, **env: str) -> TmuxSession:
        remote_env = {"TERM": term, "LANG": "C.UTF-8", "HOME": str(home), "BRA_STORE": str(seed_store), **env}
        return tmux_session(ssh_server.client(command, remote_env), TERM=term)

    return start
