"""The meeting as a Word document (python-docx, the optional extra `docx`), in the template's layout."""

from __future__ import annotations

import io

from brå_tui.export.layout import Line


def to_docx(lines: list[Line], title: str) -> bytes:
    """The lines as a .docx: headings styled, rows as a table under the last header line (else the Logg's header)."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.language = "sv-SE"
    document.styles["Normal"].font.size = Pt(11)
    table = None
    header: list[str] = ["Ärende", "Status", "Ansvariga"]
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
            continue
        table = None
        if line.kind == "title":
            document.add_heading(line.text, level=0)
        elif line.kind == "subtitle":
            document.add_heading(line.text, level=1)
        elif line.kind == "heading":
            document.add_heading(line.text, level=2)
        elif line.kind == "itemtitle":
            document.add_heading(line.text, level=3)
        elif line.kind == "field":
            label, _, value = line.text.partition("\t")
            paragraph = document.add_paragraph()
            paragraph.add_run(label).bold = True
            paragraph.add_run("\t" + value)
        else:
            document.add_paragraph(line.text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
