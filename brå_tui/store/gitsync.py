"""`bra sync`: bring a git-kept store in step with its remote (pull with rebase, then push), losing nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from brå_tui.store.atomic import atomic_write
from brå_tui.store.gitrun import GitError, author_env, explain, remote_driver_settings, require_work_tree, run_git
from brå_tui.store.gitsafe import pack_program_option
from brå_tui.store.gitstore import file_at
from brå_tui.store.parse import Unreadable, read_bytes
from brå_tui.store.paths import MEETING_NAME, MEETINGS_DIR
from brå_tui.store.shared import make_folder

CONFLICT_DIR = ".bra-konflikt"


class SyncConflict(GitError):
    """The same file changed here and on the remote; the sync was undone and both versions kept."""

    def __init__(self, message: str, paths: list[str], kept: list[Path]) -> None:
        super().__init__(message)
        self.paths = paths
        self.kept = kept


@dataclass
class SyncResult:
    """What a sync did: the remote, the commits fetched and sent, and the meetings that came in."""

    remote: str
    pulled: int = 0
    pushed: int = 0
    meetings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One Swedish sentence about what happened."""
        if not self.pulled and not self.pushed:
            return f"Lagringen är redan i takt med {self.remote}."
        parts = []
        if self.pulled:
            got = f"hämtade {self.pulled} ändring{'ar' if self.pulled != 1 else ''}"
            if self.meetings:
                got += f" ({', '.join(self.meetings)})"
            parts.append(got)
        if self.pushed:
            parts.append(f"skickade {self.pushed} ändring{'ar' if self.pushed != 1 else ''}")
        return f"Synkroniserat med {self.remote}: {' och '.join(parts)}."


def _config(top: Path, key: str) -> str:
    result = run_git(top, "config", "--get", key, check=False)
    return result.stdout.strip() if result.returncode == 0 else ""


def _remote_and_branch(top: Path, root: Path) -> tuple[str, str, str]:
    branch = run_git(top, "symbolic-ref", "--quiet", "--short", "HEAD", check=False).stdout.strip()
    if not branch:
        raise GitError(f"Lagringen i {root} står inte på någon gren (pågår en sammanslagning?); "
                       f"reda ut det med 'git -C {root} status' först.")
    remote = _config(top, f"branch.{branch}.remote")
    if not remote:
        remotes = run_git(top, "remote").stdout.split()
        remote = "origin" if "origin" in remotes else (remotes[0] if len(remotes) == 1 else "")
    if not remote:
        raise GitError(f"Ingen fjärrlagring är inställd för {root}; lägg till en med "
                       f"'git -C {root} remote add origin ADRESS' och kör 'bra sync' igen.")
    merge = _config(top, f"branch.{branch}.merge")
    return branch, remote, merge.removeprefix("refs/heads/") or branch


def _pack_program(top: Path, remote: str, push: bool) -> str:
    """The option that makes a fetch or push start git's own pack program, whatever the config names."""
    args = ["remote", "get-url", *(["--push"] if push else []), "--", remote]
    url = run_git(top, *args, check=False).stdout.strip()
    return pack_program_option(url, push, remote_driver_settings(top, url))


def _name(rel: str) -> str:
    """The meeting key for a meeting file, else the file's path."""
    path = Path(rel)
    match = MEETING_NAME.match(path.name)
    return match.group(0).removesuffix(".toml") if match and path.parent.name == MEETINGS_DIR else rel


def _unmerged(top: Path) -> list[str]:
    out = run_git(top, "diff", "--name-only", "-z", "--diff-filter=U").stdout
    return [p for p in out.split("\0") if p]


def _count(top: Path, spec: str) -> int:
    return int(run_git(top, "rev-list", "--count", spec).stdout.strip() or 0)


def _keep_theirs(top: Path, root: Path, upstream: str, paths: list[str]) -> list[Path]:
    """Write the remote's version of each conflicting file into the conflict folder; the files written."""
    folder = root / CONFLICT_DIR
    make_folder(folder)
    exclude = Path(run_git(top, "rev-parse", "--git-path", "info/exclude").stdout.strip())
    exclude = exclude if exclude.is_absolute() else top / exclude
    line = f"/{Path(folder).resolve().relative_to(top).as_posix()}/"
    try:  # (a link there is read, never written through: atomic_write replaces the link itself)
        lines: list[str] | None = read_bytes(exclude).decode("utf-8", "replace").splitlines()
    except Unreadable:  # none yet, or one that cannot be read: that one is left as it is, never replaced
        lines = None if exclude.exists() or exclude.is_symlink() else []
    if lines is not None and line not in lines:
        make_folder(exclude.parent)
        atomic_write(exclude, ("\n".join([*lines, line]) + "\n").encode("utf-8"))
    kept = []
    for rel in paths:
        content = file_at(top, rel, upstream)
        if content is None:
            continue
        target = folder / f"{Path(rel).stem}.deras{Path(rel).suffix}"
        atomic_write(target, content)
        kept.append(target)
    return kept


def _conflict_message(root: Path, remote: str, paths: list[str], kept: list[Path]) -> str:
    names = ", ".join(_name(p) for p in paths)
    what = f"Mötet {names}" if all(_name(p) != p for p in paths) else names
    theirs = ", ".join(str(k) for k in kept) or f"{remote} (kör 'bra sync' igen för att se den)"
    return (f"{what} har ändrats både här och i {remote}, så synkroniseringen avbröts och lagringen är som före "
            f"(era ändringar är sparade här men inte skickade). Den andra versionen finns i {theirs}. "
            "Lös det så här: jämför de två (till exempel med 'diff'), för in det som ska vara kvar i mötet här "
            "(i bra eller i en editor) och spara, kör sedan 'bra sync --mine' så gäller er version av mötet "
            "och skickas; vill ni hellre ha den andra versionen rakt av, kör 'bra sync --theirs'. "
            "Båda versionerna finns kvar i historiken.")


def _rebase(top: Path, root: Path, remote: str, upstream: str, mine: bool) -> set[str]:
    """Replay the local commits on upstream; on a conflict undo everything (or, with mine, keep ours whole).

    Returns the files whose conflicts were settled with our version.
    """
    settled: set[str] = set()
    env = author_env(top)
    result = run_git(top, "-c", "rebase.autoStash=false", "rebase", "--quiet", upstream, check=False, extra_env=env)
    for _ in range(1000):
        if result.returncode == 0:
            return settled
        paths = _unmerged(top)
        if not paths:
            run_git(top, "rebase", "--abort", check=False)
            raise GitError(f"Kunde inte hämta ändringarna från {remote}; lagringen är som före. "
                           + run_git(top, "status", "--short", check=False).stdout.strip())
        if not mine:
            kept = _keep_theirs(top, root, upstream, paths)
            run_git(top, "rebase", "--abort")
            raise SyncConflict(_conflict_message(root, remote, paths, kept), paths, kept)
        settled.update(paths)
        for rel in paths:
            # During a rebase "--theirs" is the local commit being replayed: our version wins whole.
            if run_git(top, "checkout", "--theirs", "--", f":/{rel}", check=False).returncode == 0:
                run_git(top, "add", "--", f":/{rel}")
            else:
                run_git(top, "rm", "--quiet", "--", f":/{rel}")
        result = run_git(top, "rebase", "--continue", check=False, extra_env=env)
    run_git(top, "rebase", "--abort", check=False)
    raise GitError("Synkroniseringen kom inte fram till ett slut; lagringen är som före.")


def _names(top: Path, spec: str) -> set[str]:
    return {p for p in run_git(top, "diff", "--name-only", "-z", spec).stdout.split("\0") if p}


def _broken_merges(top: Path, both: set[str]) -> list[str]:
    """Files changed on both sides that git merged line by line into something that is no longer TOML."""
    from brå_tui.store.parse import read_file

    broken = []
    for rel in sorted(both):
        path = top / rel
        if path.suffix == ".toml" and path.is_file() and read_file(path)[1] is None:
            broken.append(rel)
    return broken


def _take_version(top: Path, rev: str, paths: list[str] | set[str], message: str) -> None:
    """Make one version's whole file the current one, as a new commit per file (message has {name})."""
    from brå_tui.store.atomic import atomic_write
    from brå_tui.store.gitstore import commit_file

    for rel in sorted(paths):
        content = file_at(top, rel, rev)
        if content is not None and (not (top / rel).is_file() or (top / rel).read_bytes() != content):
            atomic_write(top / rel, content)
            commit_file(top, top / rel, message.format(name=_name(rel)))


def _check_clean(top: Path, root: Path) -> None:
    out = run_git(top, "status", "--porcelain", "-z", "--untracked-files=no").stdout
    changed = [entry[3:] for entry in out.split("\0") if len(entry) > 3]
    if changed:
        raise GitError(f"Det finns ändringar som inte är incheckade ({', '.join(changed)}); spara dem i bra eller "
                       f"checka in dem med 'git -C {root} commit -a', och kör sedan 'bra sync' igen.")


def sync(root: Path, mine: bool = False, theirs: bool = False) -> SyncResult:
    """Pull with rebase from the configured remote, then push; SyncConflict (with both versions kept) on a clash.

    On a clash, mine makes our version of the file win, theirs the remote's (as a new commit after ours).
    """
    top = require_work_tree(root)
    branch, remote, target = _remote_and_branch(top, root)
    _check_clean(top, root)
    fetched = run_git(top, "fetch", "--quiet", _pack_program(top, remote, push=False), remote, check=False)
    if fetched.returncode != 0:
        raise GitError(f"Kunde inte hämta från {remote}: {explain(fetched.stderr, top)}")
    upstream = f"refs/remotes/{remote}/{target}"
    exists = run_git(top, "rev-parse", "--verify", "--quiet", upstream, check=False).returncode == 0
    result = SyncResult(remote)
    if exists:
        result.pulled = _count(top, f"HEAD..{upstream}")
        if result.pulled:
            before = run_git(top, "rev-parse", "HEAD").stdout.strip()
            incoming = _names(top, f"{before}...{upstream}")
            both = incoming & _names(top, f"{upstream}...{before}")
            result.meetings = sorted({_name(p) for p in incoming if _name(p) != p})
            settled = _rebase(top, root, remote, upstream, mine or theirs)
            broken = _broken_merges(top, both)
            if broken and (mine or theirs):
                _take_version(top, before, broken, "Behåll den egna versionen av {name} vid synkronisering")
                settled.update(broken)
            elif broken:
                # The work tree was clean before the sync, so going back to where it started loses nothing.
                run_git(top, "reset", "--quiet", "--hard", before)
                kept = _keep_theirs(top, root, upstream, broken)
                raise SyncConflict(_conflict_message(root, remote, broken, kept), broken, kept)
            if theirs and settled:
                _take_version(top, upstream, settled, "Välj den andra versionen av {name} vid synkronisering")
        result.pushed = _count(top, f"{upstream}..HEAD")
    else:
        result.pushed = _count(top, "HEAD")
    if result.pushed:
        args = ["push", "--quiet", _pack_program(top, remote, push=True)]
        if not _config(top, f"branch.{branch}.remote"):
            args.append("--set-upstream")
        pushed = run_git(top, *args, remote, f"HEAD:refs/heads/{target}", check=False)
        if pushed.returncode != 0:
            if "rejected" in pushed.stderr or "fetch first" in pushed.stderr:
                raise GitError(f"Någon skickade ändringar till {remote} samtidigt; kör 'bra sync' igen.")
            raise GitError(f"Kunde inte skicka till {remote}: {explain(pushed.stderr, top)}")
    return result
