"""Run the user's editor ($VISUAL, $EDITOR, else nano or vi) on a text and take the result back."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import tempfile
from collections.abc import Mapping
from pathlib import Path

FALLBACKS = ("nano", "vi")


class EditorError(Exception):
    """No editor could be started; the message is one Swedish sentence."""


def editor_command(env: Mapping[str, str] | None = None) -> list[str]:
    """The editor to run as an argument list: $VISUAL, else $EDITOR (split like a shell), else nano or vi."""
    env = os.environ if env is None else env
    for name in ("VISUAL", "EDITOR"):
        value = env.get(name, "").strip()
        if value:
            try:
                words = shlex.split(value)
            except ValueError as err:
                raise EditorError(f"${name} går inte att tolka ({err}).") from None
            if words:
                return words
    for fallback in FALLBACKS:
        found = shutil.which(fallback, path=env.get("PATH"))
        if found:
            return [found]
    raise EditorError("Ingen textredigerare hittades: sätt $EDITOR, till exempel EDITOR=nano.")


def edit_text(text: str, suffix: str = ".txt", env: Mapping[str, str] | None = None) -> str:
    """Open text in the editor (never through a shell) and return what the file holds when it exits."""
    command = editor_command(env)
    fd, name = tempfile.mkstemp(prefix="bra-", suffix=suffix)
    path = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        try:
            result = subprocess.run([*command, str(path)], check=False,
                                    env=None if env is None else dict(env))
        except FileNotFoundError:
            raise EditorError(f"Textredigeraren {command[0]!r} finns inte.") from None
        except PermissionError:
            raise EditorError(f"Textredigeraren {command[0]!r} går inte att köra.") from None
        if result.returncode != 0:
            raise EditorError(f"Textredigeraren avslutades med felkod {result.returncode}; texten är oförändrad.")
        return path.read_text(encoding="utf-8")
    finally:
        path.unlink(missing_ok=True)
