"""The format of a document written with -o follows the file's extension (x.docx is Word, x.html is html) in every
command that writes documents; a --format that disagrees with the extension is a usage error in one sentence."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

Bra = Callable[..., tuple[int, str, str]]

COMMANDS = [("export", "latest"), ("kallelse", "2027-02-12"), ("report", "2024")]


@pytest.mark.parametrize("command", COMMANDS)
def test_the_extension_decides_the_format(bra: Bra, tmp_path: Path, command: tuple[str, str]) -> None:
    docx, html = tmp_path / "dokument.docx", tmp_path / "dokument.HTML"
    status, _, err = bra(*command, "-o", str(docx))
    assert status == 0, err
    assert zipfile.is_zipfile(docx), "a .docx file is a Word document"
    status, _, err = bra(*command, "-o", str(html))
    assert status == 0, err
    assert "<html" in html.read_text(encoding="utf-8").lower()


@pytest.mark.parametrize("command", COMMANDS)
def test_a_format_that_disagrees_with_the_extension_is_refused(bra: Bra, tmp_path: Path,
                                                               command: tuple[str, str]) -> None:
    target = tmp_path / "dokument.docx"
    status, out, err = bra(*command, "--format", "md", "-o", str(target))
    assert (status, out) == (2, "")
    assert err.strip().splitlines() == ["bra: Filnamnet 'dokument.docx' och formatet md stämmer inte överens; byt "
                                        "filändelsen till .md eller välj formatet docx."]
    assert not target.exists()


def test_a_calendar_is_not_written_under_a_document_name(bra: Bra, tmp_path: Path) -> None:
    status, _, err = bra("export", "--ics", "-o", str(tmp_path / "tidplan.docx"))
    assert status == 2 and "stämmer inte överens" in err
    assert not (tmp_path / "tidplan.docx").exists()


def test_an_unknown_extension_keeps_the_chosen_format(bra: Bra, tmp_path: Path) -> None:
    target = tmp_path / "anteckningar.dokument"
    assert bra("export", "latest", "--format", "html", "-o", str(target))[0] == 0
    assert "<html" in target.read_text(encoding="utf-8").lower()
