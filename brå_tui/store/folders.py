"""This user's own folders for bra (settings, caches, drafts), by the XDG base directory specification."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from brå_tui.home import own_home, users_home

Kind = Literal["config", "cache", "state"]

# Where each kind goes when its XDG_*_HOME is not set, relative to the home folder.
_DEFAULTS: dict[Kind, str] = {"config": ".config", "cache": ".cache", "state": ".local/state"}


class HomeError(Exception):
    """A path begins with ~ or ~user and that home folder is not known on this machine; the message is one
    Swedish sentence naming the path. A usage error wherever the path was given (status 2)."""


def home_folder() -> Path:
    """This user's home folder: $HOME, else the one the password database gives; HomeError when neither does."""
    return expand_home("~")


def expand_home(path: str | os.PathLike[str], source: str = "") -> Path:
    """path with a leading ~ (this user's home, $HOME first) or ~user (that user's home) replaced, as the shell
    does; other paths as they are. HomeError naming the path (and source, a phrase such as " (vald av
    miljövariabeln BRA_STORE)") when the user does not exist or this user's home is not known. Every path a
    user types or configures (a store, a file to export to or import from, a password file) is expanded here."""
    text = os.fspath(path)
    if not text.startswith("~"):
        return Path(text)
    head, _, rest = text.partition(os.sep)
    name = head[1:]
    home = users_home(name) if name else own_home()
    if home is None and name:
        raise HomeError(f"Sökvägen {text}{source} börjar med ~{name}, men det finns ingen användare "
                        f"som heter {name} på den här datorn; skriv hela sökvägen i stället.")
    if home is None:
        raise HomeError(f"Sökvägen {text}{source} börjar med ~, men din hemmapp är okänd (HOME är inte satt "
                        "och du saknas i användardatabasen); skriv hela sökvägen i stället.")
    return home / rest if rest else home


def user_folder(kind: Kind, env: Mapping[str, str] | None = None) -> Path:
    """bra's folder of one kind: $XDG_CONFIG_HOME/bra, $XDG_CACHE_HOME/bra or $XDG_STATE_HOME/bra.

    An unset, empty or relative XDG_*_HOME means the default under the home folder ($HOME):
    ~/.config/bra, ~/.cache/bra, ~/.local/state/bra (the specification says a relative path is
    to be ignored). env is the environment to read (os.environ when None).
    """
    env = os.environ if env is None else env
    base = env.get(f"XDG_{kind.upper()}_HOME", "").strip()
    if not base or not Path(base).is_absolute():
        home = own_home(env)
        if home is None:
            home = home_folder()  # says in Swedish that the home folder is not known
        base = str(home / _DEFAULTS[kind])
    return Path(base) / "bra"
