"""--store naming no usable store is a usage error for every command: one Swedish sentence and status 2.

The four kinds of path a user mistypes or cannot use: one that does not exist, a file, a folder without
council.toml and a folder the user may not read (that one as a real other user, since root reads everything).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from brå_tui.cli.main import COMMANDS, main
from tests.test_bad_input import _as_nobody, bra, one_sentence, shared_store  # noqa: F401 (a fixture)

NOTES = Path(__file__).parent / "importexport" / "data" / "minutes" / "2024-11-15-anteckningar.txt"
# What each command needs besides --store to get as far as opening the store; init makes a store in the folder
# it is given and opens none.
ARGUMENTS = {"show": ["latest"], "owner": ["Mikael J"], "search": ["trygghet"], "import": [str(NOTES), "--dry-run"],
             "export": ["2024-11-15"], "report": ["2024"], "history": ["2024-11-15"], "remind": ["--dry-run", "{out}"]}
ARGVS = [[], *([name, *ARGUMENTS.get(name, [])] for name in COMMANDS if name != "init")]


def _argv(argv: list[str], out: Path) -> list[str]:
    return [a.replace("{out}", str(out)) for a in argv]


@pytest.fixture
def unusable(tmp_path: Path) -> dict[str, Path]:
    """A path that does not exist, a file, and a folder without council.toml."""
    (tmp_path / "fil.txt").write_text("ingen lagring\n", encoding="utf-8")
    (tmp_path / "tom").mkdir()
    (tmp_path / "tom" / "anteckningar.txt").write_text("inga möten här\n", encoding="utf-8")
    return {"missing": tmp_path / "finns-inte", "file": tmp_path / "fil.txt", "no-council": tmp_path / "tom"}


@pytest.mark.parametrize("kind", ["missing", "file", "no-council"])
def test_every_command_refuses_an_unusable_store_alike(unusable: dict[str, Path], tmp_path: Path, kind: str,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """Every command, and the app, with --store at the same unusable path: status 2, nothing on standard output,
    and the same one sentence on standard error (bra doctor too, which reports a store chosen otherwise)."""
    sentences = set()
    for argv in ARGVS:
        status = main(["--store", str(unusable[kind]), *_argv(argv, tmp_path / "brev")])
        out, err = capsys.readouterr()
        assert (status, out) == (2, ""), (argv, status, out, err)
        assert err.startswith("bra: ") and err.endswith(".\n") and err.count("\n") == 1, (argv, err)
        sentences.add(err)
    assert len(sentences) == 1, sentences
    assert str(unusable[kind]) in sentences.pop()
    assert not (tmp_path / "brev").exists()


@pytest.fixture
def closed_folder(shared_store: Path) -> Iterator[Path]:  # noqa: F811 (the fixture imported above)
    """A copy of the store that only root may read, beside the shared one."""
    closed = Path(tempfile.mkdtemp(prefix="bra-closed-", dir=shared_store.parent))
    shutil.copytree(shared_store, closed, dirs_exist_ok=True)
    closed.chmod(0o700)
    try:
        yield closed
    finally:
        shutil.rmtree(closed)


def test_every_command_refuses_a_store_the_user_may_not_read(shared_store: Path,  # noqa: F811
                                                             closed_folder: Path) -> None:
    """A store folder another user may not open: every command says so in the same sentence, with status 2."""
    home = shared_store.parent / "home"
    env = {**_as_nobody(shared_store), "XDG_CONFIG_HOME": str(home / ".config"),
           "BRA_CONFIG_SYSTEM": str(home / "etc-bra-config.toml")}
    out = shared_store.parent / "home" / "brev"
    sentences = set()
    for argv in ARGVS:
        result = bra("--store", str(closed_folder), *_argv(argv, out), user="nobody", env=env)
        assert (result.returncode, result.stdout) == (2, ""), (argv, result)
        sentences.add(one_sentence(result))
    assert len(sentences) == 1, sentences
    assert sentences.pop().startswith(f"bra: Du får inte läsa lagringen i {closed_folder}")
    assert not out.exists() and os.stat(closed_folder).st_mode & 0o777 == 0o700
