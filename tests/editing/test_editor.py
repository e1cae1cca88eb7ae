"""$EDITOR runs as an argument list split like a shell, never through a shell."""

from __future__ import annotations

import os
import shlex
import stat
from pathlib import Path

import pytest

from brå_tui.editor import EditorError, edit_text, editor_command


def _script(folder: Path, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / "my editor.sh"
    script.write_text("#!/bin/sh\n" + body, encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


def test_editor_with_space_in_path_and_an_argument(tmp_path: Path) -> None:
    # The script appends its first argument to the file named by its last one.
    script = _script(tmp_path / "dir with space", 'for f; do :; done\nprintf "%s\\n" "$1" >> "$f"\n')
    env = {"EDITOR": f"'{script}' '--tillägg; rm -rf ~'", "PATH": os.environ["PATH"]}
    assert editor_command(env) == [str(script), "--tillägg; rm -rf ~"]
    assert edit_text("rad ett\n", env=env) == "rad ett\n--tillägg; rm -rf ~\n"


def test_visual_wins_over_editor(tmp_path: Path) -> None:
    script = _script(tmp_path / "v", 'printf "ny text\\n" > "$1"\n')
    env = {"VISUAL": shlex.quote(str(script)), "EDITOR": "/does/not/exist", "PATH": os.environ["PATH"]}
    assert edit_text("gammal\n", env=env) == "ny text\n"


def test_fallback_to_nano_or_vi(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    vi = bin_dir / "vi"
    vi.write_text("#!/bin/sh\n", encoding="utf-8")
    vi.chmod(0o755)
    assert editor_command({"PATH": str(bin_dir)}) == [str(vi)]
    with pytest.raises(EditorError, match="Ingen textredigerare"):
        editor_command({"PATH": str(tmp_path / "empty")})


def test_missing_or_failing_editor_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(EditorError, match="'nope' \\(från \\$EDITOR\\) hittades inte"):
        editor_command({"EDITOR": "nope --flagga", "PATH": str(tmp_path)})
    with pytest.raises(EditorError, match="hittades inte"):
        edit_text("x", env={"EDITOR": str(tmp_path / "nope"), "PATH": os.environ["PATH"]})
    failing = _script(tmp_path / "f", "exit 3\n")
    with pytest.raises(EditorError, match="felkod 3"):
        edit_text("x", env={"EDITOR": shlex.quote(str(failing)), "PATH": os.environ["PATH"]})
    with pytest.raises(EditorError, match="går inte att tolka"):
        editor_command({"EDITOR": "'oavslutad", "PATH": os.environ["PATH"]})


def test_editor_result_not_utf8_keeps_the_text(tmp_path: Path) -> None:
    latin1 = _script(tmp_path / "l", "printf 'r\\344ksm\\366rg\\345s\\n' > \"$1\"\n")
    with pytest.raises(EditorError, match="UTF-8; texten är oförändrad"):
        edit_text("x", env={"EDITOR": shlex.quote(str(latin1)), "PATH": os.environ["PATH"]})


def test_a_failing_editor_leaves_what_it_wrote_and_says_where(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The text is not taken from an editor that fails, but what it wrote is not deleted either: it stays in its
    file, and the message names the file. An editor that wrote nothing new leaves no file behind."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr("tempfile.tempdir", None)  # read TMPDIR again
    env = {"PATH": os.environ["PATH"], "TMPDIR": str(temp)}
    wrote = _script(tmp_path / "w", 'printf "Halvskriven rad\\n" >> "$1"\nexit 3\n')
    with pytest.raises(EditorError, match=r"felkod 3; texten är oförändrad\. Det den sparade finns kvar i ") as err:
        edit_text("x\n", env={**env, "EDITOR": shlex.quote(str(wrote))})
    [left] = temp.glob("bra-*")
    assert str(left) in str(err.value) and left.read_text(encoding="utf-8") == "x\nHalvskriven rad\n"
    left.unlink()
    nothing = _script(tmp_path / "n", "exit 3\n")
    with pytest.raises(EditorError, match=r"felkod 3; texten är oförändrad\.$"):
        edit_text("x\n", env={**env, "EDITOR": shlex.quote(str(nothing))})
    assert list(temp.glob("bra-*")) == []
