"""A Word document's body as the same text lines Word's plain-text export gives."""

from __future__ import annotations

from typing import Any


def docx_lines(document: Any) -> list[str]:
    """Paragraphs as lines; each table row as tab-indented cells followed by a blank line."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.extend(Paragraph(child, document).text.split("\n"))
        elif tag == "tbl":
            lines.append("")
            for row in Table(child, document).rows:
                for cell in row.cells:
                    text = " ".join(p.text.strip() for p in cell.paragraphs if p.text.strip())
                    lines.append("\t" + text)
                lines.append("")
    return lines
