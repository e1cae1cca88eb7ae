"""bra risk and bra log with --html FILE and --svg FILE: the same views as pictures for reports."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from rich.table import Table
from rich.text import Text

from brå_tui.export.pictures import write_picture


def svg_text(path: Path) -> str:
    """The text an SVG shows (parsed as XML, so it is well formed), spaces restored."""
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")
    return "".join(root.itertext()).replace("\xa0", " ")


def html_text(path: Path) -> str:
    """The visible text of an HTML picture."""
    text = path.read_text(encoding="utf-8")
    assert text.lstrip().lower().startswith("<!doctype html>")
    return html.unescape(re.sub(r"<[^>]+>", "", text.split("<body>", 1)[-1]))


def test_write_picture_saves_svg_and_html_at_100_columns(tmp_path: Path) -> None:
    table = Table("Område", "Nivå")
    table.add_row("Hot och våld", "Röd")
    write_picture(table, tmp_path / "t.svg", "svg")
    write_picture(table, tmp_path / "t.html", "html")
    assert "Hot och våld" in svg_text(tmp_path / "t.svg")
    assert "Hot och våld" in html_text(tmp_path / "t.html")
    write_picture(Text("x" * 150), tmp_path / "w.html", "html")
    runs = [len(run) for run in re.findall(r"x+", html_text(tmp_path / "w.html"))]
    assert max(runs) == 100 and sum(runs) == 150


def test_bra_risk_writes_both_pictures(bra, seed_store: Path, tmp_path: Path) -> None:
    svg, page = tmp_path / "risk.svg", tmp_path / "risk.html"
    result = bra("--store", seed_store, "risk", "--svg", svg, "--html", page)
    assert result.status == 0, result.err
    assert result.out == ""
    for text in (svg_text(svg), html_text(page)):
        assert "ANDT" in text and "Hot och våld" in text


def test_bra_log_writes_a_picture(bra, seed_store: Path, tmp_path: Path) -> None:
    page = tmp_path / "logg.html"
    result = bra("--store", seed_store, "log", "--all", "--html", page)
    assert result.status == 0, result.err
    assert "Kartläggning" in html_text(page)


def test_a_picture_in_a_missing_folder_is_one_sentence(bra, seed_store: Path, tmp_path: Path) -> None:
    result = bra("--store", seed_store, "risk", "--svg", tmp_path / "saknas" / "risk.svg")
    assert result.status == 2  # a path on the command line that cannot be used
    assert len(result.err.strip().splitlines()) == 1 and "finns inte" in result.err
