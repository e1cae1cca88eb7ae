"""This user's own folders for bra (settings, caches, drafts), by the XDG base directory specification."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

Kind = Literal["config", "cache", "state"]

# Where each kind goes when its XDG_*_HOME is not set, relative to the home folder.
_DEFAULTS: dict[Kind, str] = {"config": ".config", "cache": ".cache", "state": ".local/state"}


def user_folder(kind: Kind, env: Mapping[str, str] | None = None) -> Path:
    """bra's folder of one kind: $XDG_CONFIG_HOME/bra, $XDG_CACHE_HOME/bra or $XDG_STATE_HOME/bra.

    An unset, empty or relative XDG_*_HOME means the default under the home folder ($HOME):
    ~/.config/bra, ~/.cache/bra, ~/.local/state/bra (the specification says a relative path is
    to be ignored). env is the environment to read (os.environ when None).
    """
    env = os.environ if env is None else env
    base = env.get(f"XDG_{kind.upper()}_HOME", "").strip()
    if not base or not Path(base).is_absolute():
        home = Path(env["HOME"]) if env.get("HOME") else Path.home()
        base = str(home / _DEFAULTS[kind])
    return Path(base) / "bra"
