"""The meeting as a Word document (python-docx, the optional extra `docx`), in the template's layout."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from brå_tui.export.layout import Line
from brå_tui.text import WORD_LINE_PT

if TYPE_CHECKING:
    from docx.text.paragraph import Paragraph

HEADING_LEVELS = {"title": 0, "subtitle": 1, "heading": 2, "itemtitle": 3}




def spaced(paragraph: Paragraph, blanks: int) -> Paragraph:
    """paragraph with the room of blanks empty lines above it, as spacing: Word documents get no empty paragraphs."""
    from docx.shared import Pt

    if blanks:
        paragraph.paragraph_format.space_before = Pt(WORD_LINE_PT * blanks)
    return paragraph


def to_docx(lines: list[Line], title: str) -> bytes:
    """The lines as a .docx: headings styled, rows as a table under the last header line (else the Logg's header);
    blank lines are spacing before the next paragraph, never paragraphs of their own."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.language = "sv-SE"
    document.styles["Normal"].font.size = Pt(WORD_LINE_PT)
    table = None
    header: list[str] = ["Ärende", "Status", "Ansvariga"]
    blanks = 0
    for line in lines:
        if line.kind == "header":
            header, table = line.cells, None
            continue
        if line.kind == "row":
            if table is None:
                table = document.add_table(rows=1, cols=len(header))
                table.style = "Table Grid"
                for cell, text in zip(table.rows[0].cells, header, strict=True):
                    cell.text = text
                    for run in cell.paragraphs[0].runs:
                        run.bold = True
            for cell, text in zip(table.add_row().cells, line.cells, strict=False):
                cell.text = text
            blanks = 0
            continue
        table = None
        if line.kind == "blank" or not line.text.strip():
            blanks += 1
            continue
        if line.kind in HEADING_LEVELS:
            paragraph = document.add_heading(line.text, level=HEADING_LEVELS[line.kind])
        elif line.kind == "field":
            label, _, value = line.text.partition("\t")
            paragraph = document.add_paragraph()
            paragraph.add_run(label).bold = True
            if value.strip():
                paragraph.add_run("\t" + value)
        else:
            paragraph = document.add_paragraph(line.text)
        spaced(paragraph, blanks)
        blanks = 0
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
