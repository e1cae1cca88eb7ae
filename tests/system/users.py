"""Real Unix users and groups for tests: made with useradd/groupadd, removed after; commands run as them with runuser.

Only root can do this; without root the tests skip locally and fail in CI (when CI is set), like the
terminal tests do for a missing program.
"""

from __future__ import annotations

import os
import pwd
import subprocess
import time
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.terminal.harness import require


def require_root() -> None:
    """Skip locally, fail in CI, unless the tests run as root."""
    if os.geteuid() == 0:
        return
    reason = "making Unix users needs root"
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI runs as root", pytrace=False)
    pytest.skip(reason)


@dataclass(frozen=True)
class UnixUser:
    """A login account made for a test: name, uid and home folder."""

    name: str
    uid: int
    home: Path

    def run(self, argv: Sequence[str], env: Mapping[str, str] | None = None, cwd: Path | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess[str]:
        """Run argv as this user (runuser, a clean environment with this user's HOME, USER and LOGNAME)."""
        environment = {"HOME": str(self.home), "USER": self.name, "LOGNAME": self.name, "LANG": "C.UTF-8",
                       "PATH": "/usr/local/bin:/usr/bin:/bin", **(env or {})}
        exports = [f"{key}={value}" for key, value in environment.items()]
        return subprocess.run([require("runuser", "/usr/sbin/runuser"), "-u", self.name, "--", "env", "-i",
                               *exports, *argv], capture_output=True, text=True, cwd=cwd or self.home,
                              stdin=subprocess.DEVNULL, timeout=timeout, check=False)


class Accounts:
    """Makes groups and users with unique names and removes them all (homes included) when closed."""

    def __init__(self) -> None:
        self.tag = uuid.uuid4().hex[:6]
        self.users: list[str] = []
        self.groups: list[str] = []

    def group(self, label: str) -> str:
        """A new group named bra<label><tag>."""
        name = f"bra{label}{self.tag}"
        subprocess.run([require("groupadd", "/usr/sbin/groupadd"), name], check=True, capture_output=True)
        self.groups.append(name)
        return name

    def user(self, label: str, groups: Sequence[str] = ()) -> UnixUser:
        """A new login user (bash, a home folder, no password but not locked, so a key lets it in over ssh)."""
        name = f"bra{label}{self.tag}"
        argv = [require("useradd", "/usr/sbin/useradd"), "--create-home", "--shell", "/bin/bash",
                "--password", "*", "--user-group"]
        if groups:
            argv += ["--groups", ",".join(groups)]
        subprocess.run([*argv, name], check=True, capture_output=True)
        self.users.append(name)
        entry = pwd.getpwnam(name)
        return UnixUser(name, entry.pw_uid, Path(entry.pw_dir))

    def close(self) -> None:
        """Remove every user (with its home and mail) and group made here, and end their processes."""
        for name in self.users:
            # A login's last processes may take a moment to end; userdel refuses a user still running any.
            for _attempt in range(50):
                subprocess.run(["pkill", "-KILL", "-u", name], capture_output=True, check=False)
                removed = subprocess.run([require("userdel", "/usr/sbin/userdel"), "--remove", name],
                                         capture_output=True, check=False)
                if removed.returncode in (0, 6):  # 6: no such user
                    break
                time.sleep(0.1)
        for name in self.groups:
            subprocess.run([require("groupdel", "/usr/sbin/groupdel"), name], capture_output=True, check=False)


@pytest.fixture
def accounts() -> Iterator[Accounts]:
    """Make real users and groups in a test; all of them are removed afterwards."""
    require_root()
    made = Accounts()
    try:
        yield made
    finally:
        made.close()
