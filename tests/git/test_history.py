"""A meeting's history: who changed it and when, the diff of one version, restoring one as a new commit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rich.cells import cell_len

from brå_tui.cli.main import main
from brå_tui.store.gitrun import GitError
from brå_tui.store.gitstore import diff, history, restore

from .gitrepos import commits, edit, git, set_user


def _two_edits(root: Path) -> None:
    edit(root, "2024-11-15", lambda m: setattr(m, "place", "Sal A"))
    set_user(root, "Tobias Åsell", "tobias@avesta.example")
    edit(root, "2024-11-15", lambda m: m.attendees.pop())


def test_history_lists_every_version_newest_first(git_store: Path) -> None:
    _two_edits(git_store)
    edit(git_store, "2024-02-09", lambda m: setattr(m, "place", "Annat"))
    versions = history(git_store, "2024-11-15")
    assert [(v.author, v.message) for v in versions] == [
        ("Tobias Åsell", "Uppdatera 2024-11-15: närvarande"),
        ("Cornelia Gustafsson", "Uppdatera 2024-11-15: plats"),
        ("Cornelia Gustafsson", "Första versionen"),
    ]
    assert versions[0].email == "tobias@avesta.example" and versions[0].date.tzinfo is not None


def test_diff_of_one_version_shows_what_it_changed(git_store: Path) -> None:
    _two_edits(git_store)
    second = history(git_store, "2024-11-15")[1]
    text = diff(git_store, "2024-11-15", second.short)
    assert '-place = "Visenten, Stadshuset"' in text and '+place = "Sal A"' in text
    assert "name =" not in "".join(ln for ln in text.splitlines() if ln.startswith(("+", "-")) and "place" not in ln
                                   and not ln.startswith(("+++", "---")))


def test_restore_makes_a_new_commit_and_keeps_the_later_ones(git_store: Path) -> None:
    _two_edits(git_store)
    first = history(git_store, "2024-11-15")[-1]
    before = commits(git_store)
    head = git(git_store, "rev-parse", "HEAD")

    message = restore(git_store, "2024-11-15", first.short)

    assert commits(git_store) == before + 1
    assert git(git_store, "rev-parse", "HEAD~1") == head
    assert message.startswith("Återställ 2024-11-15 till versionen från")
    path = "meetings/2024-11-15.toml"
    assert git(git_store, "show", f"HEAD:{path}") == git(git_store, "show", f"{first.rev}:{path}")
    assert git(git_store, "status", "--porcelain").strip() == ""
    assert len(history(git_store, "2024-11-15")) == 4


def test_restore_refuses_to_lose_uncommitted_edits(git_store: Path) -> None:
    _two_edits(git_store)
    path = git_store / "meetings" / "2024-11-15.toml"
    text = path.read_text(encoding="utf-8") + "# för hand\n"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GitError, match="inte finns i historiken"):
        restore(git_store, "2024-11-15", "HEAD~1")
    assert path.read_text(encoding="utf-8") == text


def test_bad_versions_are_refused_plainly(git_store: Path) -> None:
    for rev in ("--all", "finnsinte", ""):
        with pytest.raises(GitError):
            diff(git_store, "2024-11-15", rev)


def test_cli_history_json_diff_and_restore(git_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _two_edits(git_store)
    assert main(["--store", str(git_store), "history", "2024-11-15", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["author"] for r in rows] == ["Tobias Åsell", "Cornelia Gustafsson", "Cornelia Gustafsson"]
    assert set(rows[0]) == {"rev", "short", "author", "email", "date", "message"}

    assert main(["--store", str(git_store), "history", "2024-11-15", "--diff", rows[1]["short"]]) == 0
    shown = capsys.readouterr().out
    # what the version changed, field by field in the editor's words and the app's values, never TOML lines
    assert "~ Plats: Visenten, Stadshuset → Sal A" in shown and "place =" not in shown, shown
    assert f"Version {rows[1]['short']}, " in shown and "Cornelia Gustafsson" in shown  # who, in Swedish words
    assert main(["--store", str(git_store), "history", "2024-11-15", "--diff", "HEAD~1"]) == 0  # any name of it
    assert f"Version {rows[1]['short']}, " in capsys.readouterr().out
    assert main(["--store", str(git_store), "history", "2024-11-15", "--diff", rows[0]["short"]]) == 0
    assert "- Närvarande: " in capsys.readouterr().out  # the attendee the newest version removed
    # git's own header lines, English and technical, are left out: only the - and + lines and their context
    for header in ("diff --git", "index ", "--- a/", "+++ b/", "@@", "new file mode"):
        assert header not in shown, shown

    assert main(["--store", str(git_store), "history", "2024-11-15", "--restore", rows[2]["short"]]) == 0
    assert "återställt" in capsys.readouterr().out
    assert main(["--store", str(git_store), "history", "2024-11-15"]) == 0
    assert "Återställ" in capsys.readouterr().out

    assert main(["--store", str(git_store), "history", "2024-11-15", "--diff", "nej"]) == 1
    assert "Hittar ingen version" in capsys.readouterr().err
    assert main(["--store", str(git_store), "history", "../x"]) == 2


def test_history_outside_git_is_a_clear_message(seed_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--store", str(seed_store), "history", "2024-11-15"]) == 1
    assert "ligger inte i git" in capsys.readouterr().err


@pytest.mark.parametrize("columns", [20, 30, 40, 60, 80])
def test_history_on_a_terminal_and_a_pipe_fits_and_breaks_no_word(git_store: Path, columns: int) -> None:
    """`bra history` is laid out as every table: its heading kept, every line within the width, broken only between
    words (a word longer than the line aside), to a terminal (a pty) as to a pipe of that width."""
    from tests.on_terminal import run_piped
    from tests.test_cli_width import _shown, broken_words

    set_user(git_store, "Anna-Karin Stillfors", "anna-karin.stillfors@avesta.example")
    edit(git_store, "2024-11-15", lambda m: setattr(m, "place", "Sal A"))
    git(git_store, "commit", "--quiet", "--amend", "-m",
        "Uppdatera 2024-11-15: plats, efter samverkansöverenskommelsen med Trygghetsvandringsgruppen")
    argv = ["--store", str(git_store), "history", "2024-11-15"]
    wide = _shown(argv, 200)
    outputs = [_shown(argv, columns)]
    if columns >= 40:  # a pipe is at least 40 wide
        outputs.append(run_piped(*argv, size=(columns, 24)).decode("utf-8").split("\n"))
    for shown in outputs:
        assert " ".join(shown[:2]).startswith("Historik för mötet 2024-11-15"), shown
        assert max(cell_len(line) for line in shown) <= columns, shown
        assert not broken_words(shown, wide, columns), shown
        words = {word for line in shown for word in line.split()}
        lost = {word for line in wide for word in line.split() if len(word) < columns - 2} - words
        assert not lost, (lost, shown)
