"""A store shared by a Unix group: making one (setgid, group-writable, git for a group) and describing one.

The layout a shared store gets, and the one `bra doctor` recognises:
    folders 2770  owned by the group, setgid so that everything made inside gets the group,
                  closed to everyone outside the group (the notes may hold confidential items)
    files   0660  read and written by the group
    git     core.sharedRepository=group, so that git keeps its own files group-writable; and a
            safe.directory entry in the system's git config, since git otherwise refuses to work in
            a repository owned by another user ("dubious ownership").
"""

from __future__ import annotations

import grp
import os
import pwd
import stat
from dataclasses import dataclass, field
from pathlib import Path

from brå_tui.store.config import set_system_store, system_config_path
from brå_tui.store.gitinit import init_repository
from brå_tui.store.gitrun import GitError, run_git, work_tree
from brå_tui.store.paths import StoreError, group_name
from brå_tui.store.template import make_store

FOLDER_MODE = 0o2770
FILE_MODE = 0o660


def group_id(name: str) -> int:
    """The id of the Unix group name; StoreError with the commands to make it when there is none."""
    try:
        return grp.getgrnam(name).gr_gid
    except KeyError:
        raise StoreError(f"Gruppen {name} finns inte; skapa den med 'groupadd {name}' och lägg till "
                         f"användarna med 'usermod -aG {name} NAMN'.") from None


def share_with_group(root: Path, gid: int) -> list[Path]:
    """Give every folder and file under root (the .git folder included) the group gid and the shared modes.

    PermissionError when the caller may not (only root, or the owner when a member of the group, may).
    Returns the paths changed.
    """
    changed = []
    for folder, dirs, files in os.walk(root):
        base = Path(folder)
        for path, mode in [(base, FOLDER_MODE), *((base / f, FILE_MODE) for f in files)]:
            if path.is_symlink():
                continue
            os.chown(path, -1, gid)
            # git keeps its object files read-only; keep them so, only opening them to the group.
            wanted = mode if mode == FOLDER_MODE or path.stat().st_mode & stat.S_IWUSR else 0o440
            os.chmod(path, wanted)
            changed.append(path)
        dirs[:] = [d for d in dirs if not (base / d).is_symlink()]
    return changed


def system_git_config() -> Path:
    """The file `git config --system` writes: $GIT_CONFIG_SYSTEM if set, else /etc/gitconfig."""
    return Path(os.environ.get("GIT_CONFIG_SYSTEM") or "/etc/gitconfig")


def trusted_by_git(root: Path) -> bool:
    """Whether the system's git config lists root (or '*') under safe.directory."""
    result = run_git(Path("/"), "config", "--system", "--get-all", "safe.directory", check=False)
    entries = {line.strip() for line in result.stdout.splitlines()}
    return "*" in entries or str(root.resolve()) in entries


def trust_in_git(root: Path) -> None:
    """Add root to safe.directory in the system's git config (needs root), unless it is there already."""
    if not trusted_by_git(root):
        run_git(Path("/"), "config", "--system", "--add", "safe.directory", str(root.resolve()))


def _unreachable(root: Path, gid: int) -> list[Path]:
    """Folders above root that members of the group cannot pass through."""
    blocked = []
    for parent in root.resolve().parents:
        st = parent.stat()
        if not (st.st_mode & stat.S_IXOTH or (st.st_gid == gid and st.st_mode & stat.S_IXGRP)):
            blocked.append(parent)
    return blocked


def make_shared_store(root: Path, group: str) -> list[str]:
    """Create an empty store at root for the Unix group: group-owned, setgid, group-writable, in git for a group,
    trusted by git (as root), and the server's store when /etc/bra/config.toml names none (as root).

    Returns what was done, as Swedish sentences for the administrator. StoreError when the group is unknown or
    the caller may not give folders that group; GitError, OSError as the store and git raise them.
    """
    gid = group_id(group)
    admin = os.geteuid() == 0
    if not admin and gid not in os.getgroups():
        raise StoreError(f"Du är inte med i gruppen {group} och kan inte ge lagringen den gruppen; kör "
                         f"kommandot som root (till exempel med sudo).")
    make_store(root)
    os.chown(root, -1, gid)
    os.chmod(root, FOLDER_MODE)
    init_repository(root, shared=True)
    share_with_group(root, gid)
    done = [f"{root} ägs av gruppen {group} med rättigheterna {FOLDER_MODE:04o}: setgid gör att nya filer "
            f"och mappar får gruppen {group}, gruppen kan läsa och skriva, andra kommer inte åt den.",
            f"council.toml, people.toml och meetings/ är läs- och skrivbara för gruppen "
            f"({FILE_MODE:04o} för filer, {FOLDER_MODE:04o} för mappar).",
            "git-arkiv med core.sharedRepository=group, så att gits egna filer förblir skrivbara för gruppen, "
            "och en första version."]
    top = root.resolve()
    if admin:
        trust_in_git(root)
        done.append(f"safe.directory = {top} i {system_git_config()}: git vägrar annars arbeta i en mapp som "
                    "ägs av någon annan, och den ägs av root.")
        written, store = set_system_store(top)
        done.append(f'store = "{top}" i {system_config_path()}: alla som skriver bra öppnar den här lagringen.'
                    if written else
                    f"{system_config_path()} pekar redan ut lagringen {store} och ändrades inte; de som ska "
                    f"använda den nya anger --store {top} eller store = \"{top}\" i ~/.config/bra/config.toml.")
    elif not trusted_by_git(root):
        done.append(f"git vägrar arbeta i en mapp som ägs av någon annan, så de andra i gruppen behöver att "
                    f"den som sköter servern kör 'git config --system --add safe.directory {top}'.")
    for folder in _unreachable(root, gid):
        done.append(f"Obs: gruppen kan inte passera {folder}; kör 'chmod o+x {folder}' (eller ge mappen "
                    f"gruppen {group} och g+x).")
    return done


@dataclass
class Sharing:
    """What a store's folder allows: owner and group names, mode, and what the running user may do there.

    problems are Swedish sentences for what will stop someone (a file the group may not write, …).
    """

    owner: str
    group: str
    mode: int
    setgid: bool
    group_writable: bool
    readable: bool
    writable: bool
    member: bool
    git: str = ""  # "", "nej", or a sentence about the repository
    problems: list[str] = field(default_factory=list)


def _user_name(uid: int) -> str:
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return str(uid)


def describe(root: Path) -> Sharing:
    """How the store at root is shared, seen from the running user."""
    st = root.stat()
    folder = root / "meetings"
    sharing = Sharing(
        owner=_user_name(st.st_uid), group=group_name(st.st_gid), mode=st.st_mode & 0o7777,
        setgid=bool(st.st_mode & stat.S_ISGID), group_writable=bool(st.st_mode & stat.S_IWGRP),
        readable=os.access(root, os.R_OK | os.X_OK),
        writable=os.access(folder if folder.is_dir() else root, os.W_OK | os.X_OK),
        member=st.st_gid in os.getgroups() or st.st_gid == os.getgid())
    if sharing.setgid and sharing.group_writable:
        for path in [root / "council.toml", root / "people.toml", *sorted(folder.glob("*.toml"))]:
            if path.exists() and path.stat().st_gid != st.st_gid:
                sharing.problems.append(f"{path} har inte gruppen {sharing.group}; kör "
                                        f"'chgrp {sharing.group} {path}'.")
            elif path.exists() and not path.stat().st_mode & stat.S_IRGRP:
                sharing.problems.append(f"{path} går inte att läsa för gruppen; kör 'chmod g+rw {path}'.")
    try:
        top = work_tree(root)
    except GitError as err:
        sharing.git = str(err)
        sharing.problems.append(str(err))
        return sharing
    if top is None:
        sharing.git = "nej"
        return sharing
    shared = run_git(top, "config", "--get", "core.sharedRepository", check=False).stdout.strip()
    sharing.git = f"ja, i {top}" + (f", core.sharedRepository={shared}" if shared else "")
    if sharing.setgid and sharing.group_writable and not shared:
        sharing.problems.append(f"git-arkivet i {top} är inte inställt för en grupp; kör "
                                f"'git -C {top} config core.sharedRepository group'.")
    return sharing
