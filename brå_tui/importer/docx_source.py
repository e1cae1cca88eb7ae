"""A Word document's body as the same text lines Word's plain-text export gives."""

from __future__ import annotations

from typing import Any


def _cell_paragraphs(cell: Any) -> list[str]:
    return [p.text.strip() for p in cell.paragraphs if p.text.strip()]


def _unique_cells(row: Any) -> list[Any]:
    cells: list[Any] = []
    for cell in row.cells:  # a merged cell is listed once per grid column it spans
        if not any(cell._tc is seen._tc for seen in cells):
            cells.append(cell)
    return cells


def _row_lines(row: Any) -> list[str]:
    cells = _unique_cells(row)
    label = " ".join(_cell_paragraphs(cells[0])) if cells else ""
    if len(cells) >= 2 and label.endswith(":"):
        # A heading table ("Tid:" | "Den 9 februari …"): the label and its lines, as the text export writes them.
        rest = [line for cell in cells[1:] for line in _cell_paragraphs(cell)]
        return [f"{label}\t{rest[0] if rest else ''}", *rest[1:], ""]
    return [*("\t" + " ".join(_cell_paragraphs(cell)) for cell in cells), ""]


def docx_lines(document: Any) -> list[str]:
    """Paragraphs as lines; a table row as tab-indented cells and a blank line, or as 'Label:<tab>value'."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.extend(Paragraph(child, document).text.split("\n"))
        elif tag == "tbl":
            lines.append("")
            for row in Table(child, document).rows:
                lines.extend(_row_lines(row))
    return lines
