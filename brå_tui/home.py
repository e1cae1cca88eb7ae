"""Home folders, read in this one place: this user's ($HOME, else the password database's) and another user's."""

from __future__ import annotations

import os
import pwd
from collections.abc import Mapping
from pathlib import Path


def own_home(env: Mapping[str, str] | None = None) -> Path | None:
    """This user's home folder: $HOME of env (os.environ when None) when set and not empty, else the one the
    password database gives; None when neither is known."""
    env = os.environ if env is None else env
    home = env.get("HOME", "")
    if not home:
        try:
            home = pwd.getpwuid(os.getuid()).pw_dir
        except KeyError:
            home = ""
    return Path(home) if home else None


def users_home(name: str) -> Path | None:
    """The home folder of the user called name, as the password database gives it; None when there is no such user."""
    try:
        return Path(pwd.getpwnam(name).pw_dir)
    except KeyError:
        return None
