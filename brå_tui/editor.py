"""Run the user's editor ($VISUAL, $EDITOR, else nano or vi) on a text and take the result back."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import tempfile
from collections.abc import Mapping
from pathlib import Path

from brå_tui.oserrors import cause
from brå_tui.text import quoted

FALLBACKS = ("nano", "vi")


class EditorError(Exception):
    """No editor could be started; the message is one Swedish sentence."""


def editor_command(env: Mapping[str, str] | None = None) -> list[str]:
    """The editor to run as an argument list: $VISUAL, else $EDITOR (split like a shell), else nano or vi.

    Raises EditorError when the variable cannot be split or names a program that is not installed, so
    that the caller can say so before it hands the terminal over.
    """
    env = os.environ if env is None else env
    for name in ("VISUAL", "EDITOR"):
        value = env.get(name, "").strip()
        if value:
            try:
                words = shlex.split(value)
            except ValueError as err:
                raise EditorError(f"${name} går inte att tolka ({err}).") from None
            if words:
                if shutil.which(words[0], path=env.get("PATH", os.defpath)) is None:
                    raise EditorError(f"Textredigeraren {quoted(words[0])} (från ${name}) hittades inte; "
                                      f"sätt ${name} till en som finns, till exempel nano.")
                return words
    for fallback in FALLBACKS:
        found = shutil.which(fallback, path=env.get("PATH"))
        if found:
            return [found]
    raise EditorError("Ingen textredigerare hittades: sätt $EDITOR, till exempel EDITOR=nano.")


def edit_text(text: str, suffix: str = ".txt", env: Mapping[str, str] | None = None) -> str:
    """Open text in the editor (never through a shell) and return what the file holds when it exits.

    Every failure (no editor, an editor that exits non-zero, a result that is not UTF-8, no room for the
    temporary file) raises EditorError, and the caller keeps the text it had.
    """
    command = editor_command(env)
    try:
        fd, name = tempfile.mkstemp(prefix="bra-", suffix=suffix)
    except OSError as err:
        raise EditorError(f"Kunde inte skapa en tillfällig fil åt textredigeraren: {cause(err)}.") from None
    path = Path(name)
    try:
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
        except OSError as err:
            raise EditorError(f"Kunde inte skriva texten åt textredigeraren: {cause(err)}.") from None
        try:
            result = subprocess.run([*command, str(path)], check=False,
                                    env=None if env is None else dict(env))
        except FileNotFoundError:
            raise EditorError(f"Textredigeraren {quoted(command[0])} finns inte.") from None
        except PermissionError:
            raise EditorError(f"Textredigeraren {quoted(command[0])} går inte att köra.") from None
        if result.returncode != 0:
            raise EditorError(f"Textredigeraren avslutades med felkod {result.returncode}; texten är oförändrad.")
        try:
            return path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise EditorError("Textredigeraren sparade texten i en annan teckenkodning än UTF-8; "
                              "texten är oförändrad.") from None
        except OSError as err:
            raise EditorError(f"Texten från textredigeraren gick inte att läsa ({cause(err)}); "
                              "texten är oförändrad.") from None
    finally:
        path.unlink(missing_ok=True)
