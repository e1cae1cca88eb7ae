"""No exported document has an empty paragraph or a blank run where nothing is written: Word documents space
their parts with paragraph spacing, not empty paragraphs, and Markdown/HTML have no empty blocks. Checked for
the notes (full and public), the kallelse and the annual report, in every format that has paragraphs."""

from __future__ import annotations

import datetime as dt
import io
from html.parser import HTMLParser
from pathlib import Path

import pytest

from brå_tui.export.document import export_meeting
from brå_tui.export.notice import render_notice
from brå_tui.export.report import render_report
from brå_tui.questions.notice import build_notice
from brå_tui.questions.report import year_report
from brå_tui.store.load import load

BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "th", "td", "blockquote"}


def documents(store_root: Path, fmt: str) -> dict[str, bytes]:
    store = load(store_root)
    out = {}
    for meeting in store.meetings:
        for public in (False, True):
            out[f"{meeting.key}{' public' if public else ''}"] = export_meeting(store, meeting.key, fmt, public)
    notice = build_notice(store, today=dt.date(2025, 1, 10))
    out["kallelse"] = render_notice(notice, store.council, fmt)
    out["report 2024"] = render_report(year_report(store, 2024, today=dt.date(2025, 1, 10)), store.council, fmt)
    return out


def test_no_word_document_has_an_empty_paragraph_or_a_blank_run(seed_store: Path) -> None:
    docx = pytest.importorskip("docx")
    for name, data in documents(seed_store, "docx").items():
        document = docx.Document(io.BytesIO(data))
        paragraphs = list(document.paragraphs)
        for table in document.tables:
            paragraphs += [p for row in table.rows for cell in row.cells for p in cell.paragraphs if p.text]
        for n, paragraph in enumerate(paragraphs):
            has_picture = bool(paragraph._p.xpath(".//w:drawing"))
            assert paragraph.text.strip() or has_picture, f"{name}: paragraph {n} is empty"
            for run in paragraph.runs:
                assert run.text.strip() or run._r.xpath(".//w:drawing"), f"{name}: blank run in {paragraph.text!r}"


class Blocks(HTMLParser):
    """Each block element's text."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[list[str]] = []
        self.found: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCKS:
            self.open.append([tag])
        elif tag == "img" and self.open:
            self.open[-1].append("[bild]")

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCKS and self.open:
            parts = self.open.pop()
            self.found.append((parts[0], "".join(parts[1:])))
            if self.open:
                self.open[-1].extend(parts[1:])

    def handle_data(self, data: str) -> None:
        if self.open:
            self.open[-1].append(data)


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_no_markdown_or_web_page_has_an_empty_block(seed_store: Path, fmt: str) -> None:
    from markdown_it import MarkdownIt

    for name, data in documents(seed_store, fmt).items():
        text = data.decode("utf-8")
        page = text if fmt == "html" else MarkdownIt("commonmark").enable("table").render(text)
        parser = Blocks()
        parser.feed(page)
        for tag, content in parser.found:
            if tag in ("td", "th"):
                continue  # an empty cell is a cell with nothing to say, not a blank line
            assert content.strip(), f"{name} ({fmt}): an empty <{tag}>"
        if fmt == "md":
            for n, line in enumerate(text.splitlines(), start=1):
                assert line == line.rstrip() or line.endswith("  "), f"{name}: line {n} ends in spaces"
