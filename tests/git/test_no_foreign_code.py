"""A group member's hooks, fsmonitor, filters, drivers and helpers in a shared store never run when others use bra.

Each test plants a real script under every name git could run from the repository's config, its
attributes, an included config file and its hooks folder (and the shared remote's hooks), then runs one
bra command that uses git. The script would write to a marker file; the marker must never appear.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from brå_tui.cli.main import main
from brå_tui.tui.editing.screen import EditMeetingScreen
from tests.editing.harness import EditHarness
from tests.editing.keys import replace

from .gitrepos import commits, edit, git, set_user

NOTES = Path(__file__).resolve().parents[1] / "importexport" / "data" / "2025-02-14-anteckningar.txt"

# Every hook in githooks(5) (git 2.39).
HOOKS = ("applypatch-msg", "pre-applypatch", "post-applypatch", "pre-commit", "pre-merge-commit",
         "prepare-commit-msg", "commit-msg", "post-commit", "pre-rebase", "post-checkout", "post-merge",
         "pre-push", "pre-receive", "update", "proc-receive", "post-receive", "post-update",
         "reference-transaction", "push-to-checkout", "pre-auto-gc", "post-rewrite", "sendemail-validate",
         "fsmonitor-watchman", "p4-changelist", "p4-prepare-changelist", "p4-post-changelist", "p4-pre-submit",
         "post-index-change")


def _script(folder: Path, name: str, marker: Path) -> Path:
    """An executable that notes that it ran, then passes its input through (so it also works as a filter)."""
    path = folder / name
    path.write_text(f'#!/bin/sh\necho "{name} $*" >> "{marker}"\ncat\n', encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


def plant(repo: Path, marker: Path) -> None:
    """Put hooks, and every config-driven program git knows, into a repository (work tree or bare)."""
    git_dir = repo / ".git" if (repo / ".git").is_dir() else repo
    hooks = git_dir / "hooks"
    hooks.mkdir(exist_ok=True)
    for hook in HOOKS:
        _script(hooks, hook, marker)
    tools = git_dir / "planted"
    tools.mkdir(exist_ok=True)

    def program(name: str) -> str:
        return str(_script(tools, name, marker))

    settings = {
        "core.fsmonitor": program("fsmonitor"),
        "core.pager": program("pager"),
        "pager.log": program("pager-log"),
        "pager.diff": program("pager-diff"),
        "core.editor": program("editor"),
        "sequence.editor": program("sequence-editor"),
        "core.askPass": program("askpass"),
        "credential.helper": "!" + program("credential"),
        "core.sshCommand": program("ssh"),
        "core.gitProxy": program("gitproxy"),
        "core.alternateRefsCommand": program("alternate-refs"),
        "diff.external": program("external-diff"),
        "diff.evil.textconv": program("textconv"),
        "diff.evil.command": program("diff-command"),
        "filter.evil.clean": program("clean"),
        "filter.evil.smudge": program("smudge"),
        "filter.evil.required": "true",
        "filter.proc.process": program("filter-process"),
        "merge.evil.driver": program("merge-driver") + " %O %A %B",
        "gpg.program": program("gpg"),
        "gpg.format": "openpgp",
        "commit.gpgSign": "true",
        "log.showSignature": "true",
        "remote.origin.uploadpack": program("upload-pack"),
        "remote.origin.receivepack": program("receive-pack"),
        "protocol.ext.allow": "always",
        "include.path": str(tools / "included.config"),
    }
    for key, value in settings.items():
        git(repo, "config", key, value)
    # A filter defined only in an included file, and attributes that put every driver on every file.
    (tools / "included.config").write_text(f'[filter "incl"]\n\tclean = {program("incl-clean")}\n'
                                           f'\tsmudge = {program("incl-smudge")}\n\trequired = true\n',
                                           encoding="utf-8")
    (git_dir / "info").mkdir(exist_ok=True)
    (git_dir / "info" / "attributes").write_text(
        "* filter=evil diff=evil merge=evil\n*.md filter=proc\nmeetings/*.toml filter=incl diff=evil merge=evil\n",
        encoding="utf-8")


@pytest.fixture
def marker(tmp_path: Path) -> Path:
    """The file a planted program would write to; it must never exist."""
    return tmp_path / "someone-elses-code-ran"


@pytest.fixture
def planted(git_store: Path, marker: Path) -> Path:
    """The git store with every hook and program planted."""
    plant(git_store, marker)
    return git_store


def _ran(marker: Path) -> str:
    return marker.read_text(encoding="utf-8") if marker.exists() else ""


def test_planted_programs_would_run_in_plain_git(planted: Path, marker: Path) -> None:
    """The planted repository is live: git without bra's settings runs them (the test would catch a regression)."""
    (planted / "meetings" / "2024-11-15.toml").write_text("format = 1\n", encoding="utf-8")
    git(planted, "add", "--all")
    ran = _ran(marker)
    assert "fsmonitor" in ran and "incl-clean" in ran and "post-index-change" in ran


def test_bra_new_runs_none(planted: Path, marker: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = commits(planted)
    assert main(["--store", str(planted), "new", "2025-02-14"]) == 0, capsys.readouterr().err
    assert commits(planted) == before + 1
    assert _ran(marker) == ""


def test_bra_import_runs_none(planted: Path, marker: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = commits(planted)
    assert main(["--store", str(planted), "import", str(NOTES)]) == 0, capsys.readouterr().err
    assert commits(planted) == before + 1
    assert _ran(marker) == ""


def test_bra_history_list_diff_and_restore_run_none(planted: Path, marker: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    edit(planted, "2024-11-15", lambda m: setattr(m, "place", "Sessionssalen"))
    first = git(planted, "rev-list", "--max-parents=0", "HEAD").strip()
    store = ["--store", str(planted)]
    assert main([*store, "history", "2024-11-15"]) == 0
    assert main([*store, "history", "2024-11-15", "--json"]) == 0
    assert main([*store, "history", "2024-11-15", "--diff", "HEAD"]) == 0
    assert "Sessionssalen" in capsys.readouterr().out
    assert main([*store, "history", "2024-11-15", "--restore", first]) == 0, capsys.readouterr().err
    assert "Sessionssalen" not in (planted / "meetings" / "2024-11-15.toml").read_text(encoding="utf-8")
    assert _ran(marker) == ""


async def test_a_save_in_the_app_runs_none(planted: Path, marker: Path) -> None:
    async def save() -> None:
        app = EditHarness(planted, "2024-11-15")
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, EditMeetingScreen)
            await pilot.press("down", "tab", "tab", "tab")  # into the tab, → Plats
            await replace(pilot, "Sessionssalen")
            await pilot.press("ctrl+s")
            await app.workers.wait_for_complete()  # the save runs beside the screen
            await pilot.pause()

    before = commits(planted)
    await save()
    assert commits(planted) == before + 1
    assert _ran(marker) == ""


def test_bra_sync_runs_none_here_or_in_the_shared_remote(clones: tuple[Path, Path, Path], marker: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    bare, first, second = clones
    for repo in (bare, first, second):
        plant(repo, marker)
    edit(first, "2024-11-15", lambda m: setattr(m, "place", "Sal A"))
    edit(second, "2024-02-09", lambda m: setattr(m, "place", "Sal B"))

    assert main(["--store", str(first), "sync"]) == 0, capsys.readouterr().err
    assert main(["--store", str(second), "sync"]) == 0, capsys.readouterr().err  # fetch, rebase, push

    assert git(second, "rev-parse", "HEAD") == git(bare, "rev-parse", "main")
    assert _ran(marker) == ""


def test_a_clash_in_bra_sync_merges_without_the_planted_driver(clones: tuple[Path, Path, Path], marker: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    bare, first, second = clones
    for repo in (bare, first, second):
        plant(repo, marker)
    edit(first, "2024-11-15", lambda m: setattr(m, "place", "Sal A"))
    assert main(["--store", str(first), "sync"]) == 0, capsys.readouterr().err
    edit(second, "2024-11-15", lambda m: setattr(m, "place", "Sal B"))

    assert main(["--store", str(second), "sync"]) == 1  # the same line changed on both: a clash, both kept
    assert ".bra-konflikt" in capsys.readouterr().err
    assert main(["--store", str(second), "sync", "--mine"]) == 0, capsys.readouterr().err
    assert 'place = "Sal B"' in (second / "meetings" / "2024-11-15.toml").read_text(encoding="utf-8")
    assert _ran(marker) == ""


def test_a_commit_that_fails_says_saved_but_not_committed(git_store: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    (git_store / ".git" / "index.lock").write_text("", encoding="utf-8")  # another git never lets go

    status = main(["--store", str(git_store), "new", "2025-02-14"])

    out, err = capsys.readouterr()
    path = git_store / "meetings" / "2025-02-14.toml"
    assert status == 1
    assert out.strip() == str(path) and path.exists()
    assert "sparades men kom inte med i historiken" in err and "index.lock" in err
    assert "en annan git-körning pågår" in err and "File exists" not in err  # git's reason, in Swedish


def test_an_import_whose_commit_fails_says_so_and_fails(git_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (git_store / ".git" / "index.lock").write_text("", encoding="utf-8")

    status = main(["--store", str(git_store), "import", str(NOTES)])

    err = capsys.readouterr().err
    assert status == 1
    assert (git_store / "meetings" / "2025-02-14.toml").exists(), "the meeting itself is saved"
    assert "sparades men kom inte med i historiken" in err


def test_a_restore_whose_commit_fails_says_it_is_restored_but_not_committed(
        git_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(git_store, "2024-11-15", lambda m: setattr(m, "place", "Sessionssalen"))
    first = git(git_store, "rev-list", "--max-parents=0", "HEAD").strip()
    (git_store / ".git" / "index.lock").write_text("", encoding="utf-8")

    status = main(["--store", str(git_store), "history", "2024-11-15", "--restore", first])

    err = capsys.readouterr().err
    assert status == 1
    assert "är återställt till version" in err and "kom inte med i historiken" in err
    assert "Sessionssalen" not in (git_store / "meetings" / "2024-11-15.toml").read_text(encoding="utf-8")


def test_a_push_into_a_checked_out_remote_runs_none_of_its_drivers(git_store: Path, tmp_path: Path, marker: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """A remote on this machine that checks pushes out (updateInstead) would run its own filters as the pusher."""
    remote = tmp_path / "shared-checkout"
    git(tmp_path, "clone", "--quiet", str(git_store), str(remote))
    git(remote, "config", "receive.denyCurrentBranch", "updateInstead")
    clone = tmp_path / "mine"
    git(tmp_path, "clone", "--quiet", str(remote), str(clone))
    set_user(clone, "Anna A", "anna@a.example")
    plant(remote, marker)
    edit(clone, "2024-11-15", lambda m: setattr(m, "place", "Sal A"))

    assert main(["--store", str(clone), "sync"]) == 0, capsys.readouterr().err

    assert 'place = "Sal A"' in (remote / "meetings" / "2024-11-15.toml").read_text(encoding="utf-8")
    assert _ran(marker) == ""


def test_the_checked_out_remote_would_run_its_filters_for_a_plain_push(git_store: Path, tmp_path: Path,
                                                                       marker: Path) -> None:
    """The remote above is live: a push by plain git runs its smudge filter (so the test above can fail)."""
    remote = tmp_path / "shared-checkout"
    git(tmp_path, "clone", "--quiet", str(git_store), str(remote))
    git(remote, "config", "receive.denyCurrentBranch", "updateInstead")
    clone = tmp_path / "mine"
    git(tmp_path, "clone", "--quiet", str(remote), str(clone))
    plant(remote, marker)
    (remote / ".git" / "hooks" / "push-to-checkout").unlink()  # the hook would do the checkout instead of git
    edit(clone, "2024-11-15", lambda m: setattr(m, "place", "Sal A"))
    git(clone, "push", "--quiet", "origin", "HEAD")
    assert "smudge" in _ran(marker) or "clean" in _ran(marker)


def _nested_repository(store: Path, marker: Path) -> Path:
    """A group member commits a git repository of their own inside the store, with every program planted in it,
    and touches one of its files so that git would look inside it again."""
    nested = store / "vendor"
    nested.mkdir()
    git(nested, "init", "-q")
    set_user(nested, "Eva E", "eva@example.org")
    (nested / "f.txt").write_text("a\n", encoding="utf-8")
    git(nested, "add", "--all")
    git(nested, "commit", "-q", "-m", "v")
    plant(nested, marker)
    git(store, "add", "vendor")
    git(store, "commit", "-q", "-m", "vendor")
    marker.unlink(missing_ok=True)
    (nested / "f.txt").touch()
    os.utime(nested / "f.txt", (1, 1))
    return nested


def test_a_nested_repository_would_run_its_programs_in_plain_git(git_store: Path, marker: Path) -> None:
    """The nested repository is live: a plain `git status` in the store starts git inside it, with its filters."""
    _nested_repository(git_store, marker)
    git(git_store, "status", "--porcelain")
    assert "clean" in _ran(marker)


def test_bra_sync_runs_nothing_from_a_nested_repository(clones: tuple[Path, Path, Path], marker: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """A repository committed inside the store by someone else is never looked into, so its filters, hooks and
    other programs never run when a colleague syncs or saves."""
    _, first, second = clones
    _nested_repository(first, marker)
    edit(first, "2024-11-15", lambda m: setattr(m, "place", "Sal A"))
    assert main(["--store", str(first), "sync"]) == 0, capsys.readouterr().err
    assert main(["--store", str(second), "sync"]) == 0, capsys.readouterr().err
    edit(first, "2024-02-09", lambda m: setattr(m, "place", "Sal B"))
    assert main(["--store", str(first), "history", "2024-02-09"]) == 0, capsys.readouterr().err
    assert _ran(marker) == ""
