"""Running the git command on a store: finding the repository, the author, and Swedish errors."""

from __future__ import annotations

import getpass
import os
import re
import shutil
import socket
import subprocess
from pathlib import Path
from typing import Literal, overload
from urllib.parse import unquote, urlsplit

from brå_tui.oserrors import cause
from brå_tui.store.gitsafe import (
    DRIVER_KEYS,
    NO_CONTENT_COMMANDS,
    NO_PROGRAMS,
    UnsafeSetting,
    config_arguments,
    driver_overrides,
    environment,
    is_local_url,
    subcommand_flags,
)
from brå_tui.store.shared import current_umask, group_writable

GIT_MISSING = ("git finns inte på den här datorn; installera git (till exempel med 'apt-get install git') "
               "för att få historik och synkronisering.")


class GitError(Exception):
    """git could not do what was asked; the message is Swedish and meant for the user, detail is git's own."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail


class GitMissing(GitError):
    """The git command is not installed."""

    def __init__(self) -> None:
        super().__init__(GIT_MISSING)


def git_available() -> bool:
    """Whether the git command can be run here."""
    return shutil.which("git") is not None


def _driver_settings(exe: str, cwd: Path, env: dict[str, str]) -> list[tuple[str, str]]:
    """The settings that turn off every filter and merge driver the repository's config names."""
    listing = subprocess.run([exe, "-C", str(cwd), *config_arguments(NO_PROGRAMS), "config", "-z", "--name-only",
                              "--get-regexp", DRIVER_KEYS], capture_output=True, env=env, stdin=subprocess.DEVNULL,
                             encoding="utf-8", errors="surrogateescape")
    try:
        return driver_overrides(listing.stdout if listing.returncode == 0 else "")
    except UnsafeSetting as err:
        raise GitError(f"git-inställningarna i {cwd} har en filter- eller sammanslagningsdrivrutin ({err}) som bra "
                       "inte kan stänga av, så git körs inte; ta bort den ur .git/config.") from None


def remote_driver_settings(top: Path, url: str) -> list[tuple[str, str]]:
    """The settings that turn off the filter and merge drivers of a remote repository on this machine.

    url is the remote's address as git has it (a path, relative to top, or file://); an address that is
    not on this machine, or a folder that is no repository, gives no settings. GitError as _driver_settings.
    """
    if not is_local_url(url):
        return []
    location = Path(unquote(urlsplit(url).path)) if url.startswith("file://") else top / url
    exe = shutil.which("git")
    if exe is None or not location.is_dir():
        return []
    return _driver_settings(exe, location, environment(dict(os.environ)))


def _umask_for(cwd: Path) -> int:
    """The umask for git in cwd: in a group-writable store, one that leaves what git writes group-writable."""
    if not group_writable(cwd):
        return -1  # the user's own
    return current_umask() & ~0o070


@overload
def run_git(cwd: Path, *args: str, check: bool = True, extra_env: dict[str, str] | None = None,
            binary: Literal[False] = False) -> subprocess.CompletedProcess[str]: ...
@overload
def run_git(cwd: Path, *args: str, check: bool = True, extra_env: dict[str, str] | None = None,
            binary: Literal[True]) -> subprocess.CompletedProcess[bytes]: ...
def run_git(cwd: Path, *args: str, check: bool = True, extra_env: dict[str, str] | None = None,
            binary: bool = False) -> subprocess.CompletedProcess[str] | subprocess.CompletedProcess[bytes]:
    """Run `git -C cwd ARGS` (no shell) and return the result; GitError with git's reason if check fails.

    Every call runs with the settings of brå_tui.store.gitsafe, so git runs no hook, filter, pager or other
    program that the repository's config or attributes name. The output is text (UTF-8, undecodable bytes
    replaced) unless binary is true.
    """
    exe = shutil.which("git")
    if exe is None:
        raise GitMissing()
    env = environment(dict(os.environ))
    env.update(extra_env or {})
    result: subprocess.CompletedProcess[str] | subprocess.CompletedProcess[bytes]
    try:
        drivers = [] if args[0] in NO_CONTENT_COMMANDS else _driver_settings(exe, cwd, env)
        settings = [*NO_PROGRAMS, *drivers]
        command = [exe, "--no-pager", "-C", str(cwd), *config_arguments(settings), *subcommand_flags(args)]
        if binary:
            result = subprocess.run(command, capture_output=True, env=env, stdin=subprocess.DEVNULL,
                                    umask=_umask_for(cwd))
        else:
            result = subprocess.run(command, capture_output=True, env=env, stdin=subprocess.DEVNULL,
                                    umask=_umask_for(cwd), text=True, encoding="utf-8", errors="replace")
    except OSError as err:
        raise GitError(f"git gick inte att köra: {cause(err)}.") from None
    if check and result.returncode != 0:
        stderr = result.stderr if isinstance(result.stderr, str) else result.stderr.decode("utf-8", "replace")
        raise GitError(explain(stderr, cwd), stderr)
    return result


def explain(stderr: str, cwd: Path) -> str:
    """git's complaint as one Swedish sentence."""
    if "dubious ownership" in stderr:
        named = re.search(r"dubious ownership in repository at '([^'\n]+)'", stderr)
        where = named.group(1) if named else str(cwd)
        return (f"git vägrar arbeta i {where} eftersom mappen ägs av en annan användare; be den som sköter "
                f"servern att köra 'git config --system --add safe.directory {where}'.")
    lock = re.search(r"Unable to create '([^']+\.lock)': File exists", stderr)
    if lock:
        return (f"git kunde inte låsa {lock.group(1)}: en annan git-körning pågår, eller en avbruten lämnade "
                "låset kvar; försök igen om en stund, eller ta bort filen om ingen git körs")
    lines = [ln.strip() for ln in stderr.splitlines() if ln.strip() and not ln.startswith("hint:")]
    errors = [ln.split(":", 1)[1].strip() for ln in lines if ln.startswith(("fatal:", "error:"))]
    reason = errors[0] if errors else (lines[-1] if lines else "okänt fel")
    return f"git misslyckades: {reason}"


def _inside_git_folder(path: Path) -> bool:
    return any((p / ".git").exists() for p in [path, *path.parents])


def work_tree(root: Path) -> Path | None:
    """The top of the git work tree that holds the store at root, or None when the store is not kept in git.

    A store inside a checkout of bra itself (like the example store) is not treated as kept in git,
    so that editing the example never commits to the program's own repository.
    """
    root = root.resolve()
    if not git_available():
        if _inside_git_folder(root):
            raise GitMissing()
        return None
    result = run_git(root, "rev-parse", "--is-inside-work-tree", "--show-toplevel", check=False)
    if result.returncode != 0:
        if "dubious ownership" in result.stderr:
            raise GitError(explain(result.stderr, root), result.stderr)
        return None
    lines = result.stdout.splitlines()
    if not lines or lines[0] != "true" or len(lines) < 2:
        return None
    top = Path(lines[1]).resolve()
    if (top / "brå_tui").is_dir() and (top / "pyproject.toml").is_file():
        return None
    return top


def require_work_tree(root: Path) -> Path:
    """The store's git work tree; GitError with advice when the store is not kept in git."""
    top = work_tree(root)
    if top is None:
        raise GitError(f"Lagringen i {root} ligger inte i git; gör den till ett git-arkiv med "
                       f"'git -C {root} init' (eller skapa en ny med 'bra init --git SÖKVÄG').")
    return top


def _config(cwd: Path, key: str) -> str:
    result = run_git(cwd, "config", "--get", key, check=False)
    return result.stdout.strip() if result.returncode == 0 else ""


def login_name() -> str:
    """The user's login name, or 'okänd' when the system cannot tell."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "okänd"


def author_env(cwd: Path) -> dict[str, str]:
    """Environment that makes git author a commit as user.name/user.email, else as login@hostname."""
    env: dict[str, str] = {}
    name, email = _config(cwd, "user.name"), _config(cwd, "user.email")
    login = login_name()
    if not name:
        env["GIT_AUTHOR_NAME"] = env["GIT_COMMITTER_NAME"] = login
    if not email:
        env["GIT_AUTHOR_EMAIL"] = env["GIT_COMMITTER_EMAIL"] = f"{login}@{socket.gethostname()}"
    return env


def relative(top: Path, path: Path) -> str:
    """path as git names it from the top of the work tree."""
    return path.resolve().relative_to(top).as_posix()
