"""Run the user's editor ($VISUAL, $EDITOR, else nano or vi) on a text and take the result back."""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import subprocess
import tempfile
import time
import tomllib
from collections.abc import Iterable, Iterator, Mapping
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
    asked = _asked(env)
    if asked is not None:
        name, value = asked
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


def editor_name(env: Mapping[str, str] | None = None) -> str:
    """The editor ctrl+e opens, by the name of its program, for the user to read ("nano", "vi"): the one $VISUAL or
    $EDITOR names (even when it cannot be started: that is said when it is tried), else nano or vi as installed;
    vi when there is none."""
    try:
        return Path(editor_command(env)[0]).name
    except EditorError:
        asked = _asked(os.environ if env is None else env)
        words = _words(asked[1]) if asked is not None else []
        return Path(words[0]).name if words else "vi"


def _words(value: str) -> list[str]:
    """A command as a shell splits it, or at spaces when it cannot ('"min editor' → ['"min', 'editor'])."""
    try:
        return shlex.split(value)
    except ValueError:
        return value.split()


def _asked(env: Mapping[str, str]) -> tuple[str, str] | None:
    """The editor the user asked for: the variable ($VISUAL, else $EDITOR) and what it holds; None when neither is
    set."""
    return next(((name, value) for name in ("VISUAL", "EDITOR") if (value := env.get(name, "").strip())), None)


STOP_SECONDS = 5.0  # an editor told to end (the app is ending) that is still running after this is killed


class _Running:
    """The editor running now, so that a signal handler (the app is ending) can end it and keep its text."""

    def __init__(self, path: Path, start: str) -> None:
        self.path = path
        self.start = start
        self.process: subprocess.Popen[bytes] | None = None
        self.stop_asked: float | None = None  # monotonic time the app asked it to end


_running: _Running | None = None
_kept: dict[Path, str] = {}  # editor files read into the notes while the app was ending: deleted once in a draft


def stop_running_editor() -> None:
    """The app is ending (hangup, told to stop) while the editor may be running: end the editor as a hangup would
    (the file it last wrote is then read back as the notes' text, for the draft). Safe to call from a signal
    handler; does nothing when no editor runs."""
    running = _running
    if running is None or running.stop_asked is not None:
        return
    running.stop_asked = time.monotonic()
    if running.process is not None:
        _signal(running.process, signal.SIGHUP)


def _signal(process: subprocess.Popen[bytes], signum: int) -> None:
    try:
        process.send_signal(signum)
    except OSError:  # already gone
        pass


def _wait(running: _Running, process: subprocess.Popen[bytes]) -> int:
    """The editor's exit status; one the app asked to end and that goes on running is killed after STOP_SECONDS."""
    while True:
        try:
            return process.wait(timeout=0.1)
        except subprocess.TimeoutExpired:
            asked = running.stop_asked
            if asked is not None and time.monotonic() - asked > STOP_SECONDS:
                _signal(process, signal.SIGKILL)


def files_kept_for_drafts() -> dict[Path, str]:
    """The editor files read into the notes while the app was ending, with their text; each stays on disk until
    release_kept_files finds its text in a draft."""
    return dict(_kept)


def release_kept_files(drafts: Iterable[Path]) -> list[Path]:
    """Delete the kept editor files whose text the drafts hold (as a whole string value); the others stay where
    they are. Returns the files that stay."""
    held: set[str] = set()
    for draft in drafts:
        try:
            held.update(_strings(tomllib.loads(draft.read_text(encoding="utf-8"))))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            continue
    for path, text in list(_kept.items()):
        if text in held:
            path.unlink(missing_ok=True)
            del _kept[path]
    return list(_kept)


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for inner in value.values():
            yield from _strings(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _strings(inner)


def edit_text(text: str, suffix: str = ".txt", env: Mapping[str, str] | None = None) -> str:
    """Open text in the editor (never through a shell) and return what the file holds when it exits.

    Every failure (no editor, an editor that exits non-zero, a result that is not UTF-8, no room for the
    temporary file) raises EditorError, and the caller keeps the text it had. The file goes afterwards only when
    nothing written in it is lost: one with other text than the caller keeps stays, and the message says where.

    When the app asks the editor to end (stop_running_editor: the app is ending), whatever the file holds is
    returned as the text whatever the editor's status, and the file stays until a draft holds it
    (release_kept_files).
    """
    global _running
    command = editor_command(env)
    try:
        fd, name = tempfile.mkstemp(prefix="bra-", suffix=suffix)
    except OSError as err:
        raise EditorError(f"Kunde inte skapa en tillfällig fil åt textredigeraren: {cause(err)}.") from None
    path = Path(name)
    running = _Running(path, text)
    keep = False
    try:
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
        except OSError as err:
            raise EditorError(f"Kunde inte skriva texten åt textredigeraren: {cause(err)}.") from None
        _running = running
        try:
            process = subprocess.Popen([*command, str(path)], env=None if env is None else dict(env))
        except FileNotFoundError:
            raise EditorError(f"Textredigeraren {quoted(command[0])} finns inte.") from None
        except PermissionError:
            raise EditorError(f"Textredigeraren {quoted(command[0])} går inte att köra.") from None
        running.process = process
        if running.stop_asked is not None:  # asked while it was being started
            _signal(process, signal.SIGHUP)
        returncode = _wait(running, process)
        _running = None
        try:
            result = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            keep = True
            raise EditorError("Textredigeraren sparade texten i en annan teckenkodning än UTF-8; "
                              f"texten är oförändrad. Det den sparade finns kvar i {path}.") from None
        except OSError as err:
            raise EditorError(f"Texten från textredigeraren gick inte att läsa ({cause(err)}); "
                              "texten är oförändrad.") from None
        if running.stop_asked is not None:
            if result != text:
                keep = True
                _kept[path] = result
            return result
        if returncode != 0:
            keep = result != text
            kept = f" Det den sparade finns kvar i {path}." if keep else ""
            raise EditorError(f"Textredigeraren avslutades med felkod {returncode}; texten är oförändrad.{kept}")
        return result
    finally:
        _running = None
        if not keep:
            path.unlink(missing_ok=True)
