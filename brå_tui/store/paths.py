"""Where a store is, and the names of the files inside it."""

from __future__ import annotations

import datetime as dt
import grp
import os
import re
import stat
from collections.abc import Container, Iterator
from dataclasses import dataclass
from pathlib import Path

from brå_tui.oserrors import cause
from brå_tui.store.folders import expand_home
from brå_tui.text import not_a_date, quoted

COUNCIL_FILE = "council.toml"
PEOPLE_FILE = "people.toml"
MEETINGS_DIR = "meetings"
MEETING_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:-(\d+))?\.toml\Z", re.ASCII)
MEETING_KEY = re.compile(r"^\d{4}-\d{2}-\d{2}(?:-\d+)?\Z", re.ASCII)


# The temporary file a save writes first: .NAME.XXXXXXXX.tmp beside the file (mkstemp's eight characters).
_TEMPORARY = re.compile(r"\A\.(.+\.toml)\.[a-z0-9_]{8}\.tmp\Z")


class StoreError(Exception):
    """A store cannot be found or used; the message is one sentence for the user."""


class ConfigError(StoreError):
    """A configuration file (store.config) cannot be read or used; the message is one Swedish sentence naming the
    file and line. Like a --store that names no store, a usage error (status 2): bra cannot run as configured."""


@dataclass(frozen=True)
class StoreChoice:
    """The store bra will use and why: path, and reason as a Swedish phrase ("miljövariabeln BRA_STORE")."""

    path: Path
    reason: str


NO_STORE = ("Ingen lagring vald: ange --store SÖKVÄG, sätt BRA_STORE, skriv store = \"SÖKVÄG\" i "
            "~/.config/bra/config.toml eller /etc/bra/config.toml, eller skapa en med 'bra init SÖKVÄG'.")


def is_store(path: Path, diagnose: bool = False) -> bool:
    """Whether a folder is a store: it holds council.toml (or, to diagnose a damaged one, a meetings folder)."""
    if (path / COUNCIL_FILE).is_file():
        return True
    return diagnose and (path / MEETINGS_DIR).is_dir()


def choose_store(option: str | None = None, cwd: Path | None = None, diagnose: bool = False) -> StoreChoice:
    """The store to use and why, first found of: --store, $BRA_STORE, the user's config, the system's config,
    ./store. StoreError (one sentence) when the chosen folder is missing or holds no council.toml, or nothing
    names a store; ConfigError (a StoreError) when a config file that would decide cannot be read or used;
    HomeError (store.folders) when --store or $BRA_STORE begins with the home of a user who does not exist.
    diagnose (for `bra check`) also accepts a folder with a meetings folder, so that a store that lost its
    council.toml can be checked.
    """
    if option is not None:
        if not option.strip():
            raise StoreError("--store anger ingen mapp (sökvägen är tom); ange mappen där lagringen finns.")
        return _existing(expand_home(option), "--store på kommandoraden", diagnose)
    if os.environ.get("BRA_STORE"):
        variable = os.environ["BRA_STORE"]
        return _existing(expand_home(variable, " (vald av miljövariabeln BRA_STORE)"), "miljövariabeln BRA_STORE",
                         diagnose)
    from brå_tui.store.config import config_files  # read only when no option or variable names the store

    for config in config_files():
        if config.error:
            raise ConfigError(config.error)
        if config.store is not None:
            return _existing(config.store, f"store i {config.path} ({config.label})", diagnose)
    local = (cwd or Path.cwd()) / "store"
    if local.is_dir() and is_store(local, diagnose):
        return StoreChoice(local, "mappen store i mappen du står i")
    raise StoreError(NO_STORE)


def _existing(path: Path, reason: str, diagnose: bool = False) -> StoreChoice:
    source = "" if reason.startswith("--store") else f" (vald av {reason})"
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path}{source} är en fil, inte en mapp med en lagring; ange mappen där council.toml "
                         "finns.")
    if not path.is_dir():
        raise StoreError(f"Hittar ingen lagring i {path}{source}; skapa en med 'bra init {path}'.")
    if not os.access(path, os.R_OK | os.X_OK):
        raise StoreError(f"Du får inte läsa lagringen i {path}{source}; den är bara för gruppen "
                         f"{group_name(path.stat().st_gid)}, så be den som sköter servern lägga till dig där.")
    if not is_store(path, diagnose):
        raise StoreError(f"{path}{source} är ingen lagring ({COUNCIL_FILE} saknas); "
                         "ange rätt mapp eller skapa en ny lagring med 'bra init SÖKVÄG'.")
    return StoreChoice(path, reason)


def group_name(gid: int) -> str:
    """The name of the Unix group gid, or the number when the system has no name for it."""
    try:
        return grp.getgrgid(gid).gr_name
    except KeyError:
        return str(gid)


def find_store(option: str | None = None, cwd: Path | None = None, diagnose: bool = False) -> Path:
    """The store's folder as choose_store picks it; StoreError that says what to do otherwise."""
    return choose_store(option, cwd, diagnose).path


def meetings_dir(root: Path) -> Path:
    """The folder that holds the meeting files."""
    return root / MEETINGS_DIR


def meeting_entries(root: Path, named: Container[str] = ()) -> Iterator[tuple[str, os.stat_result]]:
    """The name and stat of every entry in meetings/ named by a real date, in no set order. An entry that is no
    readable file (a folder, a FIFO, a link that leads nowhere or in a loop) is listed too, with the link's own
    stat, so that reading it reports it as broken. The names in named are known to be named so already and are not
    looked at again. StoreError (one sentence) when the folder cannot be listed."""
    folder = meetings_dir(root)
    # Each entry is stat'ed through one open handle on the folder (fstatat), not by its whole path: the path is not
    # looked up again for each of thousands of files, and a folder moved meanwhile is still the one listed.
    try:
        handle = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | getattr(os, "O_CLOEXEC", 0))
    except (FileNotFoundError, NotADirectoryError):
        return
    except OSError as err:
        raise StoreError(f"Kan inte läsa mappen {folder}: {cause(err)}.") from None
    try:
        try:
            entries = list(os.scandir(handle))
        except OSError as err:
            raise StoreError(f"Kan inte läsa mappen {folder}: {cause(err)}.") from None
        for entry in entries:
            name = entry.name
            if name not in named and not is_meeting_name(name):
                continue
            try:
                st = entry.stat()
            except OSError:
                try:
                    st = entry.stat(follow_symlinks=False)
                except OSError:  # gone since the folder was listed
                    continue
            yield name, st
    finally:
        os.close(handle)


def is_meeting_name(name: str) -> bool:
    """Whether a file name is a meeting's: a real date, perhaps a number, then .toml (what meeting_entries lists)."""
    match = MEETING_NAME.match(name)
    if not match:
        return False
    try:
        dt.date.fromisoformat(match.group(1))
    except ValueError:
        return False
    return True


def meeting_files(root: Path) -> list[Path]:
    """Every entry in meetings/ named by a real date, by name (see meeting_entries); other files are left alone."""
    folder = meetings_dir(root)
    return [folder / name for name in sorted(name for name, _ in meeting_entries(root))]


def date_of_name(path: Path) -> dt.date | None:
    """The date a meeting file's name gives, or None if the name is no date."""
    match = MEETING_NAME.match(path.name)
    if not match:
        return None
    try:
        return dt.date.fromisoformat(match.group(1))
    except ValueError:
        return None


def check_key(key: str) -> str:
    """A meeting key (2024-11-15 or 2024-11-15-2) that is safe to use as a file name; else StoreError."""
    if not MEETING_KEY.match(key):
        raise StoreError(not_a_date(key))
    try:
        dt.date.fromisoformat(key[:10])
    except ValueError:
        raise StoreError(f"{quoted(key)} är inget giltigt datum.") from None
    return key


def meeting_path(root: Path, key: str) -> Path:
    """The file of the meeting with this key; refuses anything that is not a date."""
    return meetings_dir(root) / f"{check_key(key)}.toml"


def free_meeting_path(root: Path, date: dt.date) -> Path:
    """A file name for a new meeting on this date that no file has yet (…-2, -3 on a busy day)."""
    base = meeting_path(root, date.isoformat())
    if not os.path.lexists(base):
        return base
    n = 2
    while os.path.lexists(candidate := meetings_dir(root) / f"{date.isoformat()}-{n}.toml"):
        n += 1
    return candidate


def meetings_on(root: Path, date: dt.date) -> list[Path]:
    """The files of the meetings held on a date: the day's first (2025-02-14.toml) and its numbered others
    (2025-02-14-2.toml …), in that order."""
    day = date.isoformat()
    numbered = re.compile(re.escape(day) + r"-([0-9]+)\.toml")
    found = [(0, p) for p in [meeting_path(root, day)] if os.path.lexists(p)]
    try:
        names = os.listdir(meetings_dir(root))
    except OSError:
        names = []
    found += [(int(m.group(1)), meetings_dir(root) / name) for name in names if (m := numbered.fullmatch(name))]
    return [p for _, p in sorted(found)]


def is_leftover(path: Path) -> bool:
    """Whether path is a store file's temporary from a save (.2024-11-15.toml.k3j9x_2a.tmp): a regular file,
    not a link. One found outside a save (which holds the folder's lock) was left by an interrupted save."""
    if not _TEMPORARY.match(path.name):
        return False
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False
