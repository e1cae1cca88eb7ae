"""`bra export -o`, `risk --svg/--html` and Exportera in the app write only new or regular files outside the store."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

KEY = "2024-11-15"


@pytest.fixture
def meeting_file(seed_store: Path) -> Path:
    return seed_store / "meetings" / f"{KEY}.toml"


def _export(bra, store: Path, target: Path, *extra: str):
    return bra("--store", store, "export", KEY, "--format", "md", "-o", target, *extra)


def test_an_output_inside_the_store_is_refused(bra, seed_store: Path, meeting_file: Path, tmp_path: Path) -> None:
    before = meeting_file.read_bytes()
    link = tmp_path / "genväg"
    link.symlink_to(seed_store / "meetings")
    for target in (meeting_file, seed_store / "meetings" / "2030-01-01.toml", seed_store / "anteckningar.md",
                   link / "2030-01-01.toml"):
        for extra in ((), ("--force",)):
            result = _export(bra, seed_store, target, *extra)
            assert result.status == 2 and "ligger i lagringen" in result.err, result.err
            assert "Traceback" not in result.err
    assert meeting_file.read_bytes() == before
    assert sorted(p.name for p in (seed_store / "meetings").iterdir()) == ["2024-02-09.toml", "2024-11-15.toml"]
    assert not (seed_store / "anteckningar.md").exists()


def test_a_symlink_is_never_replaced(bra, seed_store: Path, tmp_path: Path) -> None:
    real = tmp_path / "riktig.md"
    real.write_text("orörd\n", encoding="utf-8")
    link, dangling = tmp_path / "länk.md", tmp_path / "lös.md"
    link.symlink_to(real)
    dangling.symlink_to(tmp_path / "finns-inte.md")
    for target in (link, dangling):
        result = _export(bra, seed_store, target, "--force")
        assert result.status == 2 and "symbolisk länk" in result.err
        assert target.is_symlink()
    assert real.read_text(encoding="utf-8") == "orörd\n"
    assert not (tmp_path / "finns-inte.md").exists()


def test_devices_fifos_and_folders_are_refused(bra, seed_store: Path, tmp_path: Path) -> None:
    device = tmp_path / "null"
    os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # like /dev/null (we run as root)
    fifo = tmp_path / "rör"
    os.mkfifo(fifo)
    folder = tmp_path / "mapp"
    folder.mkdir()
    for target, test, words in ((device, stat.S_ISCHR, "ingen vanlig fil"), (fifo, stat.S_ISFIFO, "ingen vanlig fil"),
                                (folder, stat.S_ISDIR, "är en mapp")):
        result = _export(bra, seed_store, target, "--force")
        assert result.status == 2 and words in result.err, result.err
        assert test(target.lstat().st_mode)
    assert list(folder.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == [], "no temporary file left"


def test_an_existing_file_is_replaced_only_with_force(bra, seed_store: Path, tmp_path: Path) -> None:
    target = tmp_path / "anteckningar.md"
    target.write_text("gammal\n", encoding="utf-8")
    target.chmod(0o640)
    result = _export(bra, seed_store, target)
    assert result.status == 2 and "--force" in result.err
    assert target.read_text(encoding="utf-8") == "gammal\n"

    result = _export(bra, seed_store, target, "--force")
    assert result.status == 0, result.err
    assert "Anteckningar" in target.read_text(encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640, "the replaced file keeps its permission bits"


def test_a_new_file_is_written(bra, seed_store: Path, tmp_path: Path) -> None:
    target = tmp_path / "ny.md"
    assert _export(bra, seed_store, target).status == 0
    assert target.read_text(encoding="utf-8").startswith("# Anteckningar")


def test_pictures_follow_the_same_rules(bra, seed_store: Path, meeting_file: Path, tmp_path: Path) -> None:
    before = meeting_file.read_bytes()
    result = bra("--store", seed_store, "risk", "--svg", meeting_file)
    assert result.status == 2 and "ligger i lagringen" in result.err
    assert meeting_file.read_bytes() == before
    picture = tmp_path / "matris.svg"
    assert bra("--store", seed_store, "risk", "--svg", picture).status == 0
    result = bra("--store", seed_store, "risk", "--svg", picture)
    assert result.status == 2 and "--force" in result.err
    assert bra("--store", seed_store, "risk", "--svg", picture, "--force").status == 0


async def test_the_app_refuses_a_file_in_the_store(seed_store: Path, meeting_file: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from brå_tui.tui.app import BraApp
    from brå_tui.tui.screens.export import ExportScreen
    from tests.tui.test_export_dialog import messages, open_dialog

    monkeypatch.setenv("HOME", str(seed_store))  # the dialog takes a relative path from the home folder
    before = meeting_file.read_bytes()

    async def run() -> None:
        app = BraApp(seed_store)
        async with app.run_test(size=(80, 24)) as pilot:
            await open_dialog(app, pilot)
            await pilot.press("tab", "tab", "ctrl+u", *f"meetings/{KEY}.toml", "enter")
            await pilot.pause()
            assert isinstance(app.screen, ExportScreen), "the dialog stays open to choose another file"
            assert any("ligger i lagringen" in m for m in messages(app)), messages(app)
    await run()
    assert meeting_file.read_bytes() == before
